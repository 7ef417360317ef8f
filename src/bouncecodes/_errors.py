"""The exceptions: one base class; ValueError for malformed codes, LookupError for unknown ones."""

__all__ = [
    "BounceCodeError",
    "InvalidCodeError",
    "NotAnEmailError",
    "NotAnEventError",
    "UnknownCodeError",
    "shown",
]

_SHOWN_LIMIT = 40


def shown(value: object) -> str:
    """The repr of *value* for an error message, cut short when huge.

    Long strings are cut before ``repr`` runs, so a megabyte of input costs nothing, and huge
    integers (whose ``repr`` may refuse to run at all) are named by their size.
    """
    if isinstance(value, (str, bytes, bytearray)) and len(value) > _SHOWN_LIMIT:
        return f"{value[:_SHOWN_LIMIT]!r}... ({len(value)} long)"
    if isinstance(value, int) and not -(10**_SHOWN_LIMIT) < value < 10**_SHOWN_LIMIT:
        return f"<an int of {value.bit_length()} bits>"
    try:
        text = repr(value)
    except RecursionError:  # a list or a dict nested deeper than repr goes
        import reprlib  # noqa: PLC0415 (only for such a value)

        text = reprlib.repr(value)
    if len(text) > 2 * _SHOWN_LIMIT:
        return f"{text[:_SHOWN_LIMIT]}... ({len(text)} long)"
    return text


class BounceCodeError(Exception):
    """The base class of every error that bouncecodes raises on bad input, besides TypeError."""


class InvalidCodeError(BounceCodeError, ValueError):
    """A code that is malformed: neither a three-digit code nor an RFC 3463 enhanced code."""

    def __init__(self, code: object, reason: str) -> None:
        super().__init__(f"Invalid bounce code: {shown(code)} ({reason})")
        self.code = code


class UnknownCodeError(BounceCodeError, LookupError):
    """A well-formed code that names no row of the table, or no bounce at all."""

    def __init__(self, code: object, reason: str) -> None:
        super().__init__(f"Unknown bounce code: {shown(code)} ({reason})")
        self.code = code


class NotAnEmailError(BounceCodeError, ValueError):
    """Input given to parse_dsn() that is not an email at all: empty, or without a header."""

    def __init__(self, message: object, reason: str) -> None:
        super().__init__(f"Not an email message: {shown(message)} ({reason})")
        self.message = message


class NotAnEventError(BounceCodeError, ValueError):
    """A payload given to parse_event() that is not JSON, or no sending service's event."""

    def __init__(self, payload: object, reason: str) -> None:
        super().__init__(f"Not a sending service's event: {shown(payload)} ({reason})")
        self.payload = payload
