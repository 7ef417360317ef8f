"""Plain-text bounces: one reader per family of mail software, in the order they are tried.

Servers without RFC 3464 send a notification in plain text. Each module here reads one
family's notifications, its sample shapes in its docstring; READERS lists them, and the first
that recognizes a notification and finds recipients in it decides. ``generic`` comes last: the
shapes most software shares. Adding a format is one module, one fixture in tests/data/mta/,
and one line in READERS.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bouncecodes._mime import reads_as_bounce
from bouncecodes._mta import (
    exchange,
    exim,
    generic,
    gmail,
    opensmtpd,
    postfix,
    qmail,
    sendmail,
    yahoo,
)
from bouncecodes._mta._reading import ADDRESS, Found, Notification, Reader, recipients
from bouncecodes._phrases import (
    DELAY_WORDS,
    ORIGINAL_MESSAGE_FIELDS,
    ORIGINAL_MESSAGE_MARKERS,
    ORIGINAL_MESSAGE_OPENINGS,
    PERMANENT_WORDS,
)
from bouncecodes._wording import Wording

TYPE_CHECKING = False
if TYPE_CHECKING:
    from bouncecodes._mime import Part

__all__ = [
    "READERS",
    "Found",
    "Reader",
    "read_plain_text",
    "reader_and_recipients",
    "returned_text",
]

READERS = (
    postfix.READER,
    exim.READER,
    sendmail.READER,
    qmail.READER,
    yahoo.READER,
    gmail.READER,
    exchange.READER,
    opensmtpd.READER,
    generic.READER,
)

# Where the notification ends and the returned original (or its headers) begins.
_ORIGINAL_MARKER = Wording(ORIGINAL_MESSAGE_MARKERS, r"^[ \t]*-{2,}[ \t]*{}", re.MULTILINE)
_ORIGINAL_OPENING = Wording(ORIGINAL_MESSAGE_OPENINGS, r"^[ \t]*{}", re.MULTILINE)
_ORIGINAL_FIELD = Wording(ORIGINAL_MESSAGE_FIELDS, "^{}:", re.MULTILINE)
_DELAYED = Wording(DELAY_WORDS)
_PERMANENT = Wording(PERMANENT_WORDS)
# The bounce's own addresses in its fields: each run of address characters is tried once.
_OWN_ADDRESS: list[re.Pattern[str]] = []


@lru_cache(maxsize=2)
def _original_start(body: str) -> tuple[int, bool]:
    """Where in *body* the returned original (or its headers) begins, -1 if nowhere; and
    whether a marker line opens it (rather than its first header field). Kept for the last
    bodies: the readers and the bounce's context both ask, of the same text."""
    lower = body.lower()
    if len(lower) != len(body):  # lowercasing made it longer (U+0130): positions must hold
        first = [wording.first(body) for wording in (_ORIGINAL_MARKER, _ORIGINAL_OPENING)]
        field = _ORIGINAL_FIELD.first(body)
    else:
        first = [
            wording.first_in_lowered(lower) for wording in (_ORIGINAL_MARKER, _ORIGINAL_OPENING)
        ]
        field = _ORIGINAL_FIELD.first_in_lowered(lower)
    markers = [start for start in first if start >= 0]
    marker = min(markers) if markers else -1
    if marker >= 0 and (field < 0 or marker <= field):
        return marker, True
    return field, False


def _notification(body: str) -> str:
    start, _ = _original_start(body)
    return body[:start] if start >= 0 else body


def returned_text(body: str) -> str | None:
    """The original a plain-text notification quotes after itself, from its header fields
    on ("------ This is a copy of the message, including all the headers. ------"); None
    when it quotes none."""
    start, marked = _original_start(body)
    if start < 0:
        return None
    if marked:  # the marker's line, then any blank lines
        line_end = body.find("\n", start)
        start = len(body) if line_end < 0 else line_end + 1
    return body[start:].lstrip("\r\n \t") or None


def _is_delay_warning(message: Part, lower: str) -> bool:
    """Whether the notification (*lower*, lowercased) is only a warning: the mail is still
    queued."""
    subject = message.get("subject")
    if _DELAYED.found_in(subject):
        return not _PERMANENT.found_in(subject)
    return _DELAYED.found_in_lowered(lower) and not _PERMANENT.found_in_lowered(lower)


def reader_and_recipients(message: Part, body: str) -> tuple[Reader | None, list[Found]]:
    """The reader that decided a plain-text bounce, and the failed recipients it found, in the
    order the notification names them, each with the text quoted for it; (None, []) when no
    reader finds any. *body* is the notification's text."""
    text = _notification(body)
    lower = text.lower()
    if not reads_as_bounce(message, lower):
        return None, []
    if not _OWN_ADDRESS:
        _OWN_ADDRESS.append(re.compile(ADDRESS))
    own = frozenset(
        address.lower()
        for name in ("from", "to", "reply-to")
        for address in _OWN_ADDRESS[0].findall(message.get(name))
    )
    cut = text is body and not body.endswith(("\n", "\r"))
    notification = Notification(message, text, lower, own, cut)
    action = "delayed" if _is_delay_warning(message, lower) else "failed"
    for reader in READERS:
        if reader.recognizes(notification):
            found = recipients(notification, reader.mentions(text), action)
            if found:
                return reader, found
    return None, []


def read_plain_text(message: Part, body: str) -> list[Found]:
    """The failed recipients of a plain-text bounce, as reader_and_recipients() finds them."""
    return reader_and_recipients(message, body)[1]
