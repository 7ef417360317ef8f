"""How a reply's words and codes give its reason: the rule that reads ``_reason_table``.

In order (docs/classification.md, "Reasons"): a provider's code or a blocklist's name in the
words decides alone; else the wordings, the first reason in ``PRIORITY`` of those found
(after a general refusal, "Client host rejected:", the refusal of the sender it names); a
refusal at MAIL FROM, at HELO or at the connection blames the sender where the rest would
blame the address; then a local mailer's exit status, when that is all the text holds;
then the enhanced code's subject and detail, or the reply code's, each with the words that
change it; where those say nothing, a refusal that names the client's IP address (blocked),
or that came at the end of DATA (policy), or that names the client ("You are not
localhost", "your domain": policy); else UNKNOWN. The wordings are PHRASES', and the
refusal sentences that SENTENCES and NAMED compose: a subject, a link and a state ("account
has been disabled"), with perhaps the address refused after the subject ("User
<bob@example.com> unknown"), or a state and a subject ("unknown local part").
Words inside a URL or an address do not count, nor a wording inside a longer one found at
the same place ("listed in" inside "not listed in domino directory"; "hostname does not
exist" inside "HELO hostname does not exist", a sentence too), and a relay's own
words count only where the remote server's say nothing.

Speed: most replies are read for their reason, so the wordings are not searched one by one,
nor as one pattern tried at every position of the text. The text's words are cut out at
once (for ASCII text, ``bytes.translate`` and ``split``, in C), and only the wordings that
hold one of those words are looked for, each where ``str.find`` puts it; a sentence's found
words once however many rows share them, its subjects only where they stand. That is
linear in the text's length (benchmarks/bench_reply.py has what it costs).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from functools import lru_cache

from bouncecodes import _reason_table as table
from bouncecodes._reasons import Party, Reason
from bouncecodes._wording import lowered

__all__ = ["exit_status", "read_reason"]

# The kinds of wording, in the order they decide.
_TOKEN, _STAGE, _RELAY, _PHRASE, _SENTENCE = range(5)


class _Wording:
    """One wording of the table: what it is, what it says, and the longer wordings it may be
    found inside."""

    __slots__ = (
        "composed",
        "first_is_word",
        "inside",
        "kind",
        "last_is_word",
        "lead",
        "named",
        "rank",
        "reason",
        "temporary",
        "temporary_rank",
        "text",
    )

    def __init__(self, text: str, kind: int, reason: Reason, temporary: Reason) -> None:
        self.text = text
        self.kind = kind
        self.reason = reason
        self.temporary = temporary  # its reason when the reply is temporary (class 4)
        self.rank = _RANK.get(reason, -1)
        self.temporary_rank = _RANK.get(temporary, -1)
        self.first_is_word = _is_word(text[0])
        self.last_is_word = _is_word(text[-1])
        self.inside: tuple[
            tuple[_Wording, int], ...
        ] = ()  # (a longer wording, where this is in it)
        self.composed = False  # one row's reading of a sentence (SENTENCES, NAMED)
        # A sentence's found words: what may stand before them, by the word it ends with, the
        # longest first, each with the row's reading it makes.
        self.lead: dict[str, tuple[tuple[str, _Wording], ...]] = {}
        # The same for an address after the subject ("Mailbox <a@example.com> is full"): by
        # the word the subject ends with and the link, each subject with its reading.
        self.named: dict[tuple[str, str], tuple[tuple[str, _Wording], ...]] = {}


def _is_word(character: str) -> bool:
    """Whether *character* is part of a longer word: a letter or digit below U+2E80. "_"
    joins the words of a machine's token ("SPAM_SUSPECT"), each a word of its own.
    From U+2E80 on (CJK ideographs, kana, Hangul) each stands as a word of its own: those
    scripts put no space between words, so a wording in them stands anywhere in a run."""
    return character.isalnum() and character < "\u2e80"


_RANK = {reason: rank for rank, reason in enumerate(table.PRIORITY)}


def _wordings() -> list[_Wording]:
    temporary = {wording: reason for wording, reason, _ in table.TEMPORARY_READINGS}
    blocked, unknown = Reason.BLOCKED, Reason.UNKNOWN
    found = [_Wording(text, _TOKEN, reason, reason) for text, reason, _ in table.TOKENS]
    found += [_Wording(name, _TOKEN, blocked, blocked) for name, _ in table.BLOCKLISTS]
    found += [_Wording(text, _STAGE, reason, reason) for text, reason, _ in table.STAGES]
    found += [_Wording(text, _RELAY, unknown, unknown) for text, _ in table.RELAYS]
    found += [
        _Wording(text, _PHRASE, reason, temporary.get(text, reason))
        for text, reason, _ in table.PHRASES
    ]
    for wording in found:
        wording.inside = _holding(wording.text, found)
    return found + _sentences(found)


def _holding(text: str, wordings: list[_Wording]) -> tuple[tuple[_Wording, int], ...]:
    """The longer of *wordings* that hold *text*, each with where *text* stands in it."""
    return tuple(
        (longer, longer.text.find(text))
        for longer in wordings
        if text in longer.text and len(longer.text) > len(text)
    )


def _sentences(wordings: list[_Wording]) -> list[_Wording]:
    """The found words of SENTENCES (a state) and NAMED (a subject), each looked for once
    however many rows share it, and read only after what one of its rows puts before it: so
    the table does not compose thousands of wordings. A sentence is passed over inside a
    longer one of *wordings* that holds it whole ("domain name not found" inside "host or
    domain name not found"), not inside one that holds only its state ("is disabled" in
    "account is disabled")."""
    # What stands before the found words: a subject (with its space), and a link. An address
    # may stand between them, but not after "from", where it names who sent a mail ("Mail
    # from <a@example.com> rejected"), nor after a state named first.
    sentences = [
        (_spelled(subjects), states, reason) for subjects, states, reason, _ in table.SENTENCES
    ]
    rows: list[tuple[tuple[str, ...], set[tuple[str, str | None]], Reason]] = [
        (states, {(f"{subject} ", link) for subject in subjects for link in table.LINKS}, reason)
        for subjects, states, reason in sentences
    ]
    # A state that starts with "not ", after a link that took the "not" ("isn't allowed").
    rows += [
        (
            tuple(state.removeprefix("not ") for state in states if state.startswith("not ")),
            {(f"{subject} ", link) for subject in subjects for link in table.NEGATED_LINKS},
            reason,
        )
        for subjects, states, reason in sentences
    ]
    # Those that name the state first: the subject is found, after one of the states.
    rows += [
        (_spelled(subjects), {(f"{state} ", None) for state in states}, reason)
        for states, subjects, reason, _ in table.NAMED
    ]
    before: defaultdict[str, list[tuple[str, str | None, _Wording]]] = defaultdict(list)
    for found, first, reason in rows:
        temporary = table.TEMPORARY_SENTENCE_READINGS.get(reason, (reason, ""))[0]
        for text in found:
            row = _Wording(text, _PHRASE, reason, temporary)
            row.composed = True
            before[text] += [(subject, link, row) for subject, link in first]
    merged = []
    for text, readings in before.items():
        wording = _Wording(text, _SENTENCE, Reason.UNKNOWN, Reason.UNKNOWN)
        lead: defaultdict[str, list[tuple[str, _Wording]]] = defaultdict(list)
        named: defaultdict[tuple[str, str], list[tuple[str, _Wording]]] = defaultdict(list)
        longest_first = sorted(readings, key=lambda reading: -len(reading[0] + (reading[1] or "")))
        for subject, link, row in longest_first:
            words = subject + (link or "")
            lead[_find_words(words)[-1]].append((words, row))
            if link is not None and not subject.endswith("from "):
                named[_find_words(subject)[-1], link].append((subject, row))
        wording.lead = {word: tuple(ending) for word, ending in lead.items()}
        wording.named = {key: tuple(ending) for key, ending in named.items()}
        wording.inside = _holding(text, wordings)
        merged.append(wording)
    return merged


def _spelled(subjects: tuple[str, ...]) -> tuple[str, ...]:
    """*subjects*, and each as servers misspell it (SPELLINGS: "ip adress")."""
    return subjects + tuple(
        subject.replace(word, misspelt)
        for word, misspelt in table.SPELLINGS
        for subject in subjects
        if word in subject
    )


# Every byte that is not part of a word (ASCII letters and digits; any byte of a non-ASCII
# character, though those texts take the other way) becomes a space.
_WORD_BYTES = bytes(byte if chr(byte).isalnum() or byte >= 0x80 else 0x20 for byte in range(256))
# The same words, in text that is not ASCII; from U+2E80 on, each character is one.
_find_words = re.compile(r"[^\W_\u2e80-\U0010ffff]+|[^\W\x00-\u2e7f]").findall


_Index = dict[object, tuple[_Wording, ...]]


def _indexes() -> tuple[_Index, _Index]:
    """Each wording by the one of its words that fewest wordings have (the longest of those):
    a word the text must hold for the wording to be in it. By words as ASCII bytes, and as
    str, for the two ways a text is cut into words."""
    wordings = _wordings()
    words_of = {wording.text: _find_words(wording.text) for wording in wordings}
    how_many: defaultdict[str, int] = defaultdict(int)
    for words in words_of.values():
        for word in set(words):
            how_many[word] += 1
    by_key: defaultdict[str, list[_Wording]] = defaultdict(list)
    for wording in wordings:
        words = words_of[wording.text]
        by_key[min(words, key=lambda word: (how_many[word], -len(word)))].append(wording)
    by_str: _Index = {key: tuple(found) for key, found in by_key.items()}
    # Only a wording in ASCII can stand in a text in ASCII.
    by_bytes: _Index = {
        key.encode("ascii"): ascii
        for key, found in by_key.items()
        if (ascii := tuple(wording for wording in found if wording.text.isascii()))
    }
    return by_bytes, by_str


_BY_BYTES, _BY_STR = _indexes()
_BYTES_KEYS = frozenset(_BY_BYTES)
_STR_KEYS = frozenset(_BY_STR)
_REFINEMENTS = tuple(table.WORDS_WITH_CODES)
_BLOCKLISTS = tuple(name for name, _ in table.BLOCKLISTS)
_GENERAL = frozenset(text for text, _ in table.GENERAL_REFUSALS)
# Words inside a URL (its host in group "host") or an address do not count. URLs are found
# from where they open, addresses from their "@", each run of text read once.
_urls = re.compile(r"(?:https?|ftp)://(?P<host>[^/?#\s]*)\S*|www\.\S*").finditer
_DELIMITERS = "\\s<>()\\[\\]\"',;:"
_after_at = re.compile(f"@[^{_DELIMITERS}]*").finditer
_run_length = re.compile(f"[^{_DELIMITERS}]*").match  # always matches, perhaps nothing
# An IPv4 address, or the word "IP"; not a section of an RFC ("RFC 2821 4.1.1.1").
_names_an_ip = re.compile(
    r"(?<![\w.])(?<!rfc \d{4} )(?<!rfc\d{4} )(?<!rfc \d{3} )(?<!rfc\d{3} )"
    r"(?:ip|\d{1,3}(?:\.\d{1,3}){3})(?![\w]|\.\d)"
).search
# The client named (CLIENT_NAMED: "You are not localhost", "Your domain ..."), read as the
# codes' refinements are, where nothing else said why.
_CLIENT_NAMED = tuple(
    _Wording(wording, _PHRASE, Reason.POLICY, Reason.POLICY) for wording, _ in table.CLIENT_NAMED
)
# A refusal at the end of DATA (MESSAGE_STAGES), its words perhaps broken across lines.
_MESSAGE_STAGES = {wording: reason for wording, reason, _ in table.MESSAGE_STAGES}
# A word they all hold, looked for first: most replies do not, and str.find is cheaper.
_MESSAGE_STAGE_WORD = max(
    set.intersection(*(set(wording.split()) for wording in _MESSAGE_STAGES)),
    key=lambda word: (len(word), word),
)
_message_stage = re.compile(
    "|".join(r"\b" + r"\s+".join(wording.split()) + r"\b" for wording in _MESSAGE_STAGES)
).search
_lmtp = re.compile(r"\blmtp\b").search
# What a refusal at MAIL FROM or at the connection overrules: a reading that would blame the
# address, or that found nothing.
_OVERRULED = frozenset({Party.ADDRESS, Party.UNKNOWN})


def read_reason(text: str, basic: int | None, enhanced: str | None) -> tuple[Reason, str | None]:
    """The reason of a reply with *text* and codes *basic* and *enhanced*, and its evidence:
    the words as they stand in *text*, or the code."""
    lower = text.lower()
    if text.isascii():  # (known at once) no typographic apostrophe; the same positions
        keys = _BYTES_KEYS.intersection(lower.encode("ascii").translate(_WORD_BYTES).split())
        index = _BY_BYTES
    else:
        if len(lower) != len(text):  # lowercasing made it longer (U+0130): keep positions
            lower = lowered(text)
        if "\u2019" in lower:  # a typographic apostrophe reads as an ASCII one
            lower = lower.replace("\u2019", "'")
        keys = _STR_KEYS.intersection(_find_words(lower))
        index = _BY_STR
    if keys:
        found = _words(lower, [index[key] for key in keys], enhanced or str(basic or ""))
        if found is not None:
            return found[0], text[found[1] : found[1] + found[2]]
    return _by_codes(text, lower, basic, enhanced)


def _words(
    lower: str, candidates: list[tuple[_Wording, ...]], code: str
) -> tuple[Reason, int, int] | None:
    """What the words of *lower* say, of the *candidates* that may be in it (in groups, one
    for each word the text holds): the reason, and where its words start and how long they
    are; None when they say nothing.

    A provider's code or a blocklist decides alone (the first in the text); else the wording
    of the first reason in PRIORITY (the first in the text of that reason), after the last
    relay marker if any wording stands there, or a refusal of the sender named after a
    general refusal (GENERAL_REFUSALS: "Client host rejected: Throttled"); a refusal's stage
    overrules it when it would blame the address, or when there is none."""
    temporary = code[:1] == "4"
    hidden = _hidden(lower)
    token: tuple[int, _Wording] | None = None
    best: tuple[int, int, _Wording] | None = None  # rank, where, wording
    remote: tuple[int, int, _Wording] | None = None  # the same, after the last relay marker
    stage: tuple[int, _Wording] | None = None
    relay = -1  # where the remote server's words start, after the last relay marker
    phrases: list[tuple[int, int, _Wording]] = []
    composed = False  # whether a sentence was found, which may hold other wordings found
    for group in candidates:
        for wording in group:
            at = lower.find(wording.text)  # most candidates are not in the text at all
            if at < 0:
                continue
            if wording.kind == _SENTENCE:
                for found in _said(lower, wording, hidden, at, temporary):
                    composed = True
                    phrases.append(found)
                    if best is None or found[:2] < best[:2] or _longer(lower, found, best):
                        best = found
                continue
            at = _position(lower, wording, hidden, at)
            if at < 0:
                continue
            kind = wording.kind
            if kind == _TOKEN:
                if token is None or at < token[0]:
                    token = at, wording
            elif kind == _PHRASE:
                found = (wording.temporary_rank if temporary else wording.rank), at, wording
                phrases.append(found)
                if best is None or found[:2] < best[:2] or _longer(lower, found, best):
                    best = found
            elif kind == _STAGE:
                if stage is None or at < stage[0]:
                    stage = at, wording
            else:
                relay = max(relay, at + len(wording.text))
    if token is not None:
        return token[1].reason, token[0], len(token[1].text)
    if composed and len(phrases) > 1:  # a sentence may hold another wording found
        phrases = _outside_sentences(lower, phrases)
        best = min(phrases, key=lambda found: (*found[:2], -_length(lower, found[1], found[2])))
    if relay >= 0:
        remote = min((found for found in phrases if found[1] >= relay), key=_order, default=None)
        best = remote or best
    if best is not None and lower[best[1] : best[1] + len(best[2].text)] in _GENERAL:
        # "Client host rejected: Throttled": the refusal of the sender the words after name.
        why = min(
            (
                found
                for found in phrases
                if found[1] > best[1] and _reading(found, temporary).party is Party.SENDER
            ),
            key=_order,
            default=None,
        )
        best = why or best
    if best is not None:
        reason = _reading(best, temporary)
        if stage is None or reason.party not in _OVERRULED:
            return reason, best[1], _length(lower, best[1], best[2])
    if stage is not None:
        return stage[1].reason, stage[0], len(stage[1].text)
    return None


def _outside_sentences(
    lower: str, phrases: list[tuple[int, int, _Wording]]
) -> list[tuple[int, int, _Wording]]:
    """*phrases* (each as (rank, where, wording)) but those a longer sentence found holds
    whole: "HELO hostname does not exist" is the client's name, not the recipient's
    "hostname does not exist" nor an address's "does not exist". (A wording inside a longer
    PHRASE is passed over where it is found; a sentence is known only once found.) The
    wordings found are at most the table's, each once, however long the text."""
    spans = [(found[1], found[1] + _length(lower, found[1], found[2]), found) for found in phrases]
    sentences = [(start, end) for start, end, found in spans if found[2].composed]
    return [
        found
        for start, end, found in spans
        if not any(
            begin <= start and end <= finish and finish - begin > end - start
            for begin, finish in sentences
        )
    ]


