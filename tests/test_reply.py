"""parse_reply(): every corpus line, every format real mail brings, and hostile input."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
import random
import re
from typing import Any

import pytest

import bouncecodes
from bouncecodes import (
    CODES,
    BounceType,
    Reason,
    Reply,
    Rule,
    Verdict,
    _grammar,
    _reply,
    parse_reply,
)
from tests.conftest import DATA, expected_row, growth

HARD, SOFT = BounceType.HARD, BounceType.SOFT


def load(name: str) -> list[Any]:
    with (DATA / name).open(encoding="utf-8") as lines:
        return [
            pytest.param(record, id=f"{name}:{number}")
            for number, record in enumerate((json.loads(line) for line in lines if line.strip()), 1)
        ]


REAL = load("replies.jsonl")
HOSTILE = load("replies-hostile.jsonl")


def test_the_real_corpus_is_big_and_cited() -> None:
    records = [param.values[0] for param in REAL]
    assert len(records) >= 150
    assert all(record["origin"] == "real" and record["source"].strip() for record in records)
    assert len({record["text"] for record in records}) == len(records)
    assert all(param.values[0]["origin"] == "synthetic" for param in HOSTILE)


@pytest.mark.parametrize("record", REAL + HOSTILE)
def test_corpus_labels_follow_the_rule(record: dict[str, Any]) -> None:
    """The labels themselves are checked against the rule, so a wrong label cannot hide."""
    assert record["row"] == expected_row(record["basic"], record["enhanced"])
    row_type = None if record["row"] is None else CODES[record["row"]].type
    class_ = (record["enhanced"] or str(record["basic"] or 5))[0]
    assert record["type"] == (row_type or {"4": "Soft", "5": "Hard"}[class_])


@pytest.mark.parametrize("record", REAL + HOSTILE)
def test_corpus(record: dict[str, Any]) -> None:
    reply = parse_reply(record["text"])
    assert (reply.basic, reply.enhanced) == (record["basic"], record["enhanced"])
    assert (reply.entry and reply.entry.code) == record["row"]
    assert reply.type == record["type"]


def test_the_common_case_reads_as_the_scan_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """The head pattern is a shortcut for replies that open with both codes: without it,
    the scan must read every corpus line the same."""
    texts = [param.values[0]["text"] for param in REAL + HOSTILE]
    shortcut = [parse_reply(text) for text in texts]
    monkeypatch.setattr(_reply, "_match_head", re.compile("(?!)").match)
    assert [parse_reply(text) for text in texts] == shortcut
    monkeypatch.undo()
    assert sum(_grammar.patterns().head.match(text) is not None for text in texts) > 30


def test_the_issue_example() -> None:
    r = parse_reply("552 5.2.2 <bob@example.com>: mailbox full")
    assert (r.basic, r.enhanced, r.entry, r.type, r.rule) == (
        552,
        "5.2.2",
        CODES[522],
        SOFT,
        Rule.ENHANCED,
    )
    assert r.text == "<bob@example.com>: mailbox full"


GMAIL = (
    "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n"
    "550-5.1.1 double-checking the recipient's email address for typos or\r\n"
    "550-5.1.1 unnecessary spaces. Learn more at\r\n"
    "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si - gsmtp"
)
GMAIL_TEXT = (
    "The email account that you tried to reach does not exist. Please try double-checking "
    "the recipient's email address for typos or unnecessary spaces. Learn more at "
    "https://support.google.com/mail/?p=NoSuchUser a1si - gsmtp"
)


@pytest.mark.parametrize(
    "text",
    [
        GMAIL,
        GMAIL.replace("\r\n", "\n"),
        GMAIL.replace("\r\n", " "),  # joined into one line by an MTA
        GMAIL.replace("\r\n", "\n    "),  # re-folded inside a header
        "Diagnostic-Code: smtp; " + GMAIL.replace("\r\n", "\n    "),
        GMAIL.encode(),
        bytearray(GMAIL.encode()),
    ],
)
def test_multiline_replies(text: str | bytes) -> None:
    reply = parse_reply(text)
    assert (reply.basic, reply.enhanced, reply.entry, reply.rule) == (
        550,
        "5.1.1",
        CODES[511],
        Rule.ENHANCED,
    )
    assert reply.text == GMAIL_TEXT


@pytest.mark.parametrize(
    ("text", "basic", "enhanced", "words"),
    [
        # DSN Diagnostic-Code values with their type (RFC 3464 §2.3.6)
        (
            "Diagnostic-Code: smtp; 550 5.1.1 <bob@example.com>... User unknown",
            550,
            "5.1.1",
            "<bob@example.com>... User unknown",
        ),
        ("smtp;550 5.2.2 Over quota", 550, "5.2.2", "Over quota"),
        (
            "X-Postfix; host mx.example.com[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to"
            " RCPT TO command)",
            452,
            "4.2.2",
            "Mailbox full (in reply to RCPT TO command)",
        ),
        ("Diagnostic-Code: X-Unix; 77", None, None, "77"),
        # MTA logs and transcripts
        (
            "to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=0.4, dsn=5.1.1,"
            " status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in"
            " reply to RCPT TO command))",
            550,
            "5.1.1",
            "User unknown (in reply to RCPT TO command))",
        ),
        (
            "SMTP error from remote mail server after RCPT TO:<bob550@example.com>:\n    550 5.7.1"
            " Relaying denied",
            550,
            "5.7.1",
            "SMTP error from remote mail server after RCPT"
            " TO:<bob550@example.com>: Relaying denied",
        ),
        (
            "Remote host said: 553 sorry, that domain isn't in my list of allowed rcpthosts"
            " (#5.7.1)",
            553,
            "5.7.1",
            "sorry, that domain isn't in my list of allowed rcpthosts",
        ),
        (
            "Sorry, no mailbox here by that name. (#5.1.1)",
            None,
            "5.1.1",
            "Sorry, no mailbox here by that name.",
        ),
        (
            "<<< 550 5.1.1 <bob@example.com>... User unknown",
            550,
            "5.1.1",
            "<<< <bob@example.com>... User unknown",
        ),
        # a relay quoting the remote server (Amazon SES): the remote server's reply counts
        (
            "5.1.0 - Unknown address error 550-'5.2.2 <bob@example.com>... Mailbox Full'"
            " (delivery attempts: 0)",
            550,
            "5.2.2",
            "<bob@example.com>... Mailbox Full' (delivery attempts: 0)",
        ),
        (
            "5.3.0 - Other mail system problem 550-'Unknown user bob@example.com'",
            550,
            None,
            "Unknown user bob@example.com'",
        ),
        # a colon after the code; a Status field filling in a missing enhanced code
        (
            "550: 5.2.2 <bob@example.com>... Mailbox Full",
            550,
            "5.2.2",
            "<bob@example.com>... Mailbox Full",
        ),
        ("Status: 5.1.1\nDiagnostic-Code: smtp; 550 No such user", 550, "5.1.1", "No such user"),
        ("Status: 5.1.1\nDiagnostic-Code: smtp; 552 5.2.2 Over quota", 552, "5.2.2", "Over quota"),
        ("Status: 4.4.7", None, "4.4.7", "Status:"),
        # smtplib's repr of a refused recipient
        (
            "{'bob@example.com': (550, b'5.1.1 <bob@example.com>: Recipient address rejected')}",
            550,
            "5.1.1",
            "{'bob@example.com': (, b' <bob@example.com>: Recipient address rejected')}",
        ),
        # the first Diagnostic-Code counts; a field name without its colon is only text
        (
            "Diagnostic-Code: smtp; 550 5.1.1 first\nDiagnostic-Code: smtp; 421 second",
            550,
            "5.1.1",
            "first",
        ),
        ("Diagnostic-Code 550 5.1.1 no colon", 550, "5.1.1", "Diagnostic-Code no colon"),
        (
            "Diagnostic-Codes: 550 5.1.1 not the field",
            550,
            "5.1.1",
            "Diagnostic-Codes: not the field",
        ),
        # a reply code before the reply begins is the MTA's own, and fills in nothing
        ("in reply to 450 said: 550 no such user", 550, None, "no such user"),
        # leading zeros in a detail are the same code
        ("550 5.1.01 bad", 550, "5.1.1", "bad"),
        # no code at all
        ("", None, None, ""),
        ("Mailbox full, try later", None, None, "Mailbox full, try later"),
    ],
)
def test_formats(text: str, basic: int | None, enhanced: str | None, words: str) -> None:
    reply = parse_reply(text)
    assert (reply.basic, reply.enhanced, reply.text) == (basic, enhanced, words)


@pytest.mark.parametrize(
    "text",
    [
        "Connection to 192.0.2.55:587 timed out",
        "Connection to [2001:db8::550]:25 refused",
        "Nov 27 05:50:11 mail postfix/smtp[4550]: 4J5X2 size=550123",
        "queued as 550A4B1C2; id=550-abcdef; message id <550.4.1.1@example.com>",
        "bounce for user550@example.com and 550user@example.com",
        "see https://example.com/errors/550/5.1.1.html",
        "Yahoo error 4.16.55.1 and #4.16.1",
        "hostname lookalike (554.30) and version 5.10.2 and 1.5.1.1",
        "delay=574, delays=543/0.06/30/0",
        "550%, 550$, 4501, 45.0, 4.5, 5.1, 5.1.1.1",
        "211 2.0.0 System status; 250 2.1.5 Ok; 354 Start mail input",
    ],
)
def test_numbers_that_are_not_codes(text: str) -> None:
    reply = parse_reply(text)
    assert (reply.basic, reply.enhanced, reply.entry, reply.rule) == (
        None,
        None,
        CODES[911],
        Rule.NO_CODE,
    )


@pytest.mark.parametrize("code", [*range(400, 600), 911])
def test_agrees_with_classify_and_lookup_on_reply_codes(code: int) -> None:
    reply = parse_reply(str(code))
    assert reply.type is bouncecodes.classify(code)
    if code in CODES:
        assert reply.entry is bouncecodes.lookup(code)


@pytest.mark.parametrize("class_", [4, 5])
def test_agrees_with_classify_and_lookup_on_enhanced_codes(class_: int) -> None:
    for subject in range(10):
        for detail in range(1000):
            code = f"{class_}.{subject}.{detail}"
            reply = parse_reply(code)
            assert reply.type is bouncecodes.classify(code), code
            try:
                assert reply.entry is bouncecodes.lookup(code), code
            except bouncecodes.UnknownCodeError:
                assert reply.rule is not Rule.ENHANCED


def test_success_replies_are_not_failures() -> None:
    with pytest.raises(bouncecodes.UnknownCodeError):
        bouncecodes.classify(250)
    assert parse_reply("250 2.0.0 Ok: queued").rule is Rule.NO_CODE


@pytest.mark.parametrize("value", [None, 550, 5.5, ["550"], memoryview(b"550")])
def test_wrong_types(value: object) -> None:
    with pytest.raises(TypeError) as caught:
        parse_reply(value)  # type: ignore[arg-type]
    assert str(caught.value) == (
        f"parse_reply() takes a str or bytes, not {type(value).__name__}: {value!r}"
    )


def test_invalid_utf8_is_replaced() -> None:
    reply = parse_reply(b"550 5.1.1 Benutzer \xfcnbekannt")
    assert (reply.enhanced, reply.text) == ("5.1.1", "Benutzer \ufffdnbekannt")


def test_str_subclasses_are_read() -> None:
    class Text(str):
        pass

    assert parse_reply(Text("550 5.1.1 x")).enhanced == "5.1.1"


def test_reply_is_frozen_slotted_and_pickles() -> None:
    reply = parse_reply(GMAIL)
    with pytest.raises(dataclasses.FrozenInstanceError):
        reply.basic = 450  # type: ignore[misc]
    assert not hasattr(reply, "__dict__")
    assert [field.name for field in dataclasses.fields(Reply)] == [
        "basic",
        "enhanced",
        "text",
        "entry",
        "type",
        "rule",
        "reason",
        "verdict",
        "evidence",
    ]
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        copied = pickle.loads(pickle.dumps(reply, protocol))
        assert copied == reply
        assert (copied.reason, copied.verdict, copied.evidence) == (
            reply.reason,
            reply.verdict,
            reply.evidence,
        )
    assert copy.deepcopy(reply) == reply
    assert dataclasses.replace(reply, basic=450).basic == 450
    by_position = Reply(
        550, None, "x", CODES[550], HARD, Rule.BASIC, Reason.UNKNOWN, Verdict.SUPPRESS, None
    )
    assert by_position == Reply(
        basic=550,
        enhanced=None,
        text="x",
        entry=CODES[550],
        type=HARD,
        rule=Rule.BASIC,
        reason=Reason.UNKNOWN,
        verdict=Verdict.SUPPRESS,
        evidence=None,
    )
    assert by_position.reason is Reason.UNKNOWN


ALPHABET = "0123455555....----:;  \n\r\t#()'\"=<>@/abcdsnSAID:xX-smtp;Status:Diagnostic-Code:"


def test_random_text_always_gives_a_consistent_reply() -> None:
    rng = random.Random(20261127)
    for _ in range(3000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(60)))
        reply = parse_reply(text)
        assert isinstance(reply.text, str)
        if reply.entry is not None:
            assert reply.type is reply.entry.type
        if reply.basic is not None:
            assert str(reply.basic) in text
        if reply.enhanced is not None:
            assert reply.enhanced[0] in "45"


HOSTILE_UNITS = [
    "5",
    "5.",
    "5-",
    "550-",
    "550 ",
    "said: ",
    "smtp;",
    "Status: 5.1.1\n",
    "=\n",
    "\n ",
    "550-5.1.1 ",
    "Diagnostic-Code: ",
    "4.16.55.1 ",
    "(554.30)",
    "=550,",
    "dsn=5.1.1 550 ",
    "Diagnostic-Code: x\n",
    ";",
    "\r\n",
    "a@b ",
]


@pytest.mark.parametrize("unit", HOSTILE_UNITS)
def test_hostile_input_costs_linear_time(unit: str) -> None:
    """Four times the input may cost about four times the time, never sixteen (no timing bound:
    the two sizes are compared with each other, on the same machine, in the same run)."""
    small = unit * (250_000 // len(unit))
    large = unit * (1_000_000 // len(unit))
    reply = parse_reply(large)
    assert isinstance(reply, Reply)
    ratio = growth(parse_reply, small, large)
    assert ratio < 10, f"{unit!r}: 4x the input took {ratio:.1f}x the time"


@pytest.mark.parametrize(
    ("text", "basic", "enhanced"),
    [
        # A log's status field before the reply fills in its missing enhanced code.
        ("dsn=5.1.1,smtp;553 no such user", 553, "5.1.1"),
        # A reply code glued to the command it answers.
        ("SMTP error after RCPT TO:550 5.2.1 mailbox disabled", 550, "5.2.1"),
        # Once the reply code is known, a command's code is not another reply.
        ("550 rejected after RCPT TO:551 5.1.1 no such user", 550, "5.1.1"),
        # Another reply ends the pairing: Sendmail's own 5.0.0 is not the remote 552's.
        ("<<< 552 Message size exceeds fixed maximum\n554 5.0.0 Service unavailable", 552, None),
    ],
)
def test_which_codes_pair(text: str, basic: int | None, enhanced: str | None) -> None:
    reply = parse_reply(text)
    assert (reply.basic, reply.enhanced) == (basic, enhanced)


def test_the_text_is_made_on_first_use_and_kept() -> None:
    reply = parse_reply("550 5.1.1 <bob@example.com>: no such user")
    assert reply.text == "<bob@example.com>: no such user"
    assert reply.text is reply.text
    assert isinstance(Reply.__dict__["text"], _reply._Text)
    assert isinstance(getattr(Reply, "text"), _reply._Text)  # noqa: B009 (the class's own)


def test_the_reason_is_found_on_first_use_with_its_verdict_and_evidence() -> None:
    reply = parse_reply("550 5.7.1 Client host blocked using zen.spamhaus.org")
    assert _reply._get_why(reply) is None  # not yet read
    assert reply.evidence == "spamhaus.org"
    assert _reply._get_why(reply) == (Reason.BLOCKED, Verdict.FIX_SENDER, "spamhaus.org")
    assert (reply.reason, reply.verdict) == (Reason.BLOCKED, Verdict.FIX_SENDER)
    for name in ("reason", "verdict", "evidence"):
        assert isinstance(getattr(Reply, name), _reply._Why)  # the class's own descriptor


def test_a_letter_that_lowercases_to_two_shifts_no_position() -> None:
    """U+0130 lowercases to two characters; the reply's start and codes stay where they are."""
    for text in ("host " + "\u0130" * 10 + " said: 452 4.2.2 mailbox full",
                 "smtp;\u0130\u0130 said: 452 4.2.2 mailbox full"):  # fmt: skip
        reply = parse_reply(text)
        assert (reply.basic, reply.enhanced, reply.text) == (452, "4.2.2", "mailbox full")


