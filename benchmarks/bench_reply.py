"""How parse_reply() compares with a naive scan for a reply code.

Run: python benchmarks/bench_reply.py [CORPUS.jsonl ...] [--quick]

The lines are the ``text`` fields of the JSON-lines corpora given (by default the project's
own tests/data/replies*.jsonl, and ../shared/corpus/replies.jsonl when it is there). The
baseline, measured in the same run and interleaved with it, is a plain precompiled
``re.search(r"\\b[245]\\d\\d\\b", line)`` over the same lines. parse_reply() is measured
twice: asked for each result's ``type`` and ``entry`` (target: at most 6x), and asked for its
``reason`` and ``verdict`` too, what a caller deciding on an address reads (target: at most
7x). The targets hold over ../shared/corpus/replies.jsonl; the other corpora are shown beside.

A third line, ``floor``, is no reader of the package: parse_reply() read for its type, plus
the least that reading a reason words first must do, every reply's words cut out and looked
up in the set of words the wordings are indexed by, with the fastest stdlib means
(``bytes.translate``, ``split``, one set intersection), and no wording then looked for. It
shows how much of the reason's target that first step alone takes (docs/performance.md).
"""

from __future__ import annotations

import json
import re
import sys
import timeit
from collections.abc import Callable
from pathlib import Path

import bouncecodes
from bouncecodes import _reason_rule  # the floor's word set: the reason rule's own index

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = [
    ROOT / "tests" / "data" / "replies.jsonl",
    ROOT / "tests" / "data" / "replies-hostile.jsonl",
    ROOT.parent / "shared" / "corpus" / "replies.jsonl",
]
TARGETS = {"type": 6.0, "reason": 7.0, "floor": 7.0}  # the floor: against the reason's
LABELS = {
    "type": "parse_reply, read for its type",
    "reason": "parse_reply, read for its reason",
    "floor": "floor: type, and the words cut",
}


def read_lines(paths: list[Path]) -> list[str]:
    lines: list[str] = []
    for path in paths:
        with path.open(encoding="utf-8") as corpus:
            lines.extend(str(json.loads(line)["text"]) for line in corpus if line.strip())
    return lines


def best(run: Callable[[], object], number: int) -> float:
    return min(timeit.repeat(run, number=number, repeat=3))


def measure(lines: list[str], rounds: int, number: int) -> tuple[dict[str, float], float]:
    """Seconds for parse_reply() (read for its type, and for its reason) and for the naive
    scan over *lines*, best of interleaved rounds, so that a noisy stretch of the machine hits
    every side."""
    naive = re.compile(r"\b[245]\d\d\b")
    parse_reply = bouncecodes.parse_reply

    def baseline() -> None:
        for line in lines:
            naive.search(line)

    def for_type() -> None:
        for line in lines:
            reply = parse_reply(line)
            reply.type  # noqa: B018 (read, as a caller reads it)
            reply.entry  # noqa: B018

    def for_reason() -> None:
        for line in lines:
            reply = parse_reply(line)
            reply.type  # noqa: B018
            reply.entry  # noqa: B018
            reply.reason  # noqa: B018
            reply.verdict  # noqa: B018

    keys = _reason_rule._BYTES_KEYS
    word_bytes = _reason_rule._WORD_BYTES

    def floor() -> None:
        for line in lines:
            reply = parse_reply(line)
            reply.type  # noqa: B018
            reply.entry  # noqa: B018
            keys.intersection(line.lower().encode("ascii", "replace").translate(word_bytes).split())

    readers = {"type": for_type, "reason": for_reason, "floor": floor}
    base = float("inf")
    spent = dict.fromkeys(readers, float("inf"))
    for _ in range(rounds):
        base = min(base, best(baseline, number))
        for name, reader in readers.items():
            spent[name] = min(spent[name], best(reader, number))
    return spent, base


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    paths = [Path(arg) for arg in argv if arg != "--quick"] or [
        path for path in DEFAULT_CORPORA if path.exists()
    ]
    bouncecodes.parse_reply("warm up: compile the patterns")
    rounds, number = (2, 2) if quick else (15, 5)
    print(f"Python {sys.version.split()[0]}")
    every: list[str] = []
    failed = False
    for path in [*paths, None] if len(paths) > 1 else paths:
        lines = read_lines([path]) if path else every
        every.extend(lines if path else [])
        spent, base = measure(lines, rounds, number)
        held = path is not None and path.parent.name == "corpus"  # the targets' corpus
        name = path.parent.name + "/" + path.name if path else "all"
        print(
            f"{name}: {len(lines)} replies; naive scan "
            f"{base / number / len(lines) * 1e6:.2f} us a line"
        )
        for read, seconds in spent.items():
            ratio = seconds / base
            target = TARGETS[read]
            failed |= held and read != "floor" and ratio > target
            per_reply = seconds / number / len(lines)
            verdict = f" (target {target}x) {'ok' if ratio <= target else 'OVER'}" if held else ""
            print(
                f"  {LABELS[read]:32}: {ratio:.2f}x the naive scan{verdict}; "
                f"{per_reply * 1e6:.2f} us a reply, {1 / per_reply:,.0f} a second"
            )
    # A quick run is a smoke test (CI runs one): too short to hold a target to.
    return 1 if failed and not quick else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