def _reading(found: tuple[int, int, _Wording], temporary: bool) -> Reason:
    """The reason a found wording gives, in a temporary reply or a permanent one."""
    return found[2].temporary if temporary else found[2].reason


def _order(found: tuple[int, int, _Wording]) -> tuple[int, int]:
    return found[0], found[1]


def _longer(lower: str, found: tuple[int, int, _Wording], best: tuple[int, int, _Wording]) -> bool:
    """Whether *found* ties with *best* (the same reason's rank, the same start) and its words
    run further: "unknown recipient address" over "unknown recipient"."""
    return found[:2] == best[:2] and _length(lower, found[1], found[2]) > _length(
        lower, best[1], best[2]
    )


def _position(lower: str, wording: _Wording, hidden: _Hidden | None, at: int) -> int:
    """Where *wording* first stands in *lower* as whole words, not inside a longer wording
    nor a URL or an address, from *at*, where it is first found; -1 when it does not."""
    text = wording.text
    while at >= 0:
        end = at + len(text)
        if (
            _whole(lower, wording, at, end)
            and not (wording.inside and _inside(lower, at, at, wording.inside))
            and not (hidden is not None and hidden.covers(at, end))
        ):
            return at
        at = lower.find(text, at + 1)
    return -1


def _said(
    lower: str, wording: _Wording, hidden: _Hidden | None, at: int, temporary: bool
) -> list[tuple[int, int, _Wording]]:
    """What a sentence's found words (*wording*, first found at *at*) say in *lower*: for
    each row whose subject and link, or state, stand before them as whole words, the first
    place in the text, as (rank, where the sentence starts, the row's reading). An address,
    or a word in brackets or quotes, may stand between the subject and the link ("Mailbox
    <a@example.com> is full", "User [a@example.com] not found")."""
    text = wording.text
    said: dict[_Wording, tuple[int, int, _Wording]] = {}
    while at >= 0:
        end = at + len(text)
        if (
            at > 1
            and lower[at - 1] == " "
            and not (wording.last_is_word and end < len(lower) and _is_word(lower[end]))
        ):
            before = lower.rfind(" ", 0, at - 1) + 1  # where the word before starts
            token = lower[before : at - 1]
            word = _last_word(token)
            for words, row in wording.lead.get(word, ()):
                start = at - len(words)
                if (
                    row not in said
                    and start >= 0
                    and lower.startswith(words, start)
                    and _stands(lower, wording, hidden, at, start, end)
                ):
                    said[row] = (row.temporary_rank if temporary else row.rank), start, row
            if wording.named and (
                word in _LINK_WORDS or lower[at - 2] in _CLOSING or "@" in token
            ):  # an address, or a link after one, may stand before the found words
                for start, named, row in _after_address(lower, wording, before, at):
                    if (
                        row not in said
                        and _stands(lower, wording, hidden, at, start, named)
                        and not (hidden is not None and hidden.covers(at, end))
                    ):
                        said[row] = (row.temporary_rank if temporary else row.rank), start, row
        at = lower.find(text, at + 1)
    return list(said.values())


