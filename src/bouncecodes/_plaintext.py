"""Plain-text bounces: finding each failed recipient, and the reply quoted for it, in the text
that servers without RFC 3464 send.

There is no standard here, only habits, and they share a shape: the notification names each
recipient at the start of a line, and the server's reply follows it, before the next one:

    Postfix     <bob@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 ...
    Exim          bob@example.net
                    host mx.example.net [192.0.2.1]
                    SMTP error from remote mail server after RCPT TO:<bob@example.net>:
                    550 5.1.1 ...
    Sendmail    <bob@example.net>
                    (reason: 550 5.1.1 User unknown)
    qmail       <bob@example.net>:
                192.0.2.1 does not like recipient.
                Remote host said: 550 5.1.1 ...
    Exchange    bob@example.net
                Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; ...'
    Gmail       Your message wasn't delivered to bob@example.net because ...
                The response from the remote server was:
                550 5.1.1 ...

So the reader cuts the notification where the returned original begins, finds the lines
that name an address, and hands the text from each to the next to parse_reply(). An address
named twice (Exchange lists them, then repeats them with the diagnostics) takes the text that
carries a code.
"""

from __future__ import annotations

import re

from bouncecodes._model import Rule
from bouncecodes._reply import parse_reply

TYPE_CHECKING = False  # typing costs more to import than the rest of the package
if TYPE_CHECKING:
    from email.message import Message

__all__ = ["read_plain_text", "sent_as_bounce"]

# An address, loosely (RFC 5321 §4.1.2 Mailbox, without quoted local parts): what bounces
# print. Each part is a plain character class, so the scan stays linear.
_ADDRESS = r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]|\.(?=[A-Za-z0-9]))*"

_RECIPIENT = re.compile(
    # A line that opens with an address, bare or in angle brackets, perhaps after a mark
    # (Postfix, Exim, Sendmail, qmail, Exchange, Yahoo) ...
    rf"^[ \t]*(?:>[ \t]?)*(?:(?:\*|--?|[45][0-9][0-9])[ \t]*)?[<\"]?(?P<line>{_ADDRESS})[>\"]?:?"
    # ... or a sentence that names the recipient (Gmail, Microsoft, a transcript's RCPT TO),
    # or ends with it after a colon ("Unknown user: bob@example.com").
    rf"|\b(?:to|recipients?|address|addressee|user|mailbox)(?:[ \t]*:[ \t]*|[ \t]+)[<\"]?"
    rf"(?P<sentence>{_ADDRESS})"
    # (Not after a header's name: a Message-ID, a From, a Return-Path is no recipient.)
    rf"|(?<!id)(?<!from)(?<!path)(?<!sender)(?<!references)(?<!reply-to)(?<!mailto)"
    rf":[ \t]*(?:<(?P<bracketed>{_ADDRESS})>"
    rf"|(?P<ending>{_ADDRESS})(?=[ \t]*(?:$|[.,;](?![A-Za-z0-9]))))",
    re.MULTILINE | re.IGNORECASE,
)
# Role addresses a notification names for help, never as the failed recipient.
_ROLES = frozenset({"postmaster", "mailer-daemon", "abuse", "hostmaster", "webmaster"})

_ADDRESSES = re.compile(_ADDRESS)
_SENDER_BEFORE = re.compile(r"\b(?:sent by|from)[ \t\n:]*\Z", re.IGNORECASE)
# Where the notification ends and the returned original (or its headers) begins.
_ORIGINAL = re.compile(
    r"^[ \t]*-{2,}[ \t]*(?:this is a copy|below this line|original message|returned message"
    r"|undelivered message|the original message|message headers|headers of the original)"
    r"|^[ \t]*(?:below this line is a copy of the message|original message headers:)"
    r"|^(?:Received|Return-Path|Message-ID|DKIM-Signature):",
    re.MULTILINE | re.IGNORECASE,
)

# A bounce that is only a warning: the mail is still queued (Exim, Postfix, Sendmail).
_DELAYED = re.compile(
    r"delayed|\bdelay\b|warning: message|will (?:continue to |keep )?(?:try|retry)"
    r"|still (?:being )?(?:tr|retr)|not yet been delivered",
    re.IGNORECASE,
)
_PERMANENT = re.compile(r"permanent|fatal|failed|failure|undeliverable|returned", re.IGNORECASE)


