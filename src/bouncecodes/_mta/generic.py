"""Any mail software: the shapes most plain-text bounces share, for those no reader knows.

<bob@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 ...
  bob@example.net
    SMTP error from remote mail server after RCPT TO:<bob@example.net>:
Your message wasn't delivered to bob@example.net because ...
Unknown user: bob@example.net
"""

from __future__ import annotations

import re

from bouncecodes._mta._reading import ADDRESS, Mention, Notification, Reader

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["READER"]

_RECIPIENT = re.compile(
    # A line that opens "To:" quotes a header field of the original, as Exchange 2003's
    # summary of the returned message does: its To names no failed recipient. Read first,
    # so that the line is passed over ...
    r"(?P<field>^[ \t]*to[ \t]*:[^\n]*)"
    # ... and a line that opens with an address, bare or in angle brackets, perhaps after a
    # mark (Postfix, Exim, Sendmail, qmail, Exchange, Yahoo) ...
    rf"|^[ \t]*(?:>[ \t]?)*(?:(?:\*|--?|[45][0-9][0-9])[ \t]*)?[<\"]?(?P<line>{ADDRESS})[>\"]?:?"
    # ... or a sentence that names the recipient (Gmail, Microsoft, a transcript's RCPT TO),
    # or ends with it after a colon ("Unknown user: bob@example.com").
    rf"|\b(?:to|recipients?|address|addressee|user|mailbox)(?:[ \t]*:[ \t]*|[ \t]+)[<\"]?"
    rf"(?P<sentence>{ADDRESS})"
    # (Not after a header's name: a Message-ID, a From, a Return-Path is no recipient.)
    rf"|(?<!message-id)(?<!content-id)(?<!from)(?<!path)(?<!sender)(?<!references)"
    rf"(?<!reply-to)(?<!mailto)"
    rf":[ \t]*(?:<(?P<bracketed>{ADDRESS})>"
    rf"|(?P<ending>{ADDRESS})(?=[ \t]*(?:$|[.,;](?![A-Za-z0-9]))))",
    re.MULTILINE | re.IGNORECASE,
)


def _recognizes(notification: Notification) -> bool:
    return True


def _mentions(text: str) -> Iterator[Mention]:
    for match in _RECIPIENT.finditer(text):
        if match["field"]:
            continue
        found = match["line"] or match["sentence"] or match["bracketed"] or match["ending"]
        yield Mention(found.rstrip("."), match.start(), match.end(), bool(match["line"]))


READER = Reader("generic", _recognizes, _mentions)
