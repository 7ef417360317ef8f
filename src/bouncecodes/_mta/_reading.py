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

from bouncecodes import _address
from bouncecodes._grammar import REPLY_CODE
from bouncecodes._model import Rule
from bouncecodes._reply import Reply, parse_reply
from bouncecodes._wording import Wording

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

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

# An address as bounces print it (_address says which are whole).
ADDRESS = _address.ADDRESS
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
    lower: str
    """The text, lowercased: what wordings are looked for in."""
    own_addresses: frozenset[str]
    """The bounce's own From, To and Reply-To addresses, lowercased: never its recipients."""
    cut: bool = False
    """Whether the text is all of the email's and ends without a line end: the email was cut
    short, and an address at its very end may be too."""


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
    reply: Reply
    """What the quoted text says, read by parse_reply()."""


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
# Words before an address that make it the failed mail's sender.
_SENDER_WORDS = ("sent by", "from")


def recipients(notification: Notification, mentions: Iterable[Mention], action: str) -> list[Found]:
    """The recipients that *mentions* name, in the order the text names them first, each with
    the text quoted for it: from the mention to the next mention of another recipient."""
    text = notification.text
    anchors = []
    roles = []  # roles named in passing: the recipients only if no one else is, with a code
    cut_at = len(text.rstrip(" \t")) if notification.cut else None  # once, not per mention
    for mention in mentions:
        address = _whole_in(text, mention, cut_at)
        if address is None:
            continue  # not a whole address: cut short, run together, or no address at all
        own = address.lower() in notification.own_addresses
        if not mention.opens_line and own:
            continue  # named in passing: the bounce's own sender or addressee
        if not mention.opens_line and address.partition("@")[0].lower() in _ROLES:
            roles.append((address, mention.start, mention.end))
            continue  # a role, named for help, unless no one else is named and a code is
        if own and not _quotes_a_code(text, mention):
            continue  # a greeting to the bounce's addressee ("alice@example.org: Hello,")
        if _after_sender_words(text, mention.start):
            continue  # "A message sent by <alice@example.org> could not be delivered"
        anchors.append((address, mention.start, mention.end))
    only_roles = not anchors
    anchors = anchors or roles
    found: dict[str, tuple[str, Reply]] = {}  # by lowercased address: text, its reply
    keys = [address.lower() for address, _, _ in anchors]
    ends = _next_others(keys, [start for _, start, _ in anchors], len(text))
    for index, (_, _, quoted_start) in enumerate(anchors):
        key = keys[index]
        if index and keys[index - 1] == key:
            continue  # named again at once ("RCPT TO:<bob@...>"): one stretch of text
        # The text quoted for it runs to the next recipient that is another one, or to the
        # start of that one's line, when it is on a line below: what opens that line is
        # about it ("Mailbox full: carol@example.net").
        end = ends[index]
        below = text.rfind("\n", quoted_start, end)
        quoted = text[quoted_start : below if below >= 0 and end < len(text) else end].strip()
        # Named again later (Exchange lists the recipients, then their diagnostics): the
        # first text that carries a code counts.
        if key in found and found[key][1].rule is not Rule.NO_CODE:
            continue
        reply = _remote_reply(quoted, key) or parse_reply(quoted)
        if reply.rule is Rule.NO_CODE and index == 0:
            # Some servers put the reply before the recipient it is about (old Sendmail,
            # Verizon): for the first one named, the text before it. (For the others, the
            # text before is the reply quoted for the one named before.)
            earlier = parse_reply(text[: anchors[0][1]])
            reply = earlier if earlier.rule is not Rule.NO_CODE else reply
        if reply.rule is Rule.NO_CODE and reply.reason.value == "unknown":
            # "Unknown user: bob@example.com": the words before the address, on its line,
            # say what became of it (IMail and others word their reasons so).
            floor = anchors[index - 1][2] if index else 0  # no further back than the last
            quoted, reply = _said_before(text, anchors[index], floor, quoted, reply)
        if key not in found or reply.rule is not Rule.NO_CODE:
            found[key] = quoted, reply
    if only_roles:  # a role is the recipient only when a reply code is quoted for it
        found = {key: value for key, value in found.items() if value[1].rule is not Rule.NO_CODE}
    originals: dict[str, str] = {}
    for address, _, _ in anchors:
        originals.setdefault(address.lower(), address)
    return [Found(originals[key], action, quoted, reply) for key, (quoted, reply) in found.items()]


