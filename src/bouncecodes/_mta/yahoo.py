"""Yahoo and AOL: qmail's format (QSBMF), sent from Yahoo's own hosts, in Yahoo's words.

    Sorry, we were unable to deliver your message to the following address.

    <bob@example.net>:
    Remote host said: 554 delivery error: dd This user doesn't have a example.net account
    (bob@example.net) [-5] - mta1234.mail.example.yahoo.com

    --- Below this line is a copy of the message.

Yahoo's help pages show its failure notice as qmail writes it; the introduction varies, the
recipient paragraphs do not. Yahoo is told by its sender, MAILER-DAEMON at a Yahoo host.
"""

from __future__ import annotations

from bouncecodes._mta import qmail
from bouncecodes._mta._reading import Reader, signed_by
from bouncecodes._phrases import YAHOO_SENDERS

__all__ = ["READER"]

READER = Reader("yahoo", signed_by(YAHOO_SENDERS, text=False), qmail.MENTIONS)
