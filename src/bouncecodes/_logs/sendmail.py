"""Sendmail: a line per delivery attempt, its fields ``name=value`` pairs.

    Dec  1 10:00:00 mx sm-mta[9471]: 093DecOR009469: to=<bob@example.com>,
        delay=00:00:06, xdelay=00:00:06, mailer=esmtp, pri=120592,
        relay=mx.example.com. [192.0.2.1], dsn=5.1.1, stat=User unknown

(one line). The Sendmail Installation and Operation Guide ("The System Log"): ``to`` (the
recipients to this mailer, comma-separated), ``relay`` ("the host that actually accepted (or
rejected) this recipient"), ``dsn`` ("enhanced error code (RFC2034) if available"), ``stat``
(the delivery status: ``Sent (...)``, ``Deferred: ...``, or the error), the last field.
"""

from __future__ import annotations

import re

from bouncecodes._address import unwrapped
from bouncecodes._logs._fields import Attempt, Unreadable, time_before

__all__ = ["read"]

_LINE = re.compile(
    r"\b(?:sendmail|sm-mta|sm-msp-queue)\[\d+\]: (?P<queue>[0-9A-Za-z]+): (?P<fields>to=.*)"
)
_FIELD = re.compile(r"(?:^|, )(?P<name>relay|dsn)=(?P<value>[^,]*)")
_TO = re.compile(r"^to=(?P<to>.*?), (?=[a-z]+=)")


def read(line: str) -> list[Attempt] | Unreadable | None:
    """The attempts a Sendmail delivery line logs, one per recipient; None for any other."""
    if "stat=" not in line:
        return None
    found = _LINE.search(line)
    if found is None:
        return None
    fields = found["fields"]
    # stat= is the last field: the first ", stat=" ends the fields, the words follow.
    to, end = _TO.match(fields), fields.find(", stat=")
    if to is None or end == -1:
        return Unreadable("a Sendmail delivery line without its to= or stat=")
    values = {match["name"]: match["value"] for match in _FIELD.finditer(fields, 0, end)}
    said = fields[end + len(", stat=") :]
    word = said.split(None, 1)[0].rstrip(":").lower() if said.strip() else ""
    action = {"sent": "delivered", "deferred": "delayed"}.get(word, "failed")
    recipients = [bare for part in to["to"].split(",") if (bare := unwrapped(part))]
    if not recipients:
        return Unreadable("a Sendmail delivery line without a recipient")
    return [
        Attempt(
            "sendmail",
            time_before(line[: found.start()]),
            found["queue"],
            recipient,
            None,
            values.get("relay"),
            action,
            values.get("dsn"),
            said,
        )
        for recipient in recipients
    ]
