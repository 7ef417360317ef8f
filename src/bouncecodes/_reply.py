"""The reply reader: what a mail server said, read into its codes and its words.

Users rarely hold a clean ``550``: they hold a server's reply, as smtplib raised it, as an MTA
logged it, or as a bounce message quoted it. There are three ways in, and one way out:

- parse_reply(text): text as users hold it: one reply or a multiline one, a log line, a
  transcript, DSN fields pasted as text, a relay's wrapper around the remote server's reply;
- reply_from_smtp(code, text): a client library has already split the reply code off
  (smtplib's ``smtp_code`` and ``smtp_error``);
- reply_from_report(status, diagnostic): a delivery-status block's Status and
  Diagnostic-Code values, as the RFC 3464 reader read them.

Each finds the codes with the grammar's patterns (``_grammar``), by the rules written in
docs/classification.md, and resolves them with the rule that classify() uses. Nothing here
writes a code into text to read it back. Every scan is linear: no nested repetition, and
each passes over the text once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bouncecodes._classify import resolve
from bouncecodes._errors import shown
from bouncecodes._grammar import dotted, enhanced_code, patterns
from bouncecodes._model import BounceCode, BounceType, Rule

TYPE_CHECKING = False  # typing costs more to import than the rest of the package
if TYPE_CHECKING:
    from collections.abc import Callable

    from bouncecodes._classify import Resolution

__all__ = ["Reply", "parse_reply", "reply_from_report", "reply_from_smtp"]


@dataclass(frozen=True, init=False)
class Reply:
    """What a server's reply says: its codes, its words, and the row and type they resolve to."""

    __slots__ = ("basic", "enhanced", "entry", "rule", "text", "type")

    basic: int | None
    """The RFC 5321 reply code, such as 550; None when the reply carries none."""
    enhanced: str | None
    """The RFC 3463 enhanced status code, such as ``"5.1.1"``; None when the reply carries none."""
    text: str
    """The human part: continuation lines joined, codes and transport prefixes removed."""
    entry: BounceCode | None
    """The table row the codes resolve to; None when no row fits and the class decided."""
    type: BounceType
    """Hard or soft."""
    rule: Rule
    """Which step of the resolution decided (docs/classification.md)."""

    def __init__(
        self,
        basic: int | None,
        enhanced: str | None,
        text: str,
        entry: BounceCode | None,
        type: BounceType,
        rule: Rule,
    ) -> None:
        # Written by hand, the fields in their order: parse_reply() makes one a reply, and a
        # frozen dataclass's generated __init__ costs twice as much as setting the slots.
        _set_basic(self, basic)
        _set_enhanced(self, enhanced)
        _set_text(self, text)
        _set_entry(self, entry)
        _set_type(self, type)
        _set_rule(self, rule)

    def __reduce__(self) -> tuple[Callable[..., Reply], tuple[object, ...]]:
        # A frozen class with hand-made slots cannot be unpickled slot by slot.
        return Reply, (self.basic, self.enhanced, self.text, self.entry, self.type, self.rule)


_set_basic, _set_enhanced, _set_text, _set_entry, _set_type, _set_rule = (
    Reply.__dict__[field].__set__
    for field in ("basic", "enhanced", "text", "entry", "type", "rule")
)


# --- Where the server's own reply is --------------------------------------------------------

# RFC 3464 §2.3:  status-field = "Status" ":" status-code
#                 diagnostic-code-field = "Diagnostic-Code" ":" diagnostic-type ";" *text
# with RFC 5322 folding: continuation lines begin with white space. Fields pasted as text.
_DSN_FIELD = r"^[ \t]*(?P<name>diagnostic-code|status)[ \t]*:(?P<value>[^\n]*(?:\n[ \t][^\n]*)*)"
# Quoted-printable soft line breaks (RFC 2045 §6.7) left in copied text.
_SOFT_BREAK = "=\n"

