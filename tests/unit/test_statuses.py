import itertools

import pytest

from orderdesk.core.errors import RuleViolation
from orderdesk.core.statuses import (
    TRANSITIONS,
    OrderStatus,
    PaymentStatus,
    check_editable,
    check_payment_allows_processing,
    check_transition,
    parse_status,
)

S = OrderStatus
ALLOWED = [(a, b) for a, targets in TRANSITIONS.items() for b in targets]
FORBIDDEN = [(a, b) for a, b in itertools.product(S, S) if a != b and b not in TRANSITIONS[a]]


@pytest.mark.parametrize(("current", "target"), ALLOWED)
def test_allowed_transition_passes(current, target):
    check_transition(current, target)


@pytest.mark.parametrize(("current", "target"), FORBIDDEN)
def test_every_forbidden_transition_is_refused_in_plain_words(current, target):
    with pytest.raises(RuleViolation) as info:
        check_transition(current, target)
    assert current.value in info.value.message or "dispatched" in info.value.message


def test_cancel_after_dispatch_points_to_a_return():
    with pytest.raises(RuleViolation, match="create a return instead"):
        check_transition(S.DISPATCHED, S.CANCELLED)


def test_return_only_after_dispatch():
    with pytest.raises(RuleViolation, match="Only a dispatched order can be returned"):
        check_transition(S.PROCESSING, S.RETURNED)
    check_transition(S.DISPATCHED, S.RETURNED)
    check_transition(S.DELIVERED, S.RETURNED)


def test_setting_the_same_status_is_refused():
    with pytest.raises(RuleViolation, match="already processing"):
        check_transition(S.PROCESSING, S.PROCESSING)


def test_final_statuses_allow_nothing():
    with pytest.raises(RuleViolation, match="none, it is final"):
        check_transition(S.CANCELLED, S.PENDING)


@pytest.mark.parametrize("status", [S.DISPATCHED, S.DELIVERED, S.CANCELLED, S.RETURNED])
def test_no_edit_after_dispatch_or_cancel(status):
    with pytest.raises(RuleViolation, match="can no longer be edited"):
        check_editable(status)


@pytest.mark.parametrize("status", [S.PENDING, S.PROCESSING, S.PACKED])
def test_edit_allowed_while_in_the_warehouse(status):
    check_editable(status)


def test_unpaid_order_needs_an_override_with_a_reason():
    with pytest.raises(RuleViolation, match="not paid"):
        check_payment_allows_processing(PaymentStatus.UNPAID, override_reason=None)
    with pytest.raises(RuleViolation, match="not paid"):
        check_payment_allows_processing(PaymentStatus.UNPAID, override_reason="   ")
    check_payment_allows_processing(PaymentStatus.UNPAID, override_reason="customer pays on pickup")


@pytest.mark.parametrize("payment", [PaymentStatus.PAID, PaymentStatus.INVOICE_LATER, PaymentStatus.REFUNDED])
def test_paid_or_invoiced_orders_need_no_override(payment):
    check_payment_allows_processing(payment, override_reason=None)


def test_unknown_status_lists_the_real_ones():
    with pytest.raises(RuleViolation, match="Use one of: pending, processing"):
        parse_status("shipped")
    assert parse_status(" Dispatched ") is S.DISPATCHED
