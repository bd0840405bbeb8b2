"""The errors a rule raises: plain words an operator can act on."""

from __future__ import annotations


def shown(value: object, width: int = 40) -> str:
    """A value as a message may quote it: never a 10 MB paste, never a multi-line blob."""
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


class RuleViolation(ValueError):
    """An action the rules refuse; `message` is shown to the operator as it is."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class VersionConflict(RuleViolation):
    """The order changed since the operator loaded it; applying the edit would overwrite someone's work."""
