"""The registry against the verbatim source document, parsed here on its own, row by row."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import bouncecodes
from bouncecodes import CODES, BounceType
from tests.conftest import DATA, ROOT

SOURCE = DATA / "bounce-code-table.txt"
SHARED_SOURCE = ROOT.parent / "shared" / "bounce-code-table.txt"

# A row of the source: "511 Hard Bad destination mailbox address".
ROW = re.compile(r"(?P<code>[0-9]{3}) (?P<type>Hard|Soft) (?P<description>.+)")
SECTION = re.compile(r"[0-9]XX Soft Bounce and Hard Bounce Code Lookup and Definitions")


def read_source(path: Path) -> list[tuple[int, str, str]]:
    """The source's rows in order, checking that every other line is a known non-row."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[-1] == "Please sign in to leave a comment."  # the page debris
    rows = []
    for line in lines[:-1]:
        match = ROW.fullmatch(line)
        if match:
            rows.append((int(match["code"]), match["type"], match["description"]))
        else:
            assert SECTION.fullmatch(line) or line == "Code Type Description", line
    return rows


SOURCE_ROWS = read_source(SOURCE)


def test_source_has_its_55_rows_in_three_sections() -> None:
    assert len(SOURCE_ROWS) == 55
    assert {code // 100 for code, _, _ in SOURCE_ROWS} == {4, 5, 9}


@pytest.mark.skipif(not SHARED_SOURCE.exists(), reason="no ../shared beside this checkout")
def test_the_copy_in_tests_is_the_shared_source_byte_for_byte() -> None:
    assert SOURCE.read_bytes() == SHARED_SOURCE.read_bytes()


def test_registry_has_exactly_the_source_rows_in_source_order() -> None:
    assert [(row.code, row.type.value, row.description) for row in CODES.values()] == SOURCE_ROWS
    assert list(CODES) == [code for code, _, _ in SOURCE_ROWS]


@pytest.mark.parametrize(("code", "type_", "description"), SOURCE_ROWS)
def test_every_source_row_through_lookup_and_classify(
    code: int, type_: str, description: str
) -> None:
    for key in (code, str(code), f" {code}\n"):
        row = bouncecodes.lookup(key)
        assert (row.code, row.type, row.description) == (code, type_, description)
        assert bouncecodes.classify(key) == type_
        assert bouncecodes.classify(key) is BounceType(type_)


def test_descriptions_keep_the_sources_typography() -> None:
    assert "\u2019" in CODES[517].description
    assert "\u2019" in CODES[518].description
    assert CODES[911].description.endswith("(such as from a sending limit)")


def test_registry_is_read_only() -> None:
    with pytest.raises(TypeError):
        CODES[550] = CODES[511]  # type: ignore[index]
    with pytest.raises(TypeError):
        del CODES[550]  # type: ignore[attr-defined]
