"""The OT Platform simulator's autopurchase module: background activities with states and progress, questions
that block an activity until the operator answers them (DoActionForBackgroundActivity), the seed's errors, the
customer's profiles, and the provider sign-in (GetProviderOrdersIntegrationSessionAuthenticationInfo, a sign-in
page that sends the browser back to the desk's return address).

Test switches on the simulator: `price_changes` (item -> new CNY price: a question on export), `short_items`
(item -> how many the provider has: a question on export), `export_error` (one of EXPORT_ERRORS: the activity
stops with the seed's error), `provider_sessions` (provider type -> session id), `step_actions_only` (the
instance knows DoStepActionForBackgroundActivity and not DoActionForBackgroundActivity).
"""

from __future__ import annotations

import copy
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from orderdesk.sandbox.otplatform_data import OTOrder
from orderdesk.sandbox.otplatform_wire import _ot_time, _Refused, _xml
from orderdesk.sandbox.server import Request, Response, route

ACTIVITY_TYPES = {
    "RunOrderExportingToProvider": "ProviderOrdersIntegrationExporting",
    "RunOrdersSynchronizingWithProvider": "ProviderOrdersIntegrationSynchronizing",
    "RunOrderLinkingWithProvider": "ProviderOrdersIntegrationLinking",
    "RunOrderUnlinkingFromProvider": "ProviderOrdersIntegrationUnlinking",
}
# The seed's list of export errors, in the words an instance might use.
EXPORT_ERRORS = {
    "address": "Incorrect address settings for autopurchase: the address in China and the phone number are required",
    "unpaid_limit": "Limit of unpaid orders in provider system exceeded",
    "discrepancy": "Missed inconsistencies upon discrepancy check: insufficient quantity",
    "connection": "Bad connection with provider: the provider system does not answer",
}


@dataclass
class Activity:
    id: str
    type: str
    method: str
    order_id: str
    line_ids: list[str]
    provider_order_ids: list[str]
    started: datetime
    polls_left: int
    steps: list[dict[str, Any]] = field(default_factory=list)
    finished: bool = False
    awaiting: bool = False
    accepted: set[str] = field(default_factory=set)  # items whose new price or shortage the operator accepted
    removed: set[str] = field(default_factory=set)  # items the operator took out of the export


