"""Exim: the failed addresses each alone on a line, indented, the reasons indented below.

    This message was created automatically by mail delivery software.

    A message that you sent could not be delivered to one or more of its
    recipients. This is a permanent error. The following address(es) failed:

      bob@example.net
        host mx.example.net [192.0.2.1]
        SMTP error from remote mail server after RCPT TO:<bob@example.net>:
        550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown

      carol@example.net
        (generated from team@example.org)
        Unrouteable address

The opening text is Exim's own (its specification, "Customizing bounce and warning
messages"); Exim also names the failed addresses in X-Failed-Recipients. Customised copies
(1&1, GMX) put a colon after the address and leave out the indentation.
"""

from __future__ import annotations

from bouncecodes._mta._reading import ADDRESS, QUOTED, Reader, mentions_of, signed_by
from bouncecodes._phrases import EXIM_SIGNATURES

__all__ = ["READER"]

READER = Reader(
    "exim",
    signed_by(EXIM_SIGNATURES),
    mentions_of(
        # An address alone on its line, perhaps in angle brackets or with a colon.
        (rf"^{QUOTED}[ \t]*<?(?P<address>{ADDRESS})>?:?[ \t]*$", True),
        # The transcript names it again: "SMTP error ... after RCPT TO:<bob@example.net>:".
        (rf"\bRCPT TO:[ \t]*<(?P<address>{ADDRESS})>", False),
    ),
)
