"""Brevo (formerly Sendinblue): transactional webhooks, one event per POST.

    {"event": "hard_bounce", "email": "example@domain.com", "id": 12345,
     "date": "2020-10-09 00:00:00", "message-id": "201798300811.5787683@relay.domain.com",
     "ts_event": 1604933654, "reason": "server is down", "tags": ["transac_messages"], ...}

Brevo's "Transactional webhooks" (https://developers.brevo.com/docs/transactional-webhooks)
and its event names (https://developers.brevo.com/reference/gettransacemailcontent):
``hard_bounce`` "permanently rejected by recipient mail server", ``soft_bounce``
"temporarily rejected", ``blocked`` "prevented to reach the recipients inbox", ``deferred``
"delayed by the recipients mail server", ``invalid_email``, ``spam`` (``complaint`` in older
payloads), ``delivered``; ``reason`` is free text; ``id`` is the webhook's, not the
message's, which is ``message-id``.
"""

from __future__ import annotations

from bouncecodes._reasons import Reason
from bouncecodes._webhooks._fields import Event, address, text

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["LABELS", "read", "recognises"]

LABELS = {"invalid_email": Reason.USER_UNKNOWN}
_KINDS = {"hard_bounce": "bounce", "soft_bounce": "bounce", "blocked": "bounce"}
_KINDS |= {"deferred": "bounce", "invalid_email": "bounce", "delivered": "delivery"}
_KINDS |= {"spam": "complaint", "complaint": "complaint"}


def recognises(payload: object) -> bool:
    """Whether *payload* is one Brevo event."""
    return (
        isinstance(payload, dict)
        and "event" in payload
        and "email" in payload
        and ("message-id" in payload or "ts_event" in payload)
    )


def read(event: object) -> Iterator[Event]:
    """The event of one recipient."""
    name = text(event, "event") or ""
    kind = _KINDS.get(name, "other")
    yield Event(
        "brevo",
        name,
        kind,
        address(text(event, "email")),
        action=("delayed" if name == "deferred" else "failed") if kind == "bounce" else None,
        text=text(event, "reason"),
        time=text(event, "date") or text(event, "ts_event"),
        message_id=text(event, "message-id"),
        label=LABELS.get(name),
    )
