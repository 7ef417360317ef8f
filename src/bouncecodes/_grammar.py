"""The code grammar: RFC 5321 reply codes and RFC 3463 enhanced status codes, spelled once.

Each fragment sits under the grammar line it implements, and the patterns the readers use
are composed from the fragments by name (python-hyper/h11's ``_abnf.py`` is the model). No
other module spells a code pattern: they import these. parse_code() reads a code handed to
lookup() or classify(); the readers find codes in text with the patterns of ``patterns()``,
compiled on first use (compiling them costs more than importing the package).

One grammar, everywhere: an enhanced code's subject has one digit, in a code handed to
classify() as in a reply. RFC 3463's grammar allows up to three, but every subject the
registry holds (RFC 5248: 0 to 7) has one, and in text the longer ones are always something
else: a version (Exim 4.94.2), Yahoo's ``#4.16.1``. So ``"5.10.1"`` is no enhanced code:
classify() refuses it as malformed, and parse_reply() does not read it. Details keep their
1 to 3 digits (Microsoft's 5.7.606). Where a code stands keeps the other lookalikes out:
see docs/classification.md.
"""

from bouncecodes._errors import InvalidCodeError, shown

TYPE_CHECKING = False  # typing costs more to import than the rest of the package
if TYPE_CHECKING:
    from typing import Final

    EnhancedCode = tuple[int, int, int]
    """An RFC 3463 enhanced status code as numbers: (class, subject, detail)."""

__all__ = [
    "DETAIL",
    "FAILURE",
    "REPLY_CODE",
    "STATUS_CODE",
    "SUBJECT",
    "Patterns",
    "dotted",
    "enhanced_code",
    "parse_code",
    "patterns",
]

# --- The fragments --------------------------------------------------------------------------

# RFC 5321 §4.2:  Reply-code = %x32-35 %x30-35 %x30-39
# Only failures are read (4yz, 5yz); the wild also sends 54x and 57x, so any second digit.
FAILURE = "45"  # the first digit of a failure: a reply code's, or an enhanced code's class
REPLY_CODE_TAIL = "[0-9]{2}"
REPLY_CODE = f"[{FAILURE}]{REPLY_CODE_TAIL}"

# RFC 3463 §2:  status-code = class "." subject "." detail
#               class = "2" / "4" / "5"
#               subject = 1*3digit
#               detail = 1*3digit
# with RFC 5248 §2's registry, whose every subject has one digit (see above):  subject = digit
CLASS = "[245]"
SUBJECT = "[0-9]"
DETAIL = "[0-9]{1,3}"
STATUS_CODE_TAIL = rf"\.{SUBJECT}\.{DETAIL}"
STATUS_CODE = f"[{FAILURE}]{STATUS_CODE_TAIL}"  # only failures are read from text
ANY_STATUS_CODE = rf"(?P<class>{CLASS})\.(?P<subject>{SUBJECT})\.(?P<detail>{DETAIL})"

# Where a code stands alone. Not inside a word, a number, an address, a path, a port, an IP
# address or a version: 192.0.2.1, host:587, user550@, /550/, 554.30, id-5.9.4, 1.5.1.1,
# 4.16.55.1. What may not stand just before a code, and what may not follow it:
NOT_BEFORE_REPLY_CODE = r"[\w.\-/:@%+&$]"
NOT_AFTER_REPLY_CODE = r"[\w@/%$]|[.,][0-9]|-[0-9]{2}|:[0-9]{2}"
NOT_BEFORE_STATUS_CODE = r"[\w.\-/@%+&$]"
NOT_AFTER_STATUS_CODE = r"[\w/@%]|[.\-][0-9]"

# RFC 5321 §4.1.1 command verbs, and "DOT" (what Exim and qmail call the end of DATA): a reply
# code glued to the command it answers ("RCPT TO:550 5.2.1", "DOT:554") stands alone too; so
# does one a label names as a code ("ERROR_CODE :421", Zoho's). (A look behind has one width:
# one for each length of word.)
AFTER_COMMAND = (
    r"(?:(?<=\b(?i:to):)|(?<=\b(?i:dot):)|(?<=\b(?i:data|from|rcpt|mail|ehlo|helo):)"
    r"|(?<=(?i:code):)|(?<=(?i:code) :))"
)

