"""The main window through real widgets: table, filters, scanner, actions, refresh after a sync, layout memory."""

from __future__ import annotations

import pytest
from factories import make_channel, make_order
from PySide6.QtCore import QModelIndex, Qt

from orderdesk.services import status
from orderdesk.store.models import Order
from orderdesk.store.queries import OrderFilter
from orderdesk.ui.main_window import MainWindow
from orderdesk.ui.order_table_model import COLUMN_INDEX, OrderTableModel


@pytest.fixture
def window(db, qtbot):
    make_channel("aff", "affiliate")
    make_channel("m2", "magento")
    win = MainWindow(user="anna")
    qtbot.addWidget(win)
    win.show()
    return win


def test_order_table_model_passes_qt_model_checks(db, qtmodeltester):
    make_channel("aff", "affiliate")
    for _ in range(5):
        make_order()
    model = OrderTableModel()
    model.reload()
    qtmodeltester.check(model)


def test_the_table_fetches_ids_by_chunk_not_all_rows(db):
    make_channel("aff", "affiliate")
    for _ in range(3):
        make_order()
    import orderdesk.ui.order_table_model as module

    module_chunk, module.CHUNK = module.CHUNK, 2
    try:
        model = OrderTableModel()
        model.reload()
        assert model.rowCount() == 2 and model.total == 3 and model.canFetchMore(QModelIndex())
        model.fetchMore(QModelIndex())
        assert model.rowCount() == 3 and not model.canFetchMore(QModelIndex())
    finally:
        module.CHUNK = module_chunk


def test_columns_show_formatted_text_and_raw_values(db):
    make_channel("aff", "affiliate")
    order = make_order(reference="AFF-9")
    model = OrderTableModel()
    model.reload()
    total = model.index(0, COLUMN_INDEX["total"])
    assert model.data(total) == "89.80 EUR"
    assert str(model.data(total, Qt.ItemDataRole.UserRole)) == str(order.total)
    assert model.data(model.index(0, COLUMN_INDEX["sync_state"])) == "✓ Synced"


def test_filters_and_search_narrow_the_table(window, qtbot):
    make_order(reference="AFF-1", status="processing")
    make_order(reference="AFF-2")
    make_order("m2", reference="M-1", customer={"name": "Joaquín Pérez", "email": "jp@example.es"})
    window.model.reload()
    assert window.model.rowCount() == 3
    window.filters.status.setCurrentIndex(window.filters.status.findData("processing"))
    assert [window.model.order_row(r).reference for r in range(window.model.rowCount())] == ["AFF-1"]
    window.filters.status.setCurrentIndex(0)
    qtbot.keyClicks(window.filters.search, "Joaqu")
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Return)
    assert [window.model.order_row(r).reference for r in range(window.model.rowCount())] == ["M-1"]
    assert window.count_label.text().strip() == "1 order"


def test_a_scanned_reference_selects_the_order(window, qtbot):
    orders = [make_order(reference=f"AFF-{n}") for n in range(3)]
    window.model.reload()
    qtbot.keyClicks(window.filters.search, "AFF-1")
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Return)
    assert window.selected_ids() == [orders[1].id]
    assert window.detail.order_id == orders[1].id


def test_a_scanned_tracking_number_selects_the_order(window, qtbot):
    target = make_order(lines=[{"sku": "A", "quantity": 1, "unit_price": "5", "tracking_number": "LX555"}])
    make_order()
    window.model.reload()
    qtbot.keyClicks(window.filters.search, "LX555")
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Return)
    assert window.selected_ids() == [target.id]


def test_a_scanned_consignment_or_channel_id_selects_the_order_and_scanning_again_keeps_it(window, qtbot):
    first = make_order(external_id="EXT-9001", reference="AFF-9001")
    dispatched = make_order(reference="AFF-9002", consignment_number="JD0146001", carrier="")
    window.model.reload()
    for code, expected in (("EXT-9001", first), ("JD0146001", dispatched), ("JD0146001", dispatched)):
        window.filters.search.selectAll()
        qtbot.keyClicks(window.filters.search, code)
        qtbot.keyClick(window.filters.search, Qt.Key.Key_Return)
        assert window.selected_ids() == [expected.id], code
    facts = window.detail.facts.text()
    assert "JD0146001" in facts and "()" not in facts  # no carrier named: no empty brackets


