"""The small error taxonomy every adapter raises; the engine handles each kind once."""

from __future__ import annotations


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