class OTPlatformActivities:
    """Autopurchase for OTPlatformSimulator, which sets these attributes in _reseed()."""

    lock: threading.RLock
    orders: dict[str, OTOrder]
    activities: dict[str, Activity]
    customers: dict[str, dict[str, Any]]
    provider_sessions: dict[str, str]
    price_changes: dict[str, Decimal]
    activity_polls: int
    clock: Callable[[], datetime]
    url: str
    _rng: random.Random
    _order: Callable[[str], OTOrder]
    _who: Callable[..., tuple[str, str]]

    def _reset_activities(self) -> None:
        self.short_items: dict[str, int] = {}
        self.export_error = ""
        self.step_actions_only = False  # an instance that answers only DoStepActionForBackgroundActivity
        self.sign_ins: dict[str, str] = {}  # sign-in state -> return address

    # ---- profiles and provider sessions -------------------------------------------------------------------
    def _m_GetUserProfileInfoList(self, params: dict[str, str]) -> list[dict[str, Any]]:
        _, cust_id = self._who(params, "customer")
        profiles = self.customers[cust_id]["profiles"]
        return [{"Id": profile, "Name": name} for profile, name in profiles.items()]

    def _m_GetProviderOrdersIntegrationSessionInfoList(self, params: dict[str, str]) -> dict[str, Any]:
        self._who(params, "operator")
        kind = params.get("providerType", "")
        sessions = [
            {"Id": s, "ProviderType": kind, "Login": f"{kind.lower()}-buyer", "IsValid": True}
            for k, s in self.provider_sessions.items()
            if k == kind
        ]
        return {"Content": sessions, "TotalCount": len(sessions)}

    def _m_GetProviderOrdersIntegrationSessionAuthenticationInfo(self, params: dict[str, str]) -> dict[str, Any]:
        self._who(params, "operator")
        back = params.get("returnUrl", "")
        if not back.startswith(("http://", "https://")):
            raise _Refused("InvalidArgument", "returnUrl must be an http(s) address")
        state = f"st{self._rng.randrange(10**8, 10**9)}"
        self.sign_ins[state] = f"{params.get('providerType', 'Taobao')}|{back}"
        return {"AuthenticationUrl": f"{self.url}/provider-sign-in?{urlencode({'state': state})}"}

    @route("GET", r"/provider-sign-in")
    def provider_sign_in(self, request: Request) -> Response:
        """The provider's sign-in page: the operator 'confirms', and the browser goes back to the return address."""
        state = request.arg("state") or ""
        with self.lock:
            target = self.sign_ins.pop(state, "")
            if not target:
                return Response(400, {"error": "unknown sign-in"})
            kind, back = target.split("|", 1)
            session = f"{kind[:2].lower()}-session-{self._rng.randrange(16**8):08x}"
            self.provider_sessions[kind] = session
        separator = "&" if "?" in back else "?"
        return Response(302, b"", headers={"Location": f"{back}{separator}{urlencode({'sessionId': session})}"})

    # ---- starting and following activities ----------------------------------------------------------------
    def _run(self, method: str, params: dict[str, str]) -> dict[str, Any]:
        self._who(params, "operator")
        kind = params.get("providerType", "")
        if self.provider_sessions.get(kind) != params.get("providerSessionId"):
            raise _Refused("ProviderSessionNotFound", f"{kind or 'Provider'} session is not found or has expired")
        data = _xml(params.get("xmlParameters") or "<Parameters/>")
        order_id = data.findtext("OrderId") or ""
        if method != "RunOrdersSynchronizingWithProvider":
            self._order(order_id)
        activity = Activity(
            id=f"{0xBA000 + len(self.activities):x}",
            type=ACTIVITY_TYPES[method],
            method=method,
            order_id=order_id,
            line_ids=[e.text or "" for e in data.findall("OrderLineIds/Id")],
            provider_order_ids=[e.text or "" for e in data.findall("ProviderOrderIds/Id")],
            started=self.clock(),
            polls_left=self.activity_polls,
        )
        self.activities[activity.id] = activity
        return {"Type": activity.type, "Id": {"Value": activity.id}}

    def _m_RunOrderExportingToProvider(self, params: dict[str, str]) -> dict[str, Any]:
        return self._run("RunOrderExportingToProvider", params)

    def _m_RunOrdersSynchronizingWithProvider(self, params: dict[str, str]) -> dict[str, Any]:
        return self._run("RunOrdersSynchronizingWithProvider", params)

    def _m_RunOrderLinkingWithProvider(self, params: dict[str, str]) -> dict[str, Any]:
        return self._run("RunOrderLinkingWithProvider", params)

    def _m_RunOrderUnlinkingFromProvider(self, params: dict[str, str]) -> dict[str, Any]:
        return self._run("RunOrderUnlinkingFromProvider", params)

    def _activity(self, activity_id: str) -> Activity:
        activity = self.activities.get(activity_id)
        if activity is None:
            raise _Refused("NotFound", f"Background activity {activity_id} is not found")
        return activity

    def _m_GetBackgroundActivityInfo(self, params: dict[str, str]) -> dict[str, Any]:
        self._who(params, "operator")
        activity = self._activity(params.get("activityId", ""))
        if activity.type != params.get("activityType"):
            raise _Refused("NotFound", f"Background activity {activity.id} is not found")
        if not activity.finished and not activity.awaiting:
            if activity.polls_left > 0:
                activity.polls_left -= 1
            else:
                self._complete(activity)
        done = activity.finished or activity.awaiting
        return {
            "Id": {"Value": activity.id},
            "Type": activity.type,
            "Description": f"{activity.method} {activity.order_id}".strip(),
            "IsFinished": activity.finished,
            "IsCancelled": False,
            "IsAwaitingAction": activity.awaiting,
            "ProgressPercent": 100
            if done
            else 100 * (self.activity_polls - activity.polls_left) // (self.activity_polls + 1),
            "StartTime": _ot_time(activity.started),
            "Steps": copy.deepcopy(activity.steps),
        }

    def _m_DoActionForBackgroundActivity(self, params: dict[str, str]) -> None:
        if self.step_actions_only:
            raise _Refused("NotFound", "Method DoActionForBackgroundActivity is not found")
        self._answer_activity(params)

    def _m_DoStepActionForBackgroundActivity(self, params: dict[str, str]) -> None:
        """The name OT's own admin code uses for the same answer (CHANNELS.md: the desk handles both)."""
        self._answer_activity(params)

    def _answer_activity(self, params: dict[str, str]) -> None:
        self._who(params, "operator")
        activity = self._activity(params.get("activityId", ""))
        if not activity.awaiting:
            raise _Refused("InvalidOperation", f"Background activity {activity.id} is not waiting for an answer")
        step = next(s for s in reversed(activity.steps) if s.get("Type") == "Question" and not s.get("IsAnswered"))
        action = params.get("actionId", "")
        if action not in {a["Id"]["Value"] for a in step["Actions"]}:
            raise _Refused("InvalidArgument", f"Action '{action}' is not one of this question's actions")
        step["IsAnswered"], step["Answer"] = True, action
        (activity.removed if action == "remove" else activity.accepted).add(step["ItemId"])
        activity.awaiting = False
        activity.polls_left = 1  # the activity goes on from where it stopped

    # ---- what an activity does once it has run ------------------------------------------------------------
    def _question(self, activity: Activity, item_id: str, message: str, accept: str) -> None:
        activity.steps.append(
            {
                "Type": "Question",
                "ItemId": item_id,
                "Message": message,
                "Actions": [
                    {"Id": {"Value": "accept"}, "DisplayName": accept},
                    {"Id": {"Value": "remove"}, "DisplayName": "Remove the item"},
                ],
            }
        )
        activity.awaiting = True

    def _complete(self, activity: Activity) -> None:
        step = activity.steps.append
        now = self.clock()
        if activity.method == "RunOrdersSynchronizingWithProvider":
            count = 0
            for order in self.orders.values():
                for line in order.lines:
                    if line.vend_purch_id and not line.vend_purch_waybill and not line.cancelled:
                        line.vend_purch_waybill = f"YT{self._rng.randrange(10**11, 10**12)}"
                        line.vend_purch_status, line.status_id = "WAIT_BUYER_CONFIRM_GOODS", 7
                        order.updated, count = now, count + 1
            step({"Type": "Info", "Message": f"Synchronized: {count} line(s) got tracking numbers"})
            activity.finished = True
            return
        order = self.orders[activity.order_id]
        chosen = [line for line in order.lines if not activity.line_ids or line.id in activity.line_ids]
        if activity.method == "RunOrderExportingToProvider":
            if order.is_cancelled or not order.is_paid or self.export_error:
                why = "is cancelled" if order.is_cancelled else "is not paid"
                message = EXPORT_ERRORS.get(self.export_error) or f"Order {order.id} {why} and cannot be exported"
                step({"Type": "Error", "Message": message})
                activity.finished = True
                return
            for line in chosen:
                if line.item_id in activity.accepted | activity.removed or line.vend_purch_id:
                    continue
                if line.item_id in self.price_changes:
                    new = self.price_changes[line.item_id]
                    message = f"The price of {line.name} changed to {new} CNY. What should be done?"
                    return self._question(activity, line.item_id, message, "Accept the new price")
                if line.item_id in self.short_items and self.short_items[line.item_id] < line.qty:
                    left = self.short_items[line.item_id]
                    message = f"The seller has only {left} of {line.name} ({line.qty} ordered). What should be done?"
                    return self._question(activity, line.item_id, message, f"Buy {left}")
            chosen = [line for line in chosen if line.item_id not in activity.removed]
            purchase = f"29{self._rng.randrange(10**12, 10**13)}"
            for line in chosen:
                if not line.vend_purch_id:
                    line.vend_purch_id, line.vend_purch_status, line.status_id = purchase, "WAIT_SELLER_SEND_GOODS", 6
            order.status_id = max(order.status_id, 31)
            step({"Type": "Info", "Message": f"Exported {len(chosen)} line(s) to provider order {purchase}"})
        elif activity.method == "RunOrderLinkingWithProvider":
            if not activity.provider_order_ids:
                step({"Type": "Error", "Message": "No provider orders were given to link"})
                activity.finished = True
                return
            for line in chosen:
                line.vend_purch_id, line.status_id = activity.provider_order_ids[0], 6
            step({"Type": "Info", "Message": f"Linked {len(chosen)} line(s) to {activity.provider_order_ids[0]}"})
        else:
            for line in chosen:
                line.vend_purch_id = line.vend_purch_waybill = line.vend_purch_status = ""
                line.status_id = 2
            step({"Type": "Info", "Message": f"Unlinked {len(chosen)} line(s)"})
        order.updated = now
        activity.finished = True
