"""One-off work off the GUI thread (a connection test, a long read), answered in the GUI thread.

The shape of Picard's `picard/util/thread.py` and Anki's `run_in_background`: the function runs in Qt's thread
pool; its result or exception travels back as a queued signal, so the callbacks always run in the GUI thread.
The GUI thread never waits for the job.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, Qt, QThreadPool, Signal, Slot

from orderdesk.store.models import database_proxy

SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], None]

# Jobs whose answer has not been delivered yet: without this the job object (and its signals) could be
# collected while the pool thread still works, and the answer would be lost.
_pending: set[BackgroundJob] = set()


class BackgroundJob(QObject):
    """One call of `fn` in the thread pool. Created in the GUI thread, so its queued signals land there."""

    _succeeded = Signal(object)
    _failed = Signal(object)
    finished = Signal()  # after the callback ran, in the GUI thread

    def __init__(
        self,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        on_success: SuccessCallback | None,
        on_failure: FailureCallback | None,
        owner: QObject | None,
    ) -> None:
        # No Qt parent: the job must outlive an owner deleted mid-flight (its answer is then dropped).
        super().__init__()
        self._fn = fn
        self._args = args
        self._on_success = on_success
        self._on_failure = on_failure
        self._owner = owner
        self._succeeded.connect(self._deliver_success, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._deliver_failure, Qt.ConnectionType.QueuedConnection)

    def run(self) -> None:
        """In a pool thread: call fn and post the answer to the GUI thread."""
        try:
            result = self._fn(*self._args)
        except BaseException as exc:  # noqa: B036 - every failure must reach the GUI thread, none may kill the pool
            self._failed.emit(exc)
        else:
            self._succeeded.emit(result)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        try:
            if self._owner_alive() and self._on_success is not None:
                self._on_success(result)
        finally:
            self._done()

    @Slot(object)
    def _deliver_failure(self, exc: BaseException) -> None:
        try:
            if not self._owner_alive():
                return
            if self._on_failure is not None:
                self._on_failure(exc)
            else:
                # Nobody expected a failure: it is a bug, handed to the application's crash handler.
                sys.excepthook(type(exc), exc, exc.__traceback__)
        finally:
            self._done()

    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    def _done(self) -> None:
        self._on_success = self._on_failure = None
        self._owner = None
        _pending.discard(self)
        self.finished.emit()


def run_in_background(
    fn: Callable[..., Any],
    *args: Any,
    on_success: SuccessCallback | None = None,
    on_failure: FailureCallback | None = None,
    parent: QObject | None = None,
) -> BackgroundJob:
    """Run fn(*args) in Qt's thread pool; on_success(result) or on_failure(exception) then run in the GUI thread.

    `parent` owns the answer: when it is deleted before the job ends, the callbacks are skipped (a closed
    dialog is not called back). Without on_failure an exception goes to sys.excepthook, like any bug.
    """
    job = BackgroundJob(fn, args, on_success, on_failure, parent)
    _pending.add(job)
    QThreadPool.globalInstance().start(job.run)
    return job


def with_own_connection(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap fn so that, in a pool thread, it reads the database through a connection of its own, closed after.

    peewee keeps one connection per thread; a pool thread lives on after the job, so it must not keep one open.
    """

    def job(*args: Any) -> Any:
        opened = database_proxy.connect(reuse_if_open=True)
        try:
            return fn(*args)
        finally:
            if opened and not database_proxy.is_closed():
                database_proxy.close()

    return job


def pending_jobs() -> int:
    """How many jobs have not delivered their answer yet."""
    return len(_pending)


def wait_for_background_jobs(timeout_ms: int = 5000) -> bool:
    """Let running jobs finish and deliver their answers (application exit, tests); True when all did."""
    deadline = QDeadlineTimer(timeout_ms)
    if not QThreadPool.globalInstance().waitForDone(timeout_ms):
        return False
    while _pending and not deadline.hasExpired():
        QCoreApplication.processEvents()
    return not _pending
