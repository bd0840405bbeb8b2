"""The small error taxonomy every adapter raises; the engine handles each kind once."""

from __future__ import annotations

from orderdesk.core.text import translate


class ChannelError(Exception):
    """A channel call did not go through. `message` is in plain words, with the channel's own text."""

    kind = "channel"

    def __init__(self, message: str, *, http_status: int | None = None, channel_message: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.http_status = http_status
        self.channel_message = channel_message


class TransientError(ChannelError):
    """Worth trying again later: timeouts, connection errors, 429, 5xx."""

    kind = "transient"

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        outcome_unknown: bool = False,
        http_status: int | None = None,
        channel_message: str | None = None,
    ) -> None:
        super().__init__(message, http_status=http_status, channel_message=channel_message)
        self.retry_after = retry_after
        # True when the request may have reached the channel (read timeout, dropped connection after sending).
        self.outcome_unknown = outcome_unknown


class RateLimited(TransientError):
    """429: the whole channel waits until `retry_after` seconds have passed."""

    kind = "rate_limited"


class AuthError(ChannelError):
    """The credentials were refused, even after renewing the token once."""

    kind = "auth"


class PermanentError(ChannelError):
    """The channel refused the request itself (4xx validation): sending it again will not help."""

    kind = "permanent"


class MalformedResponse(ChannelError):
    """The channel answered something we cannot read."""

    kind = "malformed"


class UnsupportedAction(PermanentError):
    """The channel has no way to take this kind of change."""

    kind = "unsupported"


# ---- the plain explanations of HTTP failures, in the user's language (the channel's own words stay as they are) ----
def rate_limited(channel: str, message: str, *, retry_after: float | None, http_status: int) -> RateLimited:
    return RateLimited(
        translate(
            "ChannelErrors", "{channel} asked us to slow down (HTTP 429): {message}", channel=channel, message=message
        ),
        retry_after=retry_after,
        http_status=http_status,
        channel_message=message,
    )


def server_error(channel: str, status: int, message: str, *, outcome_unknown: bool) -> TransientError:
    return TransientError(
        translate(
            "ChannelErrors",
            "{channel} had a server error (HTTP {status}): {message}",
            channel=channel,
            status=status,
            message=message,
        ),
        http_status=status,
        channel_message=message,
        outcome_unknown=outcome_unknown,
    )


def credentials_refused(channel: str, status: int, message: str) -> AuthError:
    return AuthError(
        translate(
            "ChannelErrors",
            "{channel} refused the credentials (HTTP {status}): {message}",
            channel=channel,
            status=status,
            message=message,
        ),
        http_status=status,
        channel_message=message,
    )


def request_refused(channel: str, status: int, message: str) -> PermanentError:
    return PermanentError(
        translate(
            "ChannelErrors",
            "{channel} refused the request (HTTP {status}): {message}",
            channel=channel,
            status=status,
            message=message,
        ),
        http_status=status,
        channel_message=message,
    )


def connect_timeout(channel: str) -> TransientError:
    message = translate("ChannelErrors", "{channel} did not answer the connection in time.", channel=channel)
    return TransientError(message)


def read_timeout(channel: str) -> TransientError:
    return TransientError(
        translate(
            "ChannelErrors", "{channel} took too long to answer; the request may have been received.", channel=channel
        ),
        outcome_unknown=True,
    )


def certificate_failed(channel: str, where: str) -> PermanentError:
    return PermanentError(
        translate(
            "ChannelErrors",
            "The secure connection to {channel} at {where} failed: its certificate is not trusted here, has expired, "
            "or was made for another name (or the server does not speak https).",
            channel=channel,
            where=where,
        )
    )


def unknown_host(channel: str, where: str) -> TransientError:
    return TransientError(
        translate(
            "ChannelErrors",
            "{channel}'s server {where} is not known: check the address (or this computer's network).",
            channel=channel,
            where=where,
        )
    )


def connection_refused(channel: str, where: str) -> TransientError:
    return TransientError(
        translate(
            "ChannelErrors",
            "{channel} refused the connection at {where}: nothing answers there (is the address and port right, and "
            "the service running?).",
            channel=channel,
            where=where,
        )
    )


def connection_dropped(channel: str) -> TransientError:
    return TransientError(
        translate(
            "ChannelErrors",
            "The connection to {channel} dropped before it answered; the request may have been received.",
            channel=channel,
        ),
        outcome_unknown=True,
    )


def unreachable(channel: str, where: str) -> TransientError:
    return TransientError(
        translate(
            "ChannelErrors",
            "{channel} cannot be reached at {where}; check the address and the network.",
            channel=channel,
            where=where,
        )
    )


def header_not_carried(channel: str, header: str) -> AuthError:
    return AuthError(
        translate(
            "ChannelErrors",
            "{channel} cannot be called: what is stored for its {header} header has a character a channel cannot "
            "carry. Enter the channel's secrets and settings again.",
            channel=channel,
            header=header,
        )
    )


def not_json(channel: str, status: int, snippet: str) -> MalformedResponse:
    return MalformedResponse(
        translate(
            "ChannelErrors",
            "{channel} answered something that is not JSON (HTTP {status}): {snippet}",
            channel=channel,
            status=status,
            snippet=repr(snippet),
        ),
        http_status=status,
    )


def renewing_note(message: str) -> str:
    """The call log's line for a 401 answered by renewing the token once."""
    return translate("ChannelErrors", "credentials expired, renewing: {message}", message=message)


def rate_limited_note(message: str) -> str:
    return translate("ChannelErrors", "rate limited: {message}", message=message)
