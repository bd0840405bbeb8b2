"""`orderdesk stock ...` against the Magento simulator: exit codes, plain words on stderr, nothing half-queued, and
what the channel answered shown by `stock list`."""

from __future__ import annotations

import json

import pytest
from sync_harness import configure

from orderdesk import cli
from orderdesk.sandbox.magento import MagentoSimulator
from orderdesk.store.models import StockLevel


@pytest.fixture(scope="module")
def running():
    simulator = MagentoSimulator()
    simulator.start()
    yield simulator
    simulator.stop()


@pytest.fixture
def sim(running):
    running.reset()
    return running


@pytest.fixture
def run(db, db_url, sim, capsys):
    configure("mg", sim.demo_config())

    def call(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--db", db_url, "--user", "anna", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_stock_set_then_sync_publishes_and_list_shows_the_channels_answer(run, sim):
    sku = next(iter(sim.stock))
    code, out, err = run("stock", "set", f"{sku}=14", "--channel", "mg")
    assert (code, err) == (0, "") and "Queued 1 stock quantity for mg." in out
    assert run("sync", "--once", "--channel", "mg")[0] == 0
    assert sim.stock[sku]["qty"] == 14
    code, out, _ = run("stock", "list", "--format", "json")
    (row,) = json.loads(out)
    assert row["sku"] == sku and row["quantity"] == 14 and row["state"] == "done" and row["sent_quantity"] == 14
    assert row["item_id"] == str(sim.stock[sku]["item_id"]) and "set to 14" in row["answer"]
    code, out, _ = run("stock", "list")
    assert out.splitlines()[0].split() == [
        "channel",
        "sku",
        "quantity",
        "state",
        "last",
        "sent",
        "sent",
        "quantity",
        "answer",
    ]


@pytest.mark.parametrize(
    ("pair", "words"),
    [
        ("MUG-01=-2", "The quantity of MUG-01 cannot be negative ('-2')."),
        ("MUG-01=2.5", "The quantity of MUG-01 must be a whole number of units, not '2.5'."),
        ("MUG-01=many", "The quantity of MUG-01 must be a whole number, not 'many'."),
    ],
)
def test_a_bad_quantity_refuses_the_whole_set_in_plain_words(run, pair, words):
    code, out, err = run("stock", "set", "CAP-02=3", pair, "--channel", "mg")
    assert code == 1 and out == ""
    assert err == f"{words} Nothing was queued.\n"
    assert StockLevel.select().count() == 0


def test_stock_set_usage_and_channel_refusals(run, db_url):
    code, _, err = run("stock", "set", "MUG-01", "--channel", "mg")
    assert code == 2 and "SKU=QUANTITY" in err
    cli.main(["--db", db_url, "channels", "add", "shop", "--kind", "manual"])
    code, _, err = run("stock", "set", "MUG-01=1", "--channel", "shop")
    assert code == 1 and err == "Channel shop (Manual / imported) does not take stock quantities from OrderDesk.\n"
    code, _, err = run("stock", "set", "MUG-01=1", "--channel", "nope")
    assert code == 1 and err.startswith("There is no channel called 'nope'.")


def test_stock_import_queues_good_rows_and_reports_bad_lines_by_number(run, tmp_path):
    path = tmp_path / "count.csv"
    path.write_text("sku,quantity\nMUG-01,4\n,3\nCAP-02,-1\nBAG-03,7,9\nMUG-01,6\n\nHAT-04,0\n", encoding="utf-8")
    code, out, err = run("stock", "import", str(path), "--channel", "mg")
    assert code == 1
    assert "Queued 2 stock quantities for mg; 3 line(s) refused; 1 repeated SKU(s), the later line counts." in out
    assert err.splitlines() == [
        "  line 3: The SKU is empty.",
        "  line 4: The quantity of CAP-02 cannot be negative ('-1').",
        "  line 5: it has 3 values; a row is sku,quantity.",
    ]
    assert {r.sku: r.quantity for r in StockLevel.select()} == {"MUG-01": 6, "HAT-04": 0}


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("code,qty\nMUG-01,4\n", "The first line of a stock file must be the header sku,quantity (it is code,qty)."),
        ("sku,quantity\n", "has a header but no rows."),
        (b"\xff\xfe\x00junk", "is not a text file in UTF-8."),
    ],
)
def test_a_stock_file_that_cannot_be_used_is_refused_in_one_sentence(run, tmp_path, content, words):
    path = tmp_path / "count.csv"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    code, out, err = run("stock", "import", str(path), "--channel", "mg")
    assert code == 1 and out == "" and words in err and "Traceback" not in err
    assert err.count("\n") == 1
    assert StockLevel.select().count() == 0


def test_a_spreadsheets_semicolon_file_is_read_and_line_numbers_count_the_files_lines(run, tmp_path):
    path = tmp_path / "count.csv"
    path.write_text('\ufeffSKU;Quantity\r\nMUG-01;4\r\n"CAP\n02";x\r\nHAT-04;0\r\n', encoding="utf-8")
    code, out, err = run("stock", "import", str(path), "--channel", "mg")
    assert code == 1 and "Queued 2 stock quantities for mg; 1 line(s) refused." in out
    assert err == "  line 4: The SKU 'CAP 02' has a line break or a control character in it.\n"
    assert {r.sku: r.quantity for r in StockLevel.select()} == {"MUG-01": 4, "HAT-04": 0}


def test_sync_once_exits_one_and_names_a_stock_quantity_magento_refused(run, sim):
    known = next(iter(sim.stock))
    assert run("stock", "set", "NO-SUCH-SKU=2", f"{known}=5", "--channel", "mg")[0] == 0
    code, _, err = run("sync", "--once", "--channel", "mg")
    assert code == 1
    assert "1 failed, 0 still waiting." in err
    words = 'Magento refused the request (HTTP 404): The Product with the "NO-SUCH-SKU" SKU doesn\'t exist.'
    assert f"  failed stock of NO-SUCH-SKU on mg: {words}\n" in err
    assert sim.stock[known]["qty"] == 5
    code, _, err = run("sync", "--once", "--channel", "mg")  # nothing new failed in this run
    assert code == 0 and "0 failed, 0 still waiting." in err
