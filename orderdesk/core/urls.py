"""A channel's web addresses as an admin types them, checked once here for the CLI, the services, the settings form
and the adapters, so that all of them refuse the same addresses in the same words."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from orderdesk.core.errors import RuleViolation
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate

_SCHEMES = ("http", "https")


def is_loopback(host: str) -> bool:
    """This machine: where our simulators run, the one place plain http is allowed."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str, label: str = QT_TRANSLATE_NOOP("Urls", "The base URL"), *, field: str = "url") -> str:
    """The address trimmed, or RuleViolation(field=field) saying in plain words why it cannot be a channel's.

    `label` names the address in the user's language (a text marked in the context "Urls" is translated here)."""
    label = translate("Urls", label)
    text = url.strip()
    if not text:
        raise RuleViolation(translate("Urls", "{label} is empty.", label=label), field=field)
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in text):
        message = translate(
            "Urls", "{label} contains spaces or control characters; a web address has none.", label=label
        )
        raise RuleViolation(message, field=field)
    parts = urlsplit(text)
    # Before anything that repeats the address: a password in it must not be echoed in a message.
    if "@" in parts.netloc:
        message = translate(
            "Urls",
            "{label} must not carry a login or password (user:password@...): enter the login in its own field "
            "and the password or token as the channel's secret, which is kept in the OS keyring.",
            label=label,
        )
        raise RuleViolation(message, field=field)
    scheme = parts.scheme.lower()
    if scheme not in _SCHEMES or not parts.netloc:
        message = translate(
            "Urls",
            "{label} '{url}' is not a web address: it must start with https:// "
            "(or http:// for a simulator on this machine).",
            label=label,
            url=text,
        )
        raise RuleViolation(message, field=field)
    if not parts.hostname:
        raise RuleViolation(translate("Urls", "{label} '{url}' names no server.", label=label, url=text), field=field)
    try:
        port = parts.port
    except ValueError:
        port = -1
    if port is not None and not 1 <= port <= 65535:
        message = translate(
            "Urls",
            "{label} '{url}' has a port that does not exist: ports run from 1 to 65535.",
            label=label,
            url=text,
        )
        raise RuleViolation(message, field=field)
    if scheme == "http" and not is_loopback(parts.hostname):
        message = translate(
            "Urls",
            "{label} '{url}' uses plain http: use https:// so that credentials are not sent in the clear.",
            label=label,
            url=text,
        )
        raise RuleViolation(message, field=field)
    return text


def shown(url: str) -> str:
    """The address fit to show or print: a login or password kept in it before entry was checked is masked."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return parts._replace(netloc="***@" + parts.netloc.rsplit("@", 1)[1]).geturl()
