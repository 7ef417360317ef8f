"""How parse_reply() compares with a naive scan for a reply code.

Run: python benchmarks/bench_reply.py [CORPUS.jsonl ...] [--quick]

The lines are the ``text`` fields of the JSON-lines corpora given (by default the project's
own tests/data/replies*.jsonl, and ../shared/corpus/replies.jsonl when it is there). The
baseline, measured in the same run and interleaved with it, is a plain precompiled
``re.search(r"\\b[245]\\d\\d\\b", line)`` over the same lines. Target: at most 8x.
"""

from __future__ import annotations

import json
import re
import sys
import timeit
from collections.abc import Callable
from pathlib import Path

import bouncecodes

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = [
    ROOT / "tests" / "data" / "replies.jsonl",
    ROOT / "tests" / "data" / "replies-hostile.jsonl",
    ROOT.parent / "shared" / "corpus" / "replies.jsonl",
]
TARGET = 8.0


def read_lines(paths: list[Path]) -> list[str]:
    lines: list[str] = []
    for path in paths:
        with path.open(encoding="utf-8") as corpus:
            lines.extend(str(json.loads(line)["text"]) for line in corpus if line.strip())
    return lines


def best(run: Callable[[], object], number: int) -> float:
    return min(timeit.repeat(run, number=number, repeat=3))


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    paths = [Path(arg) for arg in argv if arg != "--quick"] or [
        path for path in DEFAULT_CORPORA if path.exists()
    ]
    lines = read_lines(paths)
    naive = re.compile(r"\b[245]\d\d\b")
    parse_reply = bouncecodes.parse_reply
    parse_reply("warm up: compile the patterns")

    def baseline() -> None:
        for line in lines:
            naive.search(line)

    def ours() -> None:
        for line in lines:
            parse_reply(line)

    rounds, number = (2, 2) if quick else (15, 5)
    base = spent = float("inf")
    for _ in range(rounds):  # interleaved, so that a noisy stretch hits both sides
        base = min(base, best(baseline, number))
        spent = min(spent, best(ours, number))
    ratio = spent / base
    per_reply = spent / number / len(lines)
    print(f"Python {sys.version.split()[0]}; {len(lines)} replies from {len(paths)} corpora")
    print(
        f"parse_reply: {ratio:.2f}x the naive scan, best against best "
        f"(target {TARGET}x) {'ok' if ratio <= TARGET else 'OVER'}"
    )
    print(
        f"  {per_reply * 1e6:.2f} us a reply, {1 / per_reply:,.0f} replies a second; "
        f"naive scan {base / number / len(lines) * 1e6:.2f} us a line"
    )
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
