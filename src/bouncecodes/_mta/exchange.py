"""Microsoft Exchange, Exchange Online and Office 365, and IIS's SMTP service.

Exchange 2007 and later, and Exchange Online, list the recipients, then repeat each with the
remote server's reply:

    Delivery has failed to these recipients or groups:

    bob@example.net<mailto:bob@example.net>
    The email address you entered couldn't be found. ...

    Diagnostic information for administrators:

    Generating server: EX1.example.org

    bob@example.net
    Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

    (Exchange 2007: "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##")

Exchange 2003 names each recipient with a date, after a summary of the original that quotes
its own To field (which names no failed recipient):

    Your message

      To:      carol@example.org
      Subject: Hello
      Sent:    Thu, 29 Apr 2010 00:00:00 -0000

    did not reach the following recipient(s):

    bob@example.net on Thu, 29 Apr 2010 00:00:00 -0000
        The recipient name is not recognized

IIS's SMTP service: "Delivery to the following recipients failed.", the addresses below.
"""

from __future__ import annotations

from bouncecodes._mta._reading import ADDRESS, QUOTED, Reader, mentions_of, signed_by
from bouncecodes._phrases import EXCHANGE_SIGNATURES

__all__ = ["READER"]

READER = Reader(
    "exchange",
    signed_by(EXCHANGE_SIGNATURES),
    mentions_of(
        # An address alone on its line, perhaps quoted with its mailto link, or dated (2003).
        (
            rf"^{QUOTED}[ \t]*['\"]?<?(?P<address>{ADDRESS})>?['\"]?"
            rf"(?:<mailto:{ADDRESS}>)?(?:[ \t]+on[ \t][^\n]*)?[ \t]*$",
            True,
        ),
        # Exchange Online: "Your message to bob@example.net couldn't be delivered."
        (rf"\bYour message to <?(?P<address>{ADDRESS})>? couldn", False),
    ),
)
