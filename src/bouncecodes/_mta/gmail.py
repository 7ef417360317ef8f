"""Gmail and Google Workspace: the recipient indented alone on a line, or named in a sentence.

    Delivery to the following recipient failed permanently:

         bob@example.net

    Technical details of permanent failure:
    Google tried to deliver your message, but it was rejected by the server for the
    recipient domain example.net by mx.example.net. [192.0.2.1].

    The error that the other server returned was:
    550 5.1.1 <bob@example.net>... User Unknown

and, since about 2016:

    ** Address not found **

    Your message wasn't delivered to bob@example.net because the address couldn't be found,
    or is unable to receive mail.

    The response from the remote server was:
    550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown

Gmail sends these from mailer-daemon@googlemail.com ("Mail Delivery Subsystem"), as its help
pages say; a warning says "has been delayed" and is read as one.
"""

from __future__ import annotations

from bouncecodes._mta._reading import ADDRESS, QUOTED, Reader, mentions_of, signed_by
from bouncecodes._phrases import GMAIL_SIGNATURES

__all__ = ["READER"]

READER = Reader(
    "gmail",
    signed_by(GMAIL_SIGNATURES),
    mentions_of(
        # "Delivery to the following recipient failed permanently:\n\n     bob@example.net"
        (rf"^{QUOTED}[ \t]+<?(?P<address>{ADDRESS})>?[ \t]*$", True),
        # "Your message wasn't delivered to bob@example.net because ..."
        (rf"\bdelivered to <?(?P<address>{ADDRESS})", False),
        (rf"\bdelivering your message to <?(?P<address>{ADDRESS})", False),
    ),
)
