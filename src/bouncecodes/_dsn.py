"""The DSN reader: parse_dsn() turns a bounce email into one result per bounced recipient.

Mailing-list and sending-platform operators receive bounces as emails, one per failed
delivery, from every mail server on earth. Most are RFC 3464 delivery status notifications:
a ``multipart/report`` whose ``message/delivery-status`` part holds one block of fields per
recipient. Many servers still send plain text. This module only orchestrates the stages:

1. ``_mime``: the email's parts, read as far as needed; which part reports, which is text;
2. ``_rfc3464``: the delivery-status part's fields, read once into RecipientFields;
3. ``_mta``: for a bounce without them, the reader of its family of mail software;
4. ``_reply``: each recipient's codes and words, from the fields or the quoted text;
5. ``_classify``: the action, the row and the type.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from bouncecodes import _mime
from bouncecodes._address import field_address, header_addresses
from bouncecodes._classify import action_of, recipient_resolution
from bouncecodes._model import BounceCode, BounceType, Rule
from bouncecodes._mta import Found, read_plain_text, returned_text
from bouncecodes._readonly import HeaderFields
from bouncecodes._reply import Reply, parse_reply, reply_from_report
from bouncecodes._rfc3464 import read_report, status_code, typed

TYPE_CHECKING = False  # typing costs more to import than the rest of the package
if TYPE_CHECKING:
    from collections.abc import Mapping
    from email.message import Message

    from bouncecodes._reasons import Reason, Verdict
    from bouncecodes._rfc3464 import RecipientFields, Report

__all__ = ["BounceContext", "BouncedRecipient", "parse_dsn"]


@dataclass(frozen=True, slots=True)
class BounceContext:
    """What a bounce email says of itself and of the message it returns: one object, shared
    by the recipients of one email, to tie each bounce to the mail, the subscriber and the
    campaign it came from."""

    bounce_to: str | None
    """The bounce's own To address: where a VERP address (RFC 3464 §2's "envelope sender" of
    the original, such as ``bounces+alice=example.org@lists.example.com``) arrives."""
    reporting_mta: str | None
    """The MTA that wrote the report (Reporting-MTA, its type taken off)."""
    arrival_date: str | None
    """When the original reached the reporting MTA (Arrival-Date), as written."""
    message_id: str | None
    """The original's Message-ID, as written (angle brackets and all)."""
    subject: str | None
    """The original's Subject, RFC 2047 words decoded."""
    from_: str | None
    """The original's From, RFC 2047 words decoded (``from`` in JSON)."""
    to: str | None
    """The original's To, RFC 2047 words decoded."""
    date: str | None
    """The original's Date, as written."""
    headers: Mapping[str, str]
    """Every header field of the original, by its name in any case (the first of those of
    one name), read-only."""
    returned: str | None
    """How the original came back: ``"message/rfc822"`` (whole), ``"text/rfc822-headers"``
    (its headers), ``"text"`` (quoted in the notification), or None (not at all)."""

    def header(self, name: str) -> str | None:
        """One header field of the original, by its name in any case; None if it has none."""
        return self.headers.get(name)


@dataclass(frozen=True, slots=True)
class BouncedRecipient:
    """One recipient that a bounce email reports as failed, or as delayed."""

    recipient: str
    """The bare address (from Final-Recipient: no ``rfc822;`` type, no angle brackets)."""
    original_recipient: str | None
    """The address as the sender gave it (Original-Recipient), when the report says."""
    action: str
    """``"failed"``, or ``"delayed"`` while the mail is still queued."""
    status: str | None
    """The report's Status code, such as ``"5.1.1"``, without its comment."""
    diagnostic_type: str | None
    """The Diagnostic-Code's type, as written: ``"smtp"``, ``"X-Postfix"``."""
    diagnostic: str | None
    """The Diagnostic-Code's text, or the reply quoted in a plain-text bounce."""
    remote_mta: str | None
    """The server that refused the mail (Remote-MTA), when the report says."""
    reply: Reply
    """What parse_reply() reads from the diagnostic; Status fills in a missing enhanced code."""
    entry: BounceCode | None
    """The table row the codes resolve to."""
    type: BounceType
    """Hard or soft; a delayed recipient is always soft."""
    rule: Rule
    """Which step decided; DELAYED when the mail is still queued."""
    reason: Reason
    """Why it bounced, as its reply says; EXPIRED when it failed on a temporary network error
    (the sender gave up retrying); SYSTEM_ERROR when it was delivered to a program (a local
    pipe) that no words say more of (docs/classification.md, "Reasons")."""
    verdict: Verdict
    """What to do with the address: suppress, retry (always, while delayed), or fix the sender."""
    evidence: str | None
    """What decided the reason: the reply's words as they stand, or its code; or the program
    it was delivered to, when that decided."""
    context: BounceContext
    """The bounce email's own fields and the message it returned: the same object for every
    recipient of one email."""