# Every code in a text, in order. Each branch marks what it found with an empty group of that
# name: a reply code (``m[0][:3]``), with an enhanced code glued to it by RFC 2034 §4's hyphen
# on continuation lines (RFC 5321 §4.2.1:  Reply-code "-" textstring), which belongs to it;
# an enhanced code (``m[0]``); a reply code after the command it answers; an MTA log's own
# status field ("dsn=5.1.1", Postfix and Sendmail), which only fills in.
#
# Speed: the pattern opens with one character class, consumed, and each branch looks behind
# only from there. With that, ``re`` skips the positions that cannot start a code in C; a
# pattern that opens with a look-around, or with branches that open with classes, makes it
# try a match at every position (2.5 against 7.4 us a line over ../shared/corpus, 3.11). A
# colon is common, so its branch first looks ahead for a digit (2.1 against 2.3 us, 3.10).
SCAN = (
    f"[{FAILURE}:dD](?:"
    rf"(?<=[{FAILURE}])(?:(?<!{NOT_BEFORE_REPLY_CODE}.){REPLY_CODE_TAIL}(?!{NOT_AFTER_REPLY_CODE})"
    "(?P<reply>)"
    rf"(?:-(?P<glued>{STATUS_CODE})(?!{NOT_AFTER_STATUS_CODE}))?"
    rf"|(?<!{NOT_BEFORE_STATUS_CODE}.){STATUS_CODE_TAIL}(?!{NOT_AFTER_STATUS_CODE})(?P<enhanced>))"
    rf"|(?<=:)(?=[{FAILURE}]){AFTER_COMMAND}(?P<after_command>{REPLY_CODE})"
    f"(?!{NOT_AFTER_REPLY_CODE})"
    rf"|(?<=[dD])(?<!\w.)[sS][nN]=(?P<status>{STATUS_CODE})(?!{NOT_AFTER_STATUS_CODE})"
    ")"
)

HEAD = (
    rf"[ \t\n]*(?P<basic>{REPLY_CODE})(?:-|[ \t]+|:[ \t]*)"
    rf"(?P<enhanced>{STATUS_CODE})(?!{NOT_AFTER_STATUS_CODE})"
)
"""The common case, read without a scan: a reply that opens with both its codes,
"550 5.1.1 ...", "550-5.1.1 ...", "550: 5.2.2 ...". It finds what the scan finds."""

STATUS_VALUE = rf"[ \t]*(?P<code>{STATUS_CODE})(?!{NOT_AFTER_STATUS_CODE})"
"""A failure code at the start of a Status field's value (RFC 3464 §2.3.4), comment after."""


# --- Compiled on first use ------------------------------------------------------------------


class Patterns:
    """The compiled patterns: built once, on first use."""

    __slots__ = ("any_status_code", "head", "scan", "status_value")

    def __init__(self) -> None:
        import re  # noqa: PLC0415 (already loaded by dataclasses: this costs nothing)

        self.scan: Final = re.compile(SCAN)
        self.head: Final = re.compile(HEAD)
        self.status_value: Final = re.compile(STATUS_VALUE)
        self.any_status_code: Final = re.compile(ANY_STATUS_CODE)


_PATTERNS: "list[Patterns]" = []


def patterns() -> Patterns:
    """The compiled patterns."""
    if not _PATTERNS:
        _PATTERNS.append(Patterns())
    return _PATTERNS[0]


# --- Codes as numbers -----------------------------------------------------------------------

# Nothing longer can be a code, whitespace and all: longer input is refused before it is read.
_MAX_CODE_LENGTH: "Final" = 64


def enhanced_code(text: str, /) -> "EnhancedCode":
    """The numbers of an enhanced code that a pattern above matched: ``"5.01.1"`` is 5.1.1."""
    class_, subject, detail = text.split(".")
    return int(class_), int(subject), int(detail)


def dotted(code: "EnhancedCode", /) -> str:
    """An enhanced code as RFC 3463 writes it: ``5.1.1``."""
    return f"{code[0]}.{code[1]}.{code[2]}"


def _is_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def parse_code(code: object, /) -> "int | EnhancedCode":
    """Read a code given to lookup() or classify(): a reply code, or an enhanced code's numbers.

    Raises TypeError for anything but int (bool excluded) and str, and InvalidCodeError for
    what is neither a three-digit code nor an enhanced status code.
    """
    if isinstance(code, bool) or not isinstance(code, (int, str)):
        raise TypeError(
            f"a bounce code is an int or a str, not {type(code).__name__}: {shown(code)}"
        )
    if isinstance(code, int):
        if 100 <= code <= 999:
            return int(code)
        raise InvalidCodeError(code, "a reply code has three digits")
    if len(code) > _MAX_CODE_LENGTH:
        raise InvalidCodeError(code, "too long to be a code")
    text = code.strip()
    if _is_digits(text):
        if len(text) == 3 and text[0] != "0":
            return int(text)
        raise InvalidCodeError(code, "a reply code has three digits")
    match = patterns().any_status_code.fullmatch(text)
    if match is not None:
        return int(match["class"]), int(match["subject"]), int(match["detail"])
    # Say which part of the grammar it breaks, for what has its shape: three runs of digits.
    parts = text.split(".")
    if len(parts) == 3 and all(_is_digits(part) for part in parts):
        if len(parts[0]) != 1 or parts[0] not in "245":
            raise InvalidCodeError(code, "an enhanced code's class is 2, 4 or 5")
        if len(parts[1]) != 1:
            raise InvalidCodeError(code, "an enhanced code's subject has one digit")
        raise InvalidCodeError(code, "an enhanced code's detail has 1 to 3 digits")
    raise InvalidCodeError(
        code, "expected a reply code such as 550 or an enhanced code such as 5.1.1"
    )
