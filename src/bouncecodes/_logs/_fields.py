"""What each log format's reader hands on: the fields of one delivery attempt, as written."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Attempt", "Unreadable", "time_before"]


@dataclass(frozen=True, slots=True)
class Attempt:
    """One delivery attempt's fields, as the line writes them."""

    source: str
    time: str | None
    queue_id: str | None
    recipient: str
    original_recipient: str | None
    relay: str | None
    action: str  # "failed", "delayed" or "delivered"
    status: str | None  # the enhanced code the line gives, for the reply to fill in from
    text: str | None  # the error text: the reply, or the MTA's own words


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A delivery line of a format that could not be read, and why."""

    why: str


# A syslog timestamp: RFC 3164's "Dec  1 10:00:00", or ISO 8601 (RFC 5424, rsyslog's
# high-precision format), followed by the host's name.
_BSD_TIME = re.compile(r"[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d")
_ISO_TIME = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d\S*")


def time_before(prefix: str) -> str | None:
    """The syslog time in *prefix*, the text before a program's name (``... <time> <host>
    ``): None when it has none."""
    head, _, host = prefix.rstrip(" ").rpartition(" ")
    if not host:
        return None
    iso = head.rpartition(" ")[2]
    if _ISO_TIME.fullmatch(iso):
        return iso
    bsd = head[-15:]
    return bsd if _BSD_TIME.fullmatch(bsd) else None
