"""Exim's main log: a line per delivery, deferral and failure.

    2026-12-01 10:00:00 1pfdJV-004eVE-9X ** bob@example.com R=dnslookup T=remote_smtp:
        SMTP error from remote mail server after RCPT TO:<bob@example.com>: host
        mx.example.com [192.0.2.1]: 550 5.1.1 <bob@example.com>: User unknown
    2026-12-01 10:00:00 1pfdJV-004eVE-9X == carol@example.net R=dnslookup T=remote_smtp
        defer (-44): SMTP error from remote mail server after RCPT TO:<carol@...>: ...
    2026-12-01 10:00:00 1pfdJV-004eVE-9X => dave@example.org R=dnslookup T=remote_smtp
        H=mx.example.org [192.0.2.2]

(each one line). The Exim specification's "Log files" chapter: ``<date> <time> [pid]
<message id> <flag> <address> ...``, its flags ``**`` (failed: the address bounced), ``==``
(deferred), ``=>`` (delivered), ``->`` (another address of the same delivery) and ``*>``
(suppressed by -N); the fields ``R=`` (router), ``T=`` (transport), ``H=`` (host and IP);
the error text after the colon that ends ``T=<transport>`` (or the address), a deferral's
after ``defer (<errno>): ``.
"""

from __future__ import annotations

import re

from bouncecodes._address import unwrapped
from bouncecodes._logs._fields import Attempt, Unreadable

__all__ = ["read"]

_LINE = re.compile(
    r"(?P<time>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?(?: [+-]\d{4})?) (?:\[\d+\] )?"
    r"(?P<id>[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}) (?P<flag>\*\*|==|=>|->|\*>) "
    r"(?P<rest>.*)"
)
_ACTIONS = {
    "**": "failed",
    "==": "delayed",
    "=>": "delivered",
    "->": "delivered",
    "*>": "delivered",
}
# The recipient, and the original address Exim writes after it in angle brackets.
_ADDRESSES = re.compile(r"(?P<address>\S+)(?: <(?P<original>[^>]*)>)?")
_HOST = re.compile(r"\bH=(?P<host>\S+(?: \[[^\]\s]+\])?)")
# Where a remote server's error gives the host instead: "SMTP error from remote mail server
# after RCPT TO:<...>: host mx.example.com [192.0.2.1]: 550 ..."
_ERROR_HOST = re.compile(r": host (?P<host>\S+ \[[^\]\s]+\]): ")
_FIELDS_END = re.compile(r"(?:^| )(?:R|T)=\S+?:(?: |$)|(?:^| )defer \(-?\d+\): |^: ")


def read(line: str) -> list[Attempt] | Unreadable | None:
    """The attempt an Exim delivery line logs; None for any other line."""
    if " ** " not in line and " == " not in line and "> " not in line:
        return None
    found = _LINE.search(line)
    if found is None:
        return None
    rest = found["rest"]
    addresses = _ADDRESSES.match(rest)
    if addresses is None:
        return Unreadable("an Exim delivery line without its address")
    recipient = unwrapped(addresses["address"].rstrip(":"))
    original = unwrapped(addresses["original"])
    if recipient is not None and "@" not in recipient and original is not None:
        recipient = original  # a local delivery: the address it was for, in angle brackets
    if recipient is None or "@" not in recipient:
        return None  # no address at all: "discarded", ":blackhole:", a file or a pipe
    after = rest[addresses.end() :]
    action = _ACTIONS[found["flag"]]
    text = None
    if action != "delivered":
        end = _FIELDS_END.search(after)
        text = after[end.end() :] if end is not None else after.strip(" :") or None
    host = _HOST.search(after)
    said = _ERROR_HOST.search(text) if text else None
    if said is not None and text is not None:
        # Exim's own words end at the host: the remote server's reply follows, and only
        # its words say why.
        host = host or said
        text = text[said.end() :]
    return [
        Attempt(
            "exim",
            found["time"],
            found["id"],
            recipient,
            original,
            host["host"] if host else None,
            action,
            None,
            text,
        )
    ]
