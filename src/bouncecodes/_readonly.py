"""A read-only mapping that pickles: what results hand out where users expect a dict.

``types.MappingProxyType`` is read-only but does not pickle, and results travel between
processes (``bouncecodes dsn --jobs``, Dask, multiprocessing); a dict would let users change
what a frozen result holds.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TypeVar

__all__ = ["ReadOnlyMapping"]

K = TypeVar("K")
V = TypeVar("V")


class ReadOnlyMapping(Mapping[K, V]):
    """A mapping over a dict of its own, which nothing outside can reach to change."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[K, V] = {}, /) -> None:
        self._items = dict(items)

    def __getitem__(self, key: K) -> V:
        return self._items[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._items!r})"

    def __reduce__(self) -> tuple[type[ReadOnlyMapping[K, V]], tuple[dict[K, V]]]:
        return type(self), (self._items,)
