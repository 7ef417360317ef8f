"""The reply reader: parse_reply() finds the codes in what a mail server said, and explains them.

Users rarely hold a clean ``550``: they hold a server's reply, as smtplib raised it, as an MTA
logged it, or as a bounce message quoted it. parse_reply() reads the reply code (RFC 5321) and
the enhanced status code (RFC 3463) out of such text, the way a careful postmaster would, and
resolves them with the rules that classify() uses (docs/classification.md).

Every pattern below is linear: no nested repetition, and each scan passes over the text once.
They are compiled on first use, not at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bouncecodes._errors import shown
from bouncecodes._lookup import dotted, resolve
from bouncecodes._model import BounceCode, BounceType, Rule

TYPE_CHECKING = False  # typing costs more to import than the rest of the package
if TYPE_CHECKING:
    from collections.abc import Callable

    from bouncecodes._lookup import Resolution

__all__ = ["Reply", "parse_reply"]


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


@dataclass(frozen=True)
class _Patterns:
    """The compiled patterns, built on first use (compiling them costs more than importing)."""

    __slots__ = ("codes", "dsn_field", "head", "soft_break")

    codes: re.Pattern[str]
    head: re.Pattern[str]
    dsn_field: re.Pattern[str]
    soft_break: re.Pattern[str]


_PATTERNS: _Patterns | None = None


def _compile() -> _Patterns:
    global _PATTERNS  # noqa: PLW0603 (compiled once, on first use)
    _PATTERNS = _Patterns(
        codes=re.compile(
            # Every branch starts at a digit 4 or 5 or at "dsn=", and looks behind only once
            # there: the engine skips every other position at once.
            r"(?=[45dD])(?:"
            # RFC 5321 §4.2:  Reply-code = %x32-35 %x30-35 %x30-39
            # Only failures count (4yz, 5yz); the wild also sends 54x, 57x, so any second digit.
            # A code stands alone: not inside a word, a number, an address, a path, a port,
            # an IP address or a version (192.0.2.1, host:587, user550@, /550/, 554.30).
            r"(?P<basic>[45](?<![\w.\-/:@%+&$][45])[0-9]{2})"
            r"(?![\w@/%$]|[.,][0-9]|-[0-9]{2}|:[0-9]{2})"
            # RFC 2034 §4, RFC 5321 §4.2.1:  Reply-code "-" textstring  on continuation lines;
            # an enhanced code glued to the reply code by that hyphen belongs to it.
            r"(?:-(?P<glued>[45]\.[0-9]\.[0-9]{1,3})(?![\w/@%]|[.\-][0-9]))?"
            # RFC 3463 §2:  status-code = class "." subject "." detail
            #               class = "2" / "4" / "5";  subject = 1*3digit;  detail = 1*3digit
            # Only failures count (4, 5). Every registered subject has one digit: a longer one
            # is a lookalike (Yahoo's 4.16.55.1, "#4.16.1"), and so is anything glued to
            # another number or word ("id-5.9.4", "1.5.1.1").
            r"|(?P<enhanced>[45](?<![\w.\-/@%+&$][45])\.[0-9]\.[0-9]{1,3})"
            r"(?![\w/@%]|[.\-][0-9])"
            # An MTA log's own status field (Postfix, Sendmail: "dsn=5.1.1") only fills in.
            r"|[dD](?<![\w][dD])[sS][nN]=(?P<status>[45]\.[0-9]\.[0-9]{1,3})"
            r"(?![\w/@%]|[.\-][0-9])"
            r")"
        ),
        # The common case, read without a scan: a reply that opens with both its codes,
        # "550 5.1.1 ...", "550-5.1.1 ...", "550: 5.2.2 ...". It finds what the scan finds.
        head=re.compile(
            r"[ \t\n]*(?P<basic>[45][0-9]{2})(?:-|[ \t]+|:[ \t]*)"
            r"(?P<enhanced>[45]\.[0-9]\.[0-9]{1,3})(?![\w/@%]|[.\-][0-9])"
        ),
        # RFC 3464 §2.3:  status-field = "Status" ":" status-code
        #                 diagnostic-code-field = "Diagnostic-Code" ":" diagnostic-type ";" *text
        # with RFC 5322 folding: continuation lines begin with white space.
        dsn_field=re.compile(
            r"^[ \t]*(?P<name>diagnostic-code|status)[ \t]*:(?P<value>[^\n]*(?:\n[ \t][^\n]*)*)",
            re.IGNORECASE | re.MULTILINE,
        ),
        # Quoted-printable soft line breaks (RFC 2045 §6.7) left in copied text.
        soft_break=re.compile(r"=\n"),
    )
    return _PATTERNS


# RFC 3464 §2.3 diagnostic types seen before a quoted reply, besides the "X-" ones.
_DIAGNOSTIC_TYPES = frozenset({"smtp", "esmtp", "lmtp", "unknown"})
# What a reply's text is left opening with once its codes are cut out: "550: 5.2.2 ...",
# "550-'5.2.2 ..." (a relay quoting the reply), "550 - 5.7.1 ...".
_LEADING_PUNCTUATION = " :;,-'\""
# How a relay opens the remote server's reply that it quotes: 550-'...' or 550 '...'.
_QUOTE_OPENINGS = frozenset({"-'", '-"', " '", ' "'})


def _decode(text: str | bytes | bytearray) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        return bytes(text).decode("utf-8", "replace")
    raise TypeError(f"parse_reply() takes a str or bytes, not {type(text).__name__}: {shown(text)}")


def _split(text: str, patterns: _Patterns) -> tuple[str, str]:
    """Split *text* into the area before the server's own reply (status fields, an MTA's own
    words) and the reply itself. Enhanced codes before the reply only fill in a missing one."""
    lower = text.lower()
    status = ""
    if lower.lstrip(" \t").startswith("diagnostic-code") and _one_field(text):
        # One field, folded or not (most DSN values as tools copy them): no scan needed.
        colon = lower.find(":")
        field_end = lower.find("diagnostic-code") + len("diagnostic-code")
        if colon > 0 and not lower[field_end:colon].strip(" \t"):
            text, lower = text[colon + 1 :], lower[colon + 1 :]
    elif "diagnostic-code" in lower or "status" in lower:
        reply = ""
        for field in patterns.dsn_field.finditer(text):
            if field["name"].lower() == "status":
                status += field["value"] + "\n"
            elif not reply:
                reply = field["value"]
        if reply:
            text, lower = reply, reply.lower()
    # Where the server's reply begins: after the diagnostic type that opens the text, a line
    # or a log's field, before its first ";" (RFC 3464 §2.3: "smtp;", "X-Postfix;";
    # "failed,5.1.1,smtp;553 ..."), and after an MTA's "host ... said:" (Postfix, qmail).
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
        return status, text
    return status + text[:start], text[end:]


def _one_field(text: str) -> bool:
    """Whether every line of *text* after the first is folded: begins with white space."""
    newline = text.find("\n")
    while newline >= 0:
        if text[newline + 1 : newline + 2] not in (" ", "\t"):
            return False
        newline = text.find("\n", newline + 1)
    return True


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
    if enhanced is None:
        code = None
    else:
        # The patterns allow one digit of class and subject, and 1 to 3 of detail.
        code = (int(enhanced[0]), int(enhanced[2]), int(enhanced[4:]))
        enhanced = dotted(code)  # "5.7.01" is 5.7.1
    resolution = resolve(basic, code)
    # Only failure codes are read, so the codes found always resolve.
    assert resolution is not None
    return enhanced, resolution


def _read_codes(before: str, reply: str, patterns: _Patterns) -> tuple[int | None, str | None, str]:
    """The reply code and the enhanced code of *reply* (an enhanced code from *before* fills in
    a missing one), and the reply with the codes read cut out."""
    head = patterns.head.match(reply)
    if head:
        return int(head[1]), head[2], reply[head.end() :]
    basic: int | None = None
    enhanced: str | None = None
    before_basic: str | None = None  # an enhanced code before any reply code
    quoted = False  # whether the reply code opens a quoted reply: a relay's wrapper around it
    status: str | None = None  # a status field's code: only fills in what the reply lacks
    basic_span = enhanced_span = before_span = (0, 0)
    for match in patterns.codes.finditer(reply):
        if match["status"]:
            status = status or match["status"]
        elif match["enhanced"]:
            if basic is not None:
                enhanced = match["enhanced"]
                enhanced_span = match.span()
                break
            if before_basic is None:
                before_basic = match["enhanced"]
                before_span = match.span()
        elif basic is None:
            end = match.end()
            if (
                match.start()
                and reply[match.start() - 1] == "="
                and not reply[end : end + 1].isspace()
            ):
                continue  # a log field's number, as in "delay=574,"; "stat=451 ..." is a reply
            basic = int(match["basic"])
            basic_span = match.span()
            enhanced = match["glued"]
            if enhanced:
                break
            quoted = reply[end : end + 2] in _QUOTE_OPENINGS
        elif match["glued"]:  # "550: Message failed: 550-5.7.1 ..."
            enhanced = match["glued"]
            enhanced_span = match.span()
            break
    if not enhanced and not quoted:
        # "4.7.1 Ratelimit exceeded (451)"; "Sorry, no mailbox here (#5.1.1)". But a relay's
        # own code before the remote reply it quotes (Amazon SES: "5.3.0 - Other mail system
        # problem 550-'Unknown user'") is not the remote server's.
        enhanced = before_basic
        enhanced_span = before_span
    if not enhanced and before:
        for match in patterns.codes.finditer(before):
            if match["enhanced"] or match["status"]:
                status = status or match["enhanced"] or match["status"]
                break
    enhanced = enhanced or status
    # Of a quoted reply, only the quoted part.
    return (
        basic,
        enhanced,
        _cut(reply, basic_span[0] if quoted else 0, sorted([basic_span, enhanced_span])),
    )


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
    patterns = _PATTERNS or _compile()
    normal = text if type(text) is str else _decode(text)
    if "\r" in normal:
        normal = normal.replace("\r\n", "\n").replace("\r", "\n")
    if "=\n" in normal:
        normal = patterns.soft_break.sub("", normal)
    before, reply = _split(normal, patterns)

    basic, enhanced, words = _read_codes(before, reply, patterns)
    enhanced, (entry, type_, rule) = _resolve(basic, enhanced)
    return Reply(basic, enhanced, _human_text(words, basic, enhanced), entry, type_, rule)
