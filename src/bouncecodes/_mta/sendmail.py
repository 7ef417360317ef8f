"""Sendmail: a list of the failed addresses, then a transcript of the session.

       ----- The following addresses had permanent fatal errors -----
    <bob@example.net>
        (reason: 550 5.1.1 <bob@example.net>... User unknown)

       ----- Transcript of session follows -----
    ... while talking to mx.example.net.:
    (the command, ">>> RCPT To:<bob@example.net>", on a line of its own)
    <<< 550 5.1.1 <bob@example.net>... User unknown
    550 5.1.1 <bob@example.net>... User unknown

Older ones (V5, V8) give only the transcript, each line opening with Sendmail's own code:

    554 <bob@example.net>... 550 Host unknown (Authoritative answer from name server)

The section titles are Sendmail's own (its notices, as help desks and AOL quote them). In the
transcript, the remote server's reply ("<<< 550 ...") is what counts, not Sendmail's own
summary line after it.
"""

from __future__ import annotations

from bouncecodes._grammar import REPLY_CODE, STATUS_CODE
from bouncecodes._mta._reading import ADDRESS, QUOTED, Reader, mentions_of, signed_by
from bouncecodes._phrases import SENDMAIL_SIGNATURES

__all__ = ["READER"]

READER = Reader(
    "sendmail",
    signed_by(SENDMAIL_SIGNATURES),
    mentions_of(
        # The list of failed addresses, and Sendmail's own lines: "554 <bob@...>... text".
        (
            rf"^{QUOTED}[ \t]*(?:{REPLY_CODE}[ \t]+(?:{STATUS_CODE}[ \t]+)?)?"
            rf"<(?P<address>{ADDRESS})>(?:\.\.\.)?",
            True,
        ),
        # The transcript's command: ">>> RCPT To:<bob@example.net>".
        (rf"\bRCPT To:[ \t]*<(?P<address>{ADDRESS})>", False),
    ),
)
