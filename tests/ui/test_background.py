"""run_in_background: the work runs in another thread, the answer arrives in the GUI thread, nothing stays running."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, QThreadPool
from PySide6.QtWidgets import QApplication

from orderdesk.ui.background import pending_jobs, run_in_background, wait_for_background_jobs, with_own_connection


def _gui_thread() -> QThread:
    app = QApplication.instance()
    assert app is not None
    return app.thread()


def test_result_arrives_in_the_gui_thread_from_another_thread(qtbot):
    seen: dict[str, object] = {}
    release = threading.Event()

    def work(a: int, b: int) -> int:
        seen["worker"] = threading.get_ident()
        release.wait(5)  # the GUI thread is not waiting meanwhile: this test goes on
        return a + b

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback_in_gui_thread"] = QThread.currentThread() is _gui_thread()

    job = run_in_background(work, 2, 3, on_success=done)
    assert "result" not in seen  # returned at once, before the work could finish
    with qtbot.waitSignal(job.finished, timeout=5000):
        release.set()
    assert seen["result"] == 5
    assert seen["worker"] != threading.get_ident()
    assert seen["callback_in_gui_thread"] is True
    assert wait_for_background_jobs()
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    assert pending_jobs() == 0


def test_exception_arrives_in_the_gui_thread_as_the_failure(qtbot):
    seen: dict[str, object] = {}

    def work() -> None:
        raise LookupError("no such channel")

    def failed(exc: BaseException) -> None:
        seen["error"] = exc
        seen["callback_in_gui_thread"] = QThread.currentThread() is _gui_thread()

    job = run_in_background(work, on_success=lambda _: seen.setdefault("success", True), on_failure=failed)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert isinstance(seen["error"], LookupError)
    assert str(seen["error"]) == "no such channel"
    assert seen["callback_in_gui_thread"] is True
    assert "success" not in seen
    assert wait_for_background_jobs()
    assert QThreadPool.globalInstance().activeThreadCount() == 0


def test_a_deleted_owner_is_not_called_back(qtbot):
    owner = QObject()
    calls: list[object] = []
    release = threading.Event()
    job = run_in_background(lambda: release.wait(5), on_success=calls.append, parent=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: _deleted(owner))
    with qtbot.waitSignal(job.finished, timeout=5000):
        release.set()
    assert calls == []
    assert pending_jobs() == 0


def test_a_job_reads_the_database_through_its_own_connection_and_closes_it(qtbot, db):
    from orderdesk.store.models import Channel, database_proxy

    def count() -> tuple[int, bool]:
        return Channel.select().count(), database_proxy.is_closed()

    def in_pool_thread() -> tuple[tuple[int, bool], bool]:
        answer = with_own_connection(count)()
        return answer, database_proxy.is_closed()  # same pool thread, after the wrapped call

    results: list[object] = []
    job = run_in_background(in_pool_thread, on_success=results.append)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    # Open while it worked, closed afterwards: no pool thread keeps a connection.
    assert results == [((0, False), True)]
    assert not database_proxy.is_closed()  # the GUI thread's own connection is untouched


def _deleted(obj: QObject) -> bool:
    import shiboken6

    return not shiboken6.isValid(obj)
