"""Loading an email: its parts, their fields and their text, read only as far as needed.

A bounce is MIME (RFC 2045, RFC 2046): header fields, then a body that is one part or several.
Readers need little of it: the top fields, which part holds the delivery status (RFC 3464),
and the text a person is shown. The standard library's parser builds the whole tree, the
returned original and its attachments included, at the cost of a full parse; this module
splits the bytes itself and reads a part only when a reader asks for it, so that reading a
bounce costs a fraction of parsing it (docs/performance.md). A caller's own
``email.message.Message`` is taken as it is, and seen through the same ``Part`` type.

Everything here is linear in the size of the input, and iterative: a nesting of parts deeper
than ``MAX_DEPTH`` ends the walk, it never overflows the stack.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

from bouncecodes._errors import NotAnEmailError, shown
from bouncecodes._phrases import BOUNCE_SENDERS, BOUNCE_SUBJECTS, BOUNCE_TEXT
from bouncecodes._wording import Wording

TYPE_CHECKING = False
if TYPE_CHECKING:
    from email.message import Message

__all__ = [
    "MAX_DEPTH",
    "Part",
    "header_block",
    "is_feedback_report",
    "is_service_event",
    "load",
    "notification_text",
    "reads_as_bounce",
    "returned_original",
    "sent_as_bounce",
    "status_part",
]

MAX_DEPTH = 16
"""How deep parts may nest (a bounce of a forwarded bounce is 4 or 5): deeper is not read."""

# RFC 5322 §2.2:  field = field-name ":" unstructured CRLF; field-name = 1*ftext (printable
# ASCII but ":"), a field folded onto lines that begin with white space (§2.2.3), white space
# before the colon allowed as obsolete syntax (§4.5). Line ends are LF by then.
_FIELD = re.compile(rb"([!-9;-~]+)[ \t]*:([^\n]*(?:\n[ \t][^\n]*)*)(?:\n|\Z)")

# RFC 2045 §5.1:  content := "Content-Type" ":" type "/" subtype *(";" parameter)
#                 parameter := attribute "=" value;  value := token / quoted-string
# RFC 2231 §3-4:  attribute*=charset'language'value, continued as attribute*0=, attribute*1*=
_PARAMETER = re.compile(
    r';[ \t]*(?P<name>[^\s=;"]+)[ \t]*=[ \t]*(?:"(?P<quoted>(?:[^"\\]|\\.)*)"?|(?P<token>[^;\s]*))'
)
_QUOTED_FIELD = re.compile(r"([!-9;-~]+)[ \t]*:(.*)").fullmatch  # _FIELD's, for a line of text
_PERCENT = re.compile(r"%([0-9A-Fa-f]{2})")

_TEXT_CHARSETS = frozenset({"", "us-ascii", "ascii", "utf-8", "utf8"})
# Codecs that decode in quadratic time, which no mail's text is in (RFC 3492's punycode, and
# IDNA, which is made of it): as if no charset were named.
_QUADRATIC_CODECS = frozenset({"punycode", "idna"})


def _decoded(data: bytes, charset: str) -> str:
    """*data* decoded from *charset* (lowercased), undecodable bytes replaced; from UTF-8 when
    it names none, or no text codec Python has ("hex"), or a quadratic one."""
    if charset not in _TEXT_CHARSETS:
        import codecs  # noqa: PLC0415 (most mail is UTF-8 or ASCII)

        try:
            if codecs.lookup(charset).name not in _QUADRATIC_CODECS:
                return data.decode(charset, "replace")
        except (LookupError, ValueError, TypeError):
            pass  # no such codec, or no text codec ("hex"), or a NUL in the name
    return data.decode("utf-8", "replace")


@dataclass(frozen=True, eq=False)
class Part:
    """One MIME part: its header fields, as written but unfolded, and its body, undecoded.

    Its parts (a multipart's, or the message a ``message/rfc822`` part holds) are read when
    asked for, and only once.
    """

    __slots__ = ("_by_name", "_parts", "body", "depth", "fields")

    fields: tuple[tuple[str, str], ...]
    """The header fields in order: (name as written, value unfolded)."""
    body: bytes
    """The body as sent, line ends made LF, still in its Content-Transfer-Encoding."""
    depth: int
    """How deep the part sits: the message itself is 0."""
    _parts: list[tuple[Part, ...]]
    _by_name: dict[str, str]
    """The first value of each field by its name lowercased, filled on first use: a reader
    asks a part for its Content-Type and a few more fields, over and over."""

    def get(self, name: str, default: str = "") -> str:
        """The value of the first field called *name* (any case), or *default*."""
        by_name = self._by_name
        if not by_name and self.fields:
            for field, value in self.fields:
                by_name.setdefault(field.lower(), value)
        return by_name.get(name.lower(), default)

    def get_all(self, name: str) -> list[str]:
        """The values of every field called *name* (any case), in order."""
        name = name.lower()
        return [value for field, value in self.fields if field.lower() == name]

    def has(self, name: str) -> bool:
        name = name.lower()
        return any(field.lower() == name for field, _ in self.fields)

    @property
    def content_type(self) -> str:
        """``type/subtype`` in lower case; RFC 2045 §5.2's ``text/plain`` when none is given."""
        value = self.get("content-type").partition(";")[0].strip().lower()
        return value if "/" in value else "text/plain"

    def param(self, name: str) -> str | None:
        """A parameter of Content-Type (RFC 2045 §5.1, with RFC 2231's charsets and
        continuations), unquoted; None when it is not there."""
        return _param(self.get("content-type"), name.lower())

    @property
    def parts(self) -> tuple[Part, ...]:
        """The parts within: a multipart's parts, or the message of a ``message/rfc822`` part;
        none for any other part, and none below ``MAX_DEPTH``."""
        if not self._parts:
            self._parts.append(_parts_of(self) if self.depth < MAX_DEPTH else ())
        return self._parts[0]

    def payload(self) -> bytes:
        """The body decoded from its transfer encoding (RFC 2045 §6): base64 or
        quoted-printable; as it is for any other, or when it does not decode."""
        encoding = self.get("content-transfer-encoding").strip().lower()
        if encoding == "base64":
            import binascii  # noqa: PLC0415

            try:
                return binascii.a2b_base64(self.body)
            except binascii.Error:
                return self.body
        if encoding == "quoted-printable":
            import binascii  # noqa: PLC0415

            return binascii.a2b_qp(self.body)
        return self.body

    def text(self) -> str:
        """The body as text: decoded from its transfer encoding and its charset (UTF-8 when it
        names none, or one Python does not know), undecodable bytes replaced."""
        return _decoded(self.payload(), (self.param("charset") or "").strip().lower())


def _part(fields: list[tuple[str, str]], body: bytes, depth: int) -> Part:
    return Part(tuple(fields), body, depth, [], {})


# --- Bytes to parts -------------------------------------------------------------------------


def _lines(data: bytes) -> bytes:
    """*data* with every line end LF: CRLF and a lone CR too (RFC 5322 §2.1 says CRLF; mail
    on disk and in tools comes with LF, and old Mac tools wrote CR)."""
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data


def _head(data: bytes, depth: int) -> Part:
    """The part whose fields open *data* (LF line ends): the fields run to the first blank line,
    or to the first line that is no field (which then opens the body)."""
    pos = 0
    if data.startswith(b"From "):  # an mbox envelope line, not a field
        pos = data.find(b"\n") + 1 or len(data)
    fields = []
    match = _FIELD.match(data, pos)
    while match is not None:
        name, value = match.groups()
        fields.append(
            (
                name.decode("ascii"),
                value.replace(b"\n", b"").strip(b" \t").decode("utf-8", "surrogateescape"),
            )
        )
        pos = match.end()
        match = _FIELD.match(data, pos)
    if data[pos : pos + 1] == b"\n":
        pos += 1
    return _part(fields, data[pos:], depth)


def _parts_of(part: Part) -> tuple[Part, ...]:
    kind = part.content_type
    if kind.startswith("multipart/"):
        boundary = part.param("boundary")
        if not boundary:
            return ()
        return tuple(_head(body, part.depth + 1) for body in _split(part.payload(), boundary))
    if kind in ("message/rfc822", "message/global") and part.body.strip():
        return (_head(part.payload(), part.depth + 1),)
    return ()


def _split(body: bytes, boundary: str) -> list[bytes]:
    """The bodies of a multipart's parts (RFC 2046 §5.1.1): between delimiter lines that open
    with ``--`` and the boundary, up to the close delimiter or the end. Nothing when the
    boundary never comes."""
    delimiter = b"--" + boundary.encode("utf-8", "surrogateescape")
    bodies = []
    start = -1  # where the current part's body begins, once a delimiter was found
    pos = 0
    while (found := body.find(delimiter, pos)) >= 0:
        pos = found + len(delimiter)
        if found and body[found - 1] != 0x0A:  # "\n": not at a line's start
            continue
        line_end = body.find(b"\n", pos)
        rest = body[pos : len(body) if line_end < 0 else line_end]
        closing = rest.startswith(b"--")
        if rest[2 if closing else 0 :].strip(b" \t"):
            continue  # the boundary is a prefix of something else on the line
        if start >= 0:
            bodies.append(body[start : max(start, found - 1)])
        if closing:
            return bodies
        start = len(body) if line_end < 0 else line_end + 1
        pos = start
    if start >= 0:
        bodies.append(body[start:])  # no close delimiter: a truncated message
    return bodies


def _param(value: str, name: str) -> str | None:
    """The parameter *name* of a Content-Type *value*, or None."""
    if name not in value.lower():
        return None
    plain: str | None = None
    pieces: dict[int, tuple[bool, str]] = {}  # RFC 2231 continuations: index to (encoded, text)
    for match in _PARAMETER.finditer(value):
        key = match["name"].lower()
        text = match["quoted"] if match["quoted"] is not None else match["token"]
        if match["quoted"] is not None and "\\" in text:
            text = re.sub(r"\\(.)", r"\1", text)
        if key == name:
            if plain is None:
                plain = text
        elif key.startswith(name + "*"):
            index, star, _ = key[len(name) + 1 :].partition("*")
            if not index:
                pieces.setdefault(0, (True, text))  # name*=charset'language'value
            elif index.isascii() and index.isdigit() and len(index) <= 4:  # not "²"
                pieces.setdefault(int(index), (bool(star), text))
    if not pieces:
        return plain
    charset = "utf-8"
    texts = []
    for index in sorted(pieces):
        encoded, text = pieces[index]
        if encoded:
            if index == 0 and text.count("'") >= 2:
                charset, _, text = text.split("'", 2)
            text = _PERCENT.sub(lambda m: chr(int(m[1], 16)), text)
        texts.append(text)
    joined = "".join(texts)
    try:
        data = joined.encode("latin-1")
    except UnicodeEncodeError:
        return joined
    return _decoded(data, charset.strip().lower())


# --- A caller's Message to parts ------------------------------------------------------------


def _from_message(message: Message) -> Part:
    """A caller's ``email.message.Message``, parts and all, as our parts: iteratively, and
    without asking its policy to parse a field (a policy.default Message raises on some
    malformed addresses when asked for them)."""
    import email.message  # noqa: PLC0415

    root = _message_part(message, 0)
    stack = [(message, root)]
    while stack:
        current, part = stack.pop()
        if part._parts:
            continue  # a leaf, or what compat32 parsed into blocks of fields
        children = [
            child
            for child in getattr(current, "_payload", [])
            if isinstance(child, email.message.Message)
        ]
        parts = tuple(_message_part(child, part.depth + 1) for child in children)
        part._parts.append(parts if part.depth < MAX_DEPTH else ())
        stack.extend(zip(children, parts, strict=True))
    return root


def _message_part(message: Message, depth: int) -> Part:
    """One part of a caller's Message, its parts still to be read if it has any."""
    fields = tuple(
        (str(name), str(value).replace("\r", "").replace("\n", "").strip(" \t"))
        for name, value in message.raw_items()
    )
    # The payload as parsed: get_payload() would decode it again by a charset it may choke on.
    payload = getattr(message, "_payload", None)
    if isinstance(payload, list):
        part = Part(fields, b"", depth, [], {})
        kind = part.content_type
        if kind.startswith("message/") and kind not in ("message/rfc822", "message/global"):
            # compat32 parses message/delivery-status into blocks of fields: put them back.
            return Part(fields, _blocks(payload), depth, [()], {})
        return part
    body = _encoded(payload) if isinstance(payload, str) else b""
    return Part(fields, _lines(body), depth, [()], {})


def _encoded(text: str) -> bytes:
    """*text* as the bytes it came from: compat32 keeps undecodable bytes as surrogate escapes;
    a lone surrogate that is no escape is written as it is (and later replaced)."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")


def _blocks(blocks: list[object]) -> bytes:
    """The text of a part that compat32 parsed into blocks of fields, put back together."""
    import email.message  # noqa: PLC0415

    texts = []
    for block in blocks:
        if not isinstance(block, email.message.Message):
            continue
        head = "".join(f"{name}: {value}\n" for name, value in block.raw_items())
        body = getattr(block, "_payload", "")
        body = body if isinstance(body, str) else ""
        # Text that did not read as a field starts the block's "body" at once.
        glued = any(
            type(defect).__name__ == "MissingHeaderBodySeparatorDefect" for defect in block.defects
        )
        texts.append(head + ("" if glued or not head else "\n") + body)
    return _lines(_encoded("\n".join(texts)))


# --- The way in -----------------------------------------------------------------------------


def load(message: object, /) -> Part:
    """The email *message* (bytes, str or ``email.message.Message``) as a Part.

    Raises TypeError for any other type, and NotAnEmailError for input that is not an email at
    all: empty, or without a single header field.
    """
    import email.message  # noqa: PLC0415

    if isinstance(message, email.message.Message):
        return _from_message(message)  # parsed by the caller, as the caller wished
    if isinstance(message, (bytes, bytearray)):
        data = bytes(message)
    elif isinstance(message, str):
        data = _encoded(message)
    else:
        raise TypeError(
            "parse_dsn() takes an email as bytes, str or email.message.Message, "
            f"not {type(message).__name__}: {shown(message)}"
        )
    part = _head(_lines(data), 0)
    if not part.fields:
        reason = "it is empty" if not data.strip() else "it has no header fields"
        raise NotAnEmailError(message, reason)
    return part


# --- What a bounce is made of ---------------------------------------------------------------

STATUS_TYPES = frozenset({"message/delivery-status", "message/global-delivery-status"})
"""RFC 3464 §2 and RFC 6533 §6: the parts that hold a report's fields."""
RETURNED_TYPES = frozenset(
    {"message/rfc822", "text/rfc822-headers", "message/global", "message/global-headers"}
)
"""RFC 3462 §2, RFC 6533: the parts that return the original message or its headers."""

_BOUNCE_SENDER = Wording(BOUNCE_SENDERS)
_BOUNCE_SUBJECT = Wording(BOUNCE_SUBJECTS)
_BOUNCE_TEXT = Wording(BOUNCE_TEXT)


def sent_as_bounce(message: Part) -> bool:
    """Whether a mail system sent *message* as a bounce: its type, its fields, its sender.
    (A person forwarding a bounce sends an ordinary message, whatever its subject says.)"""
    return (
        message.content_type == "multipart/report"
        or message.has("x-failed-recipients")
        or _BOUNCE_SENDER.found_in(message.get("from"))
    )


def reads_as_bounce(message: Part, lower: str) -> bool:
    """Whether *message* presents itself as a bounce: by how it was sent, by its subject, or
    by what its notification text (*lower*, lowercased) says."""
    return (
        sent_as_bounce(message)
        or _BOUNCE_SUBJECT.found_in(message.get("subject"))
        or _BOUNCE_TEXT.found_in_lowered(lower)
    )


def is_auto_reply(message: Part) -> bool:
    """Whether *message* is an automatic response to a message, a vacation notice or an
    out-of-office reply (RFC 3834 §5.2: ``Auto-Submitted: auto-replied``), rather than a
    bounce. Mail systems mark their bounces so too (Postfix does), so a message sent as a
    bounce is never taken for one."""
    submitted = message.get("auto-submitted").split(";", 1)[0].strip().lower()
    return submitted == "auto-replied" and not sent_as_bounce(message)


def is_feedback_report(message: Part) -> bool:
    """Whether *message* is an abuse or fraud feedback report (RFC 5965 §2: a
    ``multipart/report`` of report-type ``feedback-report``): a complaint, not a bounce."""
    if message.content_type == "multipart/report":
        return (message.param("report-type") or "").lower() == "feedback-report"
    return any(part.content_type == "message/feedback-report" for part in message.parts)


def is_service_event(text: str) -> bool:
    """Whether a notification's *text* is a sending service's JSON event mailed as an email
    (Amazon SES through an SNS email subscription: a ``Notification`` wrapping a
    ``notificationType``; SES's event publishing: an ``eventType``): the service's event, to
    read as such, not a bounce the email reports."""
    stripped = text.strip()
    if not stripped.startswith("{"):
        return False
    import json  # noqa: PLC0415 (only for text that opens as JSON)

    try:
        event = json.loads(stripped)
    except ValueError:
        return False
    return isinstance(event, dict) and (
        event.get("Type") == "Notification" or "notificationType" in event or "eventType" in event
    )


def status_part(message: Part) -> Part | None:
    """The delivery-status part of the outermost report: in the message's own parts, or in a
    message it forwards. Neither a report's returned original nor a bounce's is searched: a
    report returned with a bounce is not the bounce."""
    forwarding = not sent_as_bounce(message)
    queue = deque([message])  # breadth first: the outermost report is found first
    while queue:
        part = queue.popleft()
        kind = part.content_type
        if kind in STATUS_TYPES:
            return part
        if kind == "multipart/report":
            # RFC 6522: the second part reports, though some reports leave out the first (the
            # one for a person), and some servers send the report as text/plain.
            for index, child in enumerate(part.parts):
                if child.content_type in STATUS_TYPES or (
                    index
                    and child.content_type == "text/plain"
                    and "final-recipient" in child.text().lower()
                ):
                    return child
            continue
        if kind in RETURNED_TYPES and not forwarding:
            continue
        queue.extend(part.parts)
    return None


def returned_original(message: Part) -> tuple[Part, str] | None:
    """The header fields of the original a bounce returns, as a Part, and how it came back:
    ``"message/rfc822"`` (whole; ``message/global`` too) or ``"text/rfc822-headers"`` (its
    headers; ``message/global-headers`` too), RFC 3462 §2 and RFC 6533. The outermost one,
    outside any part it returns itself; None when the bounce returns none as a part."""
    queue = deque([message])
    while queue:
        part = queue.popleft()
        kind = part.content_type
        if kind in RETURNED_TYPES:
            whole = kind in ("message/rfc822", "message/global")
            if whole and not part.body:  # a caller's Message: its parts are parsed already
                inner = part.parts
                headers = inner[0] if inner else _part([], b"", part.depth + 1)
            else:
                # Its header fields only: the original's body (attachments too) is not read.
                data = _lines(part.payload())
                end = data.find(b"\n\n")
                headers = _head(data if end < 0 else data[: end + 1], part.depth + 1)
            if headers.fields:
                return headers, "message/rfc822" if whole else "text/rfc822-headers"
            continue
        queue.extend(part.parts)
    return None


def header_block(text: str) -> Part | None:
    """The header fields that open *text*, an original quoted in a notification, as a Part;
    None when it opens with none. Quoting often breaks a folded field onto a line of its own
    that opens without white space: up to the first blank line, a line that is no field
    continues the one before."""
    fields: list[tuple[str, list[str]]] = []  # each name, and its value's lines
    for raw_line in text.split("\n"):
        line = raw_line.rstrip("\r")
        if not line.strip():
            break
        match = _QUOTED_FIELD(line)
        if match is not None and not line[:1].isspace():
            fields.append((match[1], [match[2].strip()]))
        elif fields:
            fields[-1][1].append(line.strip())  # joined once: linear however many lines
        else:
            return None
    joined = [(name, " ".join(lines)) for name, lines in fields]
    return _part(joined, b"", 0) if joined else None


def notification_text(message: Part) -> str:
    """The text a bounce shows a person: its first text part, outside any returned original.
    A multipart whose boundary never comes is all text."""
    stack = [message]
    while stack:
        part = stack.pop()
        kind = part.content_type
        if kind in RETURNED_TYPES:
            continue
        if part.parts:
            stack.extend(reversed(part.parts))
        elif kind.startswith("text/") or (kind.startswith("multipart/") and part.depth < MAX_DEPTH):
            return part.text()
    return ""
