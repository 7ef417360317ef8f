"""How lookup() and classify() compare with a bare dict lookup, and what importing costs.

Run: python benchmarks/bench_lookup.py [--quick]

Every figure is a ratio to a baseline measured in the same run, so that a busy or slow
machine moves both sides alike:
- lookup and classify of 550, "550" and "5.1.1" against a plain function returning d[c]
  from a dict of the same keys (targets: 1.5x for ints, 1.6x for strings);
- ``import bouncecodes`` in a fresh interpreter against ``import dataclasses, enum``
  (target: 1.15x), the best of many runs each, taken in alternation.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import timeit

import bouncecodes

TARGETS: dict[int | str, float] = {550: 1.5, "550": 1.6, "5.1.1": 1.6}
IMPORT_TARGET = 1.15

_TIMER = """
import time
start = time.perf_counter()
import {modules}
print(time.perf_counter() - start)
"""


def per_call(function: object, key: object, number: int, repeat: int) -> float:
    """Seconds per call, the best of *repeat* runs of *number* calls."""
    timer = timeit.Timer("f(k)", globals={"f": function, "k": key})
    return min(timer.repeat(repeat=repeat, number=number)) / number


def import_seconds(modules: str) -> float:
    code = _TIMER.format(modules=modules)
    done = subprocess.run(
        [sys.executable, "-I", "-c", code], capture_output=True, text=True, check=True
    )
    return float(done.stdout)


def main(quick: bool = False) -> int:
    number, repeat, imports = (20_000, 3, 5) if quick else (200_000, 15, 40)
    table = {key: bouncecodes.lookup(key) for key in TARGETS}

    def baseline(code: int | str) -> object:
        return table[code]

    print(f"Python {sys.version.split()[0]} on {sys.platform}")
    failed = False
    for key, target in TARGETS.items():
        base = per_call(baseline, key, number, repeat)
        for verb in (bouncecodes.lookup, bouncecodes.classify):
            ratio = per_call(verb, key, number, repeat) / base
            failed |= ratio > target
            mark = "ok" if ratio <= target else "OVER"
            print(
                f"{verb.__name__}({key!r}): {ratio:.2f}x d[c] "
                f"({base * 1e9:.0f} ns baseline; target {target}x) {mark}"
            )

    ours, theirs = [], []
    for _ in range(imports):
        ours.append(import_seconds("bouncecodes"))
        theirs.append(import_seconds("dataclasses, enum"))
    ratio = min(ours) / min(theirs)
    failed |= ratio > IMPORT_TARGET
    mark = "ok" if ratio <= IMPORT_TARGET else "OVER"
    print(
        f"import bouncecodes: {ratio:.2f}x import dataclasses, enum "
        f"({min(ours) * 1e3:.2f} ms vs {min(theirs) * 1e3:.2f} ms, best of {imports}; "
        f"medians {statistics.median(ours) * 1e3:.2f} vs {statistics.median(theirs) * 1e3:.2f}"
        f" ms; target {IMPORT_TARGET}x) {mark}"
    )
    # A quick run is a smoke test (CI runs one): too short to hold a target to.
    return 1 if failed and not quick else 0


if __name__ == "__main__":
    sys.exit(main(quick="--quick" in sys.argv[1:]))
