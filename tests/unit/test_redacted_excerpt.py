"""The response excerpt of a call: masked as a whole answer would be, though only its start is written out."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from orderdesk.channels.redaction import MASK, excerpt, redact_text, redacted_excerpt

KEYS = st.sampled_from(["id", "name", "token", "Password", "apiKey", "api_key", "notes", "client_secret", "lines"])
SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=12) | st.floats(allow_nan=False)
DOCUMENTS = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4))


@given(document=st.lists(DOCUMENTS, min_size=1) | st.dictionaries(KEYS, DOCUMENTS), limit=st.integers(1, 300))
def test_the_excerpt_starts_as_the_whole_answer_masked_would(document, limit):
    text = json.dumps(document, indent=1)  # as a channel may send it: spaced otherwise than we write it
    whole = excerpt(redact_text(text), limit)
    shown = redacted_excerpt(text, limit=limit)
    assert shown[:limit] == whole[:limit]
    if len(text) <= limit:
        assert shown == redact_text(text)


def _page(orders: int) -> dict:
    return {
        "data": [{"id": n, "customer": {"name": f"Customer {n}", "email": f"c{n}@example.com"}} for n in range(orders)],
        "meta": {"page": 1, "pages": 9},
    }


def test_a_known_secret_cut_by_the_end_of_the_excerpt_is_masked_whole():
    secret = "s3cr3t-value-of-the-channel"
    text = json.dumps({"data": "x" * 1980 + secret + "y" * 5000})  # the secret starts 10 characters before the end
    shown = redacted_excerpt(text, [secret])
    assert "s3cr3t" not in shown and MASK in shown
    assert shown.endswith(f"... ({len(text) - 2000} more characters)")


def test_secret_looking_fields_are_masked_in_the_part_shown_nested_or_not():
    page = _page(3)
    page["data"][0]["token"] = {"value": "abc-123-token", "expires": 60}
    page["data"][1]["customer"]["password"] = "hunter22"
    page["filler"] = "z" * 10_000
    shown = redacted_excerpt(json.dumps(page))
    assert "abc-123-token" not in shown and "hunter22" not in shown
    assert f'"token": "{MASK}"' in shown and f'"password": "{MASK}"' in shown
    assert len(shown) < 2100


def test_an_answer_that_is_not_json_is_masked_as_before():
    text = "<html>" + "x" * 3000 + "password=hunter22 Bearer abc.def</html>"
    assert redacted_excerpt(text) == excerpt(redact_text(text))
    short = "token=abcdef&x=1 Bearer abc.def"
    assert redacted_excerpt(short, ["abcdef"]) == redact_text(short, ["abcdef"])
