"""A read-only mapping that pickles: what results hand out where users expect a dict.

``types.MappingProxyType`` is read-only but does not pickle, and results travel between
processes (``bouncecodes dsn --jobs``, Dask, multiprocessing); a dict would let users change
what a frozen result holds.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TypeVar

__all__ = ["HeaderFields", "ReadOnlyMapping"]

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


class HeaderFields(Mapping[str, str]):
    """Header fields by name, in any case (``fields["x-campaign-id"]`` and
    ``fields["X-Campaign-Id"]`` alike), the first of those of one name; read-only. It wraps
    the fields as they came, (name, value) pairs in order, and builds nothing until asked:
    most results are never asked for their original's fields."""

    __slots__ = ("_fields",)

    def __init__(self, fields: tuple[tuple[str, str], ...] = (), /) -> None:
        self._fields = tuple(fields)

    def __getitem__(self, name: str) -> str:
        if isinstance(name, str):
            wanted = name.lower()
            for field, value in self._fields:
                if field.lower() == wanted:
                    return value
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        """Each name once, in lower case, in the order the fields came."""
        return iter(dict.fromkeys(field.lower() for field, _ in self._fields))

    def __len__(self) -> int:
        return len({field.lower() for field, _ in self._fields})

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._fields!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, HeaderFields):
            return self._fields == other._fields
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]  # a Mapping, and so unhashable

    def __reduce__(self) -> tuple[type[HeaderFields], tuple[tuple[tuple[str, str], ...]]]:
        return type(self), (self._fields,)
