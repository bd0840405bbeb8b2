"""Reading the next page while the last one is written (sync.prefetch): in order, one ahead, errors in their place,
what the fetch thread held back handed to the consumer's thread, and no thread left behind."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from orderdesk.sync.prefetch import Prefetch

WAIT_S = 10  # generous: a bound, never a measurement


class Source:
    """Pages 1..n; each page 'calls' once (held back in the fetch thread, like a sync-log row)."""

    def __init__(self, pages: int, fail_at: int | None = None) -> None:
        self.pages = pages
        self.fail_at = fail_at
        self.local = threading.local()
        self.asked: dict[int, threading.Event] = {n: threading.Event() for n in range(1, pages + 2)}
        self.closed = threading.Event()
        self.threads: set[str] = set()
        self.delivered: list[tuple[str, Any]] = []

    def __iter__(self) -> Iterator[int]:
        try:
            for number in range(1, self.pages + 1):
                self.asked[number].set()
                self.threads.add(threading.current_thread().name)
                self.local.held.append(f"call for page {number}")
                if number == self.fail_at:
                    raise RuntimeError(f"page {number} could not be read")
                yield number
        finally:
            self.closed.set()

    def prefetch(self) -> Prefetch[int]:
        def start() -> None:
            self.local.held = []

        def take_held() -> list[Any]:
            held, self.local.held = self.local.held, []
            return held

        def deliver(held: list[Any]) -> None:
            self.delivered += [(threading.current_thread().name, call) for call in held]

        return Prefetch(iter(self), name="pull-test", start=start, take_held=take_held, deliver=deliver)


def _fetch_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "pull-test"]


def test_pages_come_in_order_with_their_calls_written_by_the_consumer_first():
    source = Source(3)
    seen = []
    with source.prefetch() as pages:
        for page in pages:
            seen.append((page, [call for _, call in source.delivered]))
    me = threading.current_thread().name
    assert seen == [
        (1, ["call for page 1"]),
        (2, ["call for page 1", "call for page 2"]),
        (3, ["call for page 1", "call for page 2", "call for page 3"]),
    ]
    assert {thread for thread, _ in source.delivered} == {me}
    assert source.threads == {"pull-test"}, "the source runs in the fetch thread"
    assert not _fetch_threads()


def test_the_next_page_is_fetched_while_the_last_one_is_being_written():
    source = Source(3)
    with source.prefetch() as pages:
        for page in pages:
            if page == 1:
                # Still "writing" page 1: page 2 is asked for meanwhile, without the consumer asking.
                assert source.asked[2].wait(WAIT_S)
            if page == 2:
                assert source.asked[3].wait(WAIT_S)
    assert source.closed.is_set()


def test_an_error_of_the_source_comes_after_the_pages_before_it_with_its_calls_written():
    source = Source(3, fail_at=2)
    seen = []
    with pytest.raises(RuntimeError, match="page 2 could not be read"), source.prefetch() as pages:
        for page in pages:
            seen.append(page)
    assert seen == [1]
    assert [call for _, call in source.delivered] == ["call for page 1", "call for page 2"]
    assert not _fetch_threads()


def test_stopping_early_closes_the_source_and_still_writes_the_calls_it_made():
    source = Source(5)
    taken = []
    with source.prefetch() as pages:
        for page in pages:
            taken.append(page)
            assert source.asked[2].wait(WAIT_S)
            break
    assert taken == [1]
    assert source.closed.is_set(), "the generator is closed in the fetch thread"
    assert not _fetch_threads()
    calls = [call for _, call in source.delivered]
    assert calls[:2] == ["call for page 1", "call for page 2"], "a page fetched but not taken in: its call is logged"
    assert not source.asked[4].is_set(), "no more than two pages ahead of the one being written"


def test_a_failure_while_writing_leaves_no_thread_behind():
    source = Source(5)
    with pytest.raises(ValueError, match="disk full"), source.prefetch() as pages:
        for _page in pages:
            raise ValueError("disk full")
    assert source.closed.is_set()
    assert not _fetch_threads()