def _last_word(token: str) -> str:
    """The word characters a space-free *token* ends with ("(user", "non-existent": "user",
    "existent"), by which a sentence's lead is looked up."""
    return token if token.isalnum() else (_find_words(token) or [""])[-1]


# How a word in brackets or quotes opens and closes, and the words of the links.
_OPENING = "<[(\"'"
_CLOSING = ">])\"'"
_LINK_WORDS = frozenset(
    _last_word(word) for link in table.LINKS + table.NEGATED_LINKS for word in link.split()
)


def _after_address(
    lower: str, wording: _Wording, before: int, at: int
) -> list[tuple[int, int, _Wording]]:
    """The rows of a sentence whose found words (*wording*) stand at *at* (the word before
    them from *before*) that an address, or a word in brackets or quotes, splits after the
    subject: each with where its subject starts and where the address does."""
    link = at  # where the link starts: the words between the address and the found words
    for _ in range(3):  # the address, or one or two words of a link before it
        token = lower[before : link - 1]
        if "@" in token or (len(token) > 2 and token[0] in _OPENING and token[-1] in _CLOSING):
            break
        if before < 2 or lower[before - 1] != " ":
            return []
        link = before
        before = lower.rfind(" ", 0, before - 1) + 1
    else:
        return []
    if before < 2 or lower[before - 1] != " ":
        return []
    word = _last_word(lower[lower.rfind(" ", 0, before - 1) + 1 : before - 1])
    return [
        (before - len(subject), before, row)
        for subject, row in wording.named.get((word, lower[link:at]), ())
        if before >= len(subject) and lower.startswith(subject, before - len(subject))
    ]


