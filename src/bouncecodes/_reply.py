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

from bouncecodes._classify import reason_of, resolve, verdict_of
from bouncecodes._errors import shown
from bouncecodes._grammar import dotted, enhanced_code, patterns
from bouncecodes._model import BounceCode, BounceType, Rule
from bouncecodes._wording import lowered

TYPE_CHECKING = False  # typing costs more to import than the rest of the package
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from bouncecodes._classify import Resolution
    from bouncecodes._reasons import Reason, Verdict

    Words = tuple[str, int, list[tuple[int, int]]]
    """A reply's words before they are made text: the reply, where its words start, and the
    spans of its codes to cut out."""

__all__ = ["Reply", "parse_reply", "qmail_report", "reply_from_report", "reply_from_smtp"]


class _Text:
    """``Reply.text``, built on first use and kept: most callers read a reply's codes and type,
    and building its words costs a third of parse_reply() (benchmarks/bench_reply.py over
    ../shared/corpus, 3.11: 7.9x the naive scan built at once, 5.3x built on first use)."""

    def __get__(self, reply: Reply | None, owner: type[Reply]) -> str:
        if reply is None:
            return self  # type: ignore[return-value]  # on the class: the descriptor itself
        text: str | Words = _get_text(reply)
        if not isinstance(text, str):
            words, start, spans = text
            text = _human_text(_cut(words, start, spans), reply.basic, reply.enhanced)
            _set_text(reply, text)
        return text


class _Why:
    """``Reply.reason``, ``verdict`` and ``evidence``: found together, from the text, on first
    use of any of them (like the text, which they need)."""

    def __init__(self, index: int) -> None:
        self._index = index

    def __get__(self, reply: Reply | None, owner: type[Reply]) -> Any:
        if reply is None:
            return self  # on the class: the descriptor itself
        why: tuple[Reason, Verdict, str | None] | None = _get_why(reply)
        if why is None:
            reason, evidence = reason_of(_reason_text(reply), reply.basic, reply.enhanced)
            why = reason, verdict_of(reason, reply.type), evidence
            _set_why(reply, why)
        return why[self._index]


def _reason_text(reply: Reply) -> str:
    """The words a reply's reason is read from: its text, or, while that is not yet made,
    the same words with their codes still in, when the codes stand only where they are cut
    out (no wording holds a code): building the text costs more than reading the reason
    (bench_reply.py). Continuation lines, or codes repeated where an MTA joined lines, need
    the text, whose markers go."""
    text: str | Words = _get_text(reply)
    if isinstance(text, str):
        return text
    words, start, spans = text
    tail = words[start:]
    # The codes in the words: those cut out, and no more (no continuation markers).
    enhanced, basic = reply.enhanced, reply.basic
    codes = (tail.count(enhanced) if enhanced else 0) + (tail.count(str(basic)) if basic else 0)
    if codes > len(spans):
        return reply.text
    return " ".join(tail.split()) if "\n" in tail else tail  # folded lines, joined


@dataclass(frozen=True, init=False)
class Reply:
    """What a server's reply says: its codes, its words, the row and type they resolve to,
    and why it bounced, with what to do about the address."""

    __slots__ = ("_text", "_why", "basic", "enhanced", "entry", "rule", "type")

    basic: int | None
    """The RFC 5321 reply code, such as 550; None when the reply carries none."""
    enhanced: str | None
    """The RFC 3463 enhanced status code, such as ``"5.1.1"``; None when the reply carries none."""
    text: str
    """The human part: continuation lines joined, codes and transport prefixes removed."""
    entry: BounceCode | None
    """The table row the codes resolve to; None when no row fits and the class decided."""
    type: BounceType
    """Hard or soft, as the table says."""
    rule: Rule
    """Which step of the resolution decided (docs/classification.md)."""
    reason: Reason
    """Why it bounced (docs/classification.md, "Reasons"); its ``party`` says whose side."""
    verdict: Verdict
    """What to do with the address: suppress, retry, or fix the sender."""
    evidence: str | None
    """What decided the reason: the words as they stand in the text, or the code; None when
    nothing said why."""

    def __init__(
        self,
        basic: int | None,
        enhanced: str | None,
        text: str,
        entry: BounceCode | None,
        type: BounceType,
        rule: Rule,
        reason: Reason,
        verdict: Verdict,
        evidence: str | None,
    ) -> None:
        # Written by hand: a frozen dataclass's own __init__ costs 1.5 times as much (970 ns
        # against 630 ns, 3.10); the readers make theirs without it (_reply below).
        _set_basic(self, basic)
        _set_enhanced(self, enhanced)
        _set_text(self, text)
        _set_entry(self, entry)
        _set_type(self, type)
        _set_rule(self, rule)
        _set_why(self, (reason, verdict, evidence))

    def __reduce__(self) -> tuple[Callable[..., Reply], tuple[object, ...]]:
        # Its slots are made by hand (for the fields made on first use, above), and a frozen
        # class's slots cannot be set one by one as unpickling does: so through __init__.
        return Reply, tuple(getattr(self, name) for name in _FIELDS)


