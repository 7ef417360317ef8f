"""``explain``: how a result's row, type, reason and verdict were each decided, in words.

One short paragraph a postmaster can read, for a ``Reply``, a ``BouncedRecipient``, a log's
``LogRecord`` or a sending service's ``ServiceBounce``. It reads
only what the result holds (its codes, ``rule``, ``reason`` and ``evidence``) and the tables
they came from: it decides nothing itself.
"""

from __future__ import annotations

import textwrap

from bouncecodes import _reason_table as table
from bouncecodes._dsn import BouncedRecipient
from bouncecodes._errors import shown
from bouncecodes._logs import LogRecord
from bouncecodes._model import BounceCode, BounceType, Rule
from bouncecodes._reason_rule import exit_status
from bouncecodes._reasons import Party, Reason, Verdict
from bouncecodes._reply import Reply
from bouncecodes._webhooks import ServiceBounce, label

__all__ = ["explain"]


def explain(result: Reply | BouncedRecipient | LogRecord | ServiceBounce) -> str:
    """How *result*'s row, type, reason and verdict were decided, as one paragraph.

    >>> from bouncecodes import parse_reply
    >>> print(explain(parse_reply("550 5.1.1 <bob@example.com>: Recipient address rejected: "
    ...                           "User unknown in virtual mailbox table")))
    Row 511 (Hard): the enhanced code 5.1.1 has a row of its own. Reason user-unknown (party
    address): the words "User unknown". Verdict suppress: the address itself is dead.
    """
    if isinstance(result, LogRecord) and result.reply is None:
        return "Delivered: the line logs no bounce, so there is nothing to decide."
    if isinstance(result, (BouncedRecipient, LogRecord, ServiceBounce)):
        reply, entry, type_, rule = result.reply, result.entry, result.type, result.rule
        reason, verdict = result.reason, result.verdict
        delayed = result.action == "delayed"
    elif isinstance(result, Reply):
        reply, entry, type_, rule = result, result.entry, result.type, result.rule
        reason, verdict = result.reason, result.verdict
        delayed = False
    else:
        raise TypeError(
            "explain() takes a Reply, a BouncedRecipient, a LogRecord or a ServiceBounce, "
            f"not {type(result).__name__}: {shown(result)}"
        )
    # A LogRecord's are None only when it was delivered, answered above.
    assert reply is not None
    assert type_ is not None
    assert rule is not None
    assert reason is not None
    assert verdict is not None
    sentences = [
        _row(reply, entry, type_, rule),
        _reason(reason, result.evidence, reply, _label(result)),
        _verdict(verdict, reason, type_, delayed),
    ]
    return textwrap.fill(" ".join(sentences), 96, break_long_words=False, break_on_hyphens=False)


def _row(reply: Reply, entry: BounceCode | None, type_: BounceType, rule: Rule) -> str:
    if rule is Rule.DELAYED:
        row = f"Row {entry.code}" if entry is not None else "No row"
        return f"{row}, but Soft: the report says the mail is still queued (Action: delayed)."
    if rule is Rule.NO_CODE:
        return "Row 911 (Hard): the bounce carried no code at all."
    if rule is Rule.CLASS:
        code = reply.enhanced or reply.basic
        return f"No row fits {code}: its class decides, {type_}."
    assert entry is not None  # the other rules all name a row
    if rule is Rule.ENHANCED:
        how = f"the enhanced code {reply.enhanced} has a row of its own"
    elif rule is Rule.SUBJECT:
        how = f"the enhanced code {reply.enhanced} has no row of its own, so its subject's has"
    else:
        how = f"the reply code {reply.basic} has a row of its own"
    return f"Row {entry.code} ({entry.type}): {how}."


def _label(result: object) -> str | None:
    """A service's label as its results name it in their evidence, if *result* has one."""
    if isinstance(result, ServiceBounce):
        return label(result.provider, result.provider_type)
    return None


def _reason(reason: Reason, evidence: str | None, reply: Reply, said: str | None) -> str:
    named = f"Reason {reason} (party {reason.party})"
    if evidence is None:
        return f"{named}: neither the words nor a code say why."
    if said is not None and evidence == said:
        return f"{named}: neither the words nor a code say why; the service's label ({said}) does."
    if reason is not reply.reason and evidence.startswith("|"):  # a local program's failure
        return (
            f"{named}: the report says it was delivered to a program ({evidence}), and no "
            "words say more of why it failed: the receiving system's mailer failed."
        )
    if reason is not reply.reason:  # a bounced recipient's report decided otherwise
        return (
            f'{named}: the reply says {reply.reason} ("{evidence}"), and the report says the '
            "sender gave up on it (Action: failed on a temporary error)."
        )
    if evidence == reply.enhanced:
        return f"{named}: no words say why; the enhanced code {evidence} does{_code_note(reply)}"
    if evidence == str(reply.basic):
        return (
            f"{named}: no words or enhanced code say why; the reply code {evidence} does"
            f"{_basic_note(reply)}"
        )
    status = exit_status(reply.text, reply.basic)
    if status is not None and status[0] == evidence:
        return (
            f"{named}: the local mailer's exit status {evidence} is all the text says: "
            f"{status[1][1]}."
        )
    return f'{named}: the words "{evidence}".'


def _basic_note(reply: Reply) -> str:
    """Where a reply code's reading with its words comes from, as the table notes it."""
    for code, wording, reason, source in table.BASIC_WITH_WORDS:
        if code == reply.basic and reason is reply.reason:
            return f', with the words "{wording}": {source}.'
    return "."


def _code_note(reply: Reply) -> str:
    """Where an enhanced code's reading comes from, as the table notes it."""
    assert reply.enhanced is not None
    _, subject, detail = (int(part) for part in reply.enhanced.split("."))
    for code, wording, reason, source in table.WORDS_WITH_CODES:
        if code == (subject, detail) and reason is reply.reason:
            return f', with the words "{wording}": {source}.'
    reading = table.ENHANCED.get(
        (subject, detail), table.SUBJECTS.get(subject, table.OTHER_SUBJECT)
    )
    return f": {reading[1]}."


def _verdict(verdict: Verdict, reason: Reason, type_: BounceType, delayed: bool) -> str:
    if delayed:
        why = "the mail is still queued, whatever the reason"
    elif reason.party is Party.ADDRESS:
        why = "the address itself is dead"
    elif reason.party is Party.SENDER:
        why = "the refusal is of the sender, not the address: do not count it against the address"
    else:
        why = f"the table's type decides, and it is {type_}"
    return f"Verdict {verdict}: {why}."
