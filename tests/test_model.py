"""BounceType, BounceCode and Rule: what users compare, print and cannot change."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle

import pytest

from bouncecodes import BounceCode, BounceType, Rule


@pytest.mark.parametrize(("member", "text"), [(BounceType.HARD, "Hard"), (BounceType.SOFT, "Soft")])
def test_bounce_type_is_its_string(member: BounceType, text: str) -> None:
    assert member == text
    assert str(member) == text
    assert f"{member}" == text
    assert f"{member:>5}" == text.rjust(5)
    assert json.dumps(member) == json.dumps(text)
    assert BounceType(text) is member


def test_rule_prints_as_its_value() -> None:
    assert str(Rule.NO_CODE) == "no-code"
    assert f"{Rule.SUBJECT}" == "subject"


def test_bounce_code_is_frozen_and_slotted() -> None:
    row = BounceCode(999, BounceType.HARD, "Test")
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.code = 550  # type: ignore[misc]
    assert not hasattr(row, "__dict__")
    assert row == BounceCode(999, BounceType.HARD, "Test")
    assert hash(row) == hash(BounceCode(999, BounceType.HARD, "Test"))


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_bounce_code_pickles(protocol: int) -> None:
    row = BounceCode(522, BounceType.SOFT, "Mailbox full")
    assert pickle.loads(pickle.dumps(row, protocol)) == row
    assert copy.deepcopy(row) == row


def test_bounce_code_prints_as_a_source_row() -> None:
    assert str(BounceCode(522, BounceType.SOFT, "Mailbox full")) == "522 Soft Mailbox full"
