"""How fast ``bouncecodes dsn`` reads a whole mailbox, in one process and in two.

Run: python benchmarks/bench_mailbox.py [FOLDER ...] [--quick]

A 10,000-message mbox is written from the bounce emails of the folders given (by default the
project's own tests/data/dsn and tests/data/mta, and ../shared/corpus/dsn when it is there),
round and round. Then, in the same run, each of these reads it, best of three:

- the baseline: one Python process that reads the mbox with the stdlib's ``mailbox`` module
  and calls ``parse_dsn()`` on each message, printing nothing;
- ``bouncecodes dsn --jobs 1 --json MBOX`` and ``--jobs 2``, their output to /dev/null.

Printed: messages a second, each as a ratio to the baseline. No target: the figures say
what the command line adds (rendering each result, writing it) and what a second worker
gives back on this machine (docs/performance.md).
"""

from __future__ import annotations

import mailbox
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bouncecodes

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDERS = [
    ROOT / "tests" / "data" / "dsn",
    ROOT / "tests" / "data" / "mta",
    ROOT.parent / "shared" / "corpus" / "dsn",
]
SIZE = 10_000

BASELINE = """
import mailbox, sys
import bouncecodes
box = mailbox.mbox(sys.argv[1], create=False)
for key in box.iterkeys():
    try:
        bouncecodes.parse_dsn(box.get_bytes(key))
    except bouncecodes.NotAnEmailError:
        pass
"""


def write_mbox(folders: list[Path], path: Path, size: int) -> int:
    emails = [
        file.read_bytes()
        for folder in folders
        for file in sorted(folder.iterdir())
        if file.suffix == ".eml"
    ]
    box = mailbox.mbox(str(path))
    box.lock()
    for index in range(size):
        box.add(emails[index % len(emails)])
    box.flush()
    box.unlock()
    box.close()
    return size


def seconds(command: list[str]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        with open(os.devnull, "wb") as devnull:
            subprocess.run(command, stdout=devnull, stderr=subprocess.PIPE, check=False)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    folders = [Path(arg) for arg in argv if arg != "--quick"] or [
        folder for folder in DEFAULT_FOLDERS if folder.exists()
    ]
    size = 500 if quick else SIZE
    print(f"Python {sys.version.split()[0]}; bouncecodes {bouncecodes.__version__}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bounces.mbox"
        count = write_mbox(folders, path, size)
        python = sys.executable
        base = seconds([python, "-c", BASELINE, str(path)])
        print(f"a mailbox of {count:,} messages ({path.stat().st_size / 1e6:.1f} MB)")
        print(f"  baseline, parse_dsn() in one process: {count / base:,.0f} messages a second")
        for jobs in (1, 2):
            command = [python, "-m", "bouncecodes", "dsn", "--json", "--jobs", str(jobs)]
            spent = seconds([*command, str(path)])
            print(
                f"  bouncecodes dsn --jobs {jobs}: {count / spent:,.0f} messages a second, "
                f"{base / spent:.2f}x the baseline's rate"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
