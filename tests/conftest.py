"""Shared test fixtures: where the test data lives."""

from __future__ import annotations

import gc
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


def expected_row(basic: int | None, enhanced: str | None) -> int | None:
    """The resolution rule, written again here from docs/classification.md, on its own, over
    the rows of the verbatim source: what the test data's labels must follow."""
    source = (DATA / "bounce-code-table.txt").read_text(encoding="utf-8").splitlines()
    rows = {int(line.split()[0]) for line in source if line[:3].isdigit() and line[3:4] == " "}
    if enhanced is not None:
        class_, subject, detail = enhanced.split(".")
        if enhanced == "5.4.14":
            return 541
        if len(subject) == 1 and len(detail) == 1 and int(class_ + subject + detail) in rows:
            return int(class_ + subject + detail)
        if len(subject) == 1 and int(class_ + subject + "0") in rows:
            return int(class_ + subject + "0")
    if basic is not None and basic in rows:
        return basic
    return None if basic is not None or enhanced is not None else 911


def growth(function: Callable[[T], object], small: T, large: T) -> float:
    """How much longer *function* takes on *large* than on *small*. Tests compare two sizes of
    input with each other, never time with a clock.

    The machines are shared and noisy, so the two sizes are run in turns, five times each, and
    the best run of each counts: a slow spell of the machine falls on both, not on one. The
    garbage collector is off meanwhile: its passes grow with the objects alive, not with the
    work asked, and would make a linear function look worse than it is."""
    small_times: list[float] = []
    large_times: list[float] = []
    collecting = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(5):
            for argument, times in ((small, small_times), (large, large_times)):
                start = time.perf_counter()
                function(argument)
                times.append(time.perf_counter() - start)
    finally:
        if collecting:
            gc.enable()
    return min(large_times) / max(min(small_times), 1e-6)


def with_reader_gone(*argv: str) -> tuple[int, bytes]:
    """The exit status and stderr of ``python -m bouncecodes *argv*`` whose stdout is closed
    before it writes: every write meets a broken pipe."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bouncecodes", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()
    status = process.wait()
    with process.stderr:
        return status, process.stderr.read()
