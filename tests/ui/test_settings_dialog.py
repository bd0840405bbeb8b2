"""Settings for admins: channels added, changed, switched off, removed; secrets only in the keyring; Test connection
runs off the GUI thread against a real simulator."""

from pathlib import Path
from unittest.mock import patch

import pytest
from factories import keyring_key, make_channel, make_order
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from orderdesk.credentials import use_backend
from orderdesk.sandbox.affiliate import AffiliateSimulator
from orderdesk.store.models import AuditEntry, Channel
from orderdesk.ui import colours
from orderdesk.ui.background import wait_for_background_jobs
from orderdesk.ui.channel_form import STORED_SECRET, UNREADABLE_SECRET, ChannelFormDialog
from orderdesk.ui.settings_dialog import SettingsDialog

TOKEN = "tok-7f3a9c-very-secret"


@pytest.fixture
def settings(qtbot, db):
    dialog = SettingsDialog(user="ada")
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    assert wait_for_background_jobs()


@pytest.fixture
def simulator():
    sim = AffiliateSimulator(orders=3)
    sim.start()
    yield sim
    sim.stop()


def open_add_form(qtbot, settings, kind="affiliate"):
    qtbot.mouseClick(settings.add_button, Qt.MouseButton.LeftButton)
    form = settings.form
    assert form is not None and form.isVisible()
    form.kind_combo.setCurrentIndex(form.kind_combo.findData(kind))
    QApplication.processEvents()  # the new kind's fields are shown by the event loop, as on screen
    return form


def open_edit_form(qtbot, settings, name):
    select(settings, name)
    qtbot.mouseClick(settings.edit_button, Qt.MouseButton.LeftButton)
    form = settings.form
    assert form is not None and form.isVisible()
    return form


def select(settings, name):
    for row in range(settings.channels_list.count()):
        if settings.channels_list.item(row).data(Qt.ItemDataRole.UserRole) == name:
            settings.channels_list.setCurrentRow(row)
            return
    raise AssertionError(f"{name} is not listed")


def type_into(qtbot, form, object_name, text):
    edit = form.findChild(QLineEdit, object_name)
    assert edit is not None and edit.isVisibleTo(form), object_name
    qtbot.keyClicks(edit, text)
    return edit


def clear(qtbot, edit):
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)


def setting_edits(form):
    return {edit.objectName() for edit in form.fields_box.findChildren(QLineEdit)}


def click_save(qtbot, form, *, untested: str = "save"):
    """OK, as an admin clicks it; a form not tested with these settings asks first, and is answered `untested`."""
    assert form.ok_button.isEnabled(), form.reason_label.text()
    reply = QMessageBox.StandardButton.Save if untested == "save" else QMessageBox.StandardButton.Cancel
    with patch.object(QMessageBox, "question", return_value=reply) as asked:
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    return asked


def text_on_screen(widget):
    """Everything a widget tree shows or holds as text: a secret must be in none of it."""
    texts = [edit.text() for edit in widget.findChildren(QLineEdit)]
    texts += [edit.placeholderText() for edit in widget.findChildren(QLineEdit)]
    texts += [label.text() for label in widget.findChildren(QLabel)]
    return "\n".join(texts)


def database_bytes(db):
    path = Path(db.database)
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


# -- which fields ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "fields"),
    [
        (
            "affiliate",
            {"urlEdit", "tokenEdit", "webhookSecretEdit", "statusMapEdit", "carriersEdit", "secretExpiresEdit"},
        ),
        (
            "cloudsuite",
            {
                "urlEdit",
                "tokenUrlEdit",
                "usernameEdit",
                "clientSecretEdit",
                "webshopEdit",
                "erpNumbersEdit",
                "erpPrefixEdit",
                "statusMapEdit",
                "carriersEdit",
                "secretExpiresEdit",
            },
        ),
        (
            "magento",
            {
                "urlEdit",
                "storeCodeEdit",
                "usernameEdit",
                "passwordEdit",
                "increffUrlEdit",
                "increffUsernameEdit",
                "increffDomainEdit",
                "increffPasswordEdit",
                "locationCodeEdit",
                "attributeMapEdit",
                "statusMapEdit",
                "carriersEdit",
                "secretExpiresEdit",
            },
        ),
        (
            "otplatform",
            {
                "urlEdit",
                "instanceKeyEdit",
                "usernameEdit",
                "passwordEdit",
                "signatureSecretEdit",
                "customerLoginEdit",
                "customerPasswordEdit",
                "deliveryModeIdEdit",
                "userProfileIdEdit",
                "providerTypeEdit",
                "providerSessionIdEdit",
                "statusMapEdit",
                "carriersEdit",
                "secretExpiresEdit",
            },
        ),
        ("manual", {"carriersEdit"}),
    ],
)
def test_adding_a_channel_shows_only_the_fields_of_its_kind(qtbot, settings, kind, fields):
    form = open_add_form(qtbot, settings, "magento" if kind != "magento" else "affiliate")
    form.kind_combo.setCurrentIndex(form.kind_combo.findData(kind))
    assert setting_edits(form) == fields
    assert form.fields_box.isVisibleTo(form) == bool(fields)
    assert form.test_button.isVisibleTo(form) == (kind != "manual")
    for edit in form.fields_box.findChildren(QLineEdit):
        secret = edit.objectName() in {
            "tokenEdit",
            "webhookSecretEdit",
            "clientSecretEdit",
            "passwordEdit",
            "increffPasswordEdit",
            "signatureSecretEdit",
            "customerPasswordEdit",
            "providerSessionIdEdit",
        }
        assert (edit.echoMode() == QLineEdit.EchoMode.Password) == secret, edit.objectName()


