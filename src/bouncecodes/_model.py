"""The model: what a bounce code is, and the two kinds of bounce."""

import enum
from dataclasses import dataclass

__all__ = ["BounceCode", "BounceType", "Rule"]


class BounceType(str, enum.Enum):
    """Whether a bounce is worth retrying.

    Each member equals its value as a string (``BounceType.HARD == "Hard"``), and ``str()``
    and f-strings give that value on every supported Python.
    """

    HARD = "Hard"
    """Permanent: stop sending to this address."""
    SOFT = "Soft"
    """Transient: retry later."""

    def __str__(self) -> str:
        return self.value


class Rule(str, enum.Enum):
    """Which step of the resolution decided a bounce's type (see docs/classification.md)."""

    ENHANCED = "enhanced"
    """An RFC 3463 enhanced code C.S.D whose own row CSD exists."""
    SUBJECT = "subject"
    """An enhanced code without a row of its own took its subject's "other" row C.S.0."""
    BASIC = "basic"
    """An RFC 5321 reply code with a row of its own."""
    CLASS = "class"
    """No row fits: the class decides, 4 soft and 5 hard."""
    NO_CODE = "no-code"
    """The bounce carried no code at all: row 911."""
    DELAYED = "delayed"
    """A delivery status notification said the mail is still queued: soft, whatever its codes."""

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class BounceCode:
    """One row of the bounce code table."""

    code: int
    """The table's three-digit code, such as 550 or 511."""
    type: BounceType
    """Hard or soft, as the table says."""
    description: str
    """The table's description, verbatim."""

    def __str__(self) -> str:
        return f"{self.code} {self.type} {self.description}"
