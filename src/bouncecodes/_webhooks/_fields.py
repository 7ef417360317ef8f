"""What each service's reader hands on: one recipient's event, its fields as written; and the
careful getters every reader reads a decoded payload with (a field of the wrong JSON type is
a field that is not there, never an exception)."""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass

from bouncecodes._address import unwrapped

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping

    from bouncecodes._reasons import Reason

__all__ = ["Event", "address", "integer", "items", "mapping", "text"]

Json = object


@dataclass(frozen=True, slots=True)
class Event:
    """One recipient's event, as a service's payload gives it."""

    provider: str
    provider_type: str
    kind: str  # "bounce", "complaint", "delivery", "auto-reply" or "other"
    recipient: str | None
    _: KW_ONLY
    action: str | None = None  # "failed" or "delayed" for a bounce
    status: str | None = None  # the enhanced code the service gives in a field of its own
    basic: int | None = None  # the reply code the service gives in a field of its own
    text: str | None = None  # the remote server's reply, or the service's own words
    remote_mta: str | None = None
    time: str | None = None
    message_id: str | None = None
    label: Reason | None = None  # what the service's own label says of why, if anything


def mapping(value: Json, key: str) -> Mapping[str, Json]:
    """The object at *key* of *value*; empty when either is no JSON object."""
    found = value.get(key) if isinstance(value, dict) else None
    return found if isinstance(found, dict) else {}


def items(value: Json, key: str) -> list[Json]:
    """The array at *key* of *value*; empty when either is no JSON array."""
    found = value.get(key) if isinstance(value, dict) else None
    return found if isinstance(found, list) else []


def text(value: Json, key: str) -> str | None:
    """The string at *key* of *value*, numbers written out; None when empty or absent."""
    found = value.get(key) if isinstance(value, dict) else None
    if isinstance(found, bool) or found is None:
        return None
    if isinstance(found, (int, float)):
        try:
            return str(found)
        except ValueError:  # an int of more digits than str() writes out: no text
            return None
    return found if isinstance(found, str) and found.strip() else None


def integer(value: Json, key: str) -> int | None:
    """The integer at *key* of *value*, also when written as a string of digits."""
    found = value.get(key) if isinstance(value, dict) else None
    if isinstance(found, int) and not isinstance(found, bool):
        return found
    if (
        isinstance(found, str)
        and found.strip().isascii()
        and found.strip().isdigit()
        and len(found) < 10
    ):
        return int(found)
    return None


def address(value: object) -> str | None:
    """The address of a recipient field: bare, in angle brackets, or with a display name
    (SES gives ``"User Name <user@domain.com>"`` at times); None when there is none, or the
    field is no string."""
    return unwrapped(value) if isinstance(value, str) else None
