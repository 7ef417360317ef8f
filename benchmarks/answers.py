"""Record every answer the readers give on every corpus, and compare two recordings.

    python benchmarks/answers.py record OUT.json
    python benchmarks/answers.py diff BEFORE.json AFTER.json

``record`` runs parse_reply() over every line of the reply corpora (the project's own
``tests/data/replies*.jsonl`` and ``../shared/corpus/replies.jsonl``) and parse_dsn() over
every email of the bounce corpora (``tests/data/dsn`` and ``../shared/corpus/dsn``), and
writes every field of every result, keyed by corpus and line or file name. Keep recordings
outside the repository: they hold text from the shared corpora, which is not ours to copy.

``diff`` prints every answer that differs between two recordings, field by field. A field
that only one of them has (a field added since) is listed once by name, not per answer.
Exit status 1 when any answer differs.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import sys
from pathlib import Path

import bouncecodes

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
REPLY_CORPORA = [
    ROOT / "tests" / "data" / "replies.jsonl",
    ROOT / "tests" / "data" / "replies-hostile.jsonl",
    SHARED / "replies.jsonl",
]
DSN_FOLDERS = [ROOT / "tests" / "data" / "dsn", SHARED / "dsn"]


def plain(value: object) -> object:
    """A result as JSON-ready data: dataclasses field by field, enums by value."""
    if isinstance(value, enum.Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if isinstance(value, bouncecodes.BounceCode):
            return value.code
        return {
            field.name: plain(getattr(value, field.name)) for field in dataclasses.fields(value)
        }
    if isinstance(value, (tuple, list)):
        return [plain(item) for item in value]
    if isinstance(value, dict) or hasattr(value, "items"):
        return {str(key): plain(item) for key, item in value.items()}
    return value


def record() -> dict[str, object]:
    answers: dict[str, object] = {}
    for corpus in REPLY_CORPORA:
        if not corpus.exists():
            continue
        lines = corpus.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            if line.strip():
                text = json.loads(line)["text"]
                answers[f"{corpus.parent.name}/{corpus.name}:{number}"] = plain(
                    bouncecodes.parse_reply(text)
                )
    for folder in DSN_FOLDERS:
        if not folder.exists():
            continue
        for path in sorted(folder.iterdir()):
            if not path.is_file() or path.suffix not in {".eml", ""}:
                continue
            key = f"{folder.parent.name}/{folder.name}/{path.name}"
            try:
                answers[key] = plain(bouncecodes.parse_dsn(path.read_bytes()))
            except bouncecodes.BounceCodeError as error:
                answers[key] = f"{type(error).__name__}: {error}"
    return answers


def differences(before: object, after: object, where: str, added: set[str]) -> list[str]:
    if isinstance(before, dict) and isinstance(after, dict):
        found = []
        for name in before.keys() | after.keys():
            if name not in before or name not in after:
                added.add(f"{'+' if name in after else '-'}{name}")
                continue
            found += differences(before[name], after[name], f"{where}.{name}", added)
        return found
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        return [
            line
            for index, (old, new) in enumerate(zip(before, after, strict=True))
            for line in differences(old, new, f"{where}[{index}]", added)
        ]
    return [] if before == after else [f"{where}: {before!r} -> {after!r}"]


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "record":
        answers = record()
        Path(argv[1]).write_text(json.dumps(answers, indent=1, ensure_ascii=False), "utf-8")
        print(f"{len(answers)} answers recorded in {argv[1]}")
        return 0
    if len(argv) == 3 and argv[0] == "diff":
        before, after = (json.loads(Path(name).read_text("utf-8")) for name in argv[1:])
        added: set[str] = set()
        found = []
        for key in sorted(before.keys() | after.keys()):
            if key not in before or key not in after:
                found.append(f"{key}: only in {'after' if key in after else 'before'}")
            else:
                found += differences(before[key], after[key], key, added)
        for line in found:
            print(line)
        if added:
            print("fields in one recording only: " + ", ".join(sorted(added)))
        print(f"{len(found)} answers differ, of {len(before.keys() | after.keys())}")
        return 1 if found else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
