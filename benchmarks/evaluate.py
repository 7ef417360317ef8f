"""Measure how well bouncecodes reads real material it was not built from.

    python benchmarks/evaluate.py replies PATH.jsonl [--show-misses]
    python benchmarks/evaluate.py dsn FOLDER [--show-files]

``replies``: a JSON-lines corpus with one reply a line (fields ``text``, ``basic``,
``enhanced``, ``expected_row`` or ``row``, ``expected_type`` or ``type``); prints how often
parse_reply() extracts the labelled codes, resolves the labelled row and gets the type right.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import bouncecodes


def _label(record: dict[str, object], *names: str) -> object:
    for name in names:
        if name in record:
            return record[name]
    raise KeyError(f"no {' or '.join(names)} in {record!r}")


def evaluate_replies(path: Path, show_misses: bool) -> dict[str, float]:
    total = 0
    hits = {"basic": 0, "enhanced": 0, "codes": 0, "row": 0, "type": 0}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            total += 1
            reply = bouncecodes.parse_reply(str(record["text"]))
            row = reply.entry.code if reply.entry else None
            got = {
                "basic": reply.basic == record["basic"],
                "enhanced": reply.enhanced == record["enhanced"],
                "row": row == _label(record, "expected_row", "row"),
                "type": reply.type == _label(record, "expected_type", "type"),
            }
            got["codes"] = got["basic"] and got["enhanced"]
            for name, hit in got.items():
                hits[name] += hit
            if show_misses and not all(got.values()):
                print(
                    f"MISS {record['text']!r}\n"
                    f"  labelled {record['basic']} {record['enhanced']} "
                    f"row {_label(record, 'expected_row', 'row')} "
                    f"{_label(record, 'expected_type', 'type')}\n"
                    f"  parsed   {reply.basic} {reply.enhanced} row {row} {reply.type} "
                    f"({reply.rule})"
                )
    figures = {name: hit / total for name, hit in hits.items()}
    print(f"{path}: {total} replies")
    for name, share in figures.items():
        print(f"  {name:9} {share:7.2%}  ({hits[name]}/{total})")
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    replies = commands.add_parser("replies", help="evaluate parse_reply() on a JSON-lines corpus")
    replies.add_argument("path", type=Path)
    replies.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    evaluate_replies(args.path, args.show_misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
