"""qmail and the servers that write its format (QSBMF): one paragraph per recipient.

    Hi. This is the qmail-send program at mx.example.org.
    I'm afraid I wasn't able to deliver your message to the following addresses.
    This is a permanent error; I've given up. Sorry it didn't work out.

    <bob@example.net>:
    192.0.2.1 does not like recipient.
    Remote host said: 550 5.1.1 <bob@example.net>: Recipient address rejected
    Giving up on 192.0.2.1.

    --- Below this line is a copy of the message.

The format is D. J. Bernstein's QSBMF: the body begins "Hi. This is the", and each recipient
paragraph begins with the address in angle brackets and a colon. Haraka writes it too, and
sometimes names the recipients after "Intended Recipients:".
"""

from __future__ import annotations

from bouncecodes._mta._reading import ADDRESS, QUOTED, Reader, mentions_of, signed_by
from bouncecodes._phrases import QMAIL_SIGNATURES

__all__ = ["MENTIONS", "READER"]

MENTIONS = mentions_of(
    # QSBMF §2: a recipient paragraph begins with "<" address ">:".
    (rf"^{QUOTED}[ \t]*<(?P<address>{ADDRESS})>:", True),
    (rf"^{QUOTED}Intended Recipients:[ \t]*<(?P<address>{ADDRESS})>", True),
)

READER = Reader("qmail", signed_by(QMAIL_SIGNATURES), MENTIONS)
