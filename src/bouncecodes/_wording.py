"""Wordings in text: how the phrase lists of ``_phrases`` become patterns.

A phrase matches case-insensitively as whole words: not inside a longer word ("delay" is not
found in "delays"), and a typographic apostrophe (U+2019, which Microsoft and Google write in
"couldn't") matches as an ASCII one does.
"""

from __future__ import annotations

import re

__all__ = ["alternation"]


def alternation(phrases: tuple[tuple[str, str], ...]) -> str:
    """A pattern that matches any of *phrases* ((wording, source) pairs); longest first, so
    that of two that start alike the longer one is found."""
    wordings = sorted({wording.lower() for wording, _ in phrases}, key=len, reverse=True)
    return "|".join(_whole(wording) for wording in wordings)


def _whole(wording: str) -> str:
    pattern = re.escape(wording).replace("'", "['\u2019]")
    before = r"\b" if wording[0].isalnum() or wording[0] == "_" else ""
    after = r"\b" if wording[-1].isalnum() or wording[-1] == "_" else ""
    return f"{before}{pattern}{after}"
