"""Reading the next page while the last one is written: an iterator advanced in a thread of its own, one item ahead.

The channel's adapter pages through its orders as a generator; here that generator runs in a fetch thread, so the
next page is on its way over the network while the engine writes the page before it. The fetch thread never writes
to the database: what it would have written (the sync-log rows of its calls) is held and handed over with the page,
and written by the engine's own thread in the order the calls were made. A page is still taken in, and its cursor
stored, only by the engine's thread, page after page, each in its own transaction.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Generic, TypeVar

T = TypeVar("T")

_WAIT_S = 0.05  # how often a fetch thread waiting to hand a page over looks whether it is still wanted


@dataclass
class _Fetched(Generic[T]):
    item: T | None = None
    held: list[Any] = field(default_factory=list)
    error: BaseException | None = None
    done: bool = False


class Prefetch(Generic[T]):
    """`for item in Prefetch(source, ...)` inside `with`: the source runs one item ahead in a thread of its own.

    `start` runs first in the fetch thread (to set up what it holds back); `take_held` runs there after each item
    and returns what was held back meanwhile; `deliver` gets that in the consumer's thread, before the item it came
    with (or the error, or the end). An error of the source is raised in the consumer's thread, in its place.
    """

    def __init__(
        self,
        source: Iterable[T],
        *,
        name: str,
        start: Callable[[], None],
        take_held: Callable[[], list[Any]],
        deliver: Callable[[list[Any]], None],
    ) -> None:
        self._source = source
        self._start = start
        self._take_held = take_held
        self._deliver = deliver
        # One page waits here while the next is fetched: at most three pages of one channel in memory.
        self._queue: queue.Queue[_Fetched[T]] = queue.Queue(maxsize=1)
        self._stop = threading.Event()
        self._left: list[Any] = []
        self._thread = threading.Thread(target=self._fetch, name=name, daemon=True)

    def __enter__(self) -> Prefetch[T]:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join()  # at most the call under way: the thread hands nothing over once stopped
        leftover = self._drain() + self._left
        if kind is None and leftover:
            # Calls made for pages that were not taken in (the run stopped): still in the sync log, as every call is.
            self._deliver(leftover)

    def _drain(self) -> list[Any]:
        held: list[Any] = []
        while True:
            try:
                held += self._queue.get_nowait().held
            except queue.Empty:
                return held

    def __iter__(self) -> Iterator[T]:
        while True:
            fetched = self._queue.get()
            if fetched.held:
                self._deliver(fetched.held)
            if fetched.error is not None:
                raise fetched.error
            if fetched.done:
                return
            assert fetched.item is not None
            yield fetched.item

    # ---- the fetch thread ------------------------------------------------------------------------------------
    def _fetch(self) -> None:
        iterator: Iterator[T] | None = None
        try:
            self._start()
            iterator = iter(self._source)
            while not self._stop.is_set():
                try:
                    item = next(iterator)
                except StopIteration:
                    self._hand_over(_Fetched(held=self._take_held(), done=True))
                    return
                self._hand_over(_Fetched(item=item, held=self._take_held()))
        except BaseException as exc:  # noqa: BLE001 - every error of the source is the consumer's to see
            self._hand_over(_Fetched(held=self._take_held(), error=exc))
        finally:
            close = getattr(iterator, "close", None)
            if close is not None:
                close()  # a generator stopped early ends here, in the thread that ran it

    def _hand_over(self, fetched: _Fetched[T]) -> None:
        while not self._stop.is_set():
            try:
                self._queue.put(fetched, timeout=_WAIT_S)
                return
            except queue.Full:
                continue
        self._left.extend(fetched.held)  # not wanted any more: the consumer picks it up on the way out
