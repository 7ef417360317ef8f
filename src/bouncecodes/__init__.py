"""bouncecodes: is this email bounce hard or soft, and why?

>>> import bouncecodes
>>> bouncecodes.lookup(550).type
<BounceType.HARD: 'Hard'>

The readers (replies, bounce emails, logs, webhooks), the smtplib helpers and the reasons
load on first use, so
that ``import bouncecodes`` stays as light as a lookup needs it to be.
"""

from bouncecodes._classify import CODES, classify, lookup
from bouncecodes._errors import (
    BounceCodeError,
    InvalidCodeError,
    NotAnEmailError,
    NotAnEventError,
    UnknownCodeError,
)
from bouncecodes._model import BounceCode, BounceType, Rule

TYPE_CHECKING = False
if TYPE_CHECKING:
    from bouncecodes._dsn import BounceContext, BouncedRecipient, parse_dsn
    from bouncecodes._explain import explain
    from bouncecodes._logs import LogReader, LogRecord, UnreadableLine, read_log
    from bouncecodes._reasons import Party, Reason, Verdict
    from bouncecodes._reply import Reply, parse_reply
    from bouncecodes._smtplib import parse_refused, parse_smtp_error
    from bouncecodes._webhooks import ServiceBounce, ServiceNotice, parse_event

__all__ = [
    "CODES",
    "BounceCode",
    "BounceCodeError",
    "BounceContext",
    "BounceType",
    "BouncedRecipient",
    "InvalidCodeError",
    "LogReader",
    "LogRecord",
    "NotAnEmailError",
    "NotAnEventError",
    "Party",
    "Reason",
    "Reply",
    "Rule",
    "ServiceBounce",
    "ServiceNotice",
    "UnknownCodeError",
    "UnreadableLine",
    "Verdict",
    "__version__",
    "classify",
    "explain",
    "lookup",
    "parse_dsn",
    "parse_event",
    "parse_refused",
    "parse_reply",
    "parse_smtp_error",
    "read_log",
]

__version__ = "0.1.0"

# Public names that live in modules loaded on first use, by the module that holds them.
_LAZY = {
    "BounceContext": "bouncecodes._dsn",
    "BouncedRecipient": "bouncecodes._dsn",
    "Party": "bouncecodes._reasons",
    "Reason": "bouncecodes._reasons",
    "Verdict": "bouncecodes._reasons",
    "parse_dsn": "bouncecodes._dsn",
    "explain": "bouncecodes._explain",
    "LogReader": "bouncecodes._logs",
    "LogRecord": "bouncecodes._logs",
    "UnreadableLine": "bouncecodes._logs",
    "read_log": "bouncecodes._logs",
    "Reply": "bouncecodes._reply",
    "parse_reply": "bouncecodes._reply",
    "parse_refused": "bouncecodes._smtplib",
    "parse_smtp_error": "bouncecodes._smtplib",
    "ServiceBounce": "bouncecodes._webhooks",
    "ServiceNotice": "bouncecodes._webhooks",
    "parse_event": "bouncecodes._webhooks",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib  # noqa: PLC0415

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'bouncecodes' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
