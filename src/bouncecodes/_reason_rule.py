"""How a reply's words and codes give its reason: the rule that reads ``_reason_table``.

In order (docs/classification.md, "Reasons"): a provider's code or a blocklist's name in the
words decides alone; else the wordings, the first reason in ``PRIORITY`` of those found; a
refusal at MAIL FROM or at the connection blames the sender where the rest would blame the
address; then the enhanced code's subject and detail; then the basic code; else UNKNOWN.
Words inside a URL or an address do not count, and a relay's own words count only where the
remote server's say nothing. One pass over the text, with patterns compiled on first use.
"""

from __future__ import annotations

import re

from bouncecodes import _reason_table as table
from bouncecodes._reasons import Party, Reason
from bouncecodes._wording import trie

__all__ = ["read_reason"]

_Found = tuple[int, Reason, str]  # a wording's rank in PRIORITY, its reason, its words

_TOKENS = {wording: reason for wording, reason, _ in table.TOKENS}
_TOKENS.update((name, Reason.BLOCKED) for name, _ in table.BLOCKLISTS)
_PHRASES = {wording: reason for wording, reason, _ in table.PHRASES}
_TEMPORARY = {wording: reason for wording, reason, _ in table.TEMPORARY_READINGS}
_STAGES = {wording: reason for wording, reason, _ in table.STAGES}
_RELAYS = frozenset(wording for wording, _ in table.RELAYS)
_RANK = {reason: rank for rank, reason in enumerate(table.PRIORITY)}
_REFINEMENTS = {(code, wording): reason for code, wording, reason, _ in table.WORDS_WITH_CODES}
_BLOCKLISTS = tuple(name for name, _ in table.BLOCKLISTS)

_find_words = re.compile(
    trie(sorted(_TOKENS.keys() | _PHRASES.keys() | _STAGES.keys() | _RELAYS))
).finditer
# A URL (its host in group 1) or an address: blanked before the words are read.
_hidden = re.compile(
    r"(?:(?:https?|ftp)://|(?=www\.))([^/?#\s]*)\S*|[^\s<>()\[\]\"',;:]+@[^\s<>()\[\]\"',;:]+"
)
# An IPv4 address, or the word "IP".
_names_an_ip = re.compile(r"(?<![\w.])(?:ip|\d{1,3}(?:\.\d{1,3}){3})(?![\w]|\.\d)").search
# What a refusal at MAIL FROM or at the connection overrules: a reading that would blame the
# address, or that found nothing.
_OVERRULED = frozenset({Party.ADDRESS, Party.UNKNOWN})


def read_reason(text: str, basic: int | None, enhanced: str | None) -> tuple[Reason, str | None]:
    """The reason of a reply with *text* and codes *basic* and *enhanced*, and its evidence:
    the words as they stand in *text*, or the code."""
    if "://" in text or "www." in text or "@" in text:
        text = _hidden.sub(_blank, text)
    lower = text.lower()
    if len(lower) != len(text):  # lowercasing made it longer (U+0130): keep positions
        lower = "".join(character.lower()[:1] for character in text)
    temporary = (enhanced or str(basic or ""))[:1] == "4"
    best: _Found | None = None
    relayed: _Found | None = None  # what the relay's own words said, before the remote's
    stage: tuple[Reason, str] | None = None
    for match in _find_words(lower):
        found = match[0].replace("\u2019", "'")
        said = text[match.start() : match.end()]
        if found in _TOKENS:
            return _TOKENS[found], said
        if found in _STAGES:
            stage = stage or (_STAGES[found], said)
        elif found in _RELAYS:
            relayed, best = relayed or best, None
        else:
            reason = _TEMPORARY.get(found, _PHRASES[found]) if temporary else _PHRASES[found]
            if best is None or _RANK[reason] < best[0]:
                best = _RANK[reason], reason, said
    best = best or relayed
    if best is not None:
        if stage is not None and best[1].party in _OVERRULED:
            return stage
        return best[1], best[2]
    if stage is not None:
        return stage
    return _by_codes(text, lower, basic, enhanced)


def _blank(match: re.Match[str]) -> str:
    """A URL or address blanked, all but a URL's host that is a blocklist's (BLOCKLISTS)."""
    host = match[1]
    if host and host.lower().endswith(_BLOCKLISTS):
        before = match.start(1) - match.start()
        return " " * before + host + " " * (len(match[0]) - before - len(host))
    return " " * len(match[0])


def _by_codes(
    text: str, lower: str, basic: int | None, enhanced: str | None
) -> tuple[Reason, str | None]:
    """The reason the codes give, when no words did."""
    if enhanced is not None:
        _, subject, detail = (int(part) for part in enhanced.split("."))
        for (code, wording), refined in _REFINEMENTS.items():
            if code == (subject, detail) and wording in lower:
                return refined, enhanced
        reason = table.ENHANCED.get((subject, detail), table.SUBJECTS[subject])[0]
        if reason is not Reason.UNKNOWN:
            return reason, enhanced
    if basic is not None:
        if basic in table.BASIC:
            return table.BASIC[basic][0], str(basic)
        # A server's refusal that says nothing more but names an IP address, or "IP": the
        # only address of the dialogue a reply talks about is the client's, the sender's.
        address = _names_an_ip(lower)
        if address is not None:
            return Reason.BLOCKED, text[address.start() : address.end()]
    return Reason.UNKNOWN, None
