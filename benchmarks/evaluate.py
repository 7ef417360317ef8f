"""Measure how well bouncecodes reads real material it was not built from.

    python benchmarks/evaluate.py replies PATH.jsonl [--show-misses]
    python benchmarks/evaluate.py dsn FOLDER [--show-files]

``dsn``: a folder of bounce emails; prints, per file, the recipients parse_dsn() finds with
their codes and types (``--show-files``), and how many files gave at least one and how many
none.

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


def evaluate_dsn(folder: Path, show_files: bool) -> dict[str, int]:
    """Run parse_dsn() over every file in *folder*; count files with and without recipients."""
    counts = {"files": 0, "with recipients": 0, "without": 0, "not an email": 0, "recipients": 0}
    empty = []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.suffix not in {".eml", ".txt", ""}:
            continue
        counts["files"] += 1
        try:
            bounces = bouncecodes.parse_dsn(path.read_bytes())
        except bouncecodes.NotAnEmailError:
            counts["not an email"] += 1
            empty.append(f"{path.name} (not an email)")
            continue
        counts["recipients"] += len(bounces)
        counts["with recipients" if bounces else "without"] += 1
        if not bounces:
            empty.append(path.name)
        if show_files:
            for bounce in bounces:
                reply = bounce.reply
                row = bounce.entry.code if bounce.entry else None
                print(
                    f"{path.name}\t{bounce.recipient}\t{bounce.action}\t{bounce.status}\t"
                    f"{reply.basic}\t{reply.enhanced}\t{row}\t{bounce.type}\t{bounce.rule}"
                )
            if not bounces:
                print(f"{path.name}\t(no recipient)")
    print(f"{folder}: {counts['files']} files")
    for name, count in counts.items():
        if name != "files":
            print(f"  {name:16} {count}")
    if empty:
        print("  gave none: " + ", ".join(empty))
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    replies = commands.add_parser("replies", help="evaluate parse_reply() on a JSON-lines corpus")
    replies.add_argument("path", type=Path)
    replies.add_argument("--show-misses", action="store_true")
    dsn = commands.add_parser("dsn", help="evaluate parse_dsn() on a folder of bounce emails")
    dsn.add_argument("folder", type=Path)
    dsn.add_argument("--show-files", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "replies":
        evaluate_replies(args.path, args.show_misses)
    else:
        evaluate_dsn(args.folder, args.show_files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
