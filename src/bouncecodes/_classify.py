"""The registry and its two verbs: lookup() finds a code's row, classify() finds its type.

Both take a three-digit code (``550`` or ``"550"``) or an RFC 3463 enhanced status code
(``"5.1.1"``). How a code resolves to a row, and to a type when it has no row of its own, is
written down in docs/classification.md; resolve() below is that text in code, shared with the
reply reader so that ``classify(c)`` and ``parse_reply(str(c)).type`` always agree.
"""

from types import MappingProxyType

from bouncecodes._errors import UnknownCodeError
from bouncecodes._model import BounceCode, BounceType, Rule
from bouncecodes._table import ROWS

TYPE_CHECKING = False  # typing costs more to import than the rest of the package
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Final

__all__ = [
    "CODES",
    "action_of",
    "classify",
    "enhanced_row",
    "lookup",
    "reason_of",
    "recipient_resolution",
    "resolve",
    "verdict_of",
]

# One dict of the rows: handed out read-only as CODES, read directly by lookup()'s fast path.
_ROW_BY_INT: "Final[dict[int, BounceCode]]" = {row.code: row for row in ROWS}
CODES: "Final[Mapping[int, BounceCode]]" = MappingProxyType(_ROW_BY_INT)
"""Every row of the table by its code, in the source's order; read-only."""

NO_CODE: "Final" = CODES[911]


if TYPE_CHECKING:
    from bouncecodes._grammar import EnhancedCode
    from bouncecodes._reply import Reply

    Resolution = tuple[BounceCode | None, BounceType, Rule]
    """What a bounce's codes resolve to: the row (if any), the type, and the rule that decided."""

_ENHANCED_CLASSES: "Final" = ("2", "4", "5")

# Row 541's own description folds RFC 3463 code 5.4.14 into it by hand.
_FOLDED: "Final[Mapping[EnhancedCode, int]]" = MappingProxyType({(5, 4, 14): 541})


def enhanced_row(code: "EnhancedCode", /) -> BounceCode | None:
    """The row an enhanced code C.S.D names: CSD, when S and D are single digits."""
    if code in _FOLDED:
        return CODES[_FOLDED[code]]
    class_, subject, detail = code
    if subject < 10 and detail < 10:
        return CODES.get(class_ * 100 + subject * 10 + detail)
    return None


def resolve(basic: int | None, enhanced: "EnhancedCode | None") -> "Resolution | None":
    """Resolve a bounce's codes to a row and a type; None when they are not a failure at all.

    The steps, in order (docs/classification.md gives the reasons):
    1. an enhanced code whose own row exists takes it;
    2. an enhanced code whose subject's "other" row C.S.0 exists takes that;
    3. a reply code with a row takes it;
    4. otherwise the class decides without a row: 4 is soft, 5 is hard (the enhanced code's
       class when there is one, as it is the more specific);
    5. no code at all is row 911, hard.
    """
    if enhanced is not None:
        row = enhanced_row(enhanced)
        if row is not None:
            return row, row.type, Rule.ENHANCED
        class_, subject, _ = enhanced
        if subject < 10:
            row = CODES.get(class_ * 100 + subject * 10)
            if row is not None:
                return row, row.type, Rule.SUBJECT
    if basic is not None:
        row = CODES.get(basic)
        if row is not None:
            return row, row.type, Rule.BASIC
    if enhanced is not None:
        class_ = enhanced[0]
    elif basic is not None:
        class_ = basic // 100
    else:
        return NO_CODE, NO_CODE.type, Rule.NO_CODE
    if class_ == 4:
        return None, BounceType.SOFT, Rule.CLASS
    if class_ == 5:
        return None, BounceType.HARD, Rule.CLASS
    return None


def _row_keys(row: BounceCode) -> list[str]:
    digits = str(row.code)
    keys = [digits]
    if digits[0] in _ENHANCED_CLASSES:
        keys.append(".".join(digits))
    keys.extend(".".join(map(str, code)) for code, folded in _FOLDED.items() if folded == row.code)
    return keys


