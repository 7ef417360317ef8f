"""What every plain-text reader shares: the notification it reads, the recipients it names,
and how the text between one named recipient and the next becomes that recipient's reply.

There is no standard for plain-text bounces, only habits, and they share a shape: the
notification names each recipient, and the server's reply follows it, before the next one.
A reader finds where its family of mail software names a recipient (a Mention); cutting the
text at the mentions is the same for all of them (recipients()).
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass

from bouncecodes._grammar import REPLY_CODE
from bouncecodes._model import Rule
from bouncecodes._reply import parse_reply
from bouncecodes._wording import alternation

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from bouncecodes._mime import Part

__all__ = [
    "ADDRESS",
    "QUOTED",
    "Found",
    "Mention",
    "Notification",
    "Reader",
    "mentions_of",
    "recipients",
    "signed_by",
]

# An address, loosely (RFC 5321 §4.1.2 Mailbox, without quoted local parts): what bounces
# print. Each part is a plain character class, so the scan stays linear.
ADDRESS = r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]|\.(?=[A-Za-z0-9]))*"
# A reply code that opens a line before the address it is about (Sendmail: "554 <bob@...>").
LEADING_REPLY_CODE = REPLY_CODE
# The marks that open each line of a bounce forwarded as quoted text ("> ", ">> ").
QUOTED = r"(?:>[ \t]?)*"


@dataclass(frozen=True, slots=True)
class Notification:
    """A plain-text bounce as the readers see it: its fields and its notification text (the
    text a person is shown, cut where the returned original begins)."""

    message: Part
    text: str
    own_addresses: frozenset[str]
    """The bounce's own From, To and Reply-To addresses, lowercased: never its recipients."""


@dataclass(frozen=True, slots=True)
class Mention:
    """Where a notification names a recipient."""

    address: str
    start: int
    end: int
    """Where the text about it starts: the reply quoted for it runs from here."""
    opens_line: bool
    """Whether the address opens its line, as a list of failed recipients does: then it is
    a recipient even when it is a role address or the bounce's own."""


@dataclass(frozen=True, slots=True)
class Found:
    """A recipient that a plain-text bounce reports, and the text quoted for it."""

    address: str
    action: str
    quoted: str


@dataclass(frozen=True, slots=True)
class Reader:
    """One family of mail software's plain-text bounces."""

    name: str
    recognizes: Callable[[Notification], bool]
    """Whether the notification is this family's."""
    mentions: Callable[[str], Iterable[Mention]]
    """Where the text names recipients, in order."""


# Role addresses a notification names for help, never as the failed recipient.
_ROLES = frozenset({"postmaster", "mailer-daemon", "abuse", "hostmaster", "webmaster"})
_SENDER_BEFORE = re.compile(r"\b(?:sent by|from)[ \t\n:]*\Z", re.IGNORECASE)


def recipients(notification: Notification, mentions: Iterable[Mention], action: str) -> list[Found]:
    """The recipients that *mentions* name, in the order the text names them first, each with
    the text quoted for it: from the mention to the next mention of another recipient."""
    text = notification.text
    anchors = []
    for mention in mentions:
        address = mention.address
        if not mention.opens_line and (
            address.lower() in notification.own_addresses
            or address.partition("@")[0].lower() in _ROLES
        ):
            continue  # named in passing: the bounce's own sender or addressee, a role
        if _SENDER_BEFORE.search(text, max(0, mention.start - 40), mention.start):
            continue  # "A message sent by <alice@example.org> could not be delivered"
        anchors.append((address, mention.start, mention.end))
    found: dict[str, tuple[str, bool]] = {}  # by lowercased address: text, has a code
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
    originals: dict[str, str] = {}
    for address, _, _ in anchors:
        originals.setdefault(address.lower(), address)
    return [Found(originals[key], action, quoted) for key, (quoted, _) in found.items()]


def _has_code(text: str) -> bool:
    return parse_reply(text).rule is not Rule.NO_CODE


def signed_by(
    phrases: tuple[tuple[str, str], ...], *, text: bool = True
) -> Callable[[Notification], bool]:
    """A reader's test: whether the notification's sender, or its *text*, carries one of
    *phrases*, a family's signature (compiled on first use)."""
    compiled: list[re.Pattern[str]] = []

    def recognizes(notification: Notification) -> bool:
        if not compiled:
            compiled.append(re.compile(alternation(phrases), re.IGNORECASE))
        search = compiled[0].search
        return bool(
            search(notification.message.get("from")) or (text and search(notification.text))
        )

    return recognizes


def mentions_of(*shapes: tuple[str, bool]) -> Callable[[str], Iterable[Mention]]:
    """A reader's mentions: where *shapes* match, each a pattern whose group ``address`` is the
    recipient and whether it opens a line (MULTILINE, case-insensitive, compiled on first
    use). Of mentions that overlap, the one that starts first counts."""
    compiled: list[tuple[re.Pattern[str], bool]] = []

    def mentions(text: str) -> list[Mention]:
        if not compiled:
            flags = re.MULTILINE | re.IGNORECASE
            compiled.extend((re.compile(shape, flags), opens) for shape, opens in shapes)
        # Each pattern's matches come in order: merging them keeps the cost linear.
        found = heapq.merge(
            *(
                (
                    (match.start(), match.end(), match["address"], opens)
                    for match in p.finditer(text)
                )
                for p, opens in compiled
            )
        )
        kept: list[Mention] = []
        for start, end, address, opens in found:
            if kept and start < kept[-1].end:
                continue
            kept.append(Mention(address.rstrip("."), start, end, opens))
        return kept

    return mentions
