"""How parse_dsn() compares with the cheapest stdlib parse of the same bytes, and what a big
mailbox costs.

Run: python benchmarks/bench_dsn.py [FOLDER ...] [--quick]

The messages are the files of the folders given (by default the project's own
tests/data/dsn and tests/data/mta, and ../shared/corpus/dsn when it is there).

1. The ratio: parse_dsn() against ``email.message_from_bytes(data)`` with its default
   compat32 policy, the floor any reader built on the stdlib's parser pays, measured in the
   same run and interleaved with it, over the same bytes, each recipient read for its reason
   and verdict too. Target: at most 1.4x (1.3x before reasons).
2. A mailbox: 10,000 of the messages, round and round, read in one process: messages a
   second, and the bytes the results keep, per recipient (tracemalloc).
3. Hostile shapes: seconds for a megabyte of each (tests/test_dsn.py holds their growth).
"""

from __future__ import annotations

import email
import gc
import sys
import time
import timeit
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import bouncecodes

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDERS = [
    ROOT / "tests" / "data" / "dsn",
    ROOT / "tests" / "data" / "mta",
    ROOT.parent / "shared" / "corpus" / "dsn",
]
TARGET = 1.4
MAILBOX = 10_000


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


def ratio(messages: list[bytes], rounds: int, number: int) -> tuple[float, float]:
    parse_dsn = bouncecodes.parse_dsn
    message_from_bytes = email.message_from_bytes

    def floor() -> None:
        for data in messages:
            message_from_bytes(data)

    def ours() -> None:
        for data in messages:
            parse_dsn(data)

    base = spent = float("inf")
    for _ in range(rounds):  # interleaved, so that a noisy stretch hits both sides
        base = min(base, best(floor, number))
        spent = min(spent, best(ours, number))
    return spent, base


def mailbox(messages: list[bytes], count: int) -> tuple[float, int, int]:
    """Seconds to read *count* messages, the recipients found, and the bytes they keep (the
    memory is traced in a second pass: tracing slows the first)."""
    box = [messages[index % len(messages)] for index in range(count)]
    parse_dsn = bouncecodes.parse_dsn
    start = time.perf_counter()
    kept = [parse_dsn(data) for data in box]
    spent = time.perf_counter() - start
    del kept
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = [parse_dsn(data) for data in box]
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    return spent, sum(map(len, kept)), held


HEAD = b"From: MAILER-DAEMON@example.org\r\nSubject: Undelivered Mail\r\n"
HOSTILE: dict[str, Callable[[int], bytes]] = {
    "a 1 MB To field of address characters": lambda size: (
        HEAD + b"To: " + b"a" * size + b"\r\n\r\n<bob@example.net>: 550 5.1.1 no\r\n"
    ),
    "a 1 MB text of two recipients, alternating": lambda size: (
        HEAD
        + b"\r\n"
        + b"<bob@example.net>: 550 5.1.1 no\r\n<carol@example.net>: 552 5.2.2 full\r\n"
        * (size // 70)
    ),
    "the same, with CR-only line ends": lambda size: (
        HEAD.replace(b"\r\n", b"\r")
        + b"\r"
        + b"<bob@example.net>: 550 5.1.1 no\r<carol@example.net>: 552 5.2.2 full\r" * (size // 68)
    ),
    "a 1 MB delivery-status part of blank lines": lambda size: (
        HEAD + b"Content-Type: multipart/report; boundary=b\r\n\r\n--b\r\n"
        b"Content-Type: message/delivery-status\r\n\r\n" + b"\r\n" * (size // 2) + b"--b--\r\n"
    ),
}


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    folders = [Path(arg) for arg in argv if arg != "--quick"] or [
        folder for folder in DEFAULT_FOLDERS if folder.exists()
    ]
    messages = read_messages(folders)
    rounds, number = (2, 1) if quick else (9, 3)
    spent, base = ratio(messages, rounds, number)
    print(f"Python {sys.version.split()[0]}; {len(messages)} messages from {len(folders)} folders")
    print(
        f"parse_dsn: {spent / base:.2f}x email.message_from_bytes (compat32), best against best "
        f"(target {TARGET}x) {'ok' if spent / base <= TARGET else 'OVER'}"
    )
    per_message = spent / number / len(messages)
    print(
        f"  {per_message * 1e6:.0f} us a message, {1 / per_message:,.0f} messages a second; "
        f"the floor {base / number / len(messages) * 1e6:.0f} us a message"
    )
    count = 500 if quick else MAILBOX
    seconds, recipients, held = mailbox(messages, count)
    print(
        f"a mailbox of {count:,} messages in one process: {count / seconds:,.0f} messages a "
        f"second; {recipients:,} recipients, {held / max(recipients, 1):,.0f} bytes kept each"
    )
    size = 100_000 if quick else 1_000_000
    for name, shape in HOSTILE.items():
        data = shape(size)
        start = time.perf_counter()
        bouncecodes.parse_dsn(data)
        print(f"  {name}: {time.perf_counter() - start:.2f} s")
    # A quick run is a smoke test (CI runs one): too short to hold a target to.
    return 0 if spent / base <= TARGET or quick else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