def _address_of(match: re.Match[str]) -> str:
    found = match["line"] or match["sentence"] or match["bracketed"] or match["ending"]
    return found.rstrip(".")


def _notification(body: str) -> str:
    original = _ORIGINAL.search(body)
    return body if original is None else body[: original.start()]


# What marks an email as a bounce: who sends it, what it is called, the fields MTAs add.
_BOUNCE_SENDER = re.compile(
    r"mailer-daemon|post_?master|mail delivery|delivery subsystem|mdaemon|mail administrator"
    r"|microsoftexchange",
    re.IGNORECASE,
)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|undelivered|non-?deliver|delivery (?:status|fail|failure|notification|problem"
    r"|report|has failed|incomplete)|returned mail|mail delivery|failure notice|delivery error"
    r"|could not be delivered|not delivered|returning message|bounce|delayed mail"
    r"|warning: could not|rejected|failed|failure",
    re.IGNORECASE,
)


_BOUNCE_TEXT = re.compile(
    r"could ?n[o']t be delivered|was ?n[o']t delivered|delivery (?:has )?failed"
    r"|permanent error|delivery to the following|returned to sender|unable to deliver"
    r"|trouble delivering|error delivering|following address",
    re.IGNORECASE,
)


def sent_as_bounce(message: Message) -> bool:
    """Whether a mail system sent *message* as a bounce: its type, its fields, its sender.
    (A person forwarding a bounce sends an ordinary message, whatever its subject says.)"""
    return (
        message.get_content_type() == "multipart/report"
        or "x-failed-recipients" in message
        or _BOUNCE_SENDER.search(str(message.get("from", ""))) is not None
    )


def _is_bounce(message: Message, text: str) -> bool:
    """Whether *message* presents itself as a bounce, by how it was sent, its subject, or
    what its notification *text* says."""
    return (
        sent_as_bounce(message)
        or _BOUNCE_SUBJECT.search(str(message.get("subject", ""))) is not None
        or _BOUNCE_TEXT.search(text) is not None
    )


def _is_delay_warning(message: Message, text: str) -> bool:
    subject = str(message.get("subject", ""))
    if _DELAYED.search(subject):
        return not _PERMANENT.search(subject)
    return _DELAYED.search(text) is not None and _PERMANENT.search(text) is None


def read_plain_text(message: Message, body: str) -> list[tuple[str, str, str]]:
    """The failed recipients of a plain-text bounce: (address, action, the text quoted for it),
    in the order the notification names them. *body* is the notification's text."""
    text = _notification(body.replace("\r\n", "\n"))
    if not _is_bounce(message, text):
        return []
    own = {
        address.lower()
        for name in ("from", "to", "reply-to")
        for address in _ADDRESSES.findall(str(message.get(name, "")))
    }
    found: dict[str, tuple[str, bool]] = {}  # by lowercased address: text, has a code
    anchors = []
    for match in _RECIPIENT.finditer(text):
        address = _address_of(match)
        if not match["line"] and (
            address.lower() in own or address.partition("@")[0].lower() in _ROLES
        ):
            continue  # named in passing: the bounce's own sender or addressee, a role
        if _SENDER_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "A message sent by <alice@example.org> could not be delivered"
        anchors.append((address, match.start(), match.end()))
    for index, (address, _, quoted_start) in enumerate(anchors):
        key = address.lower()
        if index and anchors[index - 1][0].lower() == key:
            continue  # named again at once ("RCPT TO:<bob@...>"): one stretch of text
        # The text quoted for it runs to the next recipient that is another one.
        end = next(
            (start for other, start, _ in anchors[index + 1 :] if other.lower() != key),
            len(text),
        )
        quoted = text[quoted_start:end].strip()
        # Named again later (Exchange lists the recipients, then their diagnostics): the
        # first text that carries a code counts.
        if key not in found or (not found[key][1] and _has_code(quoted)):
            found[key] = quoted, _has_code(quoted)
    action = "delayed" if _is_delay_warning(message, text) else "failed"
    originals: dict[str, str] = {}
    for address, _, _ in anchors:
        originals.setdefault(address.lower(), address)
    return [(originals[key], action, quoted) for key, (quoted, _) in found.items()]


def _has_code(text: str) -> bool:
    return parse_reply(text).rule is not Rule.NO_CODE
