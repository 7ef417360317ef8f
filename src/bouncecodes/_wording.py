"""Wordings in text: how the phrase lists of ``_phrases`` are looked for.

A phrase matches in any case, as whole words: not inside a longer word ("delay" is not found
in "delays"), and a typographic apostrophe (U+2019, which Microsoft and Google write in
"couldn't") matches as an ASCII one does.

Speed: the text is lowercased once and searched case-sensitively. A case-insensitive
alternation gives ``re`` no characters to skip ahead by, and costs it a try at every position:
searching a megabyte for the eight families' signatures took 0.53 s that way, 0.05 s this way.
"""

from __future__ import annotations

import re

__all__ = ["Wording", "alternation"]


def alternation(phrases: tuple[tuple[str, str], ...]) -> str:
    """A pattern that matches any of *phrases* ((wording, source) pairs) in lowercased text;
    longest first, so that of two that start alike the longer one is found."""
    wordings = sorted({wording.lower() for wording, _ in phrases}, key=len, reverse=True)
    return "|".join(_whole(wording) for wording in wordings)


def _whole(wording: str) -> str:
    """*wording* as whole words. The opening boundary is checked after the first character,
    so that every branch opens with a literal and ``re`` can skip ahead by them."""
    first, rest = re.escape(wording[0]), re.escape(wording[1:]).replace("'", "['\u2019]")
    before = rf"(?<!\w{first})" if wording[0].isalnum() or wording[0] == "_" else ""
    after = r"\b" if wording[-1].isalnum() or wording[-1] == "_" else ""
    return f"{first}{before}{rest}{after}"


class Wording:
    """A phrase list to look for, perhaps within a pattern around it (``{}`` marks where the
    phrases go, as in ``^-+ ?(?:{})``), compiled on first use."""

    __slots__ = ("_around", "_compiled", "_flags", "_phrases")

    def __init__(
        self, phrases: tuple[tuple[str, str], ...], around: str = "{}", flags: int = 0
    ) -> None:
        self._phrases = phrases
        self._around = around
        self._flags = flags
        self._compiled: list[re.Pattern[str]] = []

    def _patterns(self) -> list[re.Pattern[str]]:
        if not self._compiled:
            source = self._around.replace("{}", f"(?:{alternation(self._phrases)})")
            self._compiled.append(re.compile(source, self._flags))
            # For the rare text that lowercasing makes longer (U+0130): positions must hold.
            self._compiled.append(re.compile(source, self._flags | re.IGNORECASE))
        return self._compiled

    def first(self, text: str) -> int:
        """Where the first of the phrases starts in *text*, or -1."""
        lower = text.lower()
        fast, careful = self._patterns()
        found = fast.search(lower) if len(lower) == len(text) else careful.search(text)
        return -1 if found is None else found.start()

    def found_in(self, text: str) -> bool:
        """Whether any of the phrases is in *text*."""
        return self._patterns()[0].search(text.lower()) is not None

    def found_in_lowered(self, lower: str) -> bool:
        """Whether any of the phrases is in *lower*, a text already lowercased."""
        return self._patterns()[0].search(lower) is not None