def _stands(
    lower: str, wording: _Wording, hidden: _Hidden | None, at: int, start: int, subject: int
) -> bool:
    """Whether a sentence whose found words (*wording*) stand at *at*, and whose subject
    starts at *start* and ends by *subject*, stands there: the subject a whole word, not
    inside a longer wording, nor in a URL or an address."""
    return (
        not (start and _is_word(lower[start - 1]))
        and not (wording.inside and _inside(lower, at, start, wording.inside))
        and not (hidden is not None and hidden.covers(start, subject))
    )


def _hidden(lower: str) -> _Hidden | None:
    """The spans of *lower* whose words do not count (found on first need), or None when it
    holds no URL nor address."""
    return _Hidden(lower) if "@" in lower or "://" in lower or "www." in lower else None


def _length(lower: str, at: int, wording: _Wording) -> int:
    """How long the words of *wording* found at *at* are: a sentence's, from its subject to
    its found words, which stand after a space (not inside the address that may come
    between: "User <unknown@example.com> unknown")."""
    text = wording.text
    if wording.composed:
        found = lower.find(" " + text, at)
        while found >= 0 and lower.startswith("@", found + 1 + len(text)):
            found = lower.find(" " + text, found + 1)
        return found + 1 + len(text) - at
    return len(text)