def _result(
    recipient: str,
    original_recipient: str | None,
    action: str,
    status: str | None,
    diagnostic_type: str | None,
    diagnostic: str | None,
    remote_mta: str | None,
    reply: Reply,
    context: BounceContext,
    program: str | None = None,
) -> BouncedRecipient:
    type_, rule, reason, verdict, evidence = recipient_resolution(action, status, reply, program)
    return BouncedRecipient(
        recipient,
        original_recipient,
        action,
        status,
        diagnostic_type,
        diagnostic,
        remote_mta,
        reply,
        reply.entry,
        type_,
        rule,
        reason,
        verdict,
        evidence,
        context,
    )


class _Bounce:
    """One bounce email as the stages read it: its parts, and its notification text and the
    recipients that text names, read only if needed (a report's fields usually say all)."""

    def __init__(self, message: _mime.Part) -> None:
        self.message = message
        self.report: Report | None = None  # its delivery-status fields, once read

    @cached_property
    def context(self) -> BounceContext:
        """Its own fields and those of the original it returns (whole, as headers, or quoted
        in its text)."""
        report_fields = self.report.message_fields if self.report is not None else {}
        returned = _mime.returned_original(self.message)
        if returned is None:
            quoted = returned_text(self.text)
            block = _mime.header_block(quoted) if quoted is not None else None
            returned = (block, "text") if block is not None else None
        headers = HeaderFields(returned[0].fields if returned is not None else ())
        return BounceContext(
            bounce_to=field_address(self.message.get("to")),
            reporting_mta=typed(report_fields.get("reporting-mta"))[1],
            arrival_date=report_fields.get("arrival-date"),
            message_id=headers.get("message-id"),
            subject=_decoded(headers.get("subject")),
            from_=_decoded(headers.get("from")),
            to=_decoded(headers.get("to")),
            date=headers.get("date"),
            headers=headers,
            returned=returned[1] if returned is not None else None,
        )

    @cached_property
    def text(self) -> str:
        return _mime.notification_text(self.message)

    @cached_property
    def found(self) -> list[Found]:
        """The recipients the notification text names, as the plain-text readers find them."""
        return read_plain_text(self.message, self.text)

    @cached_property
    def _quoted(self) -> dict[str, str]:
        quoted: dict[str, str] = {}
        for found in self.found:
            quoted.setdefault(found.address.lower(), found.quoted)
        return quoted

    @cached_property
    def failed_header(self) -> list[str]:
        """The recipients its X-Failed-Recipients fields name (Exim, Google), whole."""
        return header_addresses(self.message.get_all("x-failed-recipients"))

    @cached_property
    def failed_elsewhere(self) -> list[str]:
        """The failed recipients the email names outside its report: in X-Failed-Recipients,
        else in its text."""
        return self.failed_header or [found.address for found in self.found]

    def quoted_for(self, recipient: str) -> str | None:
        """The text the notification quotes for *recipient*, if it names it."""
        return self._quoted.get(recipient.lower())


_LONGEST_DECODED = 10 * 998


def _decoded(value: str | None) -> str | None:
    """A header field's value with its RFC 2047 encoded words decoded; as written when it is
    far longer than any real one (ten lines of RFC 5322 §2.1.1's 998 characters), as the
    stdlib's decoder takes quadratic time on a long run of encoded words."""
    if value is None or "=?" not in value or len(value) > _LONGEST_DECODED:
        return value
    from email.errors import HeaderParseError  # noqa: PLC0415
    from email.header import decode_header, make_header  # noqa: PLC0415

    try:
        return str(make_header(decode_header(value)))
    except (ValueError, LookupError, UnicodeError, HeaderParseError):
        return value  # a charset Python has not, bad base64 (HeaderParseError)


