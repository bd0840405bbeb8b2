"""Fuzzing every way an operator's input gets in (an import file, the command line's values): whatever comes,
the answer is exit 0, 1 or 2, plain sentences on stderr, never a traceback, and a refusal changes nothing.

The command line runs in-process for speed; a handful of real subprocess runs at the end prove that no
traceback reaches a real stderr either.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from factories import order_data
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orderdesk.cli import main
from orderdesk.core import validation
from orderdesk.store.models import MODELS, Order, database_proxy
from orderdesk.store.orders import order_record

FUZZ = settings(
    deadline=None,
    max_examples=120,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
# What a traceback or an exception's name looks like; none of it may reach the operator.
LEAKS = re.compile(
    r"Traceback|File \"|\b\w*(Error|Exception|Warning)\b(?!:)|InvalidOperation|(?<!')\bNone\b(?!')|<class|object at 0x"
)
ABSURD = [
    "1e400",
    "-1e400",
    "100000000000000000000",
    str(2**63),
    "9" * 400,
    "-5",
    "0",
    "1.5",
    "0.00001",
    "NaN",
    "Infinity",
    "",
    " ",
    "EURO",
    "x" * 300,
    "1,5",
    "٣",
    "12=3",
    "a:b:c",
]
wild_text = st.one_of(st.sampled_from(ABSURD), st.text(max_size=40))
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    wild_text,
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
ORDER_FIELDS = [
    "external_id",
    "reference",
    "status",
    "payment_status",
    "source",
    "customer",
    "shipping_address",
    "billing_address",
    "currency",
    "shipping_total",
    "commission_rate",
    "created_at",
    "consignment_number",
    "carrier",
    "attributes",
    "channel_data",
    "lines",
]
LINE_FIELDS = ["sku", "name", "quantity", "unit_price", "external_id", "tracking_number", "attributes"]


@st.composite
def fuzzed_order(draw: st.DrawFn) -> Any:
    if draw(st.integers(0, 9)) == 0:
        return draw(json_values)  # not even an object
    data = order_data()
    data.update(draw(st.dictionaries(st.sampled_from(ORDER_FIELDS), json_values, max_size=3)))
    if isinstance(data.get("lines"), list) and data["lines"] and isinstance(data["lines"][0], dict):
        data["lines"][0] = {**data["lines"][0], **draw(st.dictionaries(st.sampled_from(LINE_FIELDS), json_values))}
    return data


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def fingerprint() -> str:
    digest = hashlib.sha256()
    for model in MODELS:
        rows = database_proxy.execute_sql(f'SELECT * FROM "{model._meta.table_name}" ORDER BY id').fetchall()
        digest.update(repr(rows).encode())
    return digest.hexdigest()


def assert_plain(code: int, err: str) -> None:
    assert code in (0, 1, 2), (code, err)
    if code:
        assert err.strip(), "a refusal must say why"
    leak = LEAKS.search(err)
    assert leak is None, err
    for line in err.splitlines():
        assert len(line) < 400, line


def assert_nothing_absurd_was_stored() -> None:
    for order in Order.select().where(Order.external_id.is_null(False)):  # a split part has none until sent
        validation.check_record(order_record(order))


@pytest.fixture
def desk(tmp_path, keyring_memory):
    url = f"sqlite:///{tmp_path / 'fuzz.sqlite3'}"
    base = ["--db", url, "--user", "fuzz"]
    assert run(*base, "channels", "add", "man", "--kind", "manual")[0] == 0
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps([order_data(reference="SEED-1"), order_data(reference="SEED-2")]))
    assert run(*base, "orders", "import-file", str(seed), "--channel", "man")[0] == 0
    assert run(*base, "orders", "status", "2", "processing")[0] == 0
    assert run(*base, "orders", "status", "2", "dispatched", "--consignment", "JD1", "--carrier", "DHL")[0] == 0
    return base, tmp_path


@FUZZ
@given(orders=st.lists(fuzzed_order(), max_size=4))
def test_any_import_file_is_loaded_or_refused_in_plain_words(desk, orders):
    base, folder = desk
    path = folder / "fuzz.json"
    path.write_text(json.dumps(orders, default=str))
    before, count = fingerprint(), Order.select().count()
    code, out, err = run(*base, "orders", "import-file", str(path), "--channel", "man")
    assert_plain(code, err)
    imported = int(m.group(1)) if (m := re.search(r"Imported (\d+) order", out)) else 0
    refused = int(m.group(1)) if (m := re.search(r"(\d+) refused", out)) else 0
    assert Order.select().count() == count + imported
    assert len(err.splitlines()) == refused
    if not imported:
        assert fingerprint() == before
    assert_nothing_absurd_was_stored()


@FUZZ
@given(content=st.one_of(st.binary(max_size=200), st.text(max_size=200)))
def test_any_bytes_as_an_import_file_are_refused_whole_or_loaded(desk, content):
    base, folder = desk
    path = folder / "raw.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    before = fingerprint()
    code, out, err = run(*base, "orders", "import-file", str(path), "--channel", "man")
    assert_plain(code, err)
    if code and not out:
        assert fingerprint() == before


def _command(draw: st.DrawFn) -> list[str]:
    wild = draw(wild_text)
    other = draw(wild_text)
    order = draw(st.sampled_from(["1", "2", "3", "SEED-1", "0", "99999999999999999999999", wild]))
    line = draw(st.sampled_from(["1", "2", "3", "99999999999999999999999", other]))
    field = draw(st.sampled_from(["city", "street", "postcode", "customer_email", "note", "name", other]))
    commands = [
        ["orders", "edit", order, "--set", f"{field}={wild}"],
        ["orders", "edit", order, "--qty", f"{line}={wild}"],
        ["orders", "edit", order, "--add-line", f"{other}:{wild}:{draw(wild_text)}"],
        ["orders", "edit", order, "--add-line", f"CAP-1:{wild}:{other}"],
        ["orders", "edit", order, "--remove-line", wild],
        ["orders", "status", order, wild],
        ["orders", "status", order, "dispatched", "--consignment", wild, "--carrier", other],
        ["orders", "status", order, "cancelled", "--reason", wild],
        ["orders", "split", order, "--move", f"{line}={wild}"],
        ["orders", "attr", order, f"{other}={wild}"],
        ["orders", "attr", order, f"gift={wild}", "--line", line],
        ["orders", "show", wild],
        ["orders", "list", "--limit", wild],
        ["orders", "list", "--search", wild, "--status", other],
        ["returns", "create", order, "--item", f"{line}={wild}", "--reason", other, "--type", "SELF_SHIP"],
        ["returns", "create", "2", "--item", f"1={wild}", "--reason", "broken", "--type", other],
        ["log", "retry", wild],
        ["log", "discard", wild, "--reason", other],
        ["log", "list", "--limit", wild],
        ["channels", "add", wild, "--kind", "manual"],
        ["channels", "add", "c2", "--kind", other, "--url", wild],
        ["channels", "add", "c3", "--kind", "manual", "--poll-interval", wild],
        ["channels", "add", "c4", "--kind", "manual", "--retry-limit", wild, "--rate-limit", other],
        ["channels", "add", "c5", "--kind", "affiliate", "--url", wild, "--option", f"{other}={wild}"],
        ["channels", "remove", wild],
    ]
    return draw(st.sampled_from(commands))


@FUZZ
@given(data=st.data())
def test_any_value_on_the_command_line_is_done_or_refused_in_plain_words(desk, data):
    base, _ = desk
    args = _command(data.draw)
    before = fingerprint()
    code, _, err = run(*base, *args)
    assert_plain(code, err)
    if code:
        assert fingerprint() == before
    assert_nothing_absurd_was_stored()


# ---- real processes: what a real stderr shows ----


REAL_CASES = [
    (["orders", "edit", "1", "--qty", "1=100000000000000000000"], 1, "at most 1,000,000 units fit a line"),
    (["orders", "edit", "1", "--add-line", "A:1:1e400"], 1, "is too large"),
    (["orders", "show", "99999999999999999999999"], 1, "No order"),
    (["orders", "list", "--limit", "1e400"], 2, "--limit"),
]


@pytest.mark.slow
def test_no_traceback_reaches_a_real_stderr(desk):
    base, folder = desk
    deep = "[" * 5000 + "]" * 5000
    files = {
        "mixed.json": json.dumps(
            [
                order_data(reference="BAD", lines=[{"sku": "A", "quantity": 2**63, "unit_price": "1"}]),
                order_data(reference="GOOD"),
            ]
        ),
        "deep.json": "["
        + json.dumps(order_data(reference="DEEP")).replace('"lines"', f'"channel_data": {{"x": {deep}}}, "lines"')
        + "]",
        "cut.json": '{"orders": [{"external_id": ',
    }
    cases = list(REAL_CASES)
    for name, content in files.items():
        (folder / name).write_text(content)
        cases.append(
            (
                ["orders", "import-file", str(folder / name), "--channel", "man"],
                1,
                "efused" if name != "cut.json" else "is not valid JSON",
            )
        )
    for args, code, words in cases:
        done = subprocess.run(
            [sys.executable, "-m", "orderdesk", *base, *args], capture_output=True, text=True, timeout=60, check=False
        )
        assert done.returncode == code, (args, done.stderr)
        assert words in done.stderr and LEAKS.search(done.stderr) is None, (args, done.stderr)
    assert Path(folder / "fuzz.sqlite3").exists()
    assert [o.reference for o in Order.select().where(Order.reference.in_(["BAD", "GOOD", "DEEP"]))] == ["GOOD"]
