"""The order table's model: ids in SQL order, rows fetched by window, only named rows refreshed.

It never holds every row: ids arrive in chunks as the view scrolls (canFetchMore/fetchMore), display rows
are read for the window being painted and kept in a small cache. Sorting and filtering run in SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from itertools import groupby
from typing import Any, NamedTuple

from peewee import fn
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QModelRoleData, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from orderdesk.core.statuses import OrderStatus, PaymentStatus, payment_label, status_label, sync_state_label
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.store import table_order, table_rows
from orderdesk.store.models import Order
from orderdesk.store.queries import OrderFilter, filtered
from orderdesk.store.table_order import SortKey
from orderdesk.ui import colours, locale_format

ModelIndex = QModelIndex | QPersistentModelIndex
CHUNK = 400  # ids fetched per fetchMore
WINDOW = 120  # rows read around the one being painted
CACHE_LIMIT = 4000


@dataclass(frozen=True)
class Column:
    key: str  # the sort key of store.queries.SORTABLE
    title: str


# Titles in English, shown through translate("OrderTable", title).
COLUMNS = (
    Column("reference", QT_TRANSLATE_NOOP("OrderTable", "Reference")),
    Column("channel", QT_TRANSLATE_NOOP("OrderTable", "Channel")),
    Column("source", QT_TRANSLATE_NOOP("OrderTable", "Source")),
    Column("status", QT_TRANSLATE_NOOP("OrderTable", "Status")),
    Column("payment_status", QT_TRANSLATE_NOOP("OrderTable", "Payment")),
    Column("customer", QT_TRANSLATE_NOOP("OrderTable", "Customer")),
    Column("city", QT_TRANSLATE_NOOP("OrderTable", "City")),
    Column("lines", QT_TRANSLATE_NOOP("OrderTable", "Lines")),
    Column("total", QT_TRANSLATE_NOOP("OrderTable", "Total")),
    Column("consignment", QT_TRANSLATE_NOOP("OrderTable", "Consignment")),
    Column("sync_state", QT_TRANSLATE_NOOP("OrderTable", "Sync")),
    Column("created", QT_TRANSLATE_NOOP("OrderTable", "Created")),
    Column("updated", QT_TRANSLATE_NOOP("OrderTable", "Updated")),
    # hidden until the operator shows it (main_window.HIDDEN_COLUMNS)
    Column("erp_order_number", QT_TRANSLATE_NOOP("OrderTable", "ERP number")),
)
COLUMN_INDEX = {column.key: number for number, column in enumerate(COLUMNS)}
KEYS = tuple(column.key for column in COLUMNS)

# sync state -> (colour kind, icon): a state is never told by colour alone.
SYNC_LOOK = {
    "synced": (None, "✓"),
    "pending": ("warning", "↻"),
    "failed": ("error", "⚠"),
    "conflict": ("conflict", "⇄"),
}
SYNC_TIPS = {
    "pending": QT_TRANSLATE_NOOP("OrderTable", "Changes wait to be sent to the channel"),
    "failed": QT_TRANSLATE_NOOP("OrderTable", "A change could not be sent: see the sync log"),
    "conflict": QT_TRANSLATE_NOOP("OrderTable", "The channel changed this order too: choose which version to keep"),
}


class Words:
    """The table's words in the user's language, looked up once per model instead of once per painted cell."""

    def __init__(self) -> None:
        self.titles = [translate("OrderTable", column.title) for column in COLUMNS]
        self.sync = {state: f"{icon} {sync_state_label(state)}" for state, (_, icon) in SYNC_LOOK.items()}
        self.sync_tips = {state: translate("OrderTable", tip) for state, tip in SYNC_TIPS.items()}
        self.payment = {str(status): payment_label(status) for status in PaymentStatus}
        self.status = {str(status): status_label(status) for status in OrderStatus}


class OrderRow(NamedTuple):
    """What one table row shows, read in one query for a window of rows (a tuple: made fast, a window at a
    time). Its fields are named as the columns' keys, where a column shows one."""

    id: int
    reference: str
    channel: str
    channel_kind: str
    source: str
    status: str
    payment_status: str
    customer: str
    city: str
    lines: int
    total: Decimal
    currency: str
    consignment: str
    sync_state: str
    created: datetime | None
    updated: datetime | None
    erp_order_number: str


