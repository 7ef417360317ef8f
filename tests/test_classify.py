"""lookup() and classify(): every input form, every fallback, every error path."""

from __future__ import annotations

import enum

import pytest

import bouncecodes
from bouncecodes import CODES, BounceCode, BounceType, InvalidCodeError, Rule, UnknownCodeError
from bouncecodes._classify import (
    _ROW_BY_INT,
    _ROW_BY_STR,
    _TYPE_BY_INT,
    _TYPE_BY_STR,
    resolve,
)
from bouncecodes._grammar import parse_code

HARD, SOFT = BounceType.HARD, BounceType.SOFT


class Reply(enum.IntEnum):
    MAILBOX_UNAVAILABLE = 550


class Code(str):
    pass


@pytest.mark.parametrize(
    ("code", "row"),
    [
        (550, 550),
        ("550", 550),
        ("  550\t\n", 550),
        (Reply.MAILBOX_UNAVAILABLE, 550),
        (Code("550"), 550),
        (Code("5.1.1"), 511),
        ("5.1.1", 511),
        (" 5.1.1 ", 511),
        ("4.4.7", 447),
        ("4.2.1", 421),
        ("5.5.0", 550),  # the table's 55x rows are the 5.5.x codes
        ("5.4.14", 541),  # folded into 541 by the row's own description
        (911, 911),
    ],
)
def test_lookup_forms(code: int | str, row: int) -> None:
    assert bouncecodes.lookup(code) is CODES[row]


def test_lookup_hands_out_plain_ints() -> None:
    assert type(bouncecodes.lookup(Reply.MAILBOX_UNAVAILABLE).code) is int
    assert type(parse_code(Reply.MAILBOX_UNAVAILABLE)) is int


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (999, "Unknown bounce code: 999 (no row in the table)"),
        ("250", "Unknown bounce code: '250' (no row in the table)"),
        ("5.7.26", "Unknown bounce code: '5.7.26' (no row in the table)"),
        ("5.1.10", "Unknown bounce code: '5.1.10' (no row in the table)"),
        ("4.7.0", "Unknown bounce code: '4.7.0' (no row in the table)"),
        ("4.4.14", "Unknown bounce code: '4.4.14' (no row in the table)"),
    ],
)
def test_lookup_is_strict(code: int | str, message: str) -> None:
    with pytest.raises(UnknownCodeError) as caught:
        bouncecodes.lookup(code)
    assert str(caught.value) == message
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("code", "type_"),
    [
        # A row of its own decides.
        (522, SOFT),
        ("5.2.2", SOFT),
        ("4.5.2", SOFT),
        (553, SOFT),
        # An enhanced code without a row takes its subject's "other" row C.S.0.
        ("5.2.9", SOFT),  # 520 Soft
        ("5.2.122", SOFT),  # 520 Soft
        ("5.7.26", HARD),  # 570
        ("5.1.10", HARD),  # 510
        ("5.3.5", HARD),  # 530
        ("5.4.9", HARD),  # 540
        # Otherwise the class decides.
        (421, SOFT),
        (454, SOFT),
        ("4.7.0", SOFT),
        ("4.2.2", SOFT),
        (504, HARD),
        (556, HARD),
        ("5.8.1", HARD),
        (911, HARD),
    ],
)
def test_classify(code: int | str, type_: BounceType) -> None:
    assert bouncecodes.classify(code) is type_


@pytest.mark.parametrize("code", [250, 354, "2.1.5", "2.0.0", 101, 600, 999, "910"])
def test_classify_refuses_what_is_no_failure(code: int | str) -> None:
    with pytest.raises(UnknownCodeError) as caught:
        bouncecodes.classify(code)
    assert str(caught.value) == f"Unknown bounce code: {code!r} (not a failure code)"


MALFORMED = [
    ("", "expected a reply code such as 550 or an enhanced code such as 5.1.1"),
    ("   ", "expected a reply code such as 550 or an enhanced code such as 5.1.1"),
    ("abc", "expected a reply code such as 550 or an enhanced code such as 5.1.1"),
    ("55", "a reply code has three digits"),
    ("5500", "a reply code has three digits"),
    ("055", "a reply code has three digits"),
    ("5.1", "expected a reply code such as 550 or an enhanced code such as 5.1.1"),
    ("5.1.1.1", "expected a reply code such as 550 or an enhanced code such as 5.1.1"),
    ("5..1", "expected a reply code such as 550 or an enhanced code such as 5.1.1"),
    ("5.1.1000", "an enhanced code's detail has 1 to 3 digits"),
    ("5.1000.1", "an enhanced code's subject has one digit"),
    ("5.10.1", "an enhanced code's subject has one digit"),  # one grammar: not in text either
    ("4.16.1", "an enhanced code's subject has one digit"),
    ("5.01.001", "an enhanced code's subject has one digit"),
    ("3.1.1", "an enhanced code's class is 2, 4 or 5"),
    ("9.1.1", "an enhanced code's class is 2, 4 or 5"),
    ("55.1.1", "an enhanced code's class is 2, 4 or 5"),
    ("5.1.-1", "expected a reply code such as 550 or an enhanced code such as 5.1.1"),
    ("550 5.1.1", "expected a reply code such as 550 or an enhanced code such as 5.1.1"),
    ("+550", "expected a reply code such as 550 or an enhanced code such as 5.1.1"),
    ("5_50", "expected a reply code such as 550 or an enhanced code such as 5.1.1"),
    ("\uff15\uff15\uff10", "expected a reply code such as 550 or an enhanced code such as 5.1.1"),
    ("\u0665\u0665\u0660", "expected a reply code such as 550 or an enhanced code such as 5.1.1"),
    ("5.\uff11.1", "expected a reply code such as 550 or an enhanced code such as 5.1.1"),
    (-550, "a reply code has three digits"),
    (0, "a reply code has three digits"),
    (55, "a reply code has three digits"),
    (5500, "a reply code has three digits"),
]