_FIELDS = (
    "basic", "enhanced", "text", "entry", "type", "rule", "reason", "verdict", "evidence"
)  # fmt: skip
# Fields to dataclasses, read through the descriptors above.
setattr(Reply, "text", _Text())  # noqa: B010
setattr(Reply, "reason", _Why(0))  # noqa: B010
setattr(Reply, "verdict", _Why(1))  # noqa: B010
setattr(Reply, "evidence", _Why(2))  # noqa: B010
_get_text = Reply.__dict__["_text"].__get__
_get_why = Reply.__dict__["_why"].__get__
_new_reply = Reply.__new__
_set_basic, _set_enhanced, _set_text, _set_entry, _set_type, _set_rule, _set_why = (
    Reply.__dict__[field].__set__
    for field in ("basic", "enhanced", "_text", "entry", "type", "rule", "_why")
)


# --- Where the server's own reply is --------------------------------------------------------

# RFC 3464 §2.3:  status-field = "Status" ":" status-code
#                 diagnostic-code-field = "Diagnostic-Code" ":" diagnostic-type ";" *text
# with RFC 5322 folding: continuation lines begin with white space. Fields pasted as text.
_DSN_FIELD = r"^[ \t]*(?P<name>diagnostic-code|status)[ \t]*:(?P<value>[^\n]*(?:\n[ \t][^\n]*)*)"
# Quoted-printable soft line breaks (RFC 2045 §6.7) left in copied text.
_SOFT_BREAK = "=\n"

# This module loads on first use (see the package's face), so its patterns compile then.
_CODES = patterns()
_scan_codes = _CODES.scan.finditer
_match_head = _CODES.head.match
_match_status_value = _CODES.status_value.match
_scan_fields = re.compile(_DSN_FIELD, re.IGNORECASE | re.MULTILINE).finditer
_drop_soft_breaks = re.compile(_SOFT_BREAK).sub


_BLANKS = (" ", "\t")
# RFC 3464 §2.3 diagnostic types seen before a quoted reply, besides the "X-" ones.
_DIAGNOSTIC_TYPES = frozenset({"smtp", "esmtp", "lmtp", "unknown"})
# What a reply's text is left opening with once its codes are cut out: "550: 5.2.2 ...",
# "550-'5.2.2 ..." (a relay quoting the reply), "550 - 5.7.1 ...".
_LEADING_PUNCTUATION = " :;,-'\""
# How a relay opens the remote server's reply that it quotes: 550-'...' or 550 '...'.
_QUOTE_OPENINGS = frozenset({"-'", '-"', " '", ' "'})


def _pasted_fields(text: str, lower: str) -> tuple[str, str, str]:
    """DSN fields pasted as text: the Status values, and the Diagnostic-Code value (or the
    text) with its lowercased twin. *lower* is *text* lowercased."""
    opens = lower.startswith("diagnostic-code") or (
        lower[:1] in _BLANKS and lower.lstrip(" \t").startswith("diagnostic-code")
    )
    if opens and _one_field(text):
        # One field, folded or not (most DSN values as tools copy them): no scan needed.
        colon = lower.find(":")
        field_end = lower.find("diagnostic-code") + len("diagnostic-code")
        if colon > 0 and not lower[field_end:colon].strip(" \t"):
            value = text[colon + 1 :]
            # (Lowercasing keeps the length but for a few letters, such as U+0130.)
            return "", value, lower[colon + 1 :]
        return "", text, lower
    if "diagnostic-code" not in lower and "status" not in lower:
        return "", text, lower
    statuses = []
    reply = ""
    for field in _scan_fields(text):
        if field["name"].lower() == "status":
            statuses.append(field["value"])
        elif not reply:
            reply = field["value"]
    status = "\n".join(statuses)
    return (status, reply, lowered(reply)) if reply else (status, text, lower)