_COMPILED: list[tuple[re.Pattern[str], re.Pattern[str]]] = []


def _text_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of pasted text, compiled on first use."""
    if not _COMPILED:
        _COMPILED.append(
            (re.compile(_DSN_FIELD, re.IGNORECASE | re.MULTILINE), re.compile(_SOFT_BREAK))
        )
    return _COMPILED[0]


# RFC 3464 §2.3 diagnostic types seen before a quoted reply, besides the "X-" ones.
_DIAGNOSTIC_TYPES = frozenset({"smtp", "esmtp", "lmtp", "unknown"})
# What a reply's text is left opening with once its codes are cut out: "550: 5.2.2 ...",
# "550-'5.2.2 ..." (a relay quoting the reply), "550 - 5.7.1 ...".
_LEADING_PUNCTUATION = " :;,-'\""
# How a relay opens the remote server's reply that it quotes: 550-'...' or 550 '...'.
_QUOTE_OPENINGS = frozenset({"-'", '-"', " '", ' "'})


def _pasted_fields(text: str) -> tuple[str, str]:
    """DSN fields pasted as text: (the Status values, the Diagnostic-Code value or the text)."""
    lower = text.lower()
    if lower.lstrip(" \t").startswith("diagnostic-code") and _one_field(text):
        # One field, folded or not (most DSN values as tools copy them): no scan needed.
        colon = lower.find(":")
        field_end = lower.find("diagnostic-code") + len("diagnostic-code")
        if colon > 0 and not lower[field_end:colon].strip(" \t"):
            return "", text[colon + 1 :]
        return "", text
    if "diagnostic-code" not in lower and "status" not in lower:
        return "", text
    status = ""
    reply = ""
    for field in _text_patterns()[0].finditer(text):
        if field["name"].lower() == "status":
            status += field["value"] + "\n"
        elif not reply:
            reply = field["value"]
    return status, reply or text


def _one_field(text: str) -> bool:
    """Whether every line of *text* after the first is folded: begins with white space."""
    newline = text.find("\n")
    while newline >= 0:
        if text[newline + 1 : newline + 2] not in (" ", "\t"):
            return False
        newline = text.find("\n", newline + 1)
    return True


def _reply_start(text: str) -> tuple[str, str]:
    """Split *text* into what comes before the server's own reply (an MTA's own words) and the
    reply: after the diagnostic type that opens the text, a line or a log's field, before its
    first ";" (RFC 3464 §2.3: "smtp;", "X-Postfix;"; "failed,5.1.1,smtp;553 ..."), and after
    an MTA's "host ... said:" (Postfix, qmail)."""
    lower = text.lower()
    start = end = 0
    semicolon = lower.find(";")
    if (
        semicolon > 0
        and (
            lower[:semicolon].strip(" \t") in _DIAGNOSTIC_TYPES  # the common "smtp; 550 ..."
            or _is_diagnostic_type(lower[:semicolon])
        )
    ):
        start, end = semicolon, semicolon + 1
    said = lower.find("said:", end)
    if said >= 0:
        start, end = said, said + len("said:")
    if not end:
        return "", text
    return text[:start], text[end:]


def _is_diagnostic_type(prefix: str) -> bool:
    """Whether *prefix*, the lowercased text before a ";", ends with a diagnostic type that
    stands at its start, a line's start, or after a log field's "," or ":"."""
    prefix = prefix.rstrip()
    if not prefix:
        return False
    word = prefix.rsplit(None, 1)[-1].rpartition(",")[2].rpartition(":")[2]
    before = prefix[: len(prefix) - len(word)].rstrip(" \t")
    return (word in _DIAGNOSTIC_TYPES or word.startswith("x-")) and (
        not before or before[-1] in ",:\n"
    )


# --- Which codes count ----------------------------------------------------------------------