def _said_before(
    text: str, anchor: tuple[str, int, int], floor: int, quoted: str, reply: Reply
) -> tuple[str, Reply]:
    """The text quoted for a recipient, and its reply, with the words that open the
    recipient's line ahead (from *floor* on, where the recipient named before ends), when
    they end with a colon before its address; else as they were."""
    address, start, _ = anchor
    at = text.find(address, start)
    line = text[max(text.rfind("\n", floor, at) + 1, floor) : at].rstrip(' \t<"')
    words = line[:-1].strip(" \t>,;") if line.endswith(":") else ""
    if not words:
        return quoted, reply
    said = f"{words}: {quoted}" if quoted else words
    return said, parse_reply(said)


def _remote_reply(quoted: str, address: str) -> Reply | None:
    """In a transcript of the SMTP dialogue (the remote server's lines open with ``<<<``,
    Sendmail's and others'), the remote server's reply about *address*, or its first failure:
    its words, not the reporting MTA's summary, decide. None when *quoted* holds none."""
    if "<<<" not in quoted:
        return None
    first: Reply | None = None
    for line in quoted.split("\n"):
        said = line.lstrip("> \t")
        if not said.startswith("<<<"):
            continue
        reply = parse_reply(said[3:])
        if reply.rule is Rule.NO_CODE:
            continue
        if address in said.lower():
            return reply
        first = first or reply
    return first


def _quotes_a_code(text: str, mention: Mention) -> bool:
    """Whether the line that *mention* opens goes on to quote a reply code: what makes the
    bounce's own addressee a failed recipient (mail it sent itself), not a greeting."""
    first = text.find("\n", mention.end)  # its line, and the next
    second = -1 if first < 0 else text.find("\n", first + 1)
    following = text[mention.end : len(text) if second < 0 else second]
    return parse_reply(following).rule is not Rule.NO_CODE


def _whole_in(text: str, mention: Mention, cut_at: int | None) -> str | None:
    """The mention's address, when it is whole: an address by its syntax, not run together
    with the next ("bob@example.comcarol@example.net"), and not cut by the end of a message
    that was cut short (its text's end, *cut_at*, white space left off)."""
    address = mention.address
    end = text.find(address, mention.start) + len(address)
    if text[end : end + 1] == "@" or (cut_at is not None and end >= cut_at):
        return None
    return _address.whole(address)


def _matches(
    pattern: re.Pattern[str], opens: bool, text: str
) -> Iterator[tuple[int, int, str, bool]]:
    for match in pattern.finditer(text):
        yield match.start(), match.end(), match["address"], opens


def _after_sender_words(text: str, start: int) -> bool:
    """Whether "sent by" or "from" (a whole word) comes just before *start*, white space and
    a colon between."""
    before = text[max(0, start - 40) : start].rstrip(" \t\n:").lower()
    for words in _SENDER_WORDS:
        if before.endswith(words):
            opening = len(before) - len(words)
            return opening == 0 or not (before[opening - 1].isalnum() or before[opening - 1] == "_")
    return False


def _next_others(keys: list[str], starts: list[int], end: int) -> list[int]:
    """For each anchor, where the next anchor of another recipient starts (*end* if none):
    one pass from the back, so that a long list costs linear time."""
    found = [end] * len(keys)
    nearest_key: str | None = None  # the anchor after this one ...
    nearest = end
    other = end  # ... and the first one after it whose recipient differs from its own
    for index in range(len(keys) - 1, -1, -1):
        key = keys[index]
        found[index] = nearest if key != nearest_key else other
        if key != nearest_key:
            other = nearest
        nearest_key, nearest = key, starts[index]
    return found


def signed_by(
    phrases: tuple[tuple[str, str], ...], *, text: bool = True
) -> Callable[[Notification], bool]:
    """A reader's test: whether the notification's sender, or its *text*, carries one of
    *phrases*, a family's signature (compiled on first use)."""
    signature = Wording(phrases)

    def recognizes(notification: Notification) -> bool:
        return signature.found_in(notification.message.get("from")) or (
            text and signature.found_in_lowered(notification.lower)
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
        found = heapq.merge(*(_matches(pattern, opens, text) for pattern, opens in compiled))
        kept: list[Mention] = []
        for start, end, address, opens in found:
            if kept and start < kept[-1].end:
                continue
            kept.append(Mention(address.rstrip("."), start, end, opens))
        return kept

    return mentions
