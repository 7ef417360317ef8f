"""Mandrill (Mailchimp Transactional): ``mandrill_events``, a JSON array of events.

    mandrill_events=[{"event": "hard_bounce", "ts": 1365109999, "_id": "...",
        "msg": {"email": "example.webhook@mandrillapp.com", "state": "bounced",
            "bounce_description": "bad_mailbox", "bgtools_code": 10,
            "diag": "smtp;550 5.1.1 The email account that you tried to reach does not
            exist. ...", "_id": "...", ...}}]

Mailchimp Transactional's "Webhooks" and Mandrill's "Message Event Webhook format"
(https://mailchimp.com/developer/transactional/docs/webhooks/): a POST of a single form
field, ``mandrill_events``, a JSON array of up to 1,000 events; ``event`` is one of
``send``, ``deferral``, ``hard_bounce``, ``soft_bounce``, ``open``, ``click``, ``spam``,
``unsub``, ``reject``; for bounced messages ``msg.bounce_description`` is "a short
description of the bounce reason such as bad_mailbox or invalid_domain" and ``msg.diag``
"the specific SMTP response code and bounce description, if any, received from the remote
server"; a deferral's replies are in ``msg.smtp_events``.
"""

from __future__ import annotations

from bouncecodes._reasons import Reason
from bouncecodes._webhooks._fields import Event, address, items, mapping, text

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["LABELS", "read", "recognises"]

# What Mandrill's words say of why: a bounce_description's, and a reject's (Mandrill did not
# send: the address is on its rejection list).
LABELS = {
    "bad_mailbox": Reason.USER_UNKNOWN,
    "invalid_domain": Reason.DOMAIN_UNKNOWN,
    "mailbox_full": Reason.MAILBOX_FULL,
    "reject": Reason.SUPPRESSED,
}
_KINDS = {"hard_bounce": "bounce", "soft_bounce": "bounce", "deferral": "bounce"}
_KINDS |= {"reject": "bounce", "spam": "complaint", "delivered": "delivery"}


def recognises(payload: object) -> bool:
    """Whether *payload* is one Mandrill event."""
    # A message's event, or a sync event: an address added to or taken off the rejection
    # (or allow) list.
    return isinstance(payload, dict) and (
        ("event" in payload and isinstance(payload.get("msg"), dict))
        or (payload.get("type") in ("blacklist", "whitelist") and "reject" in payload)
    )


def read(event: object) -> Iterator[Event]:
    """The event of one recipient."""
    if "msg" not in event:  # type: ignore[operator]
        sync = f"{text(event, 'type')}/{text(event, 'action')}"
        found = mapping(event, "reject") or mapping(event, "entry")
        yield Event(
            "mandrill", sync, "other", address(text(found, "email")), time=text(event, "ts")
        )
        return
    name = text(event, "event") or ""
    kind = _KINDS.get(name, "other")
    msg = mapping(event, "msg")
    description = text(msg, "bounce_description")
    said = text(msg, "diag")
    if said is None:  # a deferral: the last reply of its attempts
        replies = [text(attempt, "diag") for attempt in items(msg, "smtp_events")]
        said = next((reply for reply in reversed(replies) if reply), None)
    yield Event(
        "mandrill",
        name if description is None else f"{name}/{description}",
        kind,
        address(text(msg, "email")),
        action=("delayed" if name == "deferral" else "failed") if kind == "bounce" else None,
        text=said,
        time=text(event, "ts"),
        message_id=text(msg, "_id"),
        label=LABELS.get(description or "") or (LABELS["reject"] if name == "reject" else None),
    )