def test_required_fields_are_marked(qtbot, settings):
    form = open_add_form(qtbot, settings, "cloudsuite")
    labels = {form.fields_layout.labelForField(row.edit).text() for row in form.rows.values()}
    assert {"Base URL *", "Token URL *", "Client id *", "Client secret *"} <= labels
    assert {"Webshop id", "Status mapping"} <= labels
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("magento"))
    store_code = form.rows["store_code"]
    assert form.fields_layout.labelForField(store_code.edit).text() == "Store code"  # it has a default
    assert store_code.edit.placeholderText() == "default (when left empty)"


# -- saving --------------------------------------------------------------------------------------------------
def test_a_new_channel_is_saved_with_its_secret_in_the_keyring_and_never_in_the_database(
    qtbot, settings, db, keyring_memory
):
    form = open_add_form(qtbot, settings)
    type_into(qtbot, form, "nameEdit", "Affiliate EU")
    type_into(qtbot, form, "urlEdit", "https://affiliate.example.com")
    type_into(qtbot, form, "tokenEdit", TOKEN)
    type_into(qtbot, form, "statusMapEdit", "pending=new, processing=processing")
    form.poll_spin.setValue(120)
    form.rate_spin.setValue(30)
    click_save(qtbot, form)

    assert not form.isVisible() and settings.form is None
    channel = Channel.get(Channel.name == "Affiliate EU")
    assert (channel.kind, channel.base_url) == ("affiliate", "https://affiliate.example.com")
    assert channel.options == {"status_map": "pending=new, processing=processing"}
    assert (channel.poll_interval_s, channel.retry_limit, channel.rate_limit_per_min) == (120, 8, 30)
    assert channel.enabled is True
    assert keyring_memory.entries == {keyring_key("Affiliate EU", "token"): TOKEN}
    assert TOKEN.encode() not in database_bytes(db)
    assert all(TOKEN not in (entry.detail or "") for entry in AuditEntry.select())
    assert settings.changed and settings.selected_name() == "Affiliate EU"
    assert "Affiliate EU — Affiliate order system" in settings.channels_list.currentItem().text()


def test_a_channel_added_disabled_is_listed_as_disabled(qtbot, settings):
    form = open_add_form(qtbot, settings, "manual")
    type_into(qtbot, form, "nameEdit", "Shop counter")
    qtbot.keyClick(form.enabled_check, Qt.Key.Key_Space)
    click_save(qtbot, form)
    assert Channel.get(Channel.name == "Shop counter").enabled is False
    assert settings.channels_list.currentItem().text().endswith("(disabled)")


def test_editing_keeps_an_untouched_secret_and_replaces_a_typed_one(qtbot, settings, keyring_memory):
    make_channel("aff", "affiliate")
    settings.reload()
    form = open_edit_form(qtbot, settings, "aff")
    token = form.findChild(QLineEdit, "tokenEdit")
    assert token.text() == "" and token.placeholderText() == STORED_SECRET
    assert form.name_edit.isReadOnly()
    assert not form.kind_combo.isEnabled()
    url = form.findChild(QLineEdit, "urlEdit")
    clear(qtbot, url)
    qtbot.keyClicks(url, "https://affiliate-new.example.com")
    click_save(qtbot, form)
    assert Channel.get(Channel.name == "aff").base_url == "https://affiliate-new.example.com"
    assert keyring_memory.entries[keyring_key("aff", "token")] == "s3cret-token"

    form = open_edit_form(qtbot, settings, "aff")
    type_into(qtbot, form, "tokenEdit", TOKEN)
    click_save(qtbot, form)
    assert keyring_memory.entries[keyring_key("aff", "token")] == TOKEN
    entry = AuditEntry.select().where(AuditEntry.action == "channel_update").order_by(AuditEntry.id.desc()).get()
    assert entry.detail == "channel aff: secrets token"  # only what changed was sent


