"""Magento 2 through the Increff Omni proxy (seed 002): Magento's REST API for orders, Increff Omni for return
orders and custom order attributes (seed 004). One channel of kind magento speaks to both.

Wire format: CHANNELS.md section 3. Magento calls live under <base>/rest/<store code>/V1/ (the admin token under
<base>/rest/V1/integration/admin/token, which answers a bare JSON string); errors are
{"message": "... %name ...", "parameters": {...} or [...]} and their placeholders are filled before anyone sees them.

Pull. Three searches, each with its own place in the cursor (a JSON object of "YYYY-MM-DD HH:MM:SS" floors):
- "new": status pending and created_at gteq the floor (the proxy's new-order search);
- "canceled": status canceled and updated_at gteq the floor (the proxy's cancellation search);
- "changed": status neq canceled and updated_at gteq the floor: everything else done in the Magento admin
  (invoiced, shipped, held, edited), which the two searches above would never see.
Each search is sorted by its date field, then entity_id, and read page by page; a floor mid-search is
"<date>|<entity_id>" of the last order handed over (orderdesk/channels/keyset.py), which a restart skips up to,
and a finished search keeps its date alone. After a page the floor moves up to
the newest date seen and the search starts again from page 1 (keyset paging): an order updated while we read cannot
shift another one past us. Only when a whole page shares one second do we step on with currentPage. Magento repeats
the last page for a currentPage past the end, so we stop by total_count. The same order (same updated_at) found by
two searches in one run is handed over once.

Reading Magento's answers (order, line, status and payment mapping, dates, error messages) lives in
magento_read.py; the push and its read-back in magento_push.py, whose MagentoPush the adapter is built on.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

import requests

from orderdesk.channels import keyset
from orderdesk.channels.base import ChannelConfig, Page
from orderdesk.channels.errors import AuthError, ChannelError, MalformedResponse, PermanentError
from orderdesk.channels.http import CallLogger, ChannelHttp, HttpSettings
from orderdesk.channels.increff import IncreffClient, mask_secrets
from orderdesk.channels.magento_push import MagentoPush
from orderdesk.channels.magento_read import DATE_FORMAT, Rejected, map_order, parse_magento_time, search_params, text_of
from orderdesk.channels.magento_read import fill_placeholders as fill_placeholders  # re-exported for tests
from orderdesk.channels.magento_read import magento_error_reader as magento_error_reader  # re-exported for tests
from orderdesk.channels.status_mapping import configured_status_map
from orderdesk.core.capabilities import ChannelKind
from orderdesk.core.records import OrderRecord, utc

MAGENTO = "Magento"
PAGE_SIZE = 50
MAX_REQUESTS = 10_000  # per search and pull: a guard against a server whose paging never ends


@dataclass(frozen=True)
class _Search:
    key: str  # its place in the cursor
    date_field: str
    status_condition: str
    status_value: str


SEARCHES = (
    _Search("new", "created_at", "eq", "pending"),
    _Search("canceled", "updated_at", "eq", "canceled"),
    _Search("changed", "updated_at", "neq", "canceled"),
)


def _read_cursor(cursor: str | None) -> dict[str, str]:
    """Our JSON cursor; a bare timestamp is taken for every search; anything unreadable starts over (the upsert
    is idempotent, so reading everything again costs time, never data)."""
    if not cursor:
        return {}
    try:
        data = json.loads(cursor)
    except ValueError:
        data = cursor
    floors: dict[str, str] = {}
    if isinstance(data, str):
        data = {search.key: data for search in SEARCHES}
    if not isinstance(data, dict):
        return {}
    for search in SEARCHES:
        value = data.get(search.key)
        parsed = keyset.parse(value) if isinstance(value, str) else None
        if parsed is None:
            continue
        try:
            floor = parse_magento_time(parsed[0]).strftime(DATE_FORMAT)
        except ValueError:
            continue
        floors[search.key] = keyset.Position(floor, parsed[1]).text()
    return floors


class MagentoAdapter(MagentoPush):
    kind: ClassVar[ChannelKind] = ChannelKind.MAGENTO
    page_size: int = PAGE_SIZE

    def __init__(
        self,
        config: ChannelConfig,
        *,
        http_settings: HttpSettings | None = None,
        session: requests.Session | None = None,
        logger: CallLogger | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.config = config
        settings = (http_settings or HttpSettings()).with_rate_limit(config.rate_limit_per_min)
        self.store_code = str(config.options.get("store_code") or "default").strip()
        self.status_map = configured_status_map(config)
        if not re.fullmatch(r"[A-Za-z0-9_]+", self.store_code):
            raise PermanentError(f"'{self.store_code}' is not a Magento store code (letters, digits and _ only).")
        self._password = config.secrets.get("password", "")
        self._secrets: list[str] = [s for s in (self._password,) if s]
        self._token: str | None = None
        self.http = ChannelHttp(
            base_url=config.base_url,
            channel=MAGENTO,
            settings=settings,
            session=session,
            auth_headers=self._auth_headers,
            renew_auth=self._renew_token,
            logger=logger,
            error_reader=self._read_error,
            secrets=self._secrets,
            sleep=sleep,
        )
        self.increff = IncreffClient(
            config, http_settings=settings, session=session, logger=logger, sleep=sleep, secrets=self._secrets
        )

    def _read_error(self, response: requests.Response) -> str:
        # The message travels in exceptions, which are never redacted later: mask what we know is secret now.
        return mask_secrets(magento_error_reader(response), self._secrets)

    # ---- auth ------------------------------------------------------------------------------------
    def _path(self, path: str) -> str:
        return f"rest/{self.store_code}/V1/{path}"

    def _fetch_token(self) -> str:
        if not self.config.username or not self._password:
            raise AuthError("Magento needs the admin user and password; fill them in the channel settings.")
        answer = self.http.json(
            "POST",
            "rest/V1/integration/admin/token",
            json_body={"username": self.config.username, "password": self._password},
            authenticated=False,
            idempotent=True,  # asking for a token twice does no harm
            operation="admin token",
        )
        if not isinstance(answer, str) or not answer.strip():
            raise MalformedResponse("Magento answered the token request without a token.")
        self._secrets.append(answer)
        self._token = answer
        return answer

    def _auth_headers(self) -> dict[str, str]:
        token = self._token or self._fetch_token()
        return {"Authorization": f"Bearer {token}"}

    def _renew_token(self) -> None:
        self._token = None
        self._fetch_token()

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        return self.http.json(method, self._path(path), **kwargs)

    # ---- test connection -------------------------------------------------------------------------
    def test_connection(self) -> str:
        self._fetch_token()
        data = self._call(
            "GET", "orders", params=search_params([], page_size=1, current_page=1), operation="connection test"
        )
        total = self._total(data)
        line = f"Connected to Magento store '{self.store_code}': {total} order{'s' if total != 1 else ''}."
        if self.increff.configured:
            try:
                line += " " + self.increff.check()
            except ChannelError as exc:
                # Same kind of error (auth stays auth), saying that the Magento half is fine.
                raise type(exc)(
                    f"{line[:-1]}, but Increff Omni failed: {exc.message}",
                    http_status=exc.http_status,
                    channel_message=exc.channel_message,
                ) from None
        else:
            self.increff.attribute_map()  # a mapping that cannot be read is worth knowing now
        return line

    # ---- pull ------------------------------------------------------------------------------------
    def cursor_since(self, since: datetime) -> str:
        """The cursor that pulls everything placed, cancelled or changed since a moment (the engine's reconcile)."""
        floor = utc(since).strftime(DATE_FORMAT)
        return json.dumps({search.key: floor for search in SEARCHES}, sort_keys=True)

    def fetch_orders(self, cursor: str | None) -> Iterator[Page]:
        floors = _read_cursor(cursor)
        seen: set[tuple[str, str]] = set()
        yielded = False
        for search in SEARCHES:
            for page in self._pull(search, floors, seen):
                yielded = True
                yield page
        if not yielded:
            yield Page(records=[], cursor=json.dumps(floors, sort_keys=True) if floors else cursor)

    def _pull(self, search: _Search, floors: dict[str, str], seen: set[tuple[str, str]]) -> Iterator[Page]:
        floor_time, floor_id = keyset.parse(floors.get(search.key)) or (None, None)
        position = keyset.Position(floor_time, floor_id) if floor_time else None  # the last order handed over
        floor = floor_time
        page_no = 1
        for _ in range(MAX_REQUESTS):
            groups = [[("status", search.status_value, search.status_condition)]]
            if floor:
                groups.append([(search.date_field, floor, "gteq")])
            params = search_params(
                groups,
                page_size=self.page_size,
                current_page=page_no,
                sort=[(search.date_field, "ASC"), ("entity_id", "ASC")],
            )
            data = self._call("GET", "orders", params=params, operation=f"list orders ({search.key})")
            total = self._total(data)
            items = data.get("items") or []
            if not isinstance(items, list):
                raise MalformedResponse("Magento answered the order list without an items list.")
            records: list[OrderRecord] = []
            rejected: list[tuple[str, str]] = []
            newest = floor
            for raw in items:
                stamp = self._stamp(raw, search.date_field)
                if stamp and (newest is None or stamp > newest):
                    newest = stamp
                entity_id = text_of(raw.get("entity_id")) if isinstance(raw, dict) else ""
                if position is not None and keyset.covered(stamp, entity_id, position.time, position.last_id):
                    continue  # handed over already: earlier in this run, or before the cursor was stored
                if stamp and entity_id:
                    position = keyset.Position(stamp, entity_id)  # the list is sorted by (date, entity_id)
                label = text_of(raw.get("increment_id") or raw.get("entity_id")) if isinstance(raw, dict) else ""
                key = (entity_id, self._stamp(raw, "updated_at") or "")
                if key[0] and key in seen:
                    continue  # found by an earlier search of this run, unchanged since
                seen.add(key)
                try:
                    records.append(map_order(raw, self.status_map))
                except Rejected as exc:
                    rejected.append((label or "?", f"Magento order {label or '?'} cannot be imported: {exc}"))
            last = not items or page_no * self.page_size >= total
            if position is not None:
                # A finished search keeps its last second open: Magento writes times to the second.
                floors[search.key] = (position.at_time() if last else position).text()
            if records or rejected or (items and last):  # a page all read already has nothing to commit
                yield Page(records=records, cursor=json.dumps(floors, sort_keys=True), rejected=rejected)
            if last:
                return
            if newest != floor:
                floor, page_no = newest, 1
            else:
                page_no += 1
        raise MalformedResponse(f"Magento kept answering more orders after {MAX_REQUESTS} pages; the pull stopped.")

    @staticmethod
    def _stamp(raw: Any, field: str) -> str | None:
        if not isinstance(raw, dict):
            return None
        try:
            return parse_magento_time(raw.get(field)).strftime(DATE_FORMAT)
        except ValueError:
            return None

    @staticmethod
    def _total(data: Any) -> int:
        if not isinstance(data, dict) or not isinstance(data.get("total_count"), int):
            raise MalformedResponse("Magento answered the order list without a total_count.")
        return int(data["total_count"])