def _whole(lower: str, wording: _Wording, start: int, end: int) -> bool:
    """Whether *wording*, found from *start* to *end* of *lower*, stands there as whole words:
    no word character runs on past an end that is one."""
    return not (wording.first_is_word and start and _is_word(lower[start - 1])) and not (
        wording.last_is_word and end < len(lower) and _is_word(lower[end])
    )


def _inside(lower: str, at: int, start: int, longer: tuple[tuple[_Wording, int], ...]) -> bool:
    """Whether one of the *longer* wordings (each with where the one found at *at* stands in
    it) stands there too, as whole words, from *start* or before: the words found start at
    *start*. ("ptr" is not inside "ptr record" in "PTR records".)"""
    for wording, offset in longer:  # a loop: no generator to set up for each test
        begin = at - offset
        if (
            start >= begin >= 0
            and lower.startswith(wording.text, begin)
            and _whole(lower, wording, begin, begin + len(wording.text))
        ):
            return True
    return False


class _Hidden:
    """The spans of *lower* whose words do not count, found on first use: URLs (but a
    blocklist's host) and addresses, in order."""

    __slots__ = ("_ends", "_lower", "_starts")

    def __init__(self, lower: str) -> None:
        self._lower = lower
        self._starts: list[int] | None = None
        self._ends: list[int] = []

    def covers(self, start: int, end: int) -> bool:
        """Whether any of the spans overlaps *start* to *end*."""
        lower = self._lower
        if (
            (start == 0 or lower[start - 1].isspace())
            and (end == len(lower) or lower[end].isspace())
            and lower.find("@", start, end) < 0
            and lower.find("://", start, end) < 0
            and lower.find("www.", start, end) < 0
        ):
            return False  # no span holds a space: one that overlaps would lie inside
        if self._starts is None:
            self._find()
        assert self._starts is not None
        # Of the spans that start before *end*, the one that ends last.
        last = bisect_left(self._starts, end) - 1
        return last >= 0 and self._ends[last] > start

    def _find(self) -> None:
        lower = self._lower
        spans: list[tuple[int, int]] = []
        if "://" in lower or "www." in lower:
            for match in _urls(lower):
                host = match["host"]
                if host and host.endswith(_BLOCKLISTS):
                    spans += [
                        (match.start(), match.start("host")),
                        (match.end("host"), match.end()),
                    ]
                else:
                    spans.append(match.span())
        if "@" in lower:
            backwards = lower[::-1]
            size = len(lower)
            for match in _after_at(lower):
                # The address's local part: the run of text before its "@", read backwards.
                run = _run_length(backwards, size - match.start())
                assert run is not None
                start = size - run.end()
                spans.append((start, match.end()))
        spans.sort()
        self._starts = [start for start, _ in spans]
        # Each span's end, or an earlier span's if that one reaches further (they may overlap).
        reach = -1
        for _, end in spans:
            reach = max(reach, end)
            self._ends.append(reach)