def _first_enhanced(text: str) -> str | None:
    """The first enhanced code in *text*, or a log's status field: what only fills in."""
    for match in patterns().scan.finditer(text):
        if match["enhanced"] is not None:
            return match[0]
        if match["status"]:
            return match["status"]
    return None


def _read_codes(reply: str, basic: int | None = None) -> tuple[int | None, str | None, str]:
    """The reply code and the enhanced code of *reply*, and the reply with them cut out.

    *basic* is a reply code already known (a client library split it off): then only the
    enhanced code is looked for, as if the reply code stood before the text.
    """
    if basic is None:
        head = patterns().head.match(reply)
        if head:
            return int(head["basic"]), head["enhanced"], reply[head.end() :]
    known = basic is not None
    enhanced: str | None = None
    before_basic: str | None = None  # an enhanced code before any reply code
    quoted = False  # whether the reply code opens a quoted reply: a relay's wrapper around it
    status: str | None = None  # a log's status field: only fills in what the reply lacks
    basic_span = enhanced_span = before_span = (0, 0)
    for match in patterns().scan.finditer(reply):
        if match["status"]:
            status = status or match["status"]
        elif match["enhanced"] is not None:
            if basic is not None:
                enhanced = match[0]
                enhanced_span = match.span()
                break
            if before_basic is None:
                before_basic = match[0]
                before_span = match.span()
        elif basic is None:
            end = match.end()
            start = match.start()
            if start and reply[start - 1] == "=" and not reply[end : end + 1].isspace():
                continue  # a log field's number, as in "delay=574,"; "stat=451 ..." is a reply
            if match["after_command"]:
                basic = int(match["after_command"])
                basic_span = (start + 1, end)
                continue
            basic = int(match[0][:3])
            basic_span = match.span()
            enhanced = match["glued"]
            if enhanced:
                break
            quoted = reply[end : end + 2] in _QUOTE_OPENINGS
        elif match["reply"] is not None and int(match[0][:3]) != basic:
            break  # another reply ("<<< 552 ...", then Sendmail's own "554 5.0.0"): not ours
        elif match["glued"]:  # "550: Message failed: 550-5.7.1 ..."
            enhanced = match["glued"]
            enhanced_span = match.span()
            break
    if not enhanced and not quoted and not known:
        # "4.7.1 Ratelimit exceeded (451)"; "Sorry, no mailbox here (#5.1.1)". But a relay's
        # own code before the remote reply it quotes (Amazon SES: "5.3.0 - Other mail system
        # problem 550-'Unknown user'") is not the remote server's.
        enhanced = before_basic
        enhanced_span = before_span
    enhanced = enhanced or status
    # Of a quoted reply, only the quoted part.
    words = _cut(reply, basic_span[0] if quoted else 0, sorted([basic_span, enhanced_span]))
    return basic, enhanced, words


def _cut(text: str, start: int, spans: list[tuple[int, int]]) -> str:
    """*text* from *start* on, without the *spans* (in order) that lie there."""
    pieces = []
    for span_start, span_end in spans:
        if span_start >= start:
            pieces.append(text[start:span_start])
            start = span_end
    pieces.append(text[start:])
    return "".join(pieces)


def _human_text(reply: str, basic: int | None, enhanced: str | None) -> str:
    """The reply's words once its codes are cut out: continuation markers dropped ("550-5.1.1 "
    opening each line, or left mid-line when an MTA joined the lines), the lines joined, white
    space collapsed."""
    if basic is not None and str(basic) in reply:
        markers = [f"{basic}-{enhanced} ", f"{basic} {enhanced} "] if enhanced else []
        markers += [f"{basic}-", f"{basic} "]
    else:
        markers = []
    if enhanced is not None and enhanced in reply:
        markers.append(f"{enhanced} ")  # smtplib's multiline text: each line's enhanced code
    for marker in markers:
        reply = reply.replace("\n" + marker, "\n").replace(" " + marker, " ")
    if "#" in reply or "()" in reply:
        reply = reply.replace("(#)", "").replace("[#]", "").replace("()", "")
    return " ".join(reply.split()).lstrip(_LEADING_PUNCTUATION)


