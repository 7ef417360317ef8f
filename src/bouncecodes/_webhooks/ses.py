"""Amazon SES: bounce, complaint and delivery notifications, and event publishing's events.

    {"notificationType": "Bounce", "bounce": {"bounceType": "Permanent",
        "bounceSubType": "General", "bouncedRecipients": [{"emailAddress": "jane@example.com",
        "status": "5.1.1", "action": "failed",
        "diagnosticCode": "smtp; 550 5.1.1 <jane@example.com>... User"}], ...},
     "mail": {"messageId": "...", "destination": [...], ...}}

The Amazon SES Developer Guide, "Contents of notifications"
(https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html): ``notificationType``
is ``Bounce``, ``Complaint`` or ``Delivery``; event publishing
(https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-contents.html)
names it ``eventType`` and adds ``DeliveryDelay``, ``Reject``, ``Send``, ``Open``, ``Click``,
``Rendering Failure``, ``Subscription``. A bounced recipient's ``status`` and
``diagnosticCode`` are the DSN's Status and Diagnostic-Code, present only when the bounce
came with one. ``bounceType`` is SES's label: ``Transient`` covers what SES stopped retrying,
full mailboxes and rejected contents as well as auto-replies, so the recipient's own code
decides the type, not the label. Through SNS the notification is the ``Message`` string of
an envelope of ``"Type": "Notification"``
(https://docs.aws.amazon.com/sns/latest/dg/http-notification-json.html).
"""

from __future__ import annotations

from bouncecodes._reasons import Reason
from bouncecodes._webhooks._fields import Event, address, items, mapping, text

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["LABELS", "read", "recognises"]

# What a bounceSubType says of why, in the guide's words ("Bounce types").
LABELS = {
    "NoEmail": Reason.USER_UNKNOWN,  # "the email address doesn't exist"
    "Suppressed": Reason.SUPPRESSED,  # "on the Amazon SES suppression list"
    "OnAccountSuppressionList": Reason.SUPPRESSED,  # "on the account-level suppression list"
    "MailboxFull": Reason.MAILBOX_FULL,  # "the recipient's inbox was full"
    "MessageTooLarge": Reason.TOO_LARGE,  # "the message you sent was too large"
    "ContentRejected": Reason.POLICY,  # "contains content that the provider doesn't allow"
    "AttachmentRejected": Reason.POLICY,  # "contained an unacceptable attachment"
    # Event publishing's Reject, "Bad content": "Amazon SES detected that the email contained
    # a virus" (event-publishing-retrieving-sns-contents.html, "Reject object").
    "Bad content": Reason.VIRUS,
}


def recognises(payload: object) -> bool:
    """Whether *payload* is an SES notification or event."""
    return isinstance(payload, dict) and (
        isinstance(payload.get("notificationType"), str)
        or (isinstance(payload.get("eventType"), str) and "mail" in payload)
    )


def read(payload: object) -> Iterator[Event]:
    """The recipients' events of an SES notification."""
    kind = text(payload, "notificationType") or text(payload, "eventType") or ""
    mail = mapping(payload, "mail")
    message_id = text(mail, "messageId")
    if kind == "Bounce":
        bounce = mapping(payload, "bounce")
        subtype = text(bounce, "bounceSubType")
        for recipient in items(bounce, "bouncedRecipients"):
            delayed = (text(recipient, "action") or "").lower() == "delayed"
            yield Event(
                "ses",
                f"{text(bounce, 'bounceType')}/{subtype}",
                "bounce",
                address(text(recipient, "emailAddress")),
                action="delayed" if delayed else "failed",
                status=text(recipient, "status"),
                text=text(recipient, "diagnosticCode"),
                remote_mta=text(bounce, "remoteMtaIp"),
                time=text(bounce, "timestamp"),
                message_id=message_id,
                label=LABELS.get(subtype or ""),
            )
    elif kind == "DeliveryDelay":
        delay = mapping(payload, "deliveryDelay")
        for recipient in items(delay, "delayedRecipients"):
            yield Event(
                "ses",
                f"DeliveryDelay/{text(delay, 'delayType')}",
                "bounce",
                address(text(recipient, "emailAddress")),
                action="delayed",
                status=text(recipient, "status"),
                text=text(recipient, "diagnosticCode"),
                remote_mta=text(delay, "reportingMTA"),
                time=text(delay, "timestamp"),
                message_id=message_id,
            )
    elif kind == "Reject":
        why = text(mapping(payload, "reject"), "reason")
        for recipient in items(mail, "destination"):
            yield Event(
                "ses",
                "Reject",
                "bounce",
                address(recipient),
                action="failed",
                text=why,
                time=text(mail, "timestamp"),
                message_id=message_id,
                label=LABELS.get(why or ""),
            )
    elif kind == "Complaint":
        complaint = mapping(payload, "complaint")
        label = f"Complaint/{text(complaint, 'complaintFeedbackType')}"
        for recipient in items(complaint, "complainedRecipients"):
            yield Event(
                "ses",
                label,
                "complaint",
                address(text(recipient, "emailAddress")),
                time=text(complaint, "timestamp"),
                message_id=message_id,
            )
    elif kind == "Delivery":
        delivery = mapping(payload, "delivery")
        for recipient in items(delivery, "recipients"):
            yield Event(
                "ses",
                "Delivery",
                "delivery",
                address(recipient),
                text=text(delivery, "smtpResponse"),
                remote_mta=text(delivery, "reportingMTA"),
                time=text(delivery, "timestamp"),
                message_id=message_id,
            )
    else:  # Send, Open, Click, Rendering Failure, Subscription: no bounce
        for recipient in items(mail, "destination"):
            yield Event(
                "ses",
                kind,
                "other",
                address(recipient),
                time=text(mail, "timestamp"),
                message_id=message_id,
            )