def _from_report(bounce: _Bounce, report: Report) -> tuple[bool, list[BouncedRecipient]]:
    """Whether a delivery-status part's *report* names any recipient, and its failed and
    delayed ones. A block without a Diagnostic-Code takes the reply that the notification's text
    quotes for its recipient, when it quotes one. A block whose recipient fields hold no
    address (a file, a command, a local delivery's) takes one from X-Failed-Recipients or the
    text, when they name as many recipients as there are such blocks; else it is left out."""
    results: list[BouncedRecipient | None] = []
    unnamed: list[tuple[int, RecipientFields, str, str | None]] = []
    named = False
    for fields in report.recipients:
        named = True
        status = status_code(fields.status)
        action = action_of(fields.action, status)
        if action is None:
            continue  # delivered, relayed, expanded: no bounce
        recipient = field_address(fields.final_recipient) or field_address(
            fields.original_recipient
        )
        if recipient is None:
            unnamed.append((len(results), fields, action, status))
            results.append(None)
            continue
        results.append(_block(bounce, fields, recipient, action, status))
    if unnamed:
        reported = {result.recipient.lower() for result in results if result is not None}
        others = [address for address in bounce.failed_elsewhere if address.lower() not in reported]
        if len(others) == len(unnamed):
            for address, (index, fields, action, status) in zip(others, unnamed, strict=True):
                results[index] = _block(bounce, fields, address, action, status)
    return named, [result for result in results if result is not None]


def _block(
    bounce: _Bounce, fields: RecipientFields, recipient: str, action: str, status: str | None
) -> BouncedRecipient:
    """The result of one recipient block of a report."""
    diagnostic_type, diagnostic = typed(fields.diagnostic_code)
    if fields.diagnostic_code is not None:
        reply = reply_from_report(status, fields.diagnostic_code)
    else:
        diagnostic = bounce.quoted_for(recipient)
        reply = reply_from_report(status, diagnostic)
    return _result(
        recipient,
        field_address(fields.original_recipient),
        action,
        status,
        diagnostic_type,
        diagnostic,
        typed(fields.remote_mta)[1],
        reply,
        bounce.context,
        _program(fields),
    )


def _program(fields: RecipientFields) -> str | None:
    """The program a local delivery was to, when the block names one: a pipe, in Sendmail's
    X-Actual-Recipient (``X-Unix; |/usr/bin/procmail``) or in the Final-Recipient itself
    (Exim: ``rfc822;|/usr/local/bin/filter``)."""
    for value in (fields.fields.get("x-actual-recipient"), fields.final_recipient):
        found = typed(value)[1]
        if found is not None and found.startswith("|"):
            return found
    return None


def parse_dsn(message: bytes | bytearray | str | Message, /) -> tuple[BouncedRecipient, ...]:
    """One result per recipient that a bounce email reports as failed or delayed.

    *message* is the email as bytes, as str, or as an ``email.message.Message``. An RFC 3464
    report is read from its delivery-status part; a plain-text bounce from its text. Each
    result carries the recipient, the report's fields, the Reply read from the diagnostic,
    and the row and type it resolves to; a delayed recipient is soft whatever its codes.

    An email that reports no failed or delayed recipient (delivered, relayed or expanded
    ones, or no bounce at all) gives an empty tuple. Input that is not an email at all,
    empty or without a single header field, raises NotAnEmailError (a ValueError); any type
    but bytes, str and Message raises TypeError.
    """
    bounce = _Bounce(_mime.load(message))
    if _mime.is_feedback_report(bounce.message):
        return ()  # a complaint (RFC 5965), not a bounce
    status_part = _mime.status_part(bounce.message)
    if status_part is None and _mime.is_auto_reply(bounce.message):
        return ()  # a vacation or out-of-office reply (RFC 3834), not a bounce
    if status_part is not None:
        fields = status_part.text()
    else:
        # No delivery-status part: the fields of a report whose MIME went wrong, if any.
        fields = bounce.text if "final-recipient" in bounce.text.lower() else ""
    bounce.report = read_report(fields)
    named, found = _from_report(bounce, bounce.report)
    if not named and _mime.is_service_event(bounce.text):
        return ()  # a sending service's event mailed as an email: its own format, no bounce
    if named:
        # The report is the authority on its recipients: one it lists as delivered, relayed
        # or expanded is never taken from the text as failed.
        return tuple(found)
    return tuple(
        _result(
            found.address,
            None,
            found.action,
            None,
            None,
            found.quoted,
            None,
            found.reply,
            bounce.context,
        )
        for found in _confirmed(bounce)
    )


def _confirmed(bounce: _Bounce) -> list[Found]:
    """The recipients a plain-text bounce reports: those its text names, but where it lists
    them in X-Failed-Recipients, only those the field confirms, and the ones only the field
    names too (with the reply the text quotes first)."""
    listed = bounce.failed_header
    if not listed:
        return bounce.found
    keys = {address.lower() for address in listed}
    confirmed = [found for found in bounce.found if found.address.lower() in keys]
    named = {found.address.lower() for found in confirmed}
    missing = [address for address in listed if address.lower() not in named]
    if missing:
        reply = parse_reply(bounce.text)
        action = confirmed[0].action if confirmed else "failed"
        confirmed += [Found(address, action, bounce.text, reply) for address in missing]
    return confirmed
