"""Measure how well bouncecodes reads real material it was not built from.

    python benchmarks/evaluate.py replies PATH.jsonl [--show-misses]
    python benchmarks/evaluate.py dsn FOLDER [--show-files]
    python benchmarks/evaluate.py reasons PATH.jsonl [--emails FOLDER] [--show-misses]
    python benchmarks/evaluate.py recipients LABELS FOLDER [--show-misses]

``dsn``: a folder of bounce emails; prints, per file, the recipients parse_dsn() finds with
their codes and types (``--show-files``), and how many files gave at least one and how many
none.

``replies``: a JSON-lines corpus with one reply a line (fields ``text``, ``basic``,
``enhanced``, ``expected_row`` or ``row``, ``expected_type`` or ``type``); prints how often
parse_reply() extracts the labelled codes, resolves the labelled row and gets the type right.

``reasons``: a JSON-lines corpus labelled with reasons, one reply a line (``text``) or one
bounced recipient of a bounce email a line (``file`` in FOLDER, ``recipient``); the label is
``reason_careful`` or ``reason``, and ``reason_alt`` also counts as right. Prints how often the
reason and its party agree, and the two safety figures: sender-side refusals given
``suppress`` (a good address lost), and address-side bounces not given it (a dead address
kept). Lines labelled with no reason (not bounces) are left out.

``recipients``: the bounced recipients labelled for each email of FOLDER (LABELS: a JSON-lines
file of ``file`` and ``recipient``, a ``reason`` of null marking an email that is no bounce;
or a JSON object by file of ``{"recipients": [{"recipient": ...}]}``); prints the recall
(labelled recipients found), the wrong recipients (reported, not labelled), the non-bounces
reported as bounces, and the reported addresses that are not whole.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import bouncecodes
from bouncecodes._address import whole


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


def _reason_labels(record: dict[str, object]) -> set[str]:
    label = record.get("reason_careful", record.get("reason"))
    alternative = record.get("reason_alt")
    return {str(name) for name in (label, alternative) if name is not None}


def _results(
    path: Path, emails: Path
) -> Iterator[tuple[dict[str, object], bouncecodes.Reply | bouncecodes.BouncedRecipient | None]]:
    """Each labelled line of *path*, with what the library makes of it (None: not found)."""
    bounces: dict[str, tuple[bouncecodes.BouncedRecipient, ...]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            if not _reason_labels(record):
                continue
            if "file" not in record:
                yield record, bouncecodes.parse_reply(str(record["text"]))
                continue
            name = str(record["file"])
            if name not in bounces:
                try:
                    bounces[name] = bouncecodes.parse_dsn((emails / name).read_bytes())
                except bouncecodes.NotAnEmailError:
                    bounces[name] = ()
            wanted = str(record.get("recipient") or "").lower()
            found = [bounce for bounce in bounces[name] if bounce.recipient.lower() == wanted]
            yield record, found[0] if found else None


def evaluate_reasons(path: Path, emails: Path, show_misses: bool) -> dict[str, float]:
    counts = {"labelled": 0, "found": 0, "reason": 0, "party": 0}
    sender_side = suppressed_senders = address_side = kept_addresses = 0
    for record, result in _results(path, emails):
        counts["labelled"] += 1
        labels = _reason_labels(record)
        if result is None:
            if show_misses:
                print(f"NOT FOUND {record.get('file')} {record.get('recipient')}")
            continue
        counts["found"] += 1
        reason = result.reason
        counts["reason"] += reason.value in labels
        counts["party"] += reason.party in {bouncecodes.Reason(label).party for label in labels}
        main_party = bouncecodes.Reason(
            str(record.get("reason_careful", record.get("reason")))
        ).party
        if main_party is bouncecodes.Party.SENDER:
            sender_side += 1
            suppressed_senders += result.verdict is bouncecodes.Verdict.SUPPRESS
        elif main_party is bouncecodes.Party.ADDRESS:
            address_side += 1
            kept_addresses += result.verdict is not bouncecodes.Verdict.SUPPRESS
        if show_misses and reason.value not in labels:
            where = record.get("file") or str(record.get("text"))[:100]
            print(
                f"MISS {where!r}: labelled {'/'.join(sorted(labels))}, read {reason} "
                f"({result.evidence!r})"
            )
    labelled = counts["labelled"]
    print(f"{path}: {labelled} labelled, {counts['found']} found")
    for name in ("reason", "party"):
        print(f"  {name:26} {counts[name] / labelled:7.2%}  ({counts[name]}/{labelled})")
    print(f"  sender-side given suppress {suppressed_senders:>7}  (of {sender_side})")
    share = kept_addresses / address_side if address_side else 0.0
    print(f"  address-side not suppress  {share:7.2%}  ({kept_addresses}/{address_side})")
    return {
        "reason": counts["reason"] / labelled,
        "party": counts["party"] / labelled,
        "sender_suppressed": suppressed_senders,
        "address_kept": share,
    }


def _recipient_labels(path: Path) -> tuple[dict[str, set[str]], set[str]]:
    """The labelled recipients by file, and the files that are no bounce."""
    labels: dict[str, set[str]] = {}
    not_bounces: set[str] = set()
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        for name, entry in json.loads(text).items():
            found = {str(r["recipient"]).lower() for r in entry.get("recipients", [])}
            labels[name] = found
            if not found and entry.get("result") != "error":
                not_bounces.add(name)
        return labels, not_bounces
    for line in text.splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        name = str(record["file"])
        labels.setdefault(name, set())
        if record.get("reason") is None and record.get("reason_careful") is None:
            not_bounces.add(name)
        elif record.get("recipient"):
            labels[name].add(str(record["recipient"]).lower())
    return labels, not_bounces - {name for name, found in labels.items() if found}


def evaluate_recipients(labels_path: Path, folder: Path, show_misses: bool) -> dict[str, float]:
    labels, not_bounces = _recipient_labels(labels_path)
    labelled = found = wrong = reported = misreported = cut = 0
    for name in sorted(labels):
        try:
            bounces = bouncecodes.parse_dsn((folder / name).read_bytes())
        except (OSError, bouncecodes.NotAnEmailError):
            bounces = ()
        got = {bounce.recipient.lower() for bounce in bounces}
        reported += len(got)
        cut += sum(whole(bounce.recipient) is None for bounce in bounces)
        if name in not_bounces:
            misreported += bool(got)
            if show_misses and got:
                print(f"NOT A BOUNCE {name}: reported {sorted(got)}")
            continue
        want = labels[name]
        labelled += len(want)
        found += len(want & got)
        wrong += len(got - want)
        if show_misses and want != got:
            print(f"MISS {name}: missed {sorted(want - got)}, wrong {sorted(got - want)}")
    recall = found / labelled if labelled else 1.0
    wrong_share = wrong / reported if reported else 0.0
    print(f"{labels_path} over {folder}: {labelled} recipients labelled, {reported} reported")
    print(f"  recall                 {recall:7.2%}  ({found}/{labelled})")
    print(f"  wrong recipients       {wrong_share:7.2%}  ({wrong}/{reported})")
    print(f"  non-bounces reported   {misreported:>7}  (of {len(not_bounces)})")
    print(f"  addresses not whole    {cut:>7}")
    return {"recall": recall, "wrong": wrong_share, "misreported": misreported, "cut": cut}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    replies = commands.add_parser("replies", help="evaluate parse_reply() on a JSON-lines corpus")
    replies.add_argument("path", type=Path)
    replies.add_argument("--show-misses", action="store_true")
    dsn = commands.add_parser("dsn", help="evaluate parse_dsn() on a folder of bounce emails")
    dsn.add_argument("folder", type=Path)
    dsn.add_argument("--show-files", action="store_true")
    reasons = commands.add_parser("reasons", help="evaluate reasons and verdicts")
    reasons.add_argument("path", type=Path)
    reasons.add_argument(
        "--emails", type=Path, help="where a line's file is (default: PATH's folder's dsn/)"
    )
    reasons.add_argument("--show-misses", action="store_true")
    recipients = commands.add_parser("recipients", help="evaluate the recipients parse_dsn finds")
    recipients.add_argument("labels", type=Path)
    recipients.add_argument("folder", type=Path)
    recipients.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "recipients":
        evaluate_recipients(args.labels, args.folder, args.show_misses)
    elif args.command == "replies":
        evaluate_replies(args.path, args.show_misses)
    elif args.command == "reasons":
        evaluate_reasons(args.path, args.emails or args.path.parent / "dsn", args.show_misses)
    else:
        evaluate_dsn(args.folder, args.show_files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
