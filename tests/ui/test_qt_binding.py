"""The Qt binding itself: a release with a reference-counting bug aborts the desk after hours of work."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def test_processing_events_keeps_pythons_reference_counts(qapp: QApplication) -> None:
    # PySide6 6.12.0 dropped one reference to None per processEvents() call; the interpreter aborted once
    # they ran out (pyproject.toml excludes that release). Waiting loops and the sync's progress call it a lot.
    before = sys.getrefcount(None), sys.getrefcount(False), sys.getrefcount(True)
    for _ in range(2000):
        qapp.processEvents()
    after = sys.getrefcount(None), sys.getrefcount(False), sys.getrefcount(True)
    assert all(abs(b - a) < 50 for a, b in zip(before, after, strict=True)), (before, after)