# The grammar (_grammar) loads on the slow path only, when a key is not one of these: it
# costs importing the package 0.17 ms, a tenth of its own import time (-X importtime, 3.13).
# The fast path: the exact keys that name a row, so that the common calls cost about one dict
# lookup. Int and str keys sit apart, so that only an exact int is ever looked up among the
# ints: 550.0 == 550, and must not find row 550. Every key here is checked against the slow
# path by the tests. Plain dicts, for speed (_ROW_BY_INT is the dict behind CODES); private,
# so nothing hands them out writable.
# Keyed by str, but asked with anything that is not an int.
_ROW_BY_STR: "Final[dict[object, BounceCode]]" = {
    key: row for row in ROWS for key in _row_keys(row)
}
_TYPE_BY_INT: "Final" = {code: row.type for code, row in _ROW_BY_INT.items()}
_TYPE_BY_STR: "Final[dict[object, BounceType]]" = {
    key: row.type for key, row in _ROW_BY_STR.items()
}


def lookup(code: int | str, /) -> BounceCode:
    """The table row for *code*: ``550``, ``"550"`` or an enhanced code such as ``"5.1.1"``.

    An enhanced code C.S.D names row CSD when S and D are single digits, as the table was made
    (5.1.1 names 511; 5.4.14 names 541, as that row's description says). lookup() is strict:
    without an exact row it raises UnknownCodeError; classify() gives a type to any failure code.
    """
    if type(code) is int:
        try:
            return _ROW_BY_INT[code]
        except KeyError:
            pass
    else:
        try:
            return _ROW_BY_STR[code]
        except (KeyError, TypeError):  # TypeError: unhashable, and so no code
            pass
    from bouncecodes._grammar import parse_code  # noqa: PLC0415 (loaded on the slow path)

    key = parse_code(code)
    row = CODES.get(key) if isinstance(key, int) else enhanced_row(key)
    if row is None:
        raise UnknownCodeError(code, "no row in the table")
    return row


def classify(code: int | str, /) -> BounceType:
    """Whether *code* is a hard or a soft bounce.

    A code with a row takes the row's type. An enhanced code without one takes the type of its
    subject's "other" row C.S.0 when there is one (5.7.26 is 570's); any other 4xx or 4.X.Y
    code is soft, any other 5xx or 5.X.Y hard. Codes that are no failure (2xx, 3xx, 2.X.Y,
    a 9xx other than 911) raise UnknownCodeError.
    """
    if type(code) is int:
        try:
            return _TYPE_BY_INT[code]
        except KeyError:
            pass
    else:
        try:
            return _TYPE_BY_STR[code]
        except (KeyError, TypeError):  # TypeError: unhashable, and so no code
            pass
    from bouncecodes._grammar import parse_code  # noqa: PLC0415 (loaded on the slow path)

    key = parse_code(code)
    resolution = resolve(key, None) if isinstance(key, int) else resolve(None, key)
    if resolution is None:
        raise UnknownCodeError(code, "not a failure code")
    return resolution[1]


# --- Decisions about a bounced recipient ----------------------------------------------------

# RFC 3464 §2.3.3:  action-field = "Action" ":" action-value
#                   action-value = "failed" / "delayed" / "delivered" / "relayed" / "expanded"
_BOUNCED_ACTIONS: "Final" = frozenset({"failed", "delayed"})
_NOT_BOUNCED: "Final" = frozenset({"delivered", "relayed", "expanded"})


def action_of(written: str | None, status: str | None) -> str | None:
    """What a report says became of a recipient: ``"failed"`` or ``"delayed"``; None for one
    that did not bounce (delivered, relayed, expanded). A missing or unknown action (SendGrid
    writes "expired" for giving up) is decided by the Status class: 5 failed, 4 delayed; with
    no Status at all, a block in a bounce reports a failure."""
    words = (written or "").split()
    action = words[0].lower() if words else ""
    if action in _BOUNCED_ACTIONS:
        return action
    if action in _NOT_BOUNCED:
        return None
    if action == "expired" or not status or status[0] == "5":
        return "failed"
    return "delayed" if status[0] == "4" else None