# (count, on_done): run count() somewhere, then on_done(its answer) in the GUI thread.
CountLater = Callable[[Callable[[], tuple[int, int]], Callable[[tuple[int, int]], None]], None]


def count_matching(flt: OrderFilter) -> tuple[int, int]:
    """How many orders match, and the newest order id that count saw: one statement, so one snapshot."""
    counted = filtered(flt).select(fn.COUNT(Order.id)).order_by()
    sql, params = counted.sql()
    row = Order._meta.database.execute_sql(f'SELECT ({sql}), (SELECT MAX(id) FROM "order")', params).fetchone()
    return int(row[0] or 0), int(row[1] or 0)


def newest_order_id() -> int:
    return int(Order.select(fn.MAX(Order.id)).scalar() or 0)


def read_rows(ids: list[int]) -> dict[int, OrderRow]:
    rows = {}
    for values in table_rows.read(ids):
        fields = list(values)
        fields[CONSIGNMENT] = fields[CONSIGNMENT] or ""
        fields[-1] = fields[-1] or ""  # the ERP number
        rows[fields[0]] = OrderRow(*fields)
    return rows


CONSIGNMENT = 12  # position of the consignment number in table_rows.COLUMNS
SYNC_COLUMN = COLUMN_INDEX["sync_state"]
ALIGNED_RIGHT = {COLUMN_INDEX["total"], COLUMN_INDEX["lines"]}
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
DISPLAY = Qt.ItemDataRole.DisplayRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
TOOL_TIP = Qt.ItemDataRole.ToolTipRole
USER = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class RowLook:
    """How a row paints: made the first time it is painted, so painting it again formats and queries nothing."""

    texts: tuple[str, ...]
    foreground: QBrush | None  # of the sync column
    tip: str | None  # of the sync column


