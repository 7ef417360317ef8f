"""Postfix: its notices name each recipient at the start of a line, the reason after a colon.

    This is the mail system at host mx.example.org.

    I'm sorry to have to inform you that your message could not
    be delivered to one or more recipients. It's attached below.
    ...
    <bob@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <bob@example.net>:
        Recipient address rejected: User unknown (in reply to RCPT TO command)

    <carol@example.net> (expanded from <team@example.org>): Spam message rejected

The template is Postfix's own (bounce(5), bounce.cf.default); the recipient lines follow it,
folded onto indented lines. Postfix has sent RFC 3464 reports since 2.3, with this text as
their first part, so its plain form is what older servers and relays that drop the report
part send.
"""

from __future__ import annotations

from bouncecodes._mta._reading import ADDRESS, QUOTED, Reader, mentions_of, signed_by
from bouncecodes._phrases import POSTFIX_SIGNATURES

__all__ = ["READER"]

READER = Reader(
    "postfix",
    signed_by(POSTFIX_SIGNATURES),
    mentions_of(
        (
            rf"^{QUOTED}[ \t]*<?(?P<address>{ADDRESS})>?"
            rf"(?:[ \t]+\(expanded from <?{ADDRESS}>?\))?:",
            True,
        ),
    ),
)
