"""qmail: qmail-send's activity record, a line where a delivery starts and one where it ends.

    @40000000419f13a4... starting delivery 183: msg 161214 to remote bob@example.org
    @40000000419f13a5... delivery 183: failure: 192.0.2.1_does_not_like_recipient./
        Remote_host_said:_550_5.1.1_User_unknown/Giving_up_on_192.0.2.1./

(the report, one line). qmail-log(5), "DELIVERIES": ``starting delivery d: msg m to local|
remote <recipient>`` opens delivery *d* of message *m* (its queue file's number) to one
recipient; ``delivery d: success: ...``, ``failure: ...`` (failed permanently: the message
will bounce) or ``deferral: ...`` (failed temporarily: retried later) ends it with the report
of qmail-lspawn or qmail-rspawn. So a report names no recipient: the reader keeps each open
delivery's until its report comes. The report is written as qmail-send's ``logsafe()``
(qsutil.c) writes it: each newline as ``/``, and every other byte that is no printable
ASCII, the space among them, and ``%`` as ``_`` (``_reply.qmail_report`` reads it back).
Before the line stands what the logger writes: multilog's TAI64N label (``@4000...``),
``tai64nlocal``'s time, splogger's Unix time, a syslog prefix.
"""

from __future__ import annotations

import re

from bouncecodes._logs._fields import Attempt, Unreadable, time_before
from bouncecodes._reply import qmail_report

__all__ = ["Reader"]

_START = re.compile(r"starting delivery (?P<delivery>\d+): msg (?P<msg>\d+) to (?:local|remote) ")
_END = re.compile(r"delivery (?P<delivery>\d+): (?P<result>success|failure|deferral): ")
_ACTIONS = {"success": "delivered", "failure": "failed", "deferral": "delayed"}
# The stamp a logger writes last before qmail-send's words: multilog's TAI64N label,
# tai64nlocal's time (both of daemontools, the time's date a word before it), splogger's Unix
# time.
_STAMP = re.compile(r"@[0-9a-f]{24}|\d+\.\d+|\d\d:\d\d:\d\d(?:\.\d+)?")
_DATE = re.compile(r"\d{4}-\d\d-\d\d")
# qmail-send runs no more deliveries at once than its concurrency limits allow (at most a few
# hundred: qmail-send(8), concurrencylocal and concurrencyremote); a delivery whose report
# never came (qmail-send stopped) is forgotten once this many newer ones are open.
_OPEN_AT_MOST = 10_000


class Reader:
    """A qmail-send log's reader: it keeps the recipient of each delivery still open."""

    def __init__(self) -> None:
        self._open: dict[str, tuple[str, str]] = {}  # delivery -> (message, recipient)

    def read(self, line: str) -> list[Attempt] | Unreadable | None:
        """The attempt a report ends; None for any other line (a start is taken in)."""
        if "delivery " not in line:
            return None
        start = _START.search(line)
        if start is not None:
            recipient = line[start.end() :].strip()
            self._open.pop(start["delivery"], None)  # numbers start again at 1 on a restart
            self._open[start["delivery"]] = (start["msg"], recipient)
            if len(self._open) > _OPEN_AT_MOST:
                del self._open[next(iter(self._open))]
            return None
        end = _END.search(line)
        if end is None:
            return None
        opened = self._open.pop(end["delivery"], None)
        if opened is None:
            return Unreadable(
                "a qmail-send report whose delivery's start, which names the recipient, was"
                " not read"
            )
        report = line[end.end() :].strip()
        return [
            Attempt(
                "qmail",
                _time(line[: end.start()]),
                opened[0],
                opened[1],
                None,
                None,
                _ACTIONS[end["result"]],
                None,
                qmail_report(report) or report,
            )
        ]


def _time(prefix: str) -> str | None:
    """The time a logger wrote before qmail-send's words, as it wrote it; None for none."""
    words = prefix.split()
    if not words or not _STAMP.fullmatch(words[-1]):
        return time_before(prefix)
    if len(words) > 1 and _DATE.fullmatch(words[-2]):
        return f"{words[-2]} {words[-1]}"
    return words[-1]
