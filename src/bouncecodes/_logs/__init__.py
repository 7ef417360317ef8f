"""MTA logs: one record per delivery attempt, from the lines an MTA writes.

Operators have their MTA's log, where every delivery attempt is a line: Postfix's
``status=bounced (...)``, Exim's ``**`` and ``==``, Sendmail's ``stat=``, qmail-send's
``delivery 5: failure: ...``, PowerMTA's accounting CSV. Each module here reads one format
(its grammar, from its documentation, in its docstring); read_log() tries each line against
them in turn. A record is read through the same stages as a bounce email's recipient
(``_reply.reply_from_report`` for the reply and the status field,
``_classify.recipient_resolution`` for type, reason and verdict), so that a line and a bounce
of the same reply give the same answers.
"""

from __future__ import annotations

from dataclasses import dataclass

from bouncecodes._classify import recipient_resolution
from bouncecodes._errors import shown
from bouncecodes._logs import exim, postfix, powermta, qmail, sendmail
from bouncecodes._logs._fields import Attempt, Unreadable
from bouncecodes._reply import reply_from_report

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from bouncecodes._model import BounceCode, BounceType, Rule
    from bouncecodes._reasons import Reason, Verdict
    from bouncecodes._reply import Reply

__all__ = ["LogReader", "LogRecord", "UnreadableLine", "read_log"]

# The formats, in the order a line is tried against them; PowerMTA's CSV last, as it holds
# the state of its header row.
_LINE_READERS = (postfix.read, exim.read, sendmail.read)


@dataclass(frozen=True, slots=True)
class LogRecord:
    """One delivery attempt an MTA logged."""

    source: str
    """Which MTA's format: ``"postfix"``, ``"exim"``, ``"sendmail"``, ``"qmail"``,
    ``"powermta"``."""
    line: int
    """The line's number, from 1."""
    time: str | None
    """When, as the line writes it (syslog's ``Dec  1 10:00:00``, ISO 8601, ...)."""
    queue_id: str | None
    """The message's queue id (Postfix, Sendmail), message id (Exim), or job id (PowerMTA)."""
    recipient: str
    """The recipient this attempt was for."""
    original_recipient: str | None
    """The address as the sender gave it, when the line says (``orig_to=``, ``orcpt``)."""
    relay: str | None
    """The host the attempt was made to (``relay=``, ``H=``, ``dsnMta``)."""
    action: str
    """``"failed"``, ``"delayed"`` or ``"delivered"``."""
    status: str | None
    """The enhanced status code the line gives (``dsn=``), as written."""
    reply: Reply | None
    """What the line's error text says, read as a reply; None when delivered."""
    entry: BounceCode | None
    """The table row; None when delivered, or when no row fits."""
    type: BounceType | None
    """Hard or soft, as for a bounce email's recipient (delayed is soft); None when delivered."""
    rule: Rule | None
    reason: Reason | None
    verdict: Verdict | None
    evidence: str | None


@dataclass(frozen=True, slots=True)
class UnreadableLine:
    """A delivery line that could not be read: counted and reported, never a crash."""

    line: int
    text: str
    why: str


class LogReader:
    """The records of a log, read as the lines come (a file streams through in constant
    memory); the delivery lines it could not read are kept in ``unreadable``, as they come."""

    def __init__(self, lines: Iterable[str | bytes]) -> None:
        self._lines = lines
        self.unreadable: list[UnreadableLine] = []

    def __iter__(self) -> Iterator[LogRecord]:
        # qmail's reader keeps each open delivery's recipient, the CSV's reader its header.
        readers = (*_LINE_READERS, qmail.Reader().read, powermta.Reader().read)
        for number, raw in enumerate(self._lines, 1):
            line = _text(raw)
            for read in readers:
                found = read(line)
                if found is None:
                    continue  # not this format's delivery line
                if isinstance(found, Unreadable):
                    self.unreadable.append(UnreadableLine(number, line, found.why))
                else:
                    for attempt in found:
                        yield _record(attempt, number)
                break


def read_log(lines: Iterable[str | bytes], /) -> LogReader:
    """The delivery attempts of an MTA log's *lines* (str or bytes, decoded as UTF-8 with
    errors replaced), one LogRecord each, as they come; lines that are no delivery line are
    passed over, and delivery lines that cannot be read are kept in the reader's
    ``unreadable``. Postfix, Exim, Sendmail, qmail-send and PowerMTA (accounting CSV with
    its header row) lines may be mixed."""
    if isinstance(lines, (str, bytes)):
        raise TypeError(
            "read_log() takes an iterable of lines (a file, a list), not one "
            f"{type(lines).__name__}: split it into lines first"
        )
    return LogReader(lines)


def _text(raw: str | bytes) -> str:
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    elif not isinstance(raw, str):
        raise TypeError(f"a log line is a str or bytes, not {type(raw).__name__}: {shown(raw)}")
    return raw.rstrip("\r\n")


def _record(attempt: Attempt, number: int) -> LogRecord:
    """The record of an attempt: a failed or delayed one read as a bounced recipient is."""
    reply = decided = None
    if attempt.action != "delivered":
        reply = reply_from_report(attempt.status, attempt.text)
        decided = recipient_resolution(attempt.action, attempt.status, reply)
    type_, rule, reason, verdict, evidence = decided or (None, None, None, None, None)
    return LogRecord(
        attempt.source,
        number,
        attempt.time,
        attempt.queue_id,
        attempt.recipient,
        attempt.original_recipient,
        attempt.relay,
        attempt.action,
        attempt.status,
        reply,
        None if reply is None else reply.entry,
        type_,
        rule,
        reason,
        verdict,
        evidence,
    )
