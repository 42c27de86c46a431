"""Recent: a bounded map that forgets its oldest entry first."""

from __future__ import annotations

from contextlib import suppress
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Recent(Generic[K, V]):
    """The last `size` values put, by key; memory stays bounded however long the input.

    Shared by threads (a Linter in a server): two of them may evict at once, and one
    eviction then finds nothing to remove, which is harmless.
    """

    def __init__(self, size: int) -> None:
        self.size = max(size, 1)
        self._items: dict[K, V] = {}

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: K) -> V | None:
        return self._items.get(key)

    def put(self, key: K, value: V) -> None:
        if len(self._items) >= self.size:
            # Dicts keep insertion order: the first key is the oldest. Another thread may
            # have emptied or changed the dict meanwhile.
            with suppress(StopIteration, RuntimeError):
                self._items.pop(next(iter(self._items)), None)
        self._items[key] = value
