"""The code grammar: its fragments, its patterns, and the one parse_code."""

from __future__ import annotations

import re

import pytest

from bouncecodes import _grammar
from bouncecodes._grammar import dotted, enhanced_code, parse_code, patterns


def kinds(text: str) -> list[tuple[str | None, str]]:
    return [(match.lastgroup, match[0]) for match in patterns().scan.finditer(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("550 5.1.1 no", [("reply", "550"), ("enhanced", "5.1.1")]),
        ("550-5.1.1 no", [("glued", "550-5.1.1")]),
        ("RCPT TO:550 5.2.1 full", [("after_command", ":550"), ("enhanced", "5.2.1")]),
        ("DOT:554 no", [("after_command", ":554")]),
        ("dsn=5.1.1, status=bounced", [("status", "dsn=5.1.1")]),
        # Lookalikes: where a code stands decides.
        ("host:550 192.0.2.55 user550@x /550/ 554.30 id-5.9.4 1.5.1.1", []),
        ("Yahoo 4.16.55.1 #4.16.1 and Exim 4.94.2", []),
        ("5.10.1 has a two-digit subject", []),
        ("Microsoft's 5.7.606 has a three-digit detail", [("enhanced", "5.7.606")]),
        ("xdsn=5.1.1: not a log's dsn= field, but a code", [("enhanced", "5.1.1")]),
    ],
)
def test_the_scan(text: str, found: list[tuple[str, str]]) -> None:
    assert kinds(text) == found


def test_the_scan_opens_with_one_character_class() -> None:
    """What the speed of the scan rests on (see the comment above SCAN)."""
    assert re.match(r"\[[^\]]+\]\(\?:", _grammar.SCAN)


def test_patterns_compile_once() -> None:
    assert patterns() is patterns()


@pytest.mark.parametrize(
    ("text", "code"), [("5.1.1", (5, 1, 1)), ("4.7.606", (4, 7, 606)), ("5.7.01", (5, 7, 1))]
)
def test_enhanced_code_and_dotted(text: str, code: tuple[int, int, int]) -> None:
    assert enhanced_code(text) == code
    assert dotted(code) == text.replace(".01", ".1")


def test_parse_code_reads_both_kinds() -> None:
    assert parse_code(550) == 550
    assert parse_code(" 550 ") == 550
    assert parse_code("2.1.5") == (2, 1, 5)
