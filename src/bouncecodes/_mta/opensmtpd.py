"""OpenSMTPD: each recipient at the start of a line, its reply after a colon.

    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

    An error has occurred while attempting to deliver a message for
    the following list of recipients:

bob@example.net: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown

    Below is a copy of the original message:
"""

from __future__ import annotations

from bouncecodes._mta._reading import ADDRESS, QUOTED, Reader, mentions_of, signed_by
from bouncecodes._phrases import OPENSMTPD_SIGNATURES

__all__ = ["READER"]

READER = Reader(
    "opensmtpd",
    signed_by(OPENSMTPD_SIGNATURES),
    mentions_of((rf"^{QUOTED}(?P<address>{ADDRESS}):", True)),
)
