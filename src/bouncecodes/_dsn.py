"""The DSN reader: parse_dsn() turns a bounce email into one result per bounced recipient.

Mailing-list and sending-platform operators receive bounces as emails, one per failed
delivery, from every mail server on earth. Most are RFC 3464 delivery status notifications:
a ``multipart/report`` whose ``message/delivery-status`` part holds one block of fields per
recipient. Many servers still send plain text. parse_dsn() reads both.

MIME is the standard library's: ``email`` with its default compat32 policy, the cheapest
parse there is. Where the stdlib stops short, this module goes on: it decodes a base64 or
quoted-printable delivery-status part itself (the stdlib parses the encoded text as header
blocks), reads ``message/global-delivery-status`` (RFC 6533) block by block (the stdlib reads
it as one message), and reads the fields of a report whose MIME boundaries do not match.

The ``email`` package is imported on first use, not with bouncecodes.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from functools import cached_property

from bouncecodes._errors import NotAnEmailError, shown
from bouncecodes._model import BounceCode, BounceType, Rule
from bouncecodes._plaintext import read_plain_text, sent_as_bounce
from bouncecodes._reply import Reply, parse_reply

TYPE_CHECKING = False  # typing costs more to import than the rest of the package
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from email.message import Message

__all__ = ["BouncedRecipient", "parse_dsn"]


@dataclass(frozen=True)
class BouncedRecipient:
    """One recipient that a bounce email reports as failed, or as delayed."""

    __slots__ = (
        "action",
        "diagnostic",
        "diagnostic_type",
        "entry",
        "original_recipient",
        "recipient",
        "remote_mta",
        "reply",
        "rule",
        "status",
        "type",
    )

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

    def __reduce__(self) -> tuple[Callable[..., BouncedRecipient], tuple[object, ...]]:
        # A frozen class with hand-made slots cannot be unpickled slot by slot.
        return BouncedRecipient, tuple(getattr(self, name) for name in _FIELDS)


_FIELDS = (
    "recipient",
    "original_recipient",
    "action",
    "status",
    "diagnostic_type",
    "diagnostic",
    "remote_mta",
    "reply",
    "entry",
    "type",
    "rule",
)

_BOUNCED_ACTIONS = frozenset({"failed", "delayed"})
_NOT_BOUNCED = frozenset({"delivered", "relayed", "expanded"})
_STATUS_TYPES = frozenset({"message/delivery-status", "message/global-delivery-status"})


def _bytes(text: str) -> bytes:
    # compat32 keeps undecodable bytes as surrogate escapes: this gives them back.
    return text.encode("utf-8", "surrogateescape")


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


# --- Reading the MIME structure -------------------------------------------------------------


def _message(message: object) -> Message:
    import email  # noqa: PLC0415 (on first use: see the module's docstring)
    import email.message  # noqa: PLC0415

    if isinstance(message, email.message.Message):
        return message  # parsed by the caller, as the caller wished
    if isinstance(message, (bytes, bytearray)):
        parsed = email.message_from_bytes(bytes(message))
    elif isinstance(message, str):
        # As bytes, so that the parser keeps what is not ASCII as it keeps it from bytes.
        parsed = email.message_from_bytes(message.encode("utf-8", "surrogateescape"))
    else:
        raise TypeError(
            "parse_dsn() takes an email as bytes, str or email.message.Message, "
            f"not {type(message).__name__}: {shown(message)}"
        )
    if not parsed.keys():
        # The parser reads anything; an email has at least one header field.
        reason = "it is empty" if not message.strip() else "it has no header fields"
        raise NotAnEmailError(message, reason)
    return parsed


def _status_part(message: Message) -> Message | None:
    """The delivery-status part of the outermost report: in the message's own parts, or in
    a message it forwards. Neither a report's returned original nor a bounce's is searched:
    a report returned with a bounce is not the bounce."""
    forwarding = not sent_as_bounce(message)
    queue = deque([message])  # breadth first: the outermost report is found first
    while queue:
        part = queue.popleft()
        kind = part.get_content_type()
        if kind in _STATUS_TYPES:
            return part
        children = _children(part)
        if kind == "multipart/report":
            # RFC 3462: the second part reports; some servers send it as text/plain.
            for child in children[1:]:
                if child.get_content_type() in _STATUS_TYPES or (
                    child.get_content_type() == "text/plain"
                    and "final-recipient" in _part_text(child).lower()
                ):
                    return child
            continue
        if kind == "message/rfc822" and not forwarding:
            continue
        queue.extend(children)
    return None


def _children(part: Message) -> list[Message]:
    payload = part.get_payload() if part.is_multipart() else []
    return [child for child in payload if not isinstance(child, str)]


def _part_text(part: Message) -> str:
    """A part's body as text, decoded from its transfer encoding, however the parser read it.

    compat32 parses a message/delivery-status body into header blocks before anything can
    decode it; put the blocks back together, as bytes, then decode them.
    """
    payload = part.get_payload()
    if not isinstance(payload, list):
        data = part.get_payload(decode=True)
        return _text(data) if isinstance(data, bytes) else ""
    from email.errors import MissingHeaderBodySeparatorDefect  # noqa: PLC0415

    blocks = []
    for block in _children(part):
        head = "".join(f"{name}: {value}\n" for name, value in block.raw_items())
        body = block.get_payload(decode=True)
        # Text that did not read as a field starts the block's "body" at once.
        glued = any(isinstance(d, MissingHeaderBodySeparatorDefect) for d in block.defects)
        separator = "" if glued or not head else "\n"
        blocks.append(_bytes(head + separator) + (body if isinstance(body, bytes) else b""))
    data = b"\n".join(blocks)
    encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
    if encoding == "base64":
        import binascii  # noqa: PLC0415

        try:
            return _text(binascii.a2b_base64(data))
        except binascii.Error:
            return _text(data)
    if encoding == "quoted-printable":
        import quopri  # noqa: PLC0415

        return _text(quopri.decodestring(data))
    return _text(data)


# --- Reading RFC 3464 fields ----------------------------------------------------------------

# RFC 3464 §2.1:  delivery-status-content = per-message-fields 1*( CRLF per-recipient-fields )
# RFC 5322 §2.2:  field = field-name ":" unstructured CRLF, folded onto lines that begin
#                 with white space; field-name = 1*ftext (printable, no colon, no space).
_FIELD = re.compile(r"([!-9;-~]+)[ \t]*:(.*)")


def _field_blocks(text: str) -> Iterator[dict[str, str]]:
    """The blocks of fields in *text*, each a dict of lowercased name to value (folded lines
    kept, so that a reply folded over several lines stays whole). A block ends at a blank line,
    or where a field comes again: real reports run recipient blocks together."""
    block: dict[str, list[str]] = {}  # a value's lines, joined when the block is done
    lines: list[str] | None = None
    for line in text.splitlines():
        if not line.strip():
            if block:
                yield _joined(block)
            block, lines = {}, None
        elif line[0] in " \t":
            if lines is not None:
                lines.append(line)
        elif (match := _FIELD.match(line)) is None:
            lines = None
        else:
            name = match[1].lower()
            if name in block:
                yield _joined(block)
                block = {}
            block[name] = lines = [match[2].strip()]
    if block:
        yield _joined(block)


def _joined(block: dict[str, list[str]]) -> dict[str, str]:
    return {name: "\n".join(lines) for name, lines in block.items()}


def _typed(value: str | None) -> tuple[str | None, str | None]:
    """A typed field's type and value: ``"rfc822; bob@example.com"``."""
    if value is None:
        return None, None
    kind, semicolon, rest = value.partition(";")
    return (kind.strip(), rest.strip()) if semicolon else (None, value.strip())


