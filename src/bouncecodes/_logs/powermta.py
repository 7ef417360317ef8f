"""PowerMTA's accounting files: CSV, one record per line, a header row naming the columns.

    type,timeLogged,timeQueued,orig,rcpt,orcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat,...
    b,2026-12-01 10:00:00+0000,2026-12-01 09:59:59+0000,news@example.org,bob@example.com,,
        failed,5.1.1 (bad destination mailbox address),smtp;550 5.1.1 User unknown,
        mx.example.com (192.0.2.1),bad-mailbox,...

(the record, one line). The PowerMTA User's Guide, "Accounting Files and Statistics": the
first line of every accounting file names its columns, which configuration chooses; the
record types ``d`` (delivered), ``b`` (bounced), ``t`` (transient: a failed attempt, to be
retried), ``rb`` (a remote bounce) and ``rs`` (a remote status) are about one recipient
(``tq``, ``r`` and ``f``, about queues, receptions and feedback, are not); ``dsnStatus`` is
the enhanced code with PowerMTA's description, ``dsnDiag`` the reply with its type
(``smtp;550 ...``), ``dsnMta`` the remote host, ``dsnAction`` the action.
"""

from __future__ import annotations

import csv
import re

from bouncecodes._address import unwrapped
from bouncecodes._logs._fields import Attempt, Unreadable

__all__ = ["Reader"]

_ACTIONS = {
    "failed": "failed",
    "delayed": "delayed",
    "relayed": "delivered",
    "delivered": "delivered",
    "expanded": "delivered",
}
_TYPES = {"d": "delivered", "b": "failed", "t": "delayed", "rb": "failed"}
# A record of one of those types, when no header row has named the columns.
_RECORD = re.compile(r"(?:d|b|t|rb|rs),\d")


class Reader:
    """A PowerMTA accounting file's reader: it keeps the header row's columns."""

    def __init__(self) -> None:
        self.columns: list[str] | None = None

    def read(self, line: str) -> list[Attempt] | Unreadable | None:
        """The attempt a record logs; None for any other line (a header row is taken in)."""
        if line.startswith("type,") and ",rcpt" in line:
            columns = _fields(line)
            if columns is None:
                return Unreadable("a PowerMTA header row that is no CSV")
            self.columns = columns
            return None
        if not _RECORD.match(line):
            return None
        if self.columns is None:
            return Unreadable("a PowerMTA record before any header row names its columns")
        values = _fields(line)
        if values is None:
            return Unreadable("a PowerMTA record that is no CSV")
        record = dict(zip(self.columns, values, strict=False))
        kind = record.get("type", "")
        action = _ACTIONS.get(record.get("dsnAction", "").lower()) or _TYPES.get(kind)
        recipient = unwrapped(record.get("rcpt"))
        if action is None or recipient is None:
            return Unreadable("a PowerMTA record without its recipient or its action")
        status = record.get("dsnStatus", "").split(" ", 1)[0] or None
        return [
            Attempt(
                "powermta",
                record.get("timeLogged") or None,
                record.get("jobId") or None,
                recipient,
                unwrapped(record.get("orcpt")),
                record.get("dsnMta") or None,
                action,
                status,
                record.get("dsnDiag") or None,
            )
        ]


def _fields(line: str) -> list[str] | None:
    """The CSV fields of one line; None when it is no CSV (a carriage return outside quotes,
    a field longer than the csv module takes)."""
    try:
        return next(csv.reader([line]))
    except csv.Error:
        return None
