"""Postfix: a delivery agent's line per attempt (smtp, lmtp, local, virtual, pipe, error).

    Nov  3 16:04:31 mx postfix/smtp[30840]: 19B6B2900FE: to=<bob@example.com>,
        orig_to=<bob@example>, relay=mx.example.com[192.0.2.1]:25, delay=0.22,
        delays=0.04/0.01/0.05/0.1, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1]
        said: 550 5.1.1 <bob@example.com>: User unknown (in reply to RCPT TO command))

(one line). ``status`` is ``sent``, ``deferred``, ``bounced`` or ``expired`` (given up, "returned
to sender"); ``dsn`` the enhanced code, which Postfix sets itself when no reply came (4.4.1
for a timeout); the text in parentheses the remote server's reply after ``said:``, or
Postfix's own words. The grammar is Postfix's own (the fields ``to``, ``orig_to``,
``relay``, ``delay``, ``delays``, ``dsn``, ``status``: MAILLOG_README and postconf(5)
``delay_logging_resolution_limit``); any syslog prefix may come before the program's name.
"""

from __future__ import annotations

import re

from bouncecodes._address import unwrapped
from bouncecodes._logs._fields import Attempt, Unreadable, time_before

__all__ = ["read"]

_AGENTS = "smtp|lmtp|local|virtual|pipe|error|retry|discard"
# The program's name ends "/<agent>[<pid>]: ", and starts with "postfix" (or a
# multi-instance "postfix-<name>"), checked on the token the match starts in.
_LINE = re.compile(rf"/(?:{_AGENTS})\[\d+\]: (?P<queue>[0-9A-Za-z]+): (?P<fields>to=.*)")
_FIELD = re.compile(r"(?:^|, )(?P<name>to|orig_to|relay|dsn)=(?P<value><[^<>]*>|[^,]*)")
# status= is the last field: its word, then the text in parentheses ("bounced (host ...
# said: ...)") or after a comma ("expired, returned to sender").
_STATUS = re.compile(r"(?P<status>\w+)(?: \((?P<text>.*)\)|, (?P<words>.*))?")
_ACTIONS = {"sent": "delivered", "bounced": "failed", "expired": "failed", "deferred": "delayed"}


def read(line: str) -> list[Attempt] | Unreadable | None:
    """The attempt a Postfix delivery line logs; None for any other line."""
    if "postfix" not in line or " to=" not in line:
        return None
    found = _LINE.search(line)
    if found is None:
        return None
    program = line.rfind(" ", 0, found.start()) + 1
    if not line.startswith("postfix", program):
        return None
    fields = found["fields"]
    # The first ", status=" ends the fields: the remote server's words come after it.
    end = fields.find(", status=")
    values = {match["name"]: match["value"] for match in _FIELD.finditer(fields, 0, end)}
    status = _STATUS.fullmatch(fields, end + len(", status=")) if end != -1 else None
    recipient = unwrapped(values.get("to"))
    if status is None or recipient is None:
        return Unreadable("a Postfix delivery line without its to= or status=")
    action = _ACTIONS.get(status["status"])
    if action is None:
        return Unreadable(f"a Postfix status not known: {status['status']}")
    return [
        Attempt(
            "postfix",
            time_before(line[:program]),
            found["queue"],
            recipient,
            unwrapped(values.get("orig_to")),
            values.get("relay"),
            action,
            values.get("dsn"),
            status["text"] or status["words"],
        )
    ]
