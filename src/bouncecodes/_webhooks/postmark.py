"""Postmark's webhooks: one record per POST, its ``RecordType`` naming it.

    {"RecordType": "Bounce", "ID": 692560173, "Type": "HardBounce", "TypeCode": 1,
     "Name": "Hard bounce", "MessageID": "883953f4-...", "Description": "The server was
     unable to deliver your message (ex: unknown user, mailbox not found).",
     "Details": "Test bounce details", "Email": "margareth@nasa.com",
     "BouncedAt": "2026-11-05T16:33:54.9070259Z", "Inactive": true, ...}

Postmark's "Bounce webhook" and "Bounce API"
(https://postmarkapp.com/developer/webhooks/bounce-webhook,
https://postmarkapp.com/developer/api/bounce-api#bounce-types): ``Type`` is Postmark's
classification (``HardBounce``, ``SoftBounce``, ``Transient`` "message delayed",
``SpamNotification``, ``AutoResponder``, ``DnsError``, ``Blocked``, ``DMARCPolicy``, ...),
``Details`` the receiver's text, ``Description`` Postmark's fixed words for the type; there
is no reply code field of its own. ``SpamComplaint`` and ``Delivery`` records arrive on their
own webhooks; older payloads have no ``RecordType``, and key on ``Type`` alone.
"""

from __future__ import annotations

from bouncecodes._reasons import Reason
from bouncecodes._webhooks._fields import Event, address, text

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["LABELS", "read", "recognises"]

# What a bounce type says of why, in the Bounce API's table of types.
LABELS = {
    "BadEmailAddress": Reason.USER_UNKNOWN,  # "Invalid email address"
    "DnsError": Reason.NETWORK,  # "DNS error: Temporary DNS error"
    "Blocked": Reason.BLOCKED,  # "ISP block"
    "DMARCPolicy": Reason.AUTHENTICATION,  # "DMARC policy"
    "SpamNotification": Reason.SPAM,  # "Spam notification"
    "VirusNotification": Reason.VIRUS,  # "Virus notification"
    "ManuallyDeactivated": Reason.SUPPRESSED,  # "Manually deactivated"
    "SMTPApiError": Reason.PROTOCOL,  # "SMTP API error"
}
# Types that are no failure of delivery: replies and requests a mailbox sent back.
_NOT_BOUNCES = {
    "AutoResponder": "auto-reply",
    "Subscribe": "other",
    "Unsubscribe": "other",
    "AddressChange": "other",
    "ChallengeVerification": "other",
    "OpenRelayTest": "other",
    "SpamComplaint": "complaint",
}
_RECORDS = {"Delivery": "delivery", "SpamComplaint": "complaint"}


def recognises(payload: object) -> bool:
    """Whether *payload* is a Postmark record."""
    return isinstance(payload, dict) and (
        ("RecordType" in payload and ("Email" in payload or "Recipient" in payload))
        or ("TypeCode" in payload and "Email" in payload)
    )


def read(record: object) -> Iterator[Event]:
    """The event of one recipient."""
    kind_of_record = text(record, "RecordType") or "Bounce"
    type_ = text(record, "Type")
    if kind_of_record != "Bounce":
        kind = _RECORDS.get(kind_of_record, "other")
        label = kind_of_record if type_ is None else f"{kind_of_record}/{type_}"
    else:
        kind, label = _NOT_BOUNCES.get(type_ or "", "bounce"), type_ or "Bounce"
    yield Event(
        "postmark",
        label,
        kind,
        address(text(record, "Email") or text(record, "Recipient")),
        action=("delayed" if type_ == "Transient" else "failed") if kind == "bounce" else None,
        text=text(record, "Details"),
        time=text(record, "BouncedAt") or text(record, "DeliveredAt"),
        message_id=text(record, "MessageID"),
        label=LABELS.get(type_ or ""),
    )
