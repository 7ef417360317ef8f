"""Plain-text bounces: one reader per family of mail software, in the order they are tried.

Servers without RFC 3464 send a notification in plain text. Each module here reads one
family's notifications, its sample shapes in its docstring; READERS lists them, and the first
that recognizes a notification and finds recipients in it decides. ``generic`` comes last: the
shapes most software shares. Adding a format is one module, one fixture in tests/data/mta/,
and one line in READERS.
"""

from __future__ import annotations

import re

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
from bouncecodes._wording import alternation

TYPE_CHECKING = False
if TYPE_CHECKING:
    from bouncecodes._mime import Part

__all__ = ["READERS", "Found", "Reader", "read_plain_text", "reader_and_recipients"]

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

_COMPILED: list[tuple[re.Pattern[str], ...]] = []


def _patterns() -> tuple[re.Pattern[str], ...]:
    if not _COMPILED:
        _COMPILED.append(
            (
                # Where the notification ends and the returned original (or its headers) begins.
                re.compile(
                    rf"^[ \t]*-{{2,}}[ \t]*(?:{alternation(ORIGINAL_MESSAGE_MARKERS)})"
                    rf"|^[ \t]*(?:{alternation(ORIGINAL_MESSAGE_OPENINGS)})"
                    rf"|^(?:{alternation(ORIGINAL_MESSAGE_FIELDS)}):",
                    re.MULTILINE | re.IGNORECASE,
                ),
                re.compile(alternation(DELAY_WORDS), re.IGNORECASE),
                re.compile(alternation(PERMANENT_WORDS), re.IGNORECASE),
                re.compile(ADDRESS),
            )
        )
    return _COMPILED[0]


def _notification(body: str) -> str:
    original = _patterns()[0].search(body)
    return body if original is None else body[: original.start()]


def _is_delay_warning(message: Part, text: str) -> bool:
    """Whether the notification is only a warning: the mail is still queued."""
    _, delayed, permanent, _ = _patterns()
    subject = message.get("subject")
    if delayed.search(subject):
        return not permanent.search(subject)
    return delayed.search(text) is not None and permanent.search(text) is None


def reader_and_recipients(message: Part, body: str) -> tuple[Reader | None, list[Found]]:
    """The reader that decided a plain-text bounce, and the failed recipients it found, in the
    order the notification names them, each with the text quoted for it; (None, []) when no
    reader finds any. *body* is the notification's text."""
    text = _notification(body)
    if not reads_as_bounce(message, text):
        return None, []
    addresses = _patterns()[3]
    own = frozenset(
        address.lower()
        for name in ("from", "to", "reply-to")
        for address in addresses.findall(message.get(name))
    )
    notification = Notification(message, text, own)
    action = "delayed" if _is_delay_warning(message, text) else "failed"
    for reader in READERS:
        if reader.recognizes(notification):
            found = recipients(notification, reader.mentions(text), action)
            if found:
                return reader, found
    return None, []


def read_plain_text(message: Part, body: str) -> list[Found]:
    """The failed recipients of a plain-text bounce, as reader_and_recipients() finds them."""
    return reader_and_recipients(message, body)[1]