def test_actions_are_enabled_only_when_the_rules_allow_them(window):
    pending = make_order()
    shipped = make_order(status="dispatched")
    window.model.reload()
    window.select_order(pending.id)
    enabled = {key for key, action in window.actions_by_key.items() if action.isEnabled()}
    assert {"acknowledge", "edit", "split", "cancel"} <= enabled
    assert not {"dispatch", "return", "deliver", "retry", "conflict", "attributes"} & enabled  # affiliate
    window.select_order(shipped.id)
    enabled = {key for key, action in window.actions_by_key.items() if action.isEnabled()}
    assert "deliver" in enabled and not {"edit", "split", "cancel", "acknowledge"} & enabled


def test_acknowledge_from_the_toolbar_reaches_the_database(window, qtbot):
    order = make_order()
    window.model.reload()
    window.select_order(order.id)
    window.actions_by_key["acknowledge"].trigger()
    assert Order.get_by_id(order.id).status == "processing"
    qtbot.waitUntil(lambda: window.model.order_row(window.model.row_of(order.id)).status == "processing")


def test_the_table_refreshes_after_a_sync_without_losing_the_selection(window, qtbot):
    orders = [make_order() for _ in range(4)]
    window.model.reload()
    window.select_order(orders[2].id)
    status.set_status(orders[2].id, "processing", user="sync")  # as if the channel's change came in
    newcomer = make_order()
    window.orders_changed([orders[2].id, newcomer.id])
    qtbot.waitUntil(lambda: window.model.total == 5)
    assert window.selected_ids() == [orders[2].id]
    row = window.model.row_of(orders[2].id)
    assert window.model.order_row(row).status == "processing"


def test_hidden_columns_and_window_layout_are_remembered(db, qtbot):
    make_channel("aff", "affiliate")
    first = MainWindow(user="anna")
    qtbot.addWidget(first)
    first.table.horizontalHeader().setSectionHidden(COLUMN_INDEX["city"], True)
    first.resize(711, 477)
    first.save_layout()
    first.close()
    second = MainWindow(user="anna")
    qtbot.addWidget(second)
    assert second.table.horizontalHeader().isSectionHidden(COLUMN_INDEX["city"])
    assert second.size().width() == 711


def test_every_main_widget_has_an_accessible_name(window):
    for name in (
        "ordersTable",
        "searchBox",
        "filterBar",
        "detailPanel",
        "statusBar",
        "syncLogPane",
        "actionsToolbar",
        "channelFilter",
        "statusFilter",
        "orderCount",
    ):
        widget = window.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_new_orders_are_counted_in_by_the_filter_without_a_full_reload(db):
    make_channel("aff", "affiliate")
    make_order(status="pending")
    make_order(status="processing")
    model = OrderTableModel()
    model.set_filter(OrderFilter(status="pending"))
    assert model.total == 1
    matching, other = make_order(status="pending"), make_order(status="processing")
    assert not model.refresh_orders([matching.id, other.id])  # orders the table never saw: count them in
    model.take_new_orders()
    assert model.total == 2 and model.row_of(matching.id) is not None and model.row_of(other.id) is None
    assert model.refresh_orders([matching.id, other.id])  # now known: refreshed in place


def test_a_change_to_an_order_below_the_loaded_rows_needs_no_reload(db):
    import orderdesk.ui.order_table_model as module

    make_channel("aff", "affiliate")
    orders = [make_order() for _ in range(3)]
    module_chunk, module.CHUNK = module.CHUNK, 2
    try:
        model = OrderTableModel()
        model.reload()
        unloaded = next(o for o in orders if model.row_of(o.id) is None)
        status.set_status(unloaded.id, "processing", user="anna")
        assert model.refresh_orders([unloaded.id])
        model.fetchMore(QModelIndex())
        row = model.order_row(model.row_of(unloaded.id))
        assert row is not None and row.status == "processing"
    finally:
        module.CHUNK = module_chunk


