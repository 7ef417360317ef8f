"""Mailgun's webhooks: an event's ``event-data``, posted with its ``signature``.

    {"signature": {...}, "event-data": {"event": "failed", "severity": "permanent",
        "reason": "bounce", "recipient": "alice@example.com", "log-level": "error",
        "delivery-status": {"code": 550, "enhanced-code": "5.5.0",
            "message": "5.5.0 Requested action not taken: mailbox unavailable", ...},
        "message": {"headers": {"message-id": "..."}}, "timestamp": 1521233195.375624}}

Mailgun's "Webhook payloads" and "Securing webhooks"
(https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/webhook-payloads): a
``failed`` event's ``severity`` is ``permanent`` (Mailgun gave up) or ``temporary`` (it will
retry); ``delivery-status`` holds the reply code (``code``), the enhanced code
(``enhanced-code``) and the server's text (``message``), and ``mx-host``; ``delivered`` and
``complained`` are the other events a sender acts on.
"""

from __future__ import annotations

from bouncecodes._reasons import Reason
from bouncecodes._webhooks._fields import Event, address, integer, mapping, text

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["LABELS", "read", "recognises"]

# A failed event's reason, when Mailgun did not try: the address is on a suppression list
# (Mailgun's "Suppressions": bounces, unsubscribes and complaints).
LABELS = {
    "permanent/suppress-bounce": Reason.SUPPRESSED,
    "permanent/suppress-unsubscribe": Reason.SUPPRESSED,
    "permanent/suppress-complaint": Reason.SUPPRESSED,
}
_KINDS = {"failed": "bounce", "delivered": "delivery", "complained": "complaint"}


def recognises(payload: object) -> bool:
    """Whether *payload* is a Mailgun event, or a webhook's body holding one."""
    if isinstance(payload, dict) and isinstance(payload.get("event-data"), dict):
        return True
    return (
        isinstance(payload, dict)
        and "event" in payload
        and "recipient" in payload
        and ("log-level" in payload or "delivery-status" in payload or "severity" in payload)
    )


def read(payload: object) -> Iterator[Event]:
    """The event of one recipient."""
    event = mapping(payload, "event-data") or payload
    name = text(event, "event") or ""
    kind = _KINDS.get(name, "other")
    status = mapping(event, "delivery-status")
    severity = text(event, "severity")
    label = f"{severity}/{text(event, 'reason')}" if name == "failed" else name
    said = text(status, "message") or text(status, "description")
    yield Event(
        "mailgun",
        label,
        kind,
        address(text(event, "recipient")),
        action=("delayed" if severity == "temporary" else "failed") if kind == "bounce" else None,
        status=text(status, "enhanced-code"),
        basic=integer(status, "code"),
        text=said,
        remote_mta=text(status, "mx-host"),
        time=text(event, "timestamp"),
        message_id=text(mapping(mapping(event, "message"), "headers"), "message-id"),
        label=LABELS.get(label),
    )
