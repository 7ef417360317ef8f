"""explain(): a paragraph that says how each of row, type, reason and verdict was decided."""

from __future__ import annotations

import dataclasses

import pytest

from bouncecodes import (
    Reason,
    ServiceBounce,
    explain,
    parse_dsn,
    parse_event,
    parse_reply,
    read_log,
)
from tests.conftest import DATA


def one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("reply", "row_sentence"),
    [
        ("550 5.1.1 nope", "Row 511 (Hard): the enhanced code 5.1.1 has a row of its own."),
        (
            "550 5.7.26 nope",
            "Row 570 (Hard): the enhanced code 5.7.26 has no row of its own, so its subject's has.",
        ),
        ("421 nope", "Row 421 (Soft): the reply code 421 has a row of its own."),
        ("503 nope", "No row fits 503: its class decides, Hard."),
        ("nope", "Row 911 (Hard): the bounce carried no code at all."),
    ],
)
def test_how_the_row_and_type_were_decided(reply: str, row_sentence: str) -> None:
    assert one_line(explain(parse_reply(reply))).startswith(row_sentence)


@pytest.mark.parametrize(
    ("reply", "reason_sentence"),
    [
        (
            "550 5.1.1 user unknown",
            'Reason user-unknown (party address): the words "user unknown".',
        ),
        (
            "550 5.1.1 nope",
            "Reason user-unknown (party address): no words say why; the enhanced code 5.1.1 "
            "does: RFC 3463 §3.2 (X.1.1 bad destination mailbox address).",
        ),
        (
            "421 4.7.0 try again later",
            "Reason rate-limited (party sender): no words say why; the enhanced code 4.7.0 "
            'does, with the words "try again later":',
        ),
        (
            "535 nope",
            "Reason security (party sender): no words or enhanced code say why; the reply "
            "code 535 does.",
        ),
        (
            "521 <192.0.2.1> is blocked",
            "Reason blocked (party sender): no words or enhanced code say why; the reply code "
            '521 does, with the words "blocked":',
        ),
        ("550 nope", "Reason unknown (party unknown): neither the words nor a code say why."),
        (
            "Diagnostic-Code: X-Unix; 67",
            "Reason user-unknown (party address): the local mailer's exit status 67 is all the "
            "text says: https://man.freebsd.org/cgi/man.cgi?query=sysexits (EX_NOUSER",
        ),
        (
            "Diagnostic-Code: X-Unix; 255",
            "Reason system-error (party recipient): the local mailer's exit status 255 is all "
            "the text says: https://www.mhonarc.org/",
        ),
    ],
)
def test_how_the_reason_was_decided(reply: str, reason_sentence: str) -> None:
    assert reason_sentence in one_line(explain(parse_reply(reply)))


@pytest.mark.parametrize(
    ("reply", "verdict_sentence"),
    [
        ("550 5.1.1 user unknown", "Verdict suppress: the address itself is dead."),
        (
            "550 spam",
            "Verdict fix-sender: the refusal is of the sender, not the address: do not count "
            "it against the address.",
        ),
        (
            "452 4.3.1 insufficient system storage",
            "Verdict retry: the table's type decides, and it is Soft.",
        ),
        ("550 nope", "Verdict suppress: the table's type decides, and it is Hard."),
    ],
)
def test_how_the_verdict_was_decided(reply: str, verdict_sentence: str) -> None:
    assert one_line(explain(parse_reply(reply))).endswith(verdict_sentence)


def test_a_delayed_recipient() -> None:
    bounces = parse_dsn((DATA / "dsn" / "rfc3464-multi-recipient-mixed-actions.eml").read_bytes())
    (delayed,) = [bounce for bounce in bounces if bounce.action == "delayed"]
    text = one_line(explain(delayed))
    assert text.startswith(
        "Row 451, but Soft: the report says the mail is still queued (Action: delayed)."
    )
    assert text.endswith("Verdict retry: the mail is still queued, whatever the reason.")
    no_row = dataclasses.replace(delayed, entry=None)
    assert one_line(explain(no_row)).startswith("No row, but Soft:")


def test_a_recipient_delivered_to_a_program() -> None:
    (bounce,) = parse_dsn(
        "From: MAILER-DAEMON@example.org\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n'
        "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; example.org\n\n"
        "Final-Recipient: rfc822; bob@example.com\nX-Actual-Recipient: X-Unix; |/bin/filter\n"
        "Action: failed\nStatus: 5.5.0\n\n--b--\n"
    )
    assert (
        "Reason system-error (party recipient): the report says it was delivered to a program "
        "(|/bin/filter), and no words say more of why it failed: the receiving system's mailer "
        "failed."
    ) in one_line(explain(bounce))


def test_a_recipient_whose_sender_gave_up() -> None:
    (bounce,) = parse_dsn(
        "From: MAILER-DAEMON@example.org\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n'
        "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; example.org\n\n"
        "Final-Recipient: rfc822; bob@example.com\nAction: failed\nStatus: 4.4.1\n"
        "Diagnostic-Code: smtp; Connection timed out\n\n--b--\n"
    )
    assert bounce.reason is Reason.EXPIRED
    assert (
        'Reason expired (party network): the reply says network ("Connection timed out"), '
        "and the report says the sender gave up on it" in one_line(explain(bounce))
    )


def test_lines_are_short_enough_to_read() -> None:
    text = explain(parse_reply("554 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org"))
    assert all(len(line) <= 96 for line in text.splitlines())


@pytest.mark.parametrize("wrong", [None, "550 5.1.1", 550, ()])
def test_anything_but_a_result_is_a_type_error(wrong: object) -> None:
    with pytest.raises(
        TypeError,
        match=r"explain\(\) takes a Reply, a BouncedRecipient, a LogRecord or a ServiceBounce",
    ):
        explain(wrong)  # type: ignore[arg-type]


def test_a_log_record_is_explained_as_a_bounced_recipient_is() -> None:
    line = (
        "Dec  1 10:00:00 mx postfix/smtp[1]: A: to=<bob@example.com>, dsn=4.4.1, "
        "status=deferred (connect to mx.example.com[192.0.2.1]:25: Connection timed out)"
    )
    (record,) = read_log([line])
    paragraph = explain(record)
    assert paragraph.startswith("No row, but Soft: the report says the mail is still queued")
    assert 'the words "Connection timed out"' in paragraph
    delivered = line.replace("dsn=4.4.1, status=deferred (connect", "dsn=2.0.0, status=sent (250")
    (record,) = read_log([delivered])
    assert explain(record) == "Delivered: the line logs no bounce, so there is nothing to decide."


def ses_bounce(recipient: dict[str, str]) -> ServiceBounce:
    bounce = {
        "bounceType": "Permanent",
        "bounceSubType": "NoEmail",
        "bouncedRecipients": [recipient],
    }
    event = {"notificationType": "Bounce", "bounce": bounce}
    (found,) = parse_event(event)
    assert isinstance(found, ServiceBounce)
    return found


def test_a_service_s_label_is_named_when_it_said_why() -> None:
    paragraph = " ".join(explain(ses_bounce({"emailAddress": "bob@example.com"})).split())
    assert (
        "Reason user-unknown (party address): neither the words nor a code say why; the"
        in paragraph
    )
    assert "service's label (ses Permanent/NoEmail) does." in paragraph
    worded = {"emailAddress": "bob@example.com", "diagnosticCode": "smtp; 550 5.2.2 mailbox full"}
    assert "label" not in explain(ses_bounce(worded))
