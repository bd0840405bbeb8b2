"""The command line: exit codes, the JSON shape, and messages instead of tracebacks."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from factories import keyring_key, order_data

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def loaded(cli, tmp_path):
    code, _, err = cli(
        "channels",
        "add",
        "aff",
        "--kind",
        "affiliate",
        "--url",
        "https://aff.example.com",
        "--secret-stdin",
        stdin="tok-123\n",
    )
    assert code == 0, err
    path = tmp_path / "orders.json"
    path.write_text(
        json.dumps({"orders": [order_data(reference="AFF-1"), order_data(reference="AFF-2", payment_status="unpaid")]})
    )
    code, out, err = cli("orders", "import-file", str(path), "--channel", "aff")
    assert code == 0, err
    assert "Imported 2 orders" in out
    return cli


def test_order_json_has_the_documented_shape(loaded):
    code, out, _ = loaded("orders", "show", "AFF-1", "--channel", "aff", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    for key in (
        "id",
        "channel",
        "external_id",
        "reference",
        "source",
        "status",
        "payment_status",
        "customer",
        "shipping_address",
        "currency",
        "total",
        "commission",
        "consignment_number",
        "carrier",
        "parent_id",
        "lines",
        "attributes",
    ):
        assert key in doc, key
    assert doc["customer"] == {"name": "Zoë Åkerlund", "email": "zoe@example.com", "phone": "+48 42 123 45 67"}
    assert doc["total"] == "89.80" and doc["commission"] == "8.49" and doc["lines"][0]["unit_price"] == "19.95"
    assert set(doc["lines"][0]) >= {"id", "sku", "name", "quantity", "unit_price", "tracking_number"}
    assert isinstance(doc["lines"][0]["unit_price"], str)


def test_full_operator_flow_from_the_command_line(loaded):
    code, out, _ = loaded("orders", "list", "--format", "json")
    orders = {o["reference"]: o for o in json.loads(out)}
    first = orders["AFF-1"]
    mug, tee = first["lines"]
    assert loaded("orders", "status", str(first["id"]), "processing")[0] == 0
    code, out, _ = loaded("orders", "split", str(first["id"]), "--move", f"{mug['id']}=1")
    assert code == 0 and "AFF-1-S1" in out
    assert loaded("orders", "edit", str(first["id"]), "--set", "city=Kraków", "--qty", f"{tee['id']}=1")[0] == 0
    code, _, err = loaded("orders", "attr", str(first["id"]), "gift wrap=yes")
    assert code == 1 and "cannot be given attributes here" in err
    code, out, err = loaded(
        "orders", "status", str(first["id"]), "dispatched", "--consignment", "JD01", "--carrier", "DHL"
    )
    assert code == 0, err
    code, out, _ = loaded("orders", "show", str(first["id"]), "--format", "json")
    doc = json.loads(out)
    assert (doc["status"], doc["consignment_number"], doc["carrier"]) == ("dispatched", "JD01", "DHL")
    assert doc["shipping_address"]["city"] == "Kraków" and doc["attributes"] == {}
    code, out, _ = loaded("log", "list", "--format", "json")
    kinds = [e["kind"] for e in reversed(json.loads(out))]
    assert kinds == ["acknowledge", "split", "edit", "dispatch"]
    code, out, _ = loaded("orders", "show", str(first["id"]))
    assert "History:" in out and "anna" in out


def test_refused_action_exits_1_with_the_reason_and_no_traceback(loaded):
    code, out, err = loaded("orders", "status", "AFF-1", "dispatched", "--channel", "aff")
    assert code == 0 or code == 1
    assert code == 1
    assert "A pending order cannot be set to dispatched" in err or "consignment number is required" in err
    assert "Traceback" not in err
    code, _, err = loaded("orders", "status", "AFF-2", "processing", "--channel", "aff")
    assert code == 1 and "not paid" in err
    code, _, err = loaded(
        "orders",
        "status",
        "AFF-2",
        "processing",
        "--channel",
        "aff",
        "--override-payment",
        "--reason",
        "cash on pickup",
    )
    assert code == 0, err


def test_bad_usage_exits_2(loaded):
    assert loaded("orders", "split", "1")[0] == 2
    assert loaded("orders", "status", "1", "processing", "--override-payment")[0] == 2
    assert loaded("orders", "bogus")[0] == 2
    code, _, err = loaded("orders", "edit", "1", "--qty", "x=1")
    assert code == 2 and "LINE_ID=QUANTITY" in err


def test_unknown_order_and_channel_are_plain_messages(loaded):
    code, _, err = loaded("orders", "show", "NOPE")
    assert code == 1 and "No order 'NOPE'" in err
    code, _, err = loaded("orders", "list", "--channel", "nope")
    assert code == 0
    code, _, err = loaded("orders", "show", "AFF-1", "--channel", "nope")
    assert code == 1 and "no channel called 'nope'" in err


def test_bad_import_file_loses_nothing_and_says_what_is_wrong(loaded, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"orders": [')
    code, _, err = loaded("orders", "import-file", str(broken), "--channel", "aff")
    assert code == 1 and "is not valid JSON (line 1" in err
    mixed = tmp_path / "mixed.json"
    mixed.write_text(
        json.dumps(
            [
                order_data(reference="OK-1"),
                {"external_id": "Z", "reference": "BAD-1", "lines": [{"sku": "A", "quantity": "1.5"}]},
            ]
        )
    )
    code, out, err = loaded("orders", "import-file", str(mixed), "--channel", "aff")
    assert code == 1 and "Imported 1 order into" in out and "Refused BAD-1" in err and "whole number" in err
    code, out, _ = loaded("orders", "import-file", str(mixed), "--channel", "aff")
    assert "0 orders" in out and "1 already here" in out


def test_list_formats(loaded):
    code, out, _ = loaded("orders", "list", "--format", "csv")
    assert out.splitlines()[0].startswith("id,reference,channel")
    code, out, _ = loaded("orders", "list", "--search", "AFF-2")
    assert "AFF-2" in out and "AFF-1 " not in out


def test_channels_add_list_and_remove_keep_secrets_in_the_keyring(cli, keyring_memory):
    code, out, err = cli(
        "channels",
        "add",
        "shop",
        "--kind",
        "cloudsuite",
        "--url",
        "https://shop.example.com",
        "--login",
        "client-1",
        "--option",
        "token_url=https://shop.example.com/oauth2/token/",
        "--secret-stdin",
        stdin="client_secret=abc123\n",
    )
    assert code == 0, err
    assert keyring_memory.entries[keyring_key("shop", "client_secret")] == "abc123"
    code, out, _ = cli("channels", "list", "--format", "json")
    (channel,) = json.loads(out)
    assert channel["name"] == "shop" and "abc123" not in out
    code, out, _ = cli("channels", "remove", "shop")
    assert code == 0 and "1 secret(s) removed" in out
    assert keyring_memory.entries == {}


def test_channel_missing_required_settings_is_refused(cli):
    code, _, err = cli("channels", "add", "m2", "--kind", "magento", "--url", "https://m2.example.com")
    assert code == 1 and "needs: Admin user, Admin password" in err
    code, _, err = cli("channels", "add", "x", "--kind", "amazon")
    assert code == 1 and "not a channel kind" in err


def test_channel_without_keyring_gives_one_clear_message(cli, monkeypatch):
    from keyring.backends import fail

    from orderdesk.credentials import use_backend

    previous = use_backend(fail.Keyring())
    try:
        code, _, err = cli(
            "channels",
            "add",
            "aff",
            "--kind",
            "affiliate",
            "--url",
            "https://a.example.com",
            "--secret-stdin",
            stdin="tok\n",
        )
    finally:
        use_backend(previous)
    assert code == 1 and "keyring" in err and "plain text" in err
    assert cli("channels", "list", "--format", "json")[1].strip() == "[]"


def test_every_command_has_help():
    for args in (
        ["--help"],
        ["orders", "list", "--help"],
        ["orders", "split", "--help"],
        ["log", "list", "--help"],
        ["channels", "add", "--help"],
        ["returns", "create", "--help"],
        ["sync", "--help"],
    ):
        with pytest.raises(SystemExit) as info:
            from orderdesk.cli import build_parser

            build_parser().parse_args(args)
        assert info.value.code == 0


@pytest.mark.parametrize("entry", [["-m", "orderdesk"], [str(ROOT / "main.py")]])
def test_main_py_and_python_m_run_the_same_cli(entry, tmp_path):
    env = {**os.environ, "ORDERDESK_DB": str(tmp_path / "x.sqlite3")}
    result = subprocess.run(
        [sys.executable, *entry, "orders", "list", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["orders", "edit", "1", "--qty", "1=100000000000000000000"], 1, "at most 1,000,000 units fit a line"),
        (["orders", "edit", "1", "--add-line", "A:1:1e400"], 1, "The price of A is too large"),
        (["orders", "edit", "1", "--add-line", "A:1e400:1"], 1, "at most 1,000,000 units fit a line"),
        (["orders", "edit", "1", "--add-line", "A:1000000:99999999"], 1, "The order total would be"),
        (["orders", "edit", "1", "--set", "city=" + "K" * 129], 1, "The city is 129 characters long"),
        (["orders", "edit", "1", "--qty", "99999999999999999999999=2"], 1, "has no line 9999999999999999999999"),
        (["orders", "edit", "1", "--remove-line", "99999999999999999999999"], 1, "has no line"),
        (["orders", "show", "99999999999999999999999"], 1, "No order '99999999999999999999999'"),
        (["orders", "split", "1", "--move", "1=1e30"], 1, "at most 1,000,000 units fit a line"),
        (["orders", "list", "--limit", "100000000000000000000"], 2, "--limit: takes a whole number from 1"),
        (["log", "retry", "99999999999999999999999"], 1, "There is no sync event 9999999999999999999999"),
        (["log", "list", "--limit", "0"], 2, "takes a whole number from 1 to 1,000,000"),
    ],
)
def test_absurd_numbers_on_the_command_line_get_one_sentence_and_change_nothing(loaded, args, code, words):
    from orderdesk.store.models import AuditEntry

    before = AuditEntry.select().count()
    got, out, err = loaded(*args)
    assert got == code and words in err, err
    assert "Traceback" not in err and "Error" not in err
    assert AuditEntry.select().count() == before


@pytest.mark.parametrize("option", ["--poll-interval", "--rate-limit", "--retry-limit"])
def test_a_channel_number_too_large_for_the_database_is_refused_in_words(cli, option):
    code, _, err = cli("channels", "add", "big", "--kind", "manual", option, "99999999999999999999999")
    assert code == 1 and ("can be at most" in err or "between 0 and 100" in err)
    assert "Traceback" not in err


def test_a_superscript_digit_is_not_taken_for_an_id(loaded):
    """'²'.isdigit() is true, but int('²') fails: ids are read with isdecimal()."""
    code, _, err = loaded("orders", "edit", "²", "--set", "city=Łódź")
    assert code == 1 and "No order '²'" in err
    code, _, err = loaded("orders", "edit", "1", "--qty", "²=2")
    assert code == 2 and "--qty takes LINE_ID=QUANTITY" in err
