"""Wordings: phrase lists matched as whole words, in any case; and every phrase has a source."""

from __future__ import annotations

import re

import pytest

from bouncecodes import _phrases
from bouncecodes._wording import Wording, alternation

LISTS = {
    name: value
    for name, value in vars(_phrases).items()
    if name.isupper() and isinstance(value, tuple)
}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_every_phrase_has_a_source(name: str) -> None:
    phrases = LISTS[name]
    assert phrases
    for wording, source in phrases:
        assert wording.strip() == wording
        assert wording
        assert source.startswith(("http://", "https://", "RFC ")), (wording, source)


def test_whole_words_in_any_case() -> None:
    delay = Wording((("delay", "x"), ("couldn't be delivered", "x")))
    assert delay.found_in("A DELAY of 4 hours")
    assert not delay.found_in("delays=0.1/0/0.2")
    assert not delay.found_in("nodelay")
    assert delay.found_in("It couldn\u2019t be delivered")
    assert delay.found_in_lowered("couldn't be delivered")


def test_where_a_wording_is_found() -> None:
    marker = Wording((("below this line", "x"),), r"^[ \t]*-+[ \t]*{}", re.MULTILINE)
    text = "text\n--- Below this line is a copy\n"
    assert marker.first(text) == text.index("---")
    assert marker.first("no marker") == -1
    # Lowercasing makes U+0130 longer: the position still holds.
    tricky = "\u0130\u0130\n--- below this line"
    assert marker.first(tricky) == tricky.index("---")


def test_the_longer_of_two_wordings_that_start_alike_is_found() -> None:
    pattern = re.compile(alternation((("mail", "x"), ("mail delivery", "x"))))
    match = pattern.search("mail delivery failed")
    assert match is not None
    assert match[0] == "mail delivery"
