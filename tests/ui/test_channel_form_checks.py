"""The channel form refuses, next to the field and as the admin types, what the services would refuse on save: an
address that is not a channel's, and a secret with a character a channel cannot carry."""

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from orderdesk.store.models import Channel
from orderdesk.ui.channel_form import ChannelFormDialog


@pytest.fixture
def form(qtbot, db):
    dialog = ChannelFormDialog(None, user="ada")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("affiliate"))
    QApplication.processEvents()
    qtbot.keyClicks(dialog.name_edit, "Affiliate EU")
    return dialog


def _type(qtbot, form, name, text):
    """Pasted, as a token copied from a document is (QTest cannot type an en dash key by key)."""
    edit = form.findChild(QLineEdit, name)
    edit.selectAll()
    QApplication.clipboard().setText(text)
    edit.paste()  # the slot Ctrl+V runs (a key click with Ctrl would leave the modifier held for later tests)
    assert edit.text() == text


def test_a_token_pasted_with_an_en_dash_is_marked_and_save_stays_off(qtbot, form, keyring_memory):
    _type(qtbot, form, "urlEdit", "https://affiliate.example.com")
    _type(qtbot, form, "tokenEdit", "tok–en")

    assert "cannot carry" in form.rows["token"].error.text()
    assert "en dash" in form.rows["token"].error.text()
    assert not form.ok_button.isEnabled()
    assert not form.save()
    assert Channel.select().count() == 0 and keyring_memory.entries == {}

    _type(qtbot, form, "tokenEdit", "tok-en")
    assert form.ok_button.isEnabled()


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("file:///etc/passwd", "not a web address"),
        ("javascript:alert(1)", "not a web address"),
        ("https://affiliate.example.com:99999", "port"),
        ("http://ada:hunter2@affiliate.example.com", "login or password"),
    ],
)
def test_an_address_a_channel_cannot_use_is_marked_next_to_the_url(qtbot, form, url, why):
    _type(qtbot, form, "tokenEdit", "tok-en")
    _type(qtbot, form, "urlEdit", url)

    message = form.rows["url"].error.text()
    assert why in message and "hunter2" not in message
    assert not form.ok_button.isEnabled()
