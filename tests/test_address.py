"""Recipient addresses: reported only when whole (module _address)."""

from __future__ import annotations

import re

import pytest

from bouncecodes._address import ADDRESS, field_address, header_addresses, whole
from tests.conftest import growth


@pytest.mark.parametrize(
    "address",
    [
        "bob@example.com",
        "5551234567@vtext.com",  # an SMS gateway: a local part of digits
        "bob@ex\u00e4mple.com",  # an international domain (RFC 6531) ...
        "bob@xn--exmple-cua.com",  # ... and its punycode
        "j\u00fcrgen@example.org",
        "a_b@mail_host.example.com",  # underscores in a host name
        '"Mark Smith"@example.org',  # a quoted local part, whole
        "bob@[192.0.2.1]",
        "o'brien+tag@example.co.uk",
    ],
)
def test_whole_addresses(address: str) -> None:
    assert whole(address) == address


@pytest.mark.parametrize(
    "candidate",
    [
        "ingrid@exa",  # cut by the end of a truncated message: no dotted domain
        "bob@example.comcarol@example.net",  # two run together
        "/var/mail/bob",  # a file
        "|/usr/bin/procmail",  # a command
        "bob",
        "@example.com",
        "bob@",
        "bob smith@example.com",
        "bob@192.0.2.1",  # an IP address without its brackets
        "bob@example.123",
        "",
    ],
)
def test_not_whole(candidate: str) -> None:
    assert whole(candidate) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("rfc822; bob@example.net", "bob@example.net"),
        ("rfc822; <bob@example.net> (comment)", "bob@example.net"),
        ("rfc822; John <john@example.com>", "john@example.com"),  # a display name
        ("rfc822; @mx.example.org:user@example.org", "user@example.org"),  # a source route
        ("rfc822; @a.example,@b.example:user@example.org", "user@example.org"),
        ('rfc822; "Mark Smith"@example.org', '"Mark Smith"@example.org'),
        ("utf-8; j\\x{FC}rgen@example.org", "j\u00fcrgen@example.org"),  # RFC 6533 §3
        ("utf-8; a\\x{FFFFFF}@example.org", None),  # no such character: no address
        ("rfc822; /var/spool/mail/bob", None),
        ("X-Unix; |/usr/bin/procmail -a bob", None),
        ("rfc822; 5551234567@vtext.com", "5551234567@vtext.com"),
        ("bob@example.net", "bob@example.net"),  # no type
        ("rfc822;", None),
        ("rfc822; <>", None),
        (None, None),
    ],
)
def test_field_address(value: str | None, expected: str | None) -> None:
    assert field_address(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("rfc822; Bob (a (nested) comment) <bob@example.net>", "bob@example.net"),
        ("rfc822; bob@example.net (a \\) quoted pair)", "bob@example.net"),
        ('rfc822; "a(b"@example.net', '"a(b"@example.net'),  # quoted: no comment
        ("rfc822; bob@example.net (never closed", "bob@example.net"),
    ],
)
def test_comments_are_taken_off_however_nested(value: str, expected: str) -> None:
    assert field_address(value) == expected


@pytest.mark.parametrize("unit", ["(", "((a)", '"(', "\\("])
def test_deeply_nested_comments_are_no_crash_and_cost_linear_time(unit: str) -> None:
    """The stdlib's address parsers recurse into each level of a comment: a field of a few
    thousand "(" exhausted the stack (RecursionError out of parse_dsn)."""
    assert field_address("rfc822; bob" + unit * 5_000 + "@example.net") is None
    assert header_addresses(["bob" + unit * 5_000 + "@example.net"]) == []
    for read in (field_address, lambda value: header_addresses([value])):
        assert growth(read, "x" + unit * 20_000, "x" + unit * 200_000) < 30, unit


def test_header_addresses() -> None:
    assert header_addresses(["bob@example.com, carol@example.net", "BOB@example.com"]) == [
        "bob@example.com",
        "carol@example.net",
    ]
    assert header_addresses(["not an address, ingrid@exa"]) == []
    # Words of a broken field that the stdlib's parser joins to an address: not as written.
    assert header_addresses(["bob@example.net, carol@example.netfailed - -"]) == ["bob@example.net"]
    assert header_addresses([]) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("To: 5551234567@vtext.com", "5551234567@vtext.com"),
        ("<bob@ex\u00e4mple.com>:", "bob@ex\u00e4mple.com"),
        ("a_b@mail_host.example.com.", "a_b@mail_host.example.com"),
        ('"Mark Smith"@example.org', '"Mark Smith"@example.org'),
        ("550 bob@[192.0.2.1] no", "bob@[192.0.2.1]"),
    ],
)
def test_the_text_pattern_finds_the_whole_address(text: str, found: str) -> None:
    assert re.search(ADDRESS, text)[0] == found  # type: ignore[index]


def test_the_text_pattern_is_linear() -> None:
    pattern = re.compile(ADDRESS)
    for unit in ("a", "a.", '"a', "a@", "@a", 'a"@', "\u00e4"):
        assert growth(pattern.findall, unit * 5_000, unit * 50_000) < 30, unit


def test_an_unclosed_domain_literal_is_no_address_and_no_crash() -> None:
    """The stdlib's parser raises AttributeError on it."""
    assert whole("bob@[x") is None
    assert field_address("rfc822; bob@[x") is None


def test_an_address_longer_than_a_path_may_be_is_none_in_linear_time() -> None:
    """RFC 5321 §4.5.3.1.3; the stdlib's parser takes quadratic time on a long quoted local
    part of many words."""
    assert whole('"' + "a " * 200 + 'a"@example.com') is None
    assert whole("a" * 250 + "@example.com") is None
    assert whole("a" * 230 + "@example.com") == "a" * 230 + "@example.com"
    quoted = '"' + "a " * 50_000 + 'a"@example.com'
    assert growth(field_address, "rfc822; " + quoted, "rfc822; " + quoted * 4) < 30
