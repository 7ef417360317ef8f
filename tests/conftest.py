"""Shared test fixtures: where the test data lives."""

from __future__ import annotations

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
    """How much longer *function* takes on *large* than on *small*: the best of three runs
    each. Tests compare two sizes of input with each other, never time with a clock."""

    def best(argument: T) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            function(argument)
            times.append(time.perf_counter() - start)
        return min(times)

    return best(large) / max(best(small), 1e-6)


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
