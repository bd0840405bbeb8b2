"""The admin's status mapping text: read in plain words, every mistake named, written back as it was read."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orderdesk.core.errors import RuleViolation
from orderdesk.core.status_map import StatusMap, parse_status_map
from orderdesk.core.statuses import OrderStatus

S = OrderStatus
CHOICES = "Use one of: pending, processing, packed, dispatched, delivered, cancelled, returned."


def test_pairs_read_any_case_with_alternatives_after_a_bar():
    mapping = parse_status_map(" Pending = new , processing=In Progress, dispatched=complete|Shipped ")

    assert mapping.to_local("NEW") == S.PENDING
    assert mapping.to_local("in progress") == S.PROCESSING
    assert mapping.to_local(" shipped ") == S.DISPATCHED and mapping.to_local("Complete") == S.DISPATCHED
    assert mapping.to_local("packed") is None and mapping.to_local(None) is None
    # The first word is the one sent, as the admin wrote it.
    assert mapping.to_channel(S.DISPATCHED) == "complete"
    assert mapping.to_channel("processing") == "In Progress"
    assert mapping.to_channel(S.DELIVERED) is None


def test_blank_text_is_an_empty_mapping_that_maps_nothing():
    for text in (None, "", "  ", ", ,"):
        mapping = parse_status_map(text)
        assert not mapping and mapping == StatusMap() and mapping.format() == ""
        assert mapping.to_local("pending") is None and mapping.to_channel(S.PENDING) is None


def test_semicolons_and_new_lines_separate_pairs_too():
    mapping = parse_status_map("pending=new;\nprocessing=open")

    assert mapping == parse_status_map("processing=open, pending=new")
    assert mapping.format() == "pending=new, processing=open"


def test_a_word_shared_by_two_statuses_is_sent_for_both_and_read_as_the_earlier():
    mapping = parse_status_map("packed=in progress, processing=in progress")

    assert mapping.to_channel(S.PACKED) == mapping.to_channel(S.PROCESSING) == "in progress"
    assert mapping.to_local("In Progress") == S.PROCESSING


def test_an_equals_sign_after_the_first_belongs_to_the_word():
    assert parse_status_map("pending=state=new").to_channel(S.PENDING) == "state=new"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sent=shipped", f"Status mapping: 'sent' (in 'sent=shipped') is not an OrderDesk status. {CHOICES}"),
        ("=new", f"Status mapping: '=new' names no OrderDesk status before '='. {CHOICES}"),
        (
            "pending=new, processing open",
            "Status mapping: 'processing open' has no '='. Write OrderDesk status=channel word, e.g. pending=new.",
        ),
        ("pending=", "Status mapping: 'pending=' has an empty channel word."),
        ("dispatched=complete||shipped", "Status mapping: 'dispatched=complete||shipped' has an empty channel word."),
        ("dispatched=complete|", "Status mapping: 'dispatched=complete|' has an empty channel word."),
        (
            "dispatched=complete, Dispatched=shipped",
            "Status mapping: dispatched is mapped twice ('dispatched=complete' and 'Dispatched=shipped'). "
            "Put all its channel words in one place, separated by '|', e.g. dispatched=complete|shipped.",
        ),
        ("dispatched=shipped|Shipped", "Status mapping: the channel word 'Shipped' is listed twice for dispatched."),
    ],
)
def test_each_mistake_is_refused_naming_the_bad_piece(text, message):
    with pytest.raises(RuleViolation) as caught:
        parse_status_map(text)

    assert caught.value.message.startswith(message)
    assert caught.value.field == "status_map"


# ---- properties ---------------------------------------------------------------------------------------
# A word as an admin could type it: no separators, not blank, no spaces at its ends (they are trimmed).
words = (
    st.text(st.characters(exclude_characters=",;\n|", exclude_categories=("Cs",)), min_size=1, max_size=12)
    .map(str.strip)
    .filter(bool)
)
mappings = st.dictionaries(
    st.sampled_from(list(OrderStatus)),
    st.lists(words, min_size=1, max_size=3, unique_by=lambda w: w.strip().casefold()),
    max_size=len(OrderStatus),
)
PROPERTY = settings(max_examples=200, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow])


def written(mapping: dict[OrderStatus, list[str]], spaces: str, upper: bool) -> str:
    pairs = [
        f"{status.value.upper() if upper else status.value}{spaces}={spaces}{'|'.join(ws)}"
        for status, ws in mapping.items()
    ]
    return f"{spaces},{spaces}".join(reversed(pairs))


@PROPERTY
@given(mappings, st.sampled_from(["", " ", "  "]), st.booleans())
def test_format_of_a_parsed_mapping_parses_back_equal(mapping, spaces, upper):
    parsed = parse_status_map(written(mapping, spaces, upper))

    assert parse_status_map(parsed.format()) == parsed
    for status, status_words in mapping.items():
        assert parsed.to_channel(status) == status_words[0]
        assert all(parsed.to_local(word) is not None for word in status_words)


@PROPERTY
@given(st.text(max_size=40))
def test_any_text_is_either_refused_in_words_or_read_back_equal(text):
    try:
        parsed = parse_status_map(text)
    except RuleViolation as exc:
        assert exc.field == "status_map" and exc.message.startswith("Status mapping: ")
        return
    assert parse_status_map(parsed.format()) == parsed