@lru_cache(maxsize=4096)
def _resolve(basic: int | None, enhanced: str | None) -> tuple[str | None, Resolution]:
    """The normalized enhanced code and the resolution of a reply's codes, as found."""
    code = None if enhanced is None else enhanced_code(enhanced)
    resolution = resolve(basic, code)
    # Only failure codes are read, so the codes found always resolve.
    assert resolution is not None
    return None if code is None else dotted(code), resolution  # "5.7.01" is 5.7.1


def _reply(basic: int | None, enhanced: str | None, words: str) -> Reply:
    normal, (entry, type_, rule) = _resolve(basic, enhanced)
    return Reply(basic, normal, _human_text(words, basic, normal), entry, type_, rule)


def _read(text: str, fill_in: str | None = None, basic: int | None = None) -> Reply:
    """The Reply of *text*: where the reply starts, its codes, its words. An enhanced code in
    *fill_in*, or before the reply, supplies one the reply lacks."""
    before, reply = _reply_start(text)
    basic, enhanced, words = _read_codes(reply, basic)
    if enhanced is None:
        enhanced = fill_in or (_first_enhanced(before) if before else None)
    return _reply(basic, enhanced, words)


# --- The ways in ----------------------------------------------------------------------------


def _normalized(text: str) -> str:
    """*text* with LF line ends and without quoted-printable soft line breaks."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "=\n" in text:
        text = _text_patterns()[1].sub("", text)
    return text


def parse_reply(text: str | bytes | bytearray, /) -> Reply:
    """Read an SMTP reply, or a line that quotes one, into its codes, words, row and type.

    *text* may be one reply or a multiline one (CRLF or LF), a DSN ``Diagnostic-Code`` value,
    an MTA's log line or transcript, or a relay's wrapper around the remote server's reply
    (the remote server's own reply counts). Bytes are decoded as UTF-8, errors replaced. Any
    text gives a Reply: text without a code is row 911, as the table says.

    >>> reply = parse_reply("552 5.2.2 <bob@example.com>: mailbox full")
    >>> reply.basic, reply.enhanced, reply.entry.code, reply.type, reply.rule
    (552, '5.2.2', 522, <BounceType.SOFT: 'Soft'>, <Rule.ENHANCED: 'enhanced'>)
    """
    if type(text) is not str:
        if isinstance(text, (bytes, bytearray)):
            text = bytes(text).decode("utf-8", "replace")
        elif not isinstance(text, str):
            raise TypeError(
                f"parse_reply() takes a str or bytes, not {type(text).__name__}: {shown(text)}"
            )
    status, reply = _pasted_fields(_normalized(text))
    return _read(reply, _first_enhanced(status) if status else None)


def reply_from_smtp(code: int, text: str) -> Reply:
    """The Reply of a reply whose code a client library split off: smtplib gives the code,
    and the text with each line's code dropped and the lines joined with newlines. A code
    outside 100-999 (smtplib's -1 for a reply that never came) is no code."""
    text = _normalized(text)
    if not 400 <= code <= 599:
        if 100 <= code <= 999:
            return _reply(None, None, text)  # not a failure: no code that counts
        return _read(text)
    return _read(text, basic=code)


def reply_from_report(status: str | None, diagnostic: str | None) -> Reply:
    """The Reply of a delivery-status block: its Diagnostic-Code value (the remote server's
    reply, diagnostic type and all) decides, and its Status value only fills in a missing
    enhanced code (RFC 3464 §2.3.4 and §2.3.6)."""
    fill_in = None
    if status:
        match = patterns().status_value.match(status)
        fill_in = match["code"] if match else None
    return _read(_normalized(diagnostic or ""), fill_in)
