"""The window shows only what the acting role may do: an operator sees no channel settings, no retry, discard,
conflict or log export; a supervisor repairs the sync but sees no settings; an admin sees everything."""

from __future__ import annotations

import pytest
from factories import make_channel, make_order

from orderdesk.core.roles import Role
from orderdesk.store import desk_users
from orderdesk.store.models import DeskUser
from orderdesk.ui.main_window import MainWindow


def window_as(qtbot, monkeypatch: pytest.MonkeyPatch, role: Role | None) -> MainWindow:  # type: ignore[no-untyped-def]
    make_channel("aff", "affiliate")
    make_order("aff")
    if role is not None:
        DeskUser.create(login="pat", role=role.value)
        monkeypatch.setattr(desk_users, "os_login", lambda: "pat")
    window = MainWindow(user="pat")
    qtbot.addWidget(window)
    window.show()
    window.table.selectRow(0)
    return window


def offered(window: MainWindow) -> dict[str, bool]:
    pane = window.log_pane
    assert pane is not None
    return {
        "settings": window.settings_action.isVisible(),
        "retry": window.actions_by_key["retry"].isVisible(),
        "conflict": window.actions_by_key["conflict"].isVisible(),
        "retry event": not pane.retry_button.isHidden(),  # type: ignore[attr-defined]
        "discard": not pane.discard_button.isHidden(),  # type: ignore[attr-defined]
        "retry group": not pane.retry_group_button.isHidden(),  # type: ignore[attr-defined]
        "export": not pane.export_button.isHidden(),  # type: ignore[attr-defined]
        "acknowledge": window.actions_by_key["acknowledge"].isVisible(),
    }


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (
            Role.OPERATOR,
            {
                "settings": False,
                "retry": False,
                "conflict": False,
                "retry event": False,
                "discard": False,
                "retry group": False,
                "export": False,
                "acknowledge": True,
            },
        ),
        (
            Role.SUPERVISOR,
            {
                "settings": False,
                "retry": True,
                "conflict": True,
                "retry event": True,
                "discard": True,
                "retry group": True,
                "export": True,
                "acknowledge": True,
            },
        ),
        (
            None,
            {
                "settings": True,
                "retry": True,
                "conflict": True,
                "retry event": True,
                "discard": True,
                "retry group": True,
                "export": True,
                "acknowledge": True,
            },
        ),  # the file's first user
    ],
    ids=["operator", "supervisor", "admin"],
)
def test_the_window_offers_what_the_role_may_do(db, qtbot, monkeypatch, role, expected) -> None:  # type: ignore[no-untyped-def]
    window = window_as(qtbot, monkeypatch, role)
    assert offered(window) == expected


def test_an_operators_hidden_actions_stay_off_whatever_is_selected(db, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = window_as(qtbot, monkeypatch, Role.OPERATOR)
    window.table.selectAll()
    window.table.selectRow(0)
    assert not window.actions_by_key["retry"].isEnabled()  # its shortcut reaches nothing
    assert not window.actions_by_key["conflict"].isEnabled()
    assert "settingsAction" not in [
        a.objectName() for m in window.menuBar().actions() for a in m.menu().actions() if a.isVisible()
    ]
    assert window.welcome.add_button.isHidden()


def test_an_operator_asking_for_the_settings_is_told_why_not(db, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    window = window_as(qtbot, monkeypatch, Role.OPERATOR)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    window._open_settings()
    assert said == ["An operator may not change channels; ask an admin."]
