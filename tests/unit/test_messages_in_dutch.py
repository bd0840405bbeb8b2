"""The desk's messages in the window's language: a service's refusal, the sync engine's words in the sync log and a
counted message come out in Dutch (or German) with their values, and in English again once English is back."""

from datetime import UTC, datetime, timedelta

import pytest
from factories import make_channel, make_order

from orderdesk.channels.errors import TransientError
from orderdesk.core.errors import RuleViolation
from orderdesk.services import returns, status
from orderdesk.services.importing import ImportReport
from orderdesk.store.models import Channel, OutboxEvent, SyncLogEntry
from orderdesk.sync.engine import EngineSettings, SyncEngine
from orderdesk.ui import i18n


class FailingAdapter:
    """A channel whose server keeps failing: every push is a transient error."""

    def push(self, event):  # type: ignore[no-untyped-def]
        raise TransientError("server error (HTTP 500)")

    def already_applied(self, event):  # type: ignore[no-untyped-def]
        return None


@pytest.fixture
def aff(db):  # type: ignore[no-untyped-def]
    return make_channel("aff", "affiliate")


def _return_refusal(order_id: int) -> str:
    with pytest.raises(RuleViolation) as refused:
        returns.create_return(order_id, {1: 1}, reason="damaged", return_type="SELF_SHIP", user="anna")
    return refused.value.message


def test_a_refusal_of_a_service_speaks_the_window_s_language(qapp, aff) -> None:  # type: ignore[no-untyped-def]
    order = make_order(status="packed")
    assert i18n.install("nl") == "nl"
    assert _return_refusal(order.id) == "Alleen een verzonden order kan retour komen; deze is ingepakt."
    with pytest.raises(RuleViolation) as refused:
        status.set_status(order.id, "returned", user="anna")
    assert refused.value.message.startswith("Een order komt retour door een retour")
    assert i18n.install("de") == "de"
    assert _return_refusal(order.id) == "Nur eine versendete Bestellung kann retourniert werden; diese ist verpackt."
    assert i18n.install("en") == "en"
    assert _return_refusal(order.id) == "Only a dispatched order can be returned; this one is packed."


def test_the_sync_log_says_the_retries_and_the_giving_up_in_dutch(qapp, aff) -> None:  # type: ignore[no-untyped-def]
    Channel.update(retry_limit=2).execute()
    now = [datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=1)]
    engine = SyncEngine(
        EngineSettings(retry_base_s=10),
        adapter_factory=lambda config, **kw: FailingAdapter(),
        clock=lambda: now[0],
        jitter=lambda: 1.0,
    )
    event = status.set_status(make_order().id, "processing", user="anna").event
    assert event is not None
    i18n.install("nl")
    engine.push(Channel.get(Channel.name == "aff"))
    retry = SyncLogEntry.select().where(SyncLogEntry.outcome == "retry").get()
    assert retry.message == "server error (HTTP 500); poging 1 van 2, volgende over 10 s"
    now[0] += timedelta(seconds=10)
    assert engine.push(Channel.get(Channel.name == "aff")) == (0, [event.id])
    assert OutboxEvent.get_by_id(event.id).last_error == "opgegeven na 2 pogingen: server error (HTTP 500)"


def test_a_counted_message_takes_the_language_s_plural(qapp) -> None:  # type: ignore[no-untyped-def]
    one = ImportReport(imported=["A-1"], rejected=[("B-1", "no lines")])
    two = ImportReport(imported=["A-1", "A-2"], skipped=["C-1"])
    i18n.install("nl")
    assert one.summary("aff") == "1 order geïmporteerd in aff; 0 al aanwezig; 1 geweigerd."
    assert two.summary("aff") == "2 orders geïmporteerd in aff; 1 al aanwezig; 0 geweigerd."
    i18n.install("de")
    assert two.summary("aff") == "2 Bestellungen in aff importiert; 1 bereits vorhanden; 0 abgelehnt."
    i18n.install("en")
    assert one.summary("aff") == "Imported 1 order into aff; 0 already here; 1 refused."
    assert two.summary("aff") == "Imported 2 orders into aff; 1 already here; 0 refused."