@pytest.mark.parametrize("verb", [bouncecodes.lookup, bouncecodes.classify])
@pytest.mark.parametrize(("code", "reason"), MALFORMED)
def test_malformed_codes(verb: object, code: int | str, reason: str) -> None:
    assert callable(verb)
    with pytest.raises(InvalidCodeError) as caught:
        verb(code)
    assert str(caught.value) == f"Invalid bounce code: {code!r} ({reason})"
    assert caught.value.code == code


@pytest.mark.parametrize("verb", [bouncecodes.lookup, bouncecodes.classify])
@pytest.mark.parametrize(
    ("code", "type_name"),
    [
        (None, "NoneType"),
        (True, "bool"),
        (False, "bool"),
        (550.0, "float"),
        (b"550", "bytes"),
        (bytearray(b"550"), "bytearray"),
        ([550], "list"),
        ({}, "dict"),
    ],
)
def test_wrong_types(verb: object, code: object, type_name: str) -> None:
    assert callable(verb)
    with pytest.raises(TypeError) as caught:
        verb(code)
    assert str(caught.value) == f"a bounce code is an int or a str, not {type_name}: {code!r}"


@pytest.mark.parametrize("verb", [bouncecodes.lookup, bouncecodes.classify])
def test_huge_input_is_refused_at_once_and_shown_short(verb: object) -> None:
    assert callable(verb)
    for huge in ("5" * 1_000_000, " " * 1_000_000 + "550", "5." * 500_000):
        with pytest.raises(InvalidCodeError) as caught:
            verb(huge)
        assert str(caught.value) == (
            f"Invalid bounce code: {huge[:40]!r}... ({len(huge)} long) (too long to be a code)"
        )
    with pytest.raises(InvalidCodeError, match=r"<an int of 3322 bits>"):
        verb(10**1000)


def test_verbs_take_the_code_positionally_only() -> None:
    with pytest.raises(TypeError):
        bouncecodes.lookup(code=550)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        bouncecodes.classify(code=550)  # type: ignore[call-arg]


def test_fast_path_agrees_with_the_rules() -> None:
    """Every precomputed key gives what parsing and resolving it from scratch gives."""
    assert _TYPE_BY_INT.keys() == _ROW_BY_INT.keys() == CODES.keys()
    assert _TYPE_BY_STR.keys() == _ROW_BY_STR.keys()
    assert all(type(key) is str for key in _ROW_BY_STR)
    fast: list[tuple[object, BounceCode, BounceType]] = [
        *((key, row, _TYPE_BY_INT[key]) for key, row in _ROW_BY_INT.items()),
        *((key, row, _TYPE_BY_STR[key]) for key, row in _ROW_BY_STR.items()),
    ]
    assert len(fast) == 55 + 55 + 54 + 1  # codes; their digits; dotted but 911; 5.4.14
    for key, row, type_ in fast:
        code = parse_code(key)
        if isinstance(code, int):
            assert resolve(code, None) == (row, row.type, Rule.BASIC)
        else:
            assert resolve(None, code) == (row, row.type, Rule.ENHANCED)
        assert type_ is row.type


@pytest.mark.parametrize(
    ("basic", "enhanced", "row", "type_", "rule"),
    [
        (552, (5, 2, 2), 522, SOFT, Rule.ENHANCED),
        (554, (5, 7, 26), 570, HARD, Rule.SUBJECT),
        (554, (5, 2, 122), 520, SOFT, Rule.SUBJECT),
        (450, (4, 7, 1), 450, SOFT, Rule.BASIC),
        (554, (4, 0, 0), 554, HARD, Rule.BASIC),
        (550, (4, 4, 7), 447, SOFT, Rule.ENHANCED),
        (550, (4, 7, 1), 550, HARD, Rule.BASIC),
        (503, (4, 7, 1), None, SOFT, Rule.CLASS),
        (451, (5, 10, 1), 451, SOFT, Rule.BASIC),
        (503, None, None, HARD, Rule.CLASS),
        (None, (4, 16, 1), None, SOFT, Rule.CLASS),
        (None, None, 911, HARD, Rule.NO_CODE),
    ],
)
def test_resolve_order(
    basic: int | None,
    enhanced: tuple[int, int, int] | None,
    row: int | None,
    type_: BounceType,
    rule: Rule,
) -> None:
    assert resolve(basic, enhanced) == (None if row is None else CODES[row], type_, rule)


def test_resolve_says_none_for_success_codes() -> None:
    assert resolve(250, None) is None
    assert resolve(None, (2, 1, 5)) is None
    assert resolve(250, (2, 0, 0)) is None