def exit_status(text: str, basic: int | None) -> tuple[str, tuple[Reason, str]] | None:
    """The local mailer's exit status that is all of a reply's *text*, when it has no reply
    code (*basic*), and its reading (_reason_table.EXIT_STATUSES); None when there is none."""
    status = text.strip()
    if basic is None and len(status) <= 3 and status.isdecimal() and status.isascii():
        return status, table.EXIT_STATUSES.get(int(status), table.OTHER_EXIT_STATUS)
    return None


def _by_codes(
    text: str, lower: str, basic: int | None, enhanced: str | None
) -> tuple[Reason, str | None]:
    """The reason the codes give, when no words did: a local mailer's exit status, when it
    is all the text says and there is no reply code; else the enhanced code, then the
    reply code; where those say nothing, a refusal that names an IP address (the client's)
    or that came at the end of DATA (the message's), or one that names the client."""
    status = exit_status(text, basic)
    if status is not None:
        return status[1][0], status[0]
    refinements, reason, evidence = _code_reading(basic, enhanced)
    refined = _first_standing(lower, refinements)
    if refined is not None:
        return refined[1].reason, evidence or str(basic)
    if reason is Reason.UNKNOWN:
        if basic is not None:
            # A server's refusal that says nothing more but names an IP address, or "IP": the
            # only address of the dialogue a reply talks about is the client's, the sender's.
            address = _names_an_ip(lower)
            if address is not None:
                return Reason.BLOCKED, text[address.start() : address.end()]
            stage = _message_stage(lower) if _MESSAGE_STAGE_WORD in lower else None
            if stage is not None and _lmtp(lower) is None:
                said = " ".join(stage[0].split())
                return _MESSAGE_STAGES[said], text[stage.start() : stage.end()]
        # A reply speaks to the client: where it names the client, or what is the client's,
        # and nothing else, the refusal is of the sender.
        named = _first_standing(lower, _CLIENT_NAMED)
        if named is not None:
            at, wording = named
            return wording.reason, text[at : at + len(wording.text)]
    return reason, evidence


