"""The admin's settings in Dutch and German: the channel list, the removal question and the form of every kind of
channel, added and edited, show no English of their own. What another part words is listed here and allowed by name."""

from __future__ import annotations

import pytest
from factories import make_channel, make_order
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from orderdesk.core.capabilities import LABELS
from orderdesk.core.channel_settings import fields_for
from orderdesk.ui import i18n
from orderdesk.ui.channel_form import ChannelFormDialog
from orderdesk.ui.settings_dialog import SettingsDialog
from tests.ui.english_left import english_left, english_words, words

KINDS = ("affiliate", "cloudsuite", "magento", "otplatform")
# The accessible names of the form's button box and of the reason Save is disabled: OrderDialog
# (orderdesk/ui/dialogs/widgets.py), the `dialogs` part.
OWNED_BY_DIALOGS = ["Dialog buttons", "Why OK is not available"]
TITLES = {
    "nl": ("Kanaal toevoegen", "Instellingen — verkoopkanalen"),
    "de": ("Kanal hinzufügen", "Einstellungen — Verkaufskanäle"),
}


def owned_by_rules(*kinds: str) -> list[str]:
    """Texts the `rules` part words (orderdesk/core): the kinds of channel (core.capabilities.LABELS) and each
    setting's label and help (core.channel_settings)."""
    texts = list(LABELS.values())
    for kind in kinds:
        texts += [text for field in fields_for(kind) for text in (field.label, field.help) if text]
    return texts


@pytest.fixture(params=["nl", "de"])
def language(request, qapp) -> str:  # type: ignore[no-untyped-def]
    assert i18n.install(request.param) == request.param
    return str(request.param)


@pytest.mark.parametrize("kind", KINDS)
def test_the_form_to_add_a_channel_speaks_the_language(qtbot, db, keyring_memory, language, kind) -> None:  # type: ignore[no-untyped-def]
    form = ChannelFormDialog(user="ada")
    qtbot.addWidget(form)
    form.kind_combo.setCurrentIndex(form.kind_combo.findData(kind))
    form.show()
    QApplication.processEvents()  # the kind's fields are shown by the event loop, as on screen
    url = form.findChild(QLineEdit, "urlEdit")
    qtbot.keyClicks(url, "h")
    qtbot.keyClick(url, Qt.Key.Key_Backspace)  # typed and wiped: the field says it is required
    assert form.windowTitle() == TITLES[language][0]
    assert form.reason_label.isVisible() and form.findChild(QLabel, "urlError").isVisible()
    assert english_left(form, language, allowed=owned_by_rules(kind) + OWNED_BY_DIALOGS) == []


@pytest.mark.parametrize("kind", KINDS)
def test_the_form_of_a_saved_channel_speaks_the_language(qtbot, db, keyring_memory, language, kind) -> None:  # type: ignore[no-untyped-def]
    make_channel("desk", kind)
    form = ChannelFormDialog("desk", user="ada")
    qtbot.addWidget(form)
    form.show()
    assert form.windowTitle() == {"nl": "Kanaal desk", "de": "Kanal desk"}[language]
    assert english_left(form, language, allowed=owned_by_rules(kind) + OWNED_BY_DIALOGS) == []


def test_the_connection_test_speaks_the_language(qtbot, db, keyring_memory, language, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The channel's own answer is worded by the `messages` part (orderdesk/sync/connection.py); here it is a stand-in.
    monkeypatch.setattr("orderdesk.ui.channel_test.test_values", lambda *_args: (False, "—"))
    make_channel("desk", "affiliate")
    form = ChannelFormDialog("desk", user="ada")
    qtbot.addWidget(form)
    form.show()
    qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    assert english_left(form, language, allowed=owned_by_rules("affiliate") + OWNED_BY_DIALOGS) == []
    qtbot.waitUntil(lambda: not form.testing)
    assert form.test_result.text() == "✖ —"
    assert english_left(form, language, allowed=owned_by_rules("affiliate") + OWNED_BY_DIALOGS) == []


def test_the_channel_list_and_the_removal_question_speak_the_language(qtbot, db, keyring_memory, language) -> None:  # type: ignore[no-untyped-def]
    for kind in KINDS:
        make_channel(kind, kind)
    make_order("affiliate")
    dialog = SettingsDialog(user="ada")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reload(select="affiliate")  # has an order: the dialog says why it cannot be removed
    assert dialog.remove_reason.isVisible()
    assert dialog.windowTitle() == TITLES[language][1]
    allowed = owned_by_rules(*KINDS)
    assert english_left(dialog, language, allowed=allowed) == []

    dialog.toggle_enabled()  # disabled: the list says so, and what was done
    items = [dialog.channels_list.item(row).text() for row in range(dialog.channels_list.count())]
    english = english_words(language) - {word for text in allowed for word in words(text)}
    assert [text for text in items if words(text) & english] == []
    assert english_left(dialog, language, allowed=allowed) == []

    dialog.reload(select="magento")
    dialog.ask_remove()
    box = dialog.findChild(QMessageBox, "removeChannelConfirm")
    assert box is not None and box.isVisible()
    assert english_left(box, language, allowed=allowed) == []
    box.button(QMessageBox.StandardButton.Cancel).click()


def test_saving_untested_settings_asks_in_the_language(qtbot, db, keyring_memory, language, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[str, str]] = []

    def question(_parent, title, text, *_buttons):  # type: ignore[no-untyped-def]
        asked.append((title, text))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    make_channel("desk", "affiliate")
    form = ChannelFormDialog("desk", user="ada")
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.findChild(QLineEdit, "statusMapEdit"), "pending=new")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    english = english_words(language)
    assert [text for text in asked[0] if words(text) & english] == []