def logsafe(text: str) -> str:
    """*text* as qmail-send's log writes a report (qsutil.c's logsafe()): each newline as "/",
    every other byte that is no printable ASCII, and "%", as "_"."""
    return "".join(
        "/" if character == "\n" else "_" if character == "%" or not "!" <= character <= "~"
        else character
        for character in text
    )  # fmt: skip


def test_a_qmail_send_log_report_reads_as_the_reply_it_logged() -> None:
    """Every corpus reply that logsafe() writes back unambiguously (no "_", "%" or "/" of its
    own; ASCII, as logsafe() keeps nothing else) reads the same from qmail-send's log line."""
    checked = 0
    for param in REAL + load("reasons.jsonl"):
        text = _reply._normalized(param.values[0]["text"]).strip()
        if not text or not text.isascii() or any(mark in text for mark in "_%/"):
            continue
        logged = parse_reply("delivery 7: failure: " + logsafe(text + "\n"))
        alone = parse_reply(text)
        assert (logged.basic, logged.enhanced, logged.entry, logged.reason, logged.evidence) == (
            alone.basic, alone.enhanced, alone.entry, alone.reason, alone.evidence,
        ), text  # fmt: skip
        checked += 1
    assert checked > 500


@pytest.mark.parametrize(
    ("text", "basic", "enhanced", "reason", "words"),
    [
        # https://github.com/notqmail/notqmail/issues/244 (a qmail-send log line)
        ("delivery 245: failure: Unable_to_run_qmail-remote./", None, None, Reason.UNKNOWN,
         "Unable to run qmail-remote."),
        # https://lore.kernel.org/lkml/419F2062.8080401@ribosome.natur.cuni.cz/ (multilog's
        # label before it; the mail client's wrap of the line joined)
        ("@40000000419f13a508f3214c delivery 5: failure: 130.57.1.11_does_not_like_recipient./"
         "Remote_host_said:_550_5.1.1_<andrea@novell.com>_is_not_a_valid_mailbox._550_No_such_"
         "recipient/Giving_up_on_130.57.1.11./", 550, "5.1.1", Reason.USER_UNKNOWN,
         "<andrea@novell.com> is not a valid mailbox. No such recipient Giving up on"
         " 130.57.1.11."),
        # The line's end alone, from the result on; a URL keeps its "/".
        ("deferral: Connected_to_192.0.2.1_but_sender_was_rejected./Remote_host_said:_451_4.7.1_"
         "See_https://example.org/why/451/", 451, "4.7.1", Reason.POLICY,
         "See https://example.org/why/451"),
    ],
)  # fmt: skip
def test_a_qmail_send_log_line_reads_as_its_report(
    text: str, basic: int | None, enhanced: str | None, reason: Reason, words: str
) -> None:
    reply = parse_reply(text)
    assert (reply.basic, reply.enhanced, reply.reason, reply.text) == (
        basic, enhanced, reason, words,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "failure: SEND_BLOCK_ADDRESS",  # no "/": a provider's token, not a logged report
        "failure: mailbox_full/ try later",  # white space after the report's start
        "550 5.1.1 x delivery_failure: a_b/",  # "failure" not a word of its own
        "no_such_user/",  # no result before it
    ],
)
def test_text_that_is_no_qmail_send_report_is_read_as_it_stands(text: str) -> None:
    assert "_" in parse_reply(text).text
