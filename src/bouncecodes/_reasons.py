"""The reason taxonomy: why a bounce happened, whose side it is on, and what to do about it.

The table's Hard/Soft says whether a delivery failed for good. A Reason says why, its Party
whose side the problem is on, and the Verdict what a sender does with the address: the
taxonomy and the rule are ``../shared/reference/reasons.md``'s, written down in
docs/classification.md. This module loads on first use: its enums cost more to build than
the rest of the package's import.
"""

import enum

__all__ = ["Party", "Reason", "Verdict"]


class Party(str, enum.Enum):
    """Whose side a bounce's reason is on."""

    ADDRESS = "address"
    """The address is dead."""
    RECIPIENT = "recipient"
    """The mailbox or its server cannot take mail now."""
    SENDER = "sender"
    """The refusal is about the sender, its IP or domain, or its message: the address is fine."""
    NETWORK = "network"
    """The path between them."""
    UNKNOWN = "unknown"
    """Nothing says."""

    def __str__(self) -> str:
        return self.value


class Reason(str, enum.Enum):
    """Why a bounce happened. Each member equals its value (``Reason.SPAM == "spam"``) and
    has a ``party``."""

    party: Party
    """Whose side the reason is on (set below, from reasons.md's table)."""

    def __str__(self) -> str:
        return str(self.value)

    USER_UNKNOWN = "user-unknown"
    """No such mailbox at the domain (X.1.1)."""
    DOMAIN_UNKNOWN = "domain-unknown"
    """The domain does not exist or has no mail host (X.1.2, NXDOMAIN)."""
    NO_MAIL = "no-mail"
    """The domain or host accepts no mail at all (null MX, RFC 7505; X.1.10, 521, 556)."""
    MOVED = "moved"
    """The mailbox has moved, no forwarding address (X.1.6)."""
    SUPPRESSED = "suppressed"
    """A sending service refused it from its own suppression list."""
    DISABLED = "disabled"
    """The mailbox exists but is disabled, suspended or inactive (X.2.1)."""
    MAILBOX_FULL = "mailbox-full"
    """The mailbox is over its quota (X.2.2)."""
    SYSTEM_ERROR = "system-error"
    """The receiving system failed or is full (X.3.x)."""
    BLOCKED = "blocked"
    """The sending IP or domain is blocked: blocklist, bad reputation, no reverse DNS."""
    SPAM = "spam"
    """The message was judged spam."""
    VIRUS = "virus"
    """A virus or malware was found in the message."""
    AUTHENTICATION = "authentication"
    """SPF, DKIM, DMARC or ARC failed or was missing (X.7.20-X.7.29)."""
    POLICY = "policy"
    """Refused by the receiver's rules about the sender or the message."""
    SENDER_REJECTED = "sender-rejected"
    """The envelope sender address was refused (X.1.7, X.1.8)."""
    RELAY_DENIED = "relay-denied"
    """Relaying was refused: the sender may not use that server."""
    SECURITY = "security"
    """TLS or authentication required, or an encryption step failed."""
    RATE_LIMITED = "rate-limited"
    """Too many messages or connections from the sender: slow down."""
    TOO_LARGE = "too-large"
    """The message is too big for the receiver (X.2.3, X.3.4)."""
    PROTOCOL = "protocol"
    """The SMTP dialogue went wrong: a syntax or sequence error (X.5.x)."""
    NETWORK = "network"
    """No connection, a DNS lookup failure, a routing failure (X.4.x)."""
    EXPIRED = "expired"
    """The sending server gave up after retrying for its time limit (X.4.7)."""
    UNKNOWN = "unknown"
    """No code and no words that say why."""


# Each reason's party, as reasons.md's table gives it.
for _reason, _party in {
    Reason.USER_UNKNOWN: Party.ADDRESS,
    Reason.DOMAIN_UNKNOWN: Party.ADDRESS,
    Reason.NO_MAIL: Party.ADDRESS,
    Reason.MOVED: Party.ADDRESS,
    Reason.SUPPRESSED: Party.ADDRESS,
    Reason.DISABLED: Party.RECIPIENT,
    Reason.MAILBOX_FULL: Party.RECIPIENT,
    Reason.SYSTEM_ERROR: Party.RECIPIENT,
    Reason.BLOCKED: Party.SENDER,
    Reason.SPAM: Party.SENDER,
    Reason.VIRUS: Party.SENDER,
    Reason.AUTHENTICATION: Party.SENDER,
    Reason.POLICY: Party.SENDER,
    Reason.SENDER_REJECTED: Party.SENDER,
    Reason.RELAY_DENIED: Party.SENDER,
    Reason.SECURITY: Party.SENDER,
    Reason.RATE_LIMITED: Party.SENDER,
    Reason.TOO_LARGE: Party.SENDER,
    Reason.PROTOCOL: Party.SENDER,
    Reason.NETWORK: Party.NETWORK,
    Reason.EXPIRED: Party.NETWORK,
    Reason.UNKNOWN: Party.UNKNOWN,
}.items():
    _reason.party = _party
del _reason, _party


class Verdict(str, enum.Enum):
    """What a sender does with the address (docs/classification.md, "The verdict")."""

    SUPPRESS = "suppress"
    """Stop sending to it: it is dead, or the failure is permanent."""
    RETRY = "retry"
    """Send again later: the mail is still queued, or the failure is transient."""
    FIX_SENDER = "fix-sender"
    """The refusal is about the sender: fix that, and do not count it against the address."""

    def __str__(self) -> str:
        return self.value