_UTF8_ESCAPE = re.compile(r"\\x\{([0-9A-Fa-f]{1,6})\}")


def _address(value: str | None) -> str | None:
    """The bare address of a recipient field: no type, no angle brackets, no comment."""
    kind, address = _typed(value)
    if not address:
        return None
    address = address.split()[0].strip("<>")
    if kind and kind.lower() == "utf-8" and "\\x{" in address:
        # RFC 6533 §3: utf-8-addr-xtext escapes a character as \x{HEX}.
        address = _UTF8_ESCAPE.sub(_unescaped, address)
    return address or None


def _unescaped(match: re.Match[str]) -> str:
    code_point = int(match[1], 16)
    return chr(code_point) if code_point <= 0x10FFFF else match[0]


def _status(value: str | None) -> str | None:
    """The status code of a Status field, without the comment that may follow it."""
    if value is None:
        return None
    words = value.split()
    return words[0] if words else None


def _action(value: str | None, status: str | None) -> str | None:
    """The action of a recipient that bounced, "failed" or "delayed"; None for one that did
    not. RFC 3464 §2.3.3 knows five actions; for a missing or unknown one (SendGrid's
    "expired"), the Status class decides, and without one the block reports a failure."""
    words = (value or "").split()
    action = words[0].lower() if words else ""
    if action in _BOUNCED_ACTIONS:
        return action
    if action in _NOT_BOUNCED:
        return None
    if action == "expired" or not status or status[0] == "5":
        return "failed"
    return "delayed" if status[0] == "4" else None


