"""The channel form refuses, next to the field and as the admin types, what the services would refuse on save: an
address that is not a channel's, and a secret with a character a channel cannot carry."""

import pytest
from factories import make_channel
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit

from orderdesk.services.channels import channel_secrets
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


def test_an_optional_stored_secret_can_be_cleared_and_a_required_one_cannot(qtbot, db, keyring_memory):
    make_channel("ot", "otplatform", secrets={"password": "ot-pass", "signature_secret": "sig"})
    form = ChannelFormDialog("ot", user="ada")
    qtbot.addWidget(form)
    form.show()
    clear = form.findChild(QCheckBox, "signatureSecretClear")
    assert clear is not None and clear.isVisibleTo(form)
    assert form.findChild(QCheckBox, "passwordClear") is None  # required: replaced, never cleared
    assert not form.findChild(QCheckBox, "customerPasswordClear").isVisibleTo(form)  # nothing stored to clear

    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert not form.rows["signature_secret"].edit.isEnabled()
    assert form.changes() == {"clear_secrets": ["signature_secret"]}
    assert form.save()

    assert channel_secrets(Channel.get(Channel.name == "ot")) == {"password": "ot-pass"}
    assert not clear.isVisibleTo(form) and not clear.isChecked()
    assert form.rows["signature_secret"].edit.placeholderText() == "Not set"
