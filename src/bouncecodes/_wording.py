"""Wordings in text: how the phrase lists of ``_phrases`` are looked for.

A phrase matches in any case, as whole words: not inside a longer word ("delay" is not found
in "delays"), and a typographic apostrophe (U+2019, which Microsoft and Google write in
"couldn't") matches as an ASCII one does.

Speed: the text is lowercased once and searched case-sensitively, with the wordings written
as a trie whose every branch opens with a literal. A case-insensitive alternation gives
``re`` no characters to skip ahead by, and costs it a try of every wording at every
position: searching a megabyte for the eight families' signatures took 0.53 s that way,
0.05 s this way.
"""

from __future__ import annotations

import re

__all__ = ["Wording", "alternation", "lowered", "trie"]

_Node = dict[str, "_Node"]


def lowered(text: str) -> str:
    """*text* lowercased, each character at its place: a few letters lowercase to two
    (U+0130, "İ", to "i̇"), which would shift every position found in the lowercased text."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(character.lower()[:1] for character in text)
    return lower


def alternation(phrases: tuple[tuple[str, str], ...]) -> str:
    """A pattern that matches any of *phrases* ((wording, source) pairs) in lowercased text."""
    return trie(sorted({wording.lower() for wording, _ in phrases}))


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

    def first_in_lowered(self, lower: str) -> int:
        """Where the first of the phrases starts in *lower*, a text already lowercased (and no
        longer for it), or -1."""
        found = self._patterns()[0].search(lower)
        return -1 if found is None else found.start()

    def found_in(self, text: str) -> bool:
        """Whether any of the phrases is in *text*."""
        return self._patterns()[0].search(text.lower()) is not None

    def found_in_lowered(self, lower: str) -> bool:
        """Whether any of the phrases is in *lower*, a text already lowercased."""
        return self._patterns()[0].search(lower) is not None


def trie(wordings: list[str]) -> str:
    """A pattern that matches any of *wordings* (lowercase), written as a trie: common
    prefixes written once, so that ``re`` follows one path at each position instead of
    trying every wording in turn. Longer wordings come first where one is a prefix of
    another, and each wording is matched as whole words."""
    root: _Node = {}
    for wording in wordings:
        node = root
        for character in wording:
            node = node.setdefault(character, {})
        node[""] = {}  # the end of a wording
    return _pattern(root, at_start=True, previous="")


def _pattern(node: _Node, at_start: bool, previous: str) -> str:
    branches = []
    end = False
    for character, child in sorted(node.items(), key=lambda item: item[0] == ""):
        if character == "":
            end = True
            continue
        escaped = re.escape(character).replace("'", "['\u2019]")
        word = character.isalnum() or character == "_"
        boundary = rf"(?<!\w{escaped})" if at_start and word else ""
        branches.append(escaped + boundary + _pattern(child, False, character))
    if end:
        # The wording ends here: a whole word must end too, unless it ended on a non-word.
        tail = r"\b" if previous.isalnum() or previous == "_" else ""
        if not branches:
            return tail
        return f"(?:{'|'.join(branches)}|{tail})"
    if len(branches) == 1:
        return branches[0]
    return f"(?:{'|'.join(branches)})"