def _one_field(text: str) -> bool:
    """Whether every line of *text* after the first is folded: begins with white space."""
    newline = text.find("\n")
    while newline >= 0:
        if text[newline + 1 : newline + 2] not in (" ", "\t"):
            return False
        newline = text.find("\n", newline + 1)
    return True


def _reply_start(text: str, lower: str) -> tuple[str, str]:
    """Split *text* into what comes before the server's own reply (an MTA's own words) and the
    reply: after the diagnostic type that opens the text, a line or a log's field, before its
    first ";" (RFC 3464 §2.3: "smtp;", "X-Postfix;"; "failed,5.1.1,smtp;553 ..."), and after
    an MTA's "host ... said:" (Postfix, qmail). *lower* is *text* lowercased."""
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


# qmail-send's log writes a delivery's report (qmail-log(5): "delivery 5: failure: ...") as its
# logsafe() writes text (qsutil.c): each newline as "/", and every other byte that is no
# printable ASCII, the space among them, and "%" as "_". So such a report has no white space.
_QMAIL_RESULTS = ("success", "failure", "deferral")
_URL_OPENING = re.compile("https?://", re.IGNORECASE)


def qmail_report(report: str) -> str | None:
    """*report*, a delivery's report as qmail-send's log writes it, made readable: each "_"
    read as the space it most often stood for, each "/" as a newline but in a URL, and the
    newline that ends the report dropped. None when *report* is not written so (it holds
    white space, or lacks a "_" or a "/")."""
    if "_" not in report or "/" not in report or report.split() != [report]:
        return None
    words = report.removesuffix("/").split("_")
    return " ".join(
        word if _URL_OPENING.search(word) else word.replace("/", "\n") for word in words
    )


def _qmail_logged(text: str) -> str:
    """*text*, or, when it ends in a qmail-send delivery's report as the log writes it (the
    line, or its end from the result on: "failure: Sorry,_no_mailbox_here..."), the report
    made readable."""
    head, colon, report = text.rstrip().rpartition(": ")
    for result in _QMAIL_RESULTS:
        if colon and head.endswith(result):
            before = head[: -len(result)]
            if not before or before[-1].isspace():
                return qmail_report(report) or text
    return text


# --- Which codes count ----------------------------------------------------------------------


def _first_enhanced(text: str) -> str | None:
    """The first enhanced code in *text*, or a log's status field: what only fills in."""
    for match in _scan_codes(text):
        if match["enhanced"] is not None:
            return match[0]
        if match["status"]:
            return match["status"]
    return None


def _read_codes(reply: str, basic: int | None = None) -> tuple[int | None, str | None, Words]:
    """The reply code and the enhanced code of *reply*, and its words, the codes cut out.

    *basic* is a reply code already known (a client library split it off): then only the
    enhanced code is looked for, as if the reply code stood before the text.
    """
    if basic is None:
        head = _match_head(reply)
        if head:
            return int(head["basic"]), head["enhanced"], (reply, head.end(), [])
    known = basic is not None
    enhanced: str | None = None
    before_basic: str | None = None  # an enhanced code before any reply code
    quoted = False  # whether the reply code opens a quoted reply: a relay's wrapper around it
    status: str | None = None  # a log's status field: only fills in what the reply lacks
    basic_span = enhanced_span = before_span = (0, 0)
    for match in _scan_codes(reply):
        kind = match.lastgroup  # which branch of the scan matched (_grammar.SCAN)
        if kind == "status":
            status = status or match["status"]
        elif kind == "enhanced":
            if basic is not None:
                enhanced = match[0]
                enhanced_span = match.span()
                break
            if before_basic is None:
                before_basic = match[0]
                before_span = match.span()
        elif basic is None:
            start, end = match.span()
            if start and reply[start - 1] == "=" and not reply[end : end + 1].isspace():
                continue  # a log field's number, as in "delay=574,"; "stat=451 ..." is a reply
            if kind == "after_command":
                basic = int(match["after_command"])
                basic_span = (start + 1, end)
                continue
            basic = int(match[0][:3])
            basic_span = (start, end)
            if kind == "glued":
                enhanced = match["glued"]
                break
            quoted = reply[end : end + 2] in _QUOTE_OPENINGS
        elif kind == "after_command":
            continue
        elif int(match[0][:3]) != basic:
            break  # another reply ("<<< 552 ...", then Sendmail's own "554 5.0.0"): not ours
        elif kind == "glued":  # "550: Message failed: 550-5.7.1 ..."
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
    return basic, enhanced, (reply, basic_span[0] if quoted else 0, [basic_span, enhanced_span])