def _first_standing(lower: str, wordings: tuple[_Wording, ...]) -> tuple[int, _Wording] | None:
    """The first of *wordings*, in their order, that stands in *lower* as whole words (not in
    a URL or an address), with where it stands; None when none does."""
    if wordings:
        hidden = _hidden(lower)
        for wording in wordings:
            at = _position(lower, wording, hidden, lower.find(wording.text))
            if at >= 0:
                return at, wording
    return None


@lru_cache(maxsize=1024)
def _code_reading(
    basic: int | None, enhanced: str | None
) -> tuple[tuple[_Wording, ...], Reason, str | None]:
    """What the codes alone say (the enhanced code's subject and detail, else the basic
    code), and the wordings that would change it (WORDS_WITH_CODES, BASIC_WITH_WORDS). Kept,
    as few codes come up again and again: reading them costs more than the rest of the
    rule's work."""
    if enhanced is not None:
        _, subject, detail = (int(part) for part in enhanced.split("."))
        refinements = tuple(
            _Wording(wording, _PHRASE, refined, refined)
            for code, wording, refined, _ in _REFINEMENTS
            if code == (subject, detail)
        )
        reason = table.ENHANCED.get(
            (subject, detail), table.SUBJECTS.get(subject, table.OTHER_SUBJECT)
        )[0]
        if reason is not Reason.UNKNOWN:
            return refinements, reason, enhanced
    else:
        refinements = ()
    if basic is None:
        return refinements, Reason.UNKNOWN, None
    refinements += tuple(
        _Wording(wording, _PHRASE, refined, refined)
        for code, wording, refined, _ in table.BASIC_WITH_WORDS
        if code == basic
    )
    if basic in table.BASIC:
        return refinements, table.BASIC[basic][0], str(basic)
    return refinements, Reason.UNKNOWN, None
