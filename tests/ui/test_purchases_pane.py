"""The Purchases pane and the Buy action through the real window: what the operator sees of a purchase, paying and
cancelling it, and answering OT's question with its own choices as buttons."""

from __future__ import annotations

import pytest
from factories import make_channel, make_order
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from orderdesk.store import purchases
from orderdesk.store.models import OutboxEvent, Purchase, PurchaseActivity
from orderdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window(db, qtbot):
    make_channel("desk", "manual")
    make_channel("ot", "otplatform", options={"instance_key": "k", "delivery_mode_id": "DM-AIR"})
    win = MainWindow(user="anna")
    qtbot.addWidget(win)
    win.show()
    return win


def placed(purchase_id: int, **facts) -> Purchase:
    purchase = Purchase.get_by_id(purchase_id)
    return purchases.apply_facts(purchase, {"ot_order_id": "ORD-0000000040", "total": "30.00", **facts}, "")


def test_buy_on_ot_places_the_selected_order_and_shows_it_in_the_purchases_pane(window, qtbot):
    order = make_order("desk", reference="D-1")
    window.model.reload()
    assert window.select_order(order.id)
    action = window.actions_by_key["purchase"]
    assert action.isEnabled()

    action.trigger()

    event = OutboxEvent.get()
    assert (event.kind, event.channel.name, event.order_id) == ("purchase_place", "ot", order.id)
    pane = window.purchases_pane
    assert pane.isVisible() and pane.selected_purchase() == event.payload["purchase_id"]
    table = pane.purchases_table
    assert [table.item(0, c).text() for c in range(5)] == ["P1", "D-1", "ot", "", "Placing"]


def test_the_pane_shows_dropped_lines_and_pays_with_a_deposit(window, qtbot):
    order = make_order("desk", reference="D-2")
    from orderdesk.services import purchasing

    purchase = purchasing.place(order.id, via="ot", user="anna").purchase
    placed(purchase.id, dropped=[{"item_id": "abb-1", "config_id": "", "requested": 2, "ordered": 0}])
    window.show_purchases(purchase.id)
    pane = window.purchases_pane
    assert "item abb-1: OT left it out (2 wanted)" in pane.details.text()

    qtbot.keyClicks(pane.deposit, "50")
    qtbot.mouseClick(pane.pay_button, Qt.MouseButton.LeftButton)

    paying = OutboxEvent.select().where(OutboxEvent.kind == "purchase_pay").get()
    assert paying.payload["deposit"] == "50" and paying.payload["ot_order_id"] == "ORD-0000000040"
    assert pane.purchases_table.item(0, 4).text() == "Paying"


def test_a_refused_action_is_one_sentence_in_a_message_box(window, qtbot, monkeypatch):
    order = make_order("desk", reference="D-3")
    from orderdesk.services import purchasing

    purchasing.place(order.id, via="ot", user="anna")
    window.show_purchases(1)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))

    qtbot.mouseClick(window.purchases_pane.cancel_button, Qt.MouseButton.LeftButton)

    assert said == ["Purchase P1 is placing; only a placed or paid one can be cancelled."]


def test_ots_question_appears_with_its_choices_and_a_button_answers_it(window, qtbot):
    order = make_order("desk", reference="D-4")
    from orderdesk.services import purchasing

    purchase = placed(purchasing.place(order.id, via="ot", user="anna").purchase.id)
    activity = PurchaseActivity.create(
        purchase=purchase,
        channel=purchase.channel,
        action="export",
        activity_id="ba001",
        state="awaiting",
        progress=66,
        question="The price of Ceramic teapot changed to 149.00 CNY. What should be done?",
        choices=[{"id": "accept", "label": "Accept the new price"}, {"id": "remove", "label": "Remove the item"}],
    )
    window.status.refresh_counts()
    notice = window.status.questions
    assert notice.isVisible() and notice.text().startswith("? 1 purchase question from OT Platform")

    qtbot.mouseClick(notice, Qt.MouseButton.LeftButton)
    pane = window.purchases_pane
    assert pane.isVisible()
    assert pane.question.text() == (
        "OT Platform asks about D-4: The price of Ceramic teapot changed to 149.00 CNY. What should be done?"
    )
    buttons = {b.text(): b for b in pane.findChildren(QPushButton) if b.objectName().startswith("answerChoice_")}
    assert set(buttons) == {"Accept the new price", "Remove the item"}
    assert buttons["Remove the item"].accessibleName() == "Answer: Remove the item"

    qtbot.mouseClick(buttons["Remove the item"], Qt.MouseButton.LeftButton)

    answered = PurchaseActivity.get_by_id(activity.id)
    assert (answered.state, answered.answer) == ("answering", "remove")
    assert pane.activities_table.item(0, 3).text() == "Answering"
    window.status.refresh_counts()
    assert not window.status.questions.isVisible()


def test_the_settings_dialog_signs_an_ot_channel_in_to_its_provider(db, qtbot, monkeypatch):
    import requests

    from orderdesk.sandbox.otplatform import OTPlatformSimulator
    from orderdesk.services.channels import add_channel, channel_secrets
    from orderdesk.store.models import Channel
    from orderdesk.sync import provider_signin
    from orderdesk.ui.background import wait_for_background_jobs
    from orderdesk.ui.settings_dialog import SettingsDialog

    sim = OTPlatformSimulator()
    sim.start()
    try:
        demo = sim.demo_config()
        add_channel(
            "ot", "otplatform", url=demo["url"], username=demo["username"], options=demo["options"],
            secrets=demo["secrets"], user="admin",
        )  # fmt: skip
        make_channel("desk", "manual")
        monkeypatch.setattr(provider_signin, "open_browser", lambda url: requests.get(url, timeout=5))
        dialog = SettingsDialog(user="admin")
        qtbot.addWidget(dialog)
        dialog.reload(select="desk")
        assert not dialog.sign_in_button.isEnabled()
        dialog.reload(select="ot")
        assert dialog.sign_in_button.isEnabled() and dialog.sessions_button.isEnabled()

        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        assert wait_for_background_jobs(10_000)

        assert dialog.message.text() == "ot is signed in to Taobao; the session is kept in the keyring."
        kept = channel_secrets(Channel.get(Channel.name == "ot"))["provider_session_id"]
        assert kept == sim.provider_sessions["Taobao"]
    finally:
        sim.stop()
