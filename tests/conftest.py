"""Shared test fixtures: where the test data lives."""

from __future__ import annotations

from pathlib import Path

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