def _recipients_from_fields(
    text: str, quoted_for: Callable[[], dict[str, str]]
) -> list[BouncedRecipient]:
    """The failed and delayed recipients of the field blocks in *text*. A block without a
    Diagnostic-Code takes the reply that the notification's text quotes for its recipient,
    when it quotes one (*quoted_for* gives them by lowercased address)."""
    results = []
    for block in _field_blocks(text):
        recipient = _address(block.get("final-recipient")) or _address(
            block.get("original-recipient")
        )
        if recipient is None:
            continue
        status = _status(block.get("status"))
        act = _action(block.get("action"), status)
        if act is None:
            continue  # delivered, relayed, expanded: no bounce
        diagnostic_type, diagnostic = _typed(block.get("diagnostic-code"))
        lines = [f"Status: {status}"] if status else []
        if block.get("diagnostic-code") is not None:
            lines.append(f"Diagnostic-Code: {block['diagnostic-code']}")
        else:
            diagnostic = quoted_for().get(recipient.lower())
            if diagnostic:
                lines.append(f"Diagnostic-Code: {diagnostic}")
        results.append(
            _result(
                recipient,
                _address(block.get("original-recipient")),
                act,
                status,
                diagnostic_type,
                diagnostic,
                _typed(block.get("remote-mta"))[1],
                parse_reply("\n".join(lines)),
            )
        )
    return results


def _result(
    recipient: str,
    original_recipient: str | None,
    action: str,
    status: str | None,
    diagnostic_type: str | None,
    diagnostic: str | None,
    remote_mta: str | None,
    reply: Reply,
) -> BouncedRecipient:
    delayed = action == "delayed"
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
        BounceType.SOFT if delayed else reply.type,
        Rule.DELAYED if delayed else reply.rule,
    )


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
    parsed = _message(message)
    notification = _Notification(parsed)
    status_part = _status_part(parsed)
    if status_part is not None:
        fields = _part_text(status_part)
    else:
        # No delivery-status part: the fields of a report whose MIME went wrong, if any.
        body = notification.body
        fields = body if "final-recipient" in body.lower() else ""
    found = _recipients_from_fields(fields, notification.quoted_for)
    if found:
        return tuple(found)
    return tuple(
        _result(address, None, action, None, None, diagnostic, None, parse_reply(diagnostic))
        for address, action, diagnostic in notification.recipients
    )


class _Notification:
    """The text a bounce shows a person, and the recipients it names: read only if needed
    (a report's fields usually say all there is)."""

    def __init__(self, message: Message) -> None:
        self._message = message

    @cached_property
    def body(self) -> str:
        return _body_text(self._message)

    @cached_property
    def recipients(self) -> list[tuple[str, str, str]]:
        """(address, action, the text quoted for it), as read_plain_text() finds them."""
        return read_plain_text(self._message, self.body)

    def quoted_for(self) -> dict[str, str]:
        """The text quoted for each recipient, by lowercased address."""
        return {address.lower(): quoted for address, _, quoted in self.recipients}


def _body_text(message: Message) -> str:
    """The notification's text: its first text part, outside any returned original. A part
    whose boundary never comes did not parse into parts, and is all text."""
    for part in _text_parts(message):
        return _part_text(part)
    return ""


def _text_parts(message: Message) -> Iterator[Message]:
    if not message.is_multipart():
        if message.get_content_maintype() in ("text", "multipart"):
            yield message
        return
    for part in _children(message):
        if part.get_content_type() not in ("message/rfc822", "text/rfc822-headers"):
            yield from _text_parts(part)
