"""How fast read_log() reads MTA log lines, against a naive str.split of the same lines.

Run: python benchmarks/bench_log.py [LOG ...] [--quick]

The lines are those of the logs given (by default tests/data/logs/: Postfix, Exim, Sendmail
and PowerMTA lines from their documentation and public threads, delivery lines and others as
they come), repeated to about 20,000. The baseline, measured in the same run and interleaved
with it, splits every line on whitespace and every field on its first ``=``: the least a
reader of such lines does. read_log() is measured with every record's reason and verdict
read, what a caller deciding on an address reads. The figures are lines a second and the
ratio to the baseline; docs/performance.md keeps them.
"""

from __future__ import annotations

import sys
import timeit
from collections.abc import Callable
from pathlib import Path

import bouncecodes

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_LOGS = sorted((ROOT / "tests" / "data" / "logs").iterdir())


def read_lines(paths: list[Path], size: int) -> list[str]:
    lines: list[str] = []
    for path in paths:
        lines.extend(path.read_text(encoding="utf-8").splitlines())
    return (lines * (size // len(lines) + 1))[:size]


def best(run: Callable[[], object], number: int) -> float:
    return min(timeit.repeat(run, number=number, repeat=3))


def measure(lines: list[str], rounds: int, number: int) -> tuple[float, float]:
    """Seconds for read_log() and for the naive split over *lines*, best of interleaved
    rounds, so that a noisy stretch of the machine hits both sides."""

    def baseline() -> None:
        for line in lines:
            for field in line.split():
                field.split("=", 1)

    def reader() -> None:
        for record in bouncecodes.read_log(lines):
            record.reason  # noqa: B018 (read, as a caller reads it)
            record.verdict  # noqa: B018

    base = spent = float("inf")
    for _ in range(rounds):
        base = min(base, best(baseline, number))
        spent = min(spent, best(reader, number))
    return spent, base


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    paths = [Path(arg) for arg in argv if arg != "--quick"] or DEFAULT_LOGS
    lines = read_lines(paths, 2_000 if quick else 20_000)
    records = sum(1 for _ in bouncecodes.read_log(lines))  # and warms the patterns up
    rounds, number = (1, 1) if quick else (5, 2)
    spent, base = measure(lines, rounds, number)
    print(f"Python {sys.version.split()[0]}")
    print(f"{len(lines)} lines ({records} delivery attempts) of {len(paths)} log(s)")
    print(f"  naive split: {number * len(lines) / base:,.0f} lines a second")
    print(
        f"  read_log:    {number * len(lines) / spent:,.0f} lines a second, "
        f"{spent / base:.1f}x the naive split"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