def test_a_saved_secret_is_never_shown_in_clear_again(qtbot, settings, simulator):
    form = open_add_form(qtbot, settings)
    type_into(qtbot, form, "nameEdit", "aff")
    type_into(qtbot, form, "urlEdit", simulator.url)
    type_into(qtbot, form, "tokenEdit", simulator.token)
    qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)  # tests what is typed
    qtbot.waitUntil(lambda: not form.testing, timeout=10_000)
    assert form.findChild(QLineEdit, "tokenEdit").echoMode() == QLineEdit.EchoMode.Password
    asked = click_save(qtbot, form)
    assert not asked.called  # tested and connected: saved without a question
    assert Channel.get_or_none(Channel.name == "aff") is not None

    form = open_edit_form(qtbot, settings, "aff")
    token = form.findChild(QLineEdit, "tokenEdit")
    assert token.text() == "" and token.placeholderText() == STORED_SECRET
    assert simulator.token not in text_on_screen(form)
    assert simulator.token not in text_on_screen(settings)
    form.reject()


# -- validation ------------------------------------------------------------------------------------------------
def test_a_missing_required_field_shows_its_message_next_to_it_and_save_is_off(qtbot, settings):
    form = open_add_form(qtbot, settings)
    assert not form.ok_button.isEnabled()
    assert form.reason_label.text() == "Fill in: Name, Base URL, API token."
    type_into(qtbot, form, "nameEdit", "aff")
    url = type_into(qtbot, form, "urlEdit", "https://x.example.com")
    type_into(qtbot, form, "tokenEdit", "t")
    assert form.ok_button.isEnabled()
    clear(qtbot, url)
    url_error = form.findChild(QLabel, "urlError")
    assert url_error.isVisible() and url_error.text() == "Base URL is required."
    assert not form.ok_button.isEnabled() and form.reason_label.text() == "Fill in: Base URL."
    qtbot.keyClick(form.findChild(QLineEdit, "tokenEdit"), Qt.Key.Key_Return)  # Enter does not save either
    assert form.isVisible() and Channel.select().count() == 0


def test_a_taken_or_unusable_name_is_refused_next_to_the_name(qtbot, settings):
    make_channel("aff", "affiliate")
    form = open_add_form(qtbot, settings, "manual")
    type_into(qtbot, form, "nameEdit", "aff")
    assert form.name_error.isVisible() and form.name_error.text() == "There is already a channel called 'aff'."
    assert not form.ok_button.isEnabled()
    clear(qtbot, form.name_edit)
    qtbot.keyClicks(form.name_edit, "-bad/name")
    assert "letters, digits, spaces" in form.name_error.text()


def test_mappings_are_checked_as_typed_and_nothing_half_saved(qtbot, settings, keyring_memory):
    form = open_add_form(qtbot, settings, "magento")
    type_into(qtbot, form, "nameEdit", "m2")
    type_into(qtbot, form, "urlEdit", "https://m2.example.com")
    type_into(qtbot, form, "usernameEdit", "admin")
    type_into(qtbot, form, "passwordEdit", "pw")
    attributes = type_into(qtbot, form, "attributeMapEdit", "coupon code=attribute11")
    error = form.findChild(QLabel, "attributeMapError")
    assert error.isVisible()
    assert "attribute11 (for 'coupon code') does not exist: Increff has attribute1 to attribute10." in error.text()
    assert not form.ok_button.isEnabled() and form.reason_label.text() == "Correct what is marked in red."
    statuses = type_into(qtbot, form, "statusMapEdit", "shipped=complete")
    assert (
        "'shipped' (in 'shipped=complete') is not an OrderDesk status."
        in form.findChild(QLabel, "statusMapError").text()
    )

    expiry = type_into(qtbot, form, "secretExpiresEdit", "31/01/2027")
    assert "write it as year-month-day" in form.findChild(QLabel, "secretExpiresError").text()

    clear(qtbot, attributes)
    qtbot.keyClicks(attributes, "coupon code=attribute1, due date=attribute2")
    clear(qtbot, statuses)
    qtbot.keyClicks(statuses, "dispatched=complete|shipped, cancelled=canceled")
    clear(qtbot, expiry)
    qtbot.keyClicks(expiry, "2027-01-31")
    assert not error.isVisible()
    click_save(qtbot, form)
    channel = Channel.get(Channel.name == "m2")
    assert channel.options["secret_expires"] == "2027-01-31"
    assert channel.options["attribute_map"] == "coupon code=attribute1, due date=attribute2"
    assert channel.options["status_map"] == "dispatched=complete|shipped, cancelled=canceled"
    assert channel.options["store_code"] == "default"
    assert keyring_memory.entries == {keyring_key("m2", "password"): "pw"}