def test_the_status_bar_warns_before_a_channels_password_expires(db, qtbot):
    from datetime import date, timedelta

    from orderdesk.services.channels import update_channel
    from orderdesk.ui.status_bar import OrderStatusBar

    make_channel("aff", "affiliate")
    make_channel("m2", "magento")
    soon = date.today() + timedelta(days=5)
    update_channel("m2", options={"secret_expires": soon.isoformat()}, user="admin")
    update_channel("aff", options={"secret_expires": (date.today() + timedelta(days=90)).isoformat()}, user="admin")
    bar = OrderStatusBar()
    qtbot.addWidget(bar)
    assert not bar.expiry.isHidden()
    assert bar.expiry.text() == f"⚠ m2: the password or token expires in 5 days ({soon:%d %b %Y})"
    bar.refresh_expiry(today=date.today() + timedelta(days=100))
    assert "aff: the password or token expired" in bar.expiry.text() and "m2" in bar.expiry.text()


def test_the_table_paints_every_role_of_a_cell_from_one_call(db):
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    make_channel("aff", "affiliate")
    make_order(reference="AFF-9")
    model = OrderTableModel()
    model.reload()

    class Delegate(QStyledItemDelegate):  # Qt's delegate asks the model's multiData for all roles at once
        def option_for(self, index):
            option = QStyleOptionViewItem()
            self.initStyleOption(option, index)
            return option

    total = Delegate().option_for(model.index(0, COLUMN_INDEX["total"]))
    assert total.text == "89.80 EUR" and total.displayAlignment & Qt.AlignmentFlag.AlignRight
    assert Delegate().option_for(model.index(0, COLUMN_INDEX["reference"])).text == "AFF-9"


def test_a_big_result_is_counted_without_making_the_table_wait(db, monkeypatch):
    import orderdesk.ui.order_table_model as module

    monkeypatch.setattr(module, "CHUNK", 2)
    make_channel("aff", "affiliate")
    for _ in range(5):
        make_order(status="pending")
    later: list = []
    model = OrderTableModel()
    model.count_later = lambda count, done: later.append((count, done))
    model.set_filter(OrderFilter(status="pending"))
    assert model.rowCount() == 2 and model.counting and model.total == 2 and model.canFetchMore(QModelIndex())
    stale_count, stale_done = later.pop()
    model.set_filter(OrderFilter())  # the filter changed before the first count came back
    count, done = later.pop()
    stale_done((stale_count()[0] - 1, 0))
    assert model.counting, "a count for an earlier filter is dropped"
    done(count())
    assert not model.counting and model.total == 5
    make_order(status="processing")
    assert not model.refresh_orders([Order.select().order_by(Order.id.desc()).first().id])
    model.take_new_orders()
    assert model.total == 6


def test_the_window_counts_in_the_background_and_then_shows_the_number(db, qtbot, monkeypatch):
    import orderdesk.ui.order_table_model as module

    monkeypatch.setattr(module, "CHUNK", 2)
    make_channel("aff", "affiliate")
    for _ in range(5):
        make_order()
    window = MainWindow(user="anna")
    qtbot.addWidget(window)
    assert window.model.counting or window.count_label.text().strip() == "5 orders"
    qtbot.waitUntil(lambda: window.count_label.text().strip() == "5 orders", timeout=5000)
    assert not window.model.counting


def test_orders_arriving_while_the_count_runs_are_counted_exactly_once(db, monkeypatch):
    import orderdesk.ui.order_table_model as module

    monkeypatch.setattr(module, "CHUNK", 2)
    make_channel("aff", "affiliate")
    for _ in range(5):
        make_order()
    later: list = []
    model = OrderTableModel()
    model.count_later = lambda count, done: later.append((count, done))
    model.reload()
    count, done = later.pop()
    answer = count()  # the count sees five orders...
    make_order()
    model.take_new_orders()  # ...then the table counts in a sixth before the answer arrives
    done(answer)
    assert model.total == 6
    model.reload()
    count, done = later.pop()
    make_order()  # a seventh the count sees before the table counts it in
    done(count())
    assert model.total == 6
    model.take_new_orders()
    assert model.total == 7