def recipient_resolution(
    action: str, status: str | None, reply: "Reply", program: str | None = None
) -> "tuple[BounceType, Rule, Reason, Verdict, str | None]":
    """What a bounced recipient's report decides: its type and the rule that decided, its
    reason, the verdict on its address, and the evidence. A delayed recipient is soft
    whatever its codes, and retried, since the mail is still queued. A recipient that failed
    on a network error that no permanent code (class 5) made final failed because its sender
    gave up retrying: its reason is EXPIRED (reasons.md: "Only a give-up is expired"). One
    delivered to a *program* (a local pipe, as the report names it) that no words say more
    of failed in that program: its reason is SYSTEM_ERROR, the receiving system's mailer,
    whatever the code alone would say, and the program is the evidence."""
    reason, evidence = reply.reason, reply.evidence
    if program is not None and evidence in (None, reply.enhanced, str(reply.basic)):
        from bouncecodes._reasons import Reason  # noqa: PLC0415 (loaded on first use)

        reason, evidence = Reason.SYSTEM_ERROR, program
        if action != "delayed":
            return reply.type, reply.rule, reason, verdict_of(reason, reply.type), evidence
    if action == "delayed":
        return (
            BounceType.SOFT,
            Rule.DELAYED,
            reason,
            verdict_of(reason, reply.type, delayed=True),
            evidence,
        )
    permanent = (reply.enhanced or status or str(reply.basic or ""))[:1] == "5"
    if not permanent and reason.value == "network":
        from bouncecodes._reasons import Reason  # noqa: PLC0415 (loaded on first use)

        return (
            reply.type,
            reply.rule,
            Reason.EXPIRED,
            verdict_of(Reason.EXPIRED, reply.type),
            evidence,
        )
    return reply.type, reply.rule, reason, reply.verdict, evidence


def labelled_resolution(
    action: str, status: str | None, reply: "Reply", label: "Reason | None", said: str
) -> "tuple[BounceType, Rule, Reason, Verdict, str | None]":
    """A sending service's bounced recipient: resolved as a report's (the code decides the
    type, whatever the service's label says), its reason from the reply's words and codes;
    only where they give none does the service's label (*label*, *said* as written) say
    why, the evidence naming it."""
    type_, rule, reason, verdict, evidence = recipient_resolution(action, status, reply)
    if label is None or reason.value != "unknown":
        return type_, rule, reason, verdict, evidence
    return type_, rule, label, verdict_of(label, type_, delayed=action == "delayed"), said


# --- Why it bounced, and what to do with the address ----------------------------------------

if TYPE_CHECKING:
    from bouncecodes._reasons import Reason, Verdict


def reason_of(text: str, basic: int | None, enhanced: str | None) -> "tuple[Reason, str | None]":
    """Why a reply bounced, and what said so: the words of *text* first (a provider's code,
    then the wordings, as docs/classification.md says), then the enhanced code's subject and
    detail, then the basic code; else UNKNOWN. The evidence is the words as they stand in the
    text, or the code. (The rule is ``_reason_rule``'s, loaded on first use.)"""
    return (_READ_REASON or _read_reason())(text, basic, enhanced)


_READ_REASON: "Callable[[str, int | None, str | None], tuple[Reason, str | None]] | None" = None


def _read_reason() -> "Callable[[str, int | None, str | None], tuple[Reason, str | None]]":
    global _READ_REASON  # noqa: PLW0603 (loaded once, on first use)
    from bouncecodes._reason_rule import read_reason  # noqa: PLC0415

    _READ_REASON = read_reason
    return read_reason


def verdict_of(reason: "Reason", type_: BounceType, *, delayed: bool = False) -> "Verdict":
    """What to do with the address: the verdict rule, read from its table (made once)."""
    return (_VERDICTS or _verdicts())[reason, type_, delayed]


def _verdict(reason: "Reason", type_: BounceType, delayed: bool) -> "Verdict":
    """The verdict rule (reasons.md's, in order): a delayed recipient is retried; a dead
    address is suppressed; a refusal of the sender is the sender's to fix; otherwise the
    table's type decides: hard suppress, soft retry."""
    from bouncecodes._reasons import Party, Verdict  # noqa: PLC0415 (loaded on first use)

    if delayed:
        return Verdict.RETRY
    if reason.party is Party.ADDRESS:
        return Verdict.SUPPRESS
    if reason.party is Party.SENDER:
        return Verdict.FIX_SENDER
    return Verdict.SUPPRESS if type_ is BounceType.HARD else Verdict.RETRY


_VERDICTS: "dict[tuple[Reason, BounceType, bool], Verdict]" = {}


def _verdicts() -> "dict[tuple[Reason, BounceType, bool], Verdict]":
    """The verdict of every reason, type and delay, by the rule: a lookup costs a fifth of
    running it (3.10, which pays for the import inside it most)."""
    from bouncecodes._reasons import Reason  # noqa: PLC0415

    for reason in Reason:
        for type_ in BounceType:
            for delayed in (False, True):
                _VERDICTS[reason, type_, delayed] = _verdict(reason, type_, delayed)
    return _VERDICTS