def test_without_a_keyring_the_form_says_so_plainly_and_saves_nothing(qtbot, settings):
    form = open_add_form(qtbot, settings)
    type_into(qtbot, form, "nameEdit", "aff")
    type_into(qtbot, form, "urlEdit", "https://affiliate.example.com")
    type_into(qtbot, form, "tokenEdit", TOKEN)
    previous = use_backend(fail.Keyring())
    try:
        click_save(qtbot, form)
    finally:
        use_backend(previous)
    assert form.isVisible()
    assert form.form_error.isVisible()
    assert "only in the operating system's keyring" in form.form_error.text()
    assert "Traceback" not in form.form_error.text()
    assert Channel.select().count() == 0


def test_without_a_keyring_a_channel_still_opens_and_its_settings_can_be_changed(qtbot, settings, keyring_memory):
    make_channel("aff", "affiliate")
    settings.reload()
    previous = use_backend(fail.Keyring())
    try:
        form = open_edit_form(qtbot, settings, "aff")
        assert "only in the operating system's keyring" in form.form_error.text()
        assert form.findChild(QLineEdit, "tokenEdit").placeholderText() == UNREADABLE_SECRET
        form.poll_spin.setValue(600)
        click_save(qtbot, form)  # nothing for the keyring to do: the secret was not touched
    finally:
        use_backend(previous)
    assert Channel.get(Channel.name == "aff").poll_interval_s == 600
    assert keyring_memory.entries[keyring_key("aff", "token")] == "s3cret-token"


# -- enable, disable, remove ---------------------------------------------------------------------------------------
def test_disable_and_enable_switch_the_channel(qtbot, settings):
    make_channel("aff", "affiliate")
    settings.reload()
    assert settings.enable_button.text() == "Disable"
    qtbot.mouseClick(settings.enable_button, Qt.MouseButton.LeftButton)
    assert Channel.get(Channel.name == "aff").enabled is False
    assert settings.channels_list.currentItem().text() == "aff — Affiliate order system (disabled)"
    assert settings.enable_button.text() == "Enable"
    qtbot.mouseClick(settings.enable_button, Qt.MouseButton.LeftButton)
    assert Channel.get(Channel.name == "aff").enabled is True


def test_remove_asks_what_is_deleted_then_deletes_the_channel_and_its_secrets(qtbot, settings, keyring_memory):
    make_channel("aff", "affiliate")
    make_channel("desk", "manual")
    settings.reload(select="aff")
    qtbot.mouseClick(settings.remove_button, Qt.MouseButton.LeftButton)
    box = settings.confirm_box
    assert box is not None and box.isVisible() and box.objectName() == "removeChannelConfirm"
    assert "Remove the channel aff" in box.text()
    assert "its API token from this computer's keyring" in box.text()
    assert "no order is touched" in box.text()
    assert box.defaultButton().objectName() == "cancelRemoveButton"

    qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)  # Cancel: nothing happens
    assert Channel.get_or_none(Channel.name == "aff") is not None and keyring_memory.entries

    qtbot.mouseClick(settings.remove_button, Qt.MouseButton.LeftButton)
    box = settings.confirm_box
    qtbot.mouseClick(box.findChild(type(box.defaultButton()), "confirmRemoveButton"), Qt.MouseButton.LeftButton)
    assert Channel.get_or_none(Channel.name == "aff") is None
    assert keyring_memory.entries == {}
    assert settings.message.text() == "Channel aff removed. Deleted from the keyring: API token."
    assert [settings.channels_list.item(i).text() for i in range(settings.channels_list.count())] == [
        "desk — Manual / imported"
    ]


