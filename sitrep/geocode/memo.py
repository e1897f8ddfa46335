"""A bounded least-recently-used memo, held by the object whose answers it keeps."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(Generic[K, V]):
    """Answers of `compute(key)` for the `size` keys used most recently."""

    def __init__(self, compute: Callable[[K], V], *, size: int) -> None:
        self._compute = compute
        self._size = size
        self._store: OrderedDict[K, V] = OrderedDict()

    def __call__(self, key: K) -> V:
        store = self._store
        if key in store:
            store.move_to_end(key)
            return store[key]
        value = self._compute(key)
        store[key] = value
        if len(store) > self._size:
            store.popitem(last=False)
        return value

    def peek(self, key: K) -> V | None:
        """The kept answer for `key`, or None when it is not kept (nothing is computed)."""
        return self._store.get(key)

    def clear(self) -> None:
        self._store.clear()

    def __len__(self) -> int:
        return len(self._store)
