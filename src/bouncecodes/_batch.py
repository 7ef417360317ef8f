"""Many emails at once: a function over a stream of them, in order, in one process or in
several.

An operator's archive of bounces can hold millions of messages. They are read as they come
and handed to worker processes a batch at a time, so that memory holds one batch however
large the archive; the results come back in the order the messages came in.
"""

from __future__ import annotations

from itertools import islice

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from typing import TypeVar

    T = TypeVar("T")
    R = TypeVar("R")

__all__ = ["ordered_map"]

# Messages a worker is handed at once: enough that passing them costs little beside reading
# them (a bounce takes about 0.2 ms), few enough that a batch of them all stays small.
CHUNK = 32


def ordered_map(function: Callable[[T], R], items: Iterable[T], jobs: int) -> Iterator[R]:
    """``function`` over *items*, in their order: in *jobs* worker processes (``function``
    and the items must pickle), eight chunks a job in flight at most; here, when *jobs* is 1
    or the items are too few to be worth starting workers for (no more than one chunk)."""
    items = iter(items)
    batch = list(islice(items, jobs * 8 * CHUNK if jobs > 1 else 1))
    if jobs <= 1 or len(batch) <= CHUNK:
        yield from map(function, batch)
        yield from map(function, items)
        return
    import multiprocessing  # noqa: PLC0415 (only for more than one job)

    with multiprocessing.Pool(jobs) as pool:
        while batch:
            yield from pool.imap(function, batch, chunksize=CHUNK)
            batch = list(islice(items, jobs * 8 * CHUNK))