def test_a_channel_with_orders_cannot_be_removed_and_the_dialog_says_why(qtbot, settings):
    make_channel("aff", "affiliate")
    make_order()
    settings.reload(select="aff")
    assert not settings.remove_button.isEnabled()
    assert settings.remove_reason.isVisible()
    assert "aff has 1 order, so it cannot be removed" in settings.remove_reason.text()
    assert "Disable it instead." in settings.remove_reason.text()


# -- test connection -----------------------------------------------------------------------------------------------
def configure(simulator, token=None):
    config = simulator.demo_config()
    make_channel("aff", "affiliate", url=config["url"], secrets={"token": token or config["secrets"]["token"]})


def test_connection_test_runs_in_the_background_and_says_it_connected(qtbot, settings, simulator):
    simulator.faults.latency_s = 0.3  # long enough to see the form stay usable meanwhile
    configure(simulator)
    settings.reload()
    form = open_edit_form(qtbot, settings, "aff")
    assert form.test_button.text() == "Test connection"
    qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    # The click came back before the channel answered: busy, not blocked.
    assert form.testing and not form.test_button.isEnabled() and form.test_button.text() == "Testing…"
    assert form.test_result.text() == "Calling aff…"
    qtbot.keyClicks(form.findChild(QLineEdit, "statusMapEdit"), "pending=new")  # the form still takes typing
    assert form.findChild(QLineEdit, "statusMapEdit").text() == "pending=new"
    qtbot.waitUntil(lambda: not form.testing, timeout=10_000)
    assert form.test_result.text() == "✔ Connected to the affiliate order system: 3 orders."
    assert colours.colour("ok").name() in form.test_result.styleSheet()
    assert form.test_button.isEnabled()


def test_connection_test_with_a_wrong_token_shows_the_channels_refusal(qtbot, settings, simulator):
    configure(simulator, token="not-the-token")
    settings.reload()
    form = open_edit_form(qtbot, settings, "aff")
    qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    assert form.testing
    qtbot.waitUntil(lambda: not form.testing, timeout=10_000)
    text = form.test_result.text()
    assert text.startswith("✖ aff refused the credentials (HTTP 401): Unauthenticated.")
    assert "Check the login and secrets you typed." in text
    assert colours.colour("error").name() in form.test_result.styleSheet()
    assert "not-the-token" not in text_on_screen(form)


def test_the_connection_test_tries_what_is_typed_and_saves_nothing(qtbot, settings, simulator, keyring_memory):
    configure(simulator, token="not-the-token")
    settings.reload()
    form = open_edit_form(qtbot, settings, "aff")
    type_into(qtbot, form, "tokenEdit", simulator.token)
    assert form.test_button.text() == "Test connection"
    qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.testing, timeout=10_000)
    assert form.test_result.text().startswith("✔ Connected")
    assert keyring_memory.entries[keyring_key("aff", "token")] == "not-the-token"  # nothing saved yet
    asked = click_save(qtbot, form)
    assert not asked.called
    assert keyring_memory.entries[keyring_key("aff", "token")] == simulator.token


def test_saving_untested_settings_asks_first_and_cancel_keeps_the_form(qtbot, settings, simulator, keyring_memory):
    configure(simulator)
    settings.reload()
    form = open_edit_form(qtbot, settings, "aff")
    type_into(qtbot, form, "tokenEdit", "a-new-token")
    asked = click_save(qtbot, form, untested="cancel")
    assert asked.called and "have not been tested" in asked.call_args.args[2]
    assert form.isVisible()
    assert keyring_memory.entries[keyring_key("aff", "token")] == simulator.demo_config()["secrets"]["token"]
    asked = click_save(qtbot, form, untested="save")
    assert keyring_memory.entries[keyring_key("aff", "token")] == "a-new-token"


def test_saving_settings_whose_test_failed_says_so_when_it_asks(qtbot, settings, simulator):
    configure(simulator)
    settings.reload()
    form = open_edit_form(qtbot, settings, "aff")
    type_into(qtbot, form, "tokenEdit", "wrong-token")
    qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.testing, timeout=10_000)
    assert form.test_result.text().startswith("✖ aff refused the credentials (HTTP 401)")
    asked = click_save(qtbot, form, untested="cancel")
    assert "The connection test of these settings failed." in asked.call_args.args[2]


def test_form_for_a_channel_that_is_gone_says_so_and_cannot_save(qtbot, db):
    form = ChannelFormDialog("nowhere", user="ada")
    qtbot.addWidget(form)
    assert form.form_error.text().startswith("There is no channel called 'nowhere'.")
    assert not form.ok_button.isEnabled() and not form.test_button.isEnabled()
