"""Headless sync progress on standard error: every channel's progress shows, none hides another's."""

from __future__ import annotations

from orderdesk.sync.headless import StderrListener


def test_progress_of_each_channel_shows_even_within_the_same_second(capsys):
    listener = StderrListener()
    listener.progress("Affiliates", 14, 0)
    listener.progress("Affiliates", 15, 0)  # the same channel again within a second: held back
    listener.progress("Webshop", 10, 12)
    assert capsys.readouterr().err.splitlines() == ["Affiliates: 14 done", "Webshop: 10 of 12 done"]
