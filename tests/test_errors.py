"""The exception tree and how error messages show their input."""

from __future__ import annotations

import pytest

from bouncecodes import BounceCodeError, InvalidCodeError, UnknownCodeError
from bouncecodes._errors import shown


def test_tree() -> None:
    assert issubclass(InvalidCodeError, BounceCodeError)
    assert issubclass(InvalidCodeError, ValueError)
    assert issubclass(UnknownCodeError, BounceCodeError)
    assert issubclass(UnknownCodeError, LookupError)
    assert not issubclass(UnknownCodeError, KeyError)


def test_errors_keep_their_input() -> None:
    assert InvalidCodeError("5.1", "why").code == "5.1"
    assert UnknownCodeError(999, "why").code == 999
    assert str(UnknownCodeError(999, "why")) == "Unknown bounce code: 999 (why)"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("5.1", "'5.1'"),
        (550, "550"),
        (b"550", "b'550'"),
        ("x" * 41, "'" + "x" * 40 + "'... (41 long)"),
        (b"\x00" * 50, "b'" + "\\x00" * 40 + "'... (50 long)"),
        (10**40, "<an int of 133 bits>"),
        (-(10**40), "<an int of 133 bits>"),
        (10**39, str(10**39)),
        (["5"] * 30, "['5', '5', '5', '5', '5', '5', '5', '5',... (150 long)"),
    ],
)
def test_shown_cuts_huge_input_short(value: object, text: str) -> None:
    assert shown(value) == text


def test_shown_names_a_value_nested_deeper_than_repr_goes() -> None:
    deep: list[object] = []
    for _ in range(100_000):
        deep = [deep]
    assert shown(deep).startswith("[[[")