def _cut(text: str, start: int, spans: list[tuple[int, int]]) -> str:
    """*text* from *start* on, without the *spans* that lie there."""
    pieces = []
    for span_start, span_end in sorted(spans):
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


def _reply(basic: int | None, enhanced: str | None, words: Words) -> Reply:
    """The Reply of the codes found, its words to be made text when first asked for."""
    normal, (entry, type_, rule) = _resolve(basic, enhanced)
    # Made without __init__, its slots set in place: 510 ns against 630 ns through
    # Reply(...), and 970 ns through a frozen dataclass's own __init__ (3.10).
    reply = _new_reply(Reply)
    _set_basic(reply, basic)
    _set_enhanced(reply, normal)
    _set_text(reply, words)
    _set_entry(reply, entry)
    _set_type(reply, type_)
    _set_rule(reply, rule)
    _set_why(reply, None)
    return reply


def _read(text: str, lower: str, fill_in: str | None = None, basic: int | None = None) -> Reply:
    """The Reply of *text* (*lower* lowercased): where the reply starts, its codes, its words.
    An enhanced code in *fill_in*, or before the reply, supplies one the reply lacks."""
    before, reply = _reply_start(text, lower)
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
        text = _drop_soft_breaks("", text)
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
    text = _normalized(text)
    if "_" in text:
        text = _qmail_logged(text)
    lower = text.lower()
    if len(lower) != len(text):  # lowered(text), without the call the common path need not pay
        lower = lowered(text)
    status, reply, lower = _pasted_fields(text, lower)
    return _read(reply, lower, _first_enhanced(status) if status else None)


def reply_from_smtp(code: int, text: str) -> Reply:
    """The Reply of a reply whose code a client library split off: smtplib gives the code,
    and the text with each line's code dropped and the lines joined with newlines. A code
    outside 100-999 (smtplib's -1 for a reply that never came) is no code."""
    text = _normalized(text)
    if not 400 <= code <= 599:
        if 100 <= code <= 999:
            return _reply(None, None, (text, 0, []))  # not a failure: no code that counts
        return _read(text, lowered(text))
    return _read(text, lowered(text), basic=code)


def reply_from_fields(basic: int | None, enhanced: str | None, text: str | None) -> Reply:
    """The Reply of a sending service's event, which gives the reply code, the enhanced code
    and the server's text in fields of their own (Mailgun's ``delivery-status``): the text
    decides what it holds, and the fields fill in what it lacks. A text that opens with the
    code itself is read as the whole reply; with no code given, as a report's Diagnostic-Code
    with its Status."""
    text = _normalized(text or "")
    if basic is not None and (not 400 <= basic <= 599 or text.startswith(str(basic))):
        basic = None  # no failure code, or the text holds it: the text alone says
    return _read(text, lowered(text), _status_code(enhanced), basic=basic)


def reply_from_report(status: str | None, diagnostic: str | None) -> Reply:
    """The Reply of a delivery-status block: its Diagnostic-Code value (the remote server's
    reply, diagnostic type and all) decides, and its Status value only fills in a missing
    enhanced code (RFC 3464 §2.3.4 and §2.3.6)."""
    text = _normalized(diagnostic or "")
    return _read(text, lowered(text), _status_code(status))


def _status_code(status: str | None) -> str | None:
    """The enhanced code of a Status value (``"5.1.1 (bad destination mailbox address)"``),
    or of a field that holds one; None when it holds none."""
    match = _match_status_value(status) if status else None
    return match["code"] if match else None
