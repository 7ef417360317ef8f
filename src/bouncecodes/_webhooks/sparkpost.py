"""SparkPost's webhooks: a JSON array of ``{"msys": {"message_event": {...}}}``.

    [{"msys": {"message_event": {"type": "bounce", "bounce_class": "10",
        "error_code": "550", "raw_reason": "550 5.1.1 <recipient@example.com>: ...",
        "rcpt_to": "recipient@example.com", "message_id": "...", "timestamp": "..."}}}]

SparkPost's "Webhooks" and "Events" references (https://developers.sparkpost.com/api/webhooks/,
https://developers.sparkpost.com/api/events/): ``bounce`` (in-band), ``out_of_band``
(a bounce that came back later), ``delay``, ``policy_rejection`` (SparkPost's own policy
refused it), ``delivery``, ``spam_complaint``; ``raw_reason`` is the receiver's reply as
it came, ``bounce_class`` SparkPost's classification ("Bounce classification codes",
https://support.sparkpost.com/docs/deliverability/bounce-classification-codes).
"""

from __future__ import annotations

from bouncecodes._reasons import Reason
from bouncecodes._webhooks._fields import Event, address, mapping, text

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["LABELS", "read", "recognises"]

# What a bounce class says of why: the classification codes' names and descriptions.
LABELS = {
    "10": Reason.USER_UNKNOWN,  # Invalid Recipient: "The recipient is invalid."
    "21": Reason.NETWORK,  # DNS Failure
    "22": Reason.MAILBOX_FULL,  # Mailbox Full: "over quota"
    "23": Reason.TOO_LARGE,  # Too Large
    "24": Reason.NETWORK,  # Timeout: "The message timed out."
    "50": Reason.BLOCKED,  # Mail Block: "blocked by the receiver"
    "51": Reason.BLOCKED,  # Spam Block: "as coming from a known spam source"
    "52": Reason.SPAM,  # Spam Content: "blocked by the receiver as spam"
    "53": Reason.POLICY,  # Prohibited Attachment
    "54": Reason.RELAY_DENIED,  # Relaying Denied
}
# Classes that are no failure of delivery: replies and requests the mailbox sent back.
_NOT_BOUNCES = {"60": "auto-reply", "80": "other", "90": "other", "100": "other"}
_KINDS = {"bounce": "bounce", "out_of_band": "bounce", "delay": "bounce"}
_KINDS |= {"policy_rejection": "bounce", "delivery": "delivery", "spam_complaint": "complaint"}


def recognises(payload: object) -> bool:
    """Whether *payload* is a SparkPost event, wrapped in its ``msys`` or not."""
    if isinstance(payload, dict) and isinstance(payload.get("msys"), dict):
        return True
    return isinstance(payload, dict) and "type" in payload and "rcpt_to" in payload


def read(payload: object) -> Iterator[Event]:
    """The events of one ``msys`` object: one recipient's, or none (an empty test batch)."""
    events: list[object] = [payload]
    if isinstance(payload, dict) and "msys" in payload:
        events = [value for value in mapping(payload, "msys").values() if isinstance(value, dict)]
    for event in events:
        name = text(event, "type") or ""
        class_ = text(event, "bounce_class")
        kind = _KINDS.get(name, "other")
        if kind == "bounce":
            kind = _NOT_BOUNCES.get(class_ or "", "bounce")
        yield Event(
            "sparkpost",
            name if class_ is None else f"{name}/{class_}",
            kind,
            address(text(event, "rcpt_to") or text(event, "raw_rcpt_to")),
            action=("delayed" if name == "delay" else "failed") if kind == "bounce" else None,
            text=text(event, "raw_reason") or text(event, "reason"),
            remote_mta=text(event, "ip_address"),
            time=text(event, "timestamp"),
            message_id=text(event, "message_id"),
            label=LABELS.get(class_ or ""),
        )
