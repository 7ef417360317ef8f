"""How parse_dsn() compares with the cheapest stdlib parse of the same bytes.

Run: python benchmarks/bench_dsn.py [FOLDER ...] [--quick]

The messages are the files of the folders given (by default the project's own
tests/data/dsn, and ../shared/corpus/dsn when it is there). The baseline, measured in the
same run and interleaved with it, is ``email.message_from_bytes(data)`` with its default
compat32 policy: the floor any MIME-based reader pays. Target: at most 2x, on average over
the messages.
"""

from __future__ import annotations

import email
import sys
import timeit
from collections.abc import Callable
from pathlib import Path

import bouncecodes

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDERS = [ROOT / "tests" / "data" / "dsn", ROOT.parent / "shared" / "corpus" / "dsn"]
TARGET = 2.0


def read_messages(folders: list[Path]) -> list[bytes]:
    messages = []
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.suffix == ".eml":
                data = path.read_bytes()
                try:
                    bouncecodes.parse_dsn(data)
                except bouncecodes.NotAnEmailError:
                    continue  # not an email: nothing for the floor to measure either
                messages.append(data)
    return messages


def best(run: Callable[[], object], number: int) -> float:
    return min(timeit.repeat(run, number=number, repeat=3))


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    folders = [Path(arg) for arg in argv if arg != "--quick"] or [
        folder for folder in DEFAULT_FOLDERS if folder.exists()
    ]
    messages = read_messages(folders)
    parse_dsn = bouncecodes.parse_dsn
    message_from_bytes = email.message_from_bytes

    def floor() -> None:
        for data in messages:
            message_from_bytes(data)

    def ours() -> None:
        for data in messages:
            parse_dsn(data)

    rounds, number = (2, 1) if quick else (7, 3)
    base = spent = float("inf")
    for _ in range(rounds):  # interleaved, so that a noisy stretch hits both sides
        base = min(base, best(floor, number))
        spent = min(spent, best(ours, number))
    ratio = spent / base
    per_message = spent / number / len(messages)
    print(f"Python {sys.version.split()[0]}; {len(messages)} messages from {len(folders)} folders")
    print(
        f"parse_dsn: {ratio:.2f}x email.message_from_bytes (compat32), best against best "
        f"(target {TARGET}x) {'ok' if ratio <= TARGET else 'OVER'}"
    )
    print(
        f"  {per_message * 1e6:.0f} us a message, {1 / per_message:,.0f} messages a second; "
        f"the floor {base / number / len(messages) * 1e6:.0f} us a message"
    )
    # A quick run is a smoke test (CI runs one): too short to hold a target to.
    return 0 if ratio <= TARGET or quick else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