class OrderTableModel(QAbstractTableModel):
    total_known = Signal()  # the count of matching orders arrived (see reload)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = OrderFilter()
        self._sort = "created"
        self._descending = True
        self._ids: list[int] = []
        self._keys: list[SortKey] | None = None  # each loaded id's sort key, where the rows are placed here
        self._row_of: dict[int, int] = {}
        self._counted: int | None = 0  # orders matching the filter up to _newest_id; None while counting
        self._added = 0  # orders counted in since (take_new_orders)
        self._exhausted = True  # the last fetch returned fewer ids than asked: every row is loaded
        self._fetched = 0  # rows of the query's result read so far (the offset of the next fetch)
        self._generation = 0  # a count that arrives after the filter changed again is dropped
        self._newest_id = 0
        self._cache: dict[int, OrderRow] = {}
        # How each cached row paints: its texts formatted once, when it is first painted (money and dates in the
        # user's locale cost more than a lookup, and painting asks for every cell again and again); dropped with
        # the row. A window of rows is read at a time, so painting a row again formats nothing and reads nothing.
        self._looks: dict[int, RowLook] = {}
        self._words = Words()
        # How to count a big result without making the window wait: (count, on_done) -> None. The window runs it
        # in a background thread; without one (scripts, tests) the count runs at once.
        self.count_later: CountLater | None = None

    # ---- what the window sets ----------------------------------------------------------------------------
    @property
    def order_filter(self) -> OrderFilter:
        return self._filter

    def set_filter(self, flt: OrderFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Run the query again from the top (after a filter or a sort). Only the first chunk of ids is read;
        how many orders match in all is counted separately (in the background when the window can), since
        counting a million rows was most of the time a filter took."""
        self.beginResetModel()
        self._generation += 1
        self._newest_id = newest_order_id()
        self._ids, self._keys, self._row_of, self._cache, self._looks = [], None, {}, {}, {}
        first = self._page(0)
        self._ids, self._keys = first.ids, first.keys
        self._index_rows(0)
        self._exhausted = len(first.ids) < CHUNK
        self._fetched = len(first.ids)
        self._added = 0
        self._counted = len(first.ids) if self._exhausted else None
        self.endResetModel()
        if self._counted is None:
            self._count()

    def _count(self) -> None:
        flt, generation = self._filter, self._generation

        def done(answer: tuple[int, int]) -> None:
            if generation != self._generation:
                return
            number, seen_upto = answer
            # The count saw the orders up to seen_upto; the table has counted in those up to _newest_id.
            # Whatever lies between is counted once here, exactly, by id (a short range).
            low, high = sorted((seen_upto, self._newest_id))
            between = int(filtered(flt, after=low, upto=high).count()) if high > low else 0
            self._counted = number + between if self._newest_id > seen_upto else number - between
            self._added = 0
            self.total_known.emit()

        if self.count_later is None:
            done(count_matching(flt))
        else:
            self.count_later(lambda: count_matching(flt), done)

    def refresh_orders(self, order_ids: list[int]) -> bool:
        """Re-read the named rows in place; False when one is an order created since the table's last query
        (call take_new_orders). A changed order further down than the loaded rows is read fresh when reached."""
        known = True
        rows: list[int] = []
        for order_id in set(order_ids):
            self._cache.pop(order_id, None)
            self._looks.pop(order_id, None)
            row = self._row_of.get(order_id)
            if row is None:
                known = known and order_id <= self._newest_id
                continue
            rows.append(row)
        if rows:
            # One signal for the span: a pull names thousands of orders a second, and the view repaints only what
            # is visible of it either way (each row's texts are made again from its cleared cache when painted).
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(COLUMNS) - 1))
        return known

    def take_new_orders(self) -> None:
        """Count in the orders created since the last query, and insert those that land among the loaded rows
        where they belong. Neither the loaded ids nor the whole table are read again, and the view is not reset:
        re-reading and resetting after every page of a pull was what made a busy sync stall a million-order desk.
        New orders below the loaded rows only change the count; they are fetched when the view reaches them."""
        newest = newest_order_id()
        news = table_order.arrivals(
            self._filter,
            sort=self._sort,
            descending=self._descending,
            after=self._newest_id,
            upto=newest,
            loaded=table_order.Page(self._ids, self._keys),
            everything_loaded=self._exhausted,
        )
        self._newest_id = max(newest, self._newest_id)
        self._added += news.count
        landing = sorted(news.landing, key=lambda new: new[0])
        shift = 0
        for place, group in groupby(landing, key=lambda new: new[0]):
            arriving = list(group)
            first = place + shift
            self.beginInsertRows(QModelIndex(), first, first + len(arriving) - 1)
            self._ids[first:first] = [order_id for _, order_id, _ in arriving]
            if self._keys is not None:
                self._keys[first:first] = [key for _, _, key in arriving if key is not None]
            self.endInsertRows()
            shift += len(arriving)
        self._fetched += len(landing)  # they are rows of the result before the next fetch's offset
        if landing:
            self._index_rows(landing[0][0])

    def order_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, order_id: int) -> int | None:
        return self._row_of.get(order_id)

    def order_row(self, row: int) -> OrderRow | None:
        order_id = self.order_id(row)
        if order_id is None:
            return None
        if order_id not in self._cache:
            self._load_window(row)
        return self._cache.get(order_id)

    @property
    def total(self) -> int:
        """How many orders match the filter; while they are being counted, how many are loaded."""
        return self._counted + self._added if self._counted is not None else len(self._ids)

    @property
    def counting(self) -> bool:
        return self._counted is None

    def ensure_loaded(self, order_id: int) -> int | None:
        """The row of an order that matches the filter, fetching ids until it is loaded (a scanned reference)."""
        while order_id not in self._row_of and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return self._row_of.get(order_id)

    # ---- Qt's model interface ---------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid() or self._exhausted:
            return
        more = self._page(self._fetched)
        self._fetched += len(more.ids)
        self._exhausted = len(more.ids) < CHUNK
        # Paged by offset: an order that moved up since the last page (a changed sort value) comes again.
        fresh = [place for place, order_id in enumerate(more.ids) if order_id not in self._row_of]
        if not fresh:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._ids.extend(more.ids[place] for place in fresh)
        if self._keys is not None and more.keys is not None:
            self._keys.extend(more.keys[place] for place in fresh)
        self._index_rows(first)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._words.titles[section]
            if role == Qt.ItemDataRole.UserRole:
                return COLUMNS[section].key
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        look = self._look(index.row())
        return None if look is None else self._value(look, index.row(), index.column(), role)

    def multiData(self, index: ModelIndex, roleDataSpan: Any) -> None:  # noqa: N802, N803 - Qt's names
        """Every role of a cell in one call. Qt's delegate asks for about ten roles per cell; as separate calls into
        Python each had to win the interpreter back from a busy sync thread, which made painting the table the
        longest stall of a big sync. The row's look is found once; roles the table does not use are cleared."""
        if not index.isValid():
            return
        row, column = index.row(), index.column()
        look = self._look(row)
        if look is None:
            return
        role_data: QModelRoleData
        for role_data in roleDataSpan:  # a QModelRoleDataSpan; iterable at run time, not in the type stubs
            value = self._value(look, row, column, role_data.role())
            if value is not None:
                role_data.setData(value)
            else:
                role_data.clearData()  # the view hands the same span from cell to cell: no role may keep a neighbour's

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = COLUMNS[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # ---- inside ---------------------------------------------------------------------------------------------------
    def _look(self, row: int) -> RowLook | None:
        order_id = self.order_id(row)
        if order_id is None:
            return None
        look = self._looks.get(order_id)
        if look is None:
            order = self.order_row(row)
            if order is None:
                return None
            look = self._looks[order_id] = self._make_look(order)
        return look

    def _value(self, look: RowLook, row: int, column: int, role: int) -> Any:
        if not 0 <= column < len(COLUMNS):
            return None
        if role == DISPLAY:
            return look.texts[column]
        if role == ALIGNMENT:
            return RIGHT if column in ALIGNED_RIGHT else None
        if column == SYNC_COLUMN:
            if role == FOREGROUND:
                return look.foreground
            if role == TOOL_TIP:
                return look.tip
        if role == USER:
            order = self.order_row(row)
            return None if order is None else self._raw(order, COLUMNS[column].key)
        return None

    def _make_look(self, row: OrderRow) -> RowLook:
        words = self._words
        kind = SYNC_LOOK.get(row.sync_state, (None, ""))[0]
        texts = {
            "status": words.status.get(row.status) or status_label(row.status),
            "payment_status": words.payment.get(row.payment_status) or payment_label(row.payment_status),
            "sync_state": words.sync.get(row.sync_state) or sync_state_label(row.sync_state),
            "lines": locale_format.count(row.lines),
            "total": locale_format.money(row.total, row.currency),
            "created": locale_format.date_time(row.created),
            "updated": locale_format.date_time(row.updated),
        }
        return RowLook(
            texts=tuple(texts.get(key) or str(getattr(row, key) or "") for key in KEYS),
            foreground=QBrush(colours.colour(kind)) if kind is not None else None,
            tip=words.sync_tips.get(row.sync_state),
        )

    @staticmethod
    def _raw(row: OrderRow, key: str) -> Any:
        return getattr(row, key)

    def _page(self, offset: int) -> table_order.Page:
        return table_order.page(self._filter, sort=self._sort, descending=self._descending, offset=offset, limit=CHUNK)

    def _index_rows(self, first: int) -> None:
        """Renew the row numbers of the ids from row `first` on (after rows were added there)."""
        ids, row_of = self._ids, self._row_of
        for number in range(first, len(ids)):
            row_of[ids[number]] = number

    def _load_window(self, row: int) -> None:
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
            self._looks.clear()
        first = max(0, row - WINDOW // 3)
        wanted = [i for i in self._ids[first : first + WINDOW] if i not in self._cache]
        self._cache.update(read_rows(wanted))
