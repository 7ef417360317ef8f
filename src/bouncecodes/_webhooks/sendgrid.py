"""SendGrid's Event Webhook: a JSON array of events, one recipient each.

    [{"email": "example@test.com", "timestamp": 1513299569, "event": "bounce",
      "smtp-id": "<14c5d75ce93.dfd.64b469@ismtpd-555>", "sg_event_id": "...",
      "sg_message_id": "...", "reason": "500 unknown recipient", "status": "5.0.0",
      "type": "bounce"}]

SendGrid's "Event Webhook Reference", delivery events
(https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event): ``bounce`` (its
``type`` ``bounce``, or ``blocked`` for a receiver that "could not or would not accept the
message temporarily"), ``deferred`` (the receiver's ``response``; SendGrid retries),
``dropped`` (SendGrid did not send: its ``reason`` one of "Bounced Address", "Unsubscribed
Address", "Spam Reporting Address", "Invalid", "Spam Content", ...), ``delivered``,
``spamreport``; the rest are engagement. ``reason`` is the receiver's reply for a bounce,
``status`` its enhanced code.
"""

from __future__ import annotations

from bouncecodes._reasons import Reason
from bouncecodes._webhooks._fields import Event, address, text

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["LABELS", "read", "recognises"]

# What SendGrid's own labels say of why: a bounce's type, a drop's reason, and the newer
# bounce_classification (SendGrid's "Bounce Classifications" page:
# https://www.twilio.com/docs/sendgrid/ui/sending-email/bounce-classification-reference).
LABELS = {
    "bounce/blocked": Reason.BLOCKED,  # blocks stay off SendGrid's suppression list
    "dropped/Bounced Address": Reason.SUPPRESSED,
    "dropped/Unsubscribed Address": Reason.SUPPRESSED,
    "dropped/Spam Reporting Address": Reason.SUPPRESSED,
    "dropped/Invalid": Reason.USER_UNKNOWN,
    "dropped/Spam Content": Reason.SPAM,
    "Invalid Address": Reason.USER_UNKNOWN,
    "Mailbox Unavailable": Reason.DISABLED,
    "Reputation": Reason.BLOCKED,
    "Content": Reason.SPAM,
    "Frequency or Volume Too High": Reason.RATE_LIMITED,
    "Technical Failure": Reason.SYSTEM_ERROR,
}
_KINDS = {"bounce": "bounce", "deferred": "bounce", "dropped": "bounce"}
_KINDS |= {"delivered": "delivery", "spamreport": "complaint"}


def recognises(payload: object) -> bool:
    """Whether *payload* is one SendGrid event."""
    return (
        isinstance(payload, dict)
        and "event" in payload
        and "email" in payload
        and ("sg_event_id" in payload or "smtp-id" in payload or "sg_message_id" in payload)
    )


def read(event: object) -> Iterator[Event]:
    """The event of one recipient."""
    name = text(event, "event") or ""
    kind = _KINDS.get(name, "other")
    label = name
    if name == "bounce":
        label = f"bounce/{text(event, 'type') or 'bounce'}"
    elif name == "dropped":
        label = f"dropped/{text(event, 'reason')}"
    said = text(event, "response") if name in ("deferred", "delivered") else text(event, "reason")
    classified = text(event, "bounce_classification")
    yield Event(
        "sendgrid",
        label,
        kind,
        address(text(event, "email")),
        action=("delayed" if name == "deferred" else "failed") if kind == "bounce" else None,
        status=text(event, "status"),
        text=said,
        time=text(event, "timestamp"),
        message_id=text(event, "sg_message_id") or text(event, "smtp-id"),
        label=LABELS.get(label) or LABELS.get(classified or ""),
    )
