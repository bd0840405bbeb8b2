"""The rules speak the window's language: with Qt's translator installed (as the window does), core's labels and
refusals come out in Dutch with their values filled in, and in English again once English is chosen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal

import pytest

from orderdesk.core import validation
from orderdesk.core.capabilities import kind_label
from orderdesk.core.channel_settings import URL, check_setting, setting_help, setting_label
from orderdesk.core.errors import RuleViolation
from orderdesk.core.events import EventKind, event_kind_label
from orderdesk.core.records import LineRecord, OrderRecord
from orderdesk.core.secret_expiry import expiry_warning
from orderdesk.core.split import SplitLine, plan_split
from orderdesk.core.statuses import (
    OrderStatus,
    PaymentStatus,
    SyncState,
    check_transition,
    payment_label,
    status_label,
    sync_state_label,
)
from orderdesk.ui import i18n


@pytest.fixture
def dutch(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    assert i18n.install("nl") == "nl"
    yield
    i18n.install("en")


def _refusal(action: Callable[[], object]) -> str:
    with pytest.raises(RuleViolation) as info:
        action()
    return info.value.message


def _split_too_many() -> object:
    return plan_split([SplitLine(1, "SKU-1", 2, Decimal("5"))], [{1: 3}], parent_reference="A-1")


def _order_with_a_bad_line() -> OrderRecord:
    line = LineRecord(sku="SKU-1", name="Mok", quantity=-1, unit_price=Decimal("2"))
    return OrderRecord(external_id="77", reference="A-77", lines=(line,))


def test_labels_are_dutch(dutch: None) -> None:
    assert status_label(OrderStatus.DISPATCHED) == "Verzonden"
    assert status_label("processing") == "In behandeling"
    assert payment_label(PaymentStatus.INVOICE_LATER) == "Later factureren"
    assert sync_state_label(SyncState.SYNCED) == "Gesynchroniseerd"
    assert event_kind_label(EventKind.DISPATCH) == "Verzending"
    assert kind_label("manual") == "Handmatig / geïmporteerd"
    assert setting_label(URL) == "Basis-URL"
    assert setting_help(URL).startswith("https://... (gewoon http alleen")


def test_a_validation_message_is_dutch_with_its_values(dutch: None) -> None:
    assert _refusal(lambda: validation.quantity("2.5")) == "De hoeveelheid moet een geheel getal zijn, niet 2.5."
    assert _refusal(lambda: validation.reason("x" * 300)) == (
        "De reden is 300 tekens lang; het kanaal accepteert er hoogstens 255."
    )
    assert _refusal(lambda: validation.check_record(_order_with_a_bad_line())) == (
        "Order A-77: De hoeveelheid van regel 1 mag niet negatief zijn."
    )
    assert _refusal(lambda: check_setting(URL, "http://shop.example")) == (
        "Het veld Basis-URL 'http://shop.example' gebruikt onversleuteld http: gebruik https://, zodat "
        "inloggegevens niet leesbaar worden verzonden."
    )


def test_a_status_refusal_is_dutch_with_the_statuses_in_words(dutch: None) -> None:
    assert _refusal(lambda: check_transition(OrderStatus.PACKED, OrderStatus.PENDING)) == (
        "Een order met status ingepakt kan niet de status in afwachting krijgen. "
        "Toegestaan als volgende: geannuleerd, verzonden, in behandeling."
    )


def test_a_split_refusal_is_dutch_with_its_counts(dutch: None) -> None:
    assert _refusal(_split_too_many) == "SKU-1 heeft 2 stuks; u kunt er geen 3 verplaatsen."


def test_a_counted_warning_takes_the_dutch_plural(dutch: None) -> None:
    today = date(2027, 1, 1)
    assert expiry_warning("Shop", date(2027, 1, 2), today, lambda day: day.isoformat()) == (
        "Shop: het wachtwoord of token verloopt over 1 dag (2027-01-02)"
    )
    assert expiry_warning("Shop", date(2027, 1, 4), today, lambda day: day.isoformat()) == (
        "Shop: het wachtwoord of token verloopt over 3 dagen (2027-01-04)"
    )


def test_english_again_after_english_is_chosen(dutch: None) -> None:
    assert i18n.install("en") == "en"
    assert status_label(OrderStatus.DISPATCHED) == "Dispatched"
    assert _refusal(lambda: validation.quantity("2.5")) == "The quantity must be a whole number, not 2.5."
    assert _refusal(lambda: validation.check_record(_order_with_a_bad_line())) == (
        "Order A-77: line 1 quantity cannot be negative."
    )
    assert _refusal(lambda: check_transition(OrderStatus.PACKED, OrderStatus.PENDING)) == (
        "A packed order cannot be set to pending. Allowed next: cancelled, dispatched, processing."
    )
    assert _refusal(_split_too_many) == "SKU-1 has 2 units; you cannot move 3."
