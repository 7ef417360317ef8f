"""smtplib's errors as replies, against a real SMTP server that the tests run on 127.0.0.1."""

from __future__ import annotations

import pickle
import smtplib

import pytest

from bouncecodes import CODES, BounceType, Rule, parse_refused, parse_smtp_error
from bouncecodes._readonly import ReadOnlyMapping
from tests.smtp_server import Script, smtp_server

MESSAGE = "From: alice@example.com\r\nSubject: hi\r\n\r\nHello.\r\n"
GMAIL_NO_SUCH_USER = (
    "550 5.1.1 The email account that you tried to reach does not exist. Please try",
    "550 5.1.1 double-checking the recipient's email address for typos or",
    "550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser - gsmtp",
)


def send(script: Script, recipients: list[str]) -> dict[str, tuple[int, bytes]]:
    with smtp_server(script) as (host, port), smtplib.SMTP(host, port, timeout=10) as client:
        return client.sendmail("alice@example.com", recipients, MESSAGE)


def test_every_recipient_refused() -> None:
    script = Script(
        recipients={
            "bob@example.com": GMAIL_NO_SUCH_USER,
            "carol@example.net": ("452 4.2.2 The recipient's inbox is out of storage space.",),
            "dave@example.org": ("554 Transaction failed",),
        }
    )
    with pytest.raises(smtplib.SMTPRecipientsRefused) as caught:
        send(script, ["bob@example.com", "carol@example.net", "dave@example.org"])
    replies = parse_refused(caught.value)
    assert isinstance(replies, ReadOnlyMapping)
    assert pickle.loads(pickle.dumps(replies)) == replies
    assert list(replies) == ["bob@example.com", "carol@example.net", "dave@example.org"]
    bob, carol, dave = replies.values()
    assert (bob.basic, bob.enhanced, bob.entry, bob.type) == (
        550,
        "5.1.1",
        CODES[511],
        BounceType.HARD,
    )
    assert bob.text == (
        "The email account that you tried to reach does not exist. Please try double-checking"
        " the recipient's email address for typos or unnecessary spaces."
        " https://support.google.com/mail/?p=NoSuchUser - gsmtp"
    )
    assert (carol.basic, carol.enhanced, carol.entry, carol.type, carol.rule) == (
        452,
        "4.2.2",
        CODES[452],
        BounceType.SOFT,
        Rule.BASIC,
    )
    assert (dave.basic, dave.enhanced, dave.entry, dave.text) == (
        554,
        None,
        CODES[554],
        "Transaction failed",
    )


def test_some_recipients_refused_are_returned_by_sendmail() -> None:
    script = Script(recipients={"bob@example.com": ("550 5.1.1 No such user",)})
    refused = send(script, ["bob@example.com", "carol@example.net"])
    replies = parse_refused(refused)
    assert list(replies) == ["bob@example.com"]
    assert replies["bob@example.com"].entry is CODES[511]


def test_data_refused() -> None:
    script = Script(data=("552 5.2.2 Mailbox full", "552 5.2.2 Try again later"))
    with pytest.raises(smtplib.SMTPDataError) as caught:
        send(script, ["bob@example.com"])
    reply = parse_smtp_error(caught.value)
    assert (reply.basic, reply.enhanced, reply.type, reply.text) == (
        552,
        "5.2.2",
        BounceType.SOFT,
        "Mailbox full Try again later",
    )


def test_sender_refused() -> None:
    script = Script(sender=("553 5.7.1 Sender address rejected: not owned by user",))
    with pytest.raises(smtplib.SMTPSenderRefused) as caught:
        send(script, ["bob@example.com"])
    reply = parse_smtp_error(caught.value)
    assert (reply.basic, reply.enhanced, reply.entry) == (553, "5.7.1", CODES[571])


def test_a_failure_without_a_reply() -> None:
    reply = parse_smtp_error(smtplib.SMTPConnectError(-1, "Connection refused"))
    assert (reply.basic, reply.rule, reply.text) == (None, Rule.NO_CODE, "Connection refused")


def test_a_reply_that_is_no_failure_carries_no_code() -> None:
    reply = parse_smtp_error(smtplib.SMTPResponseException(250, "2.0.0 Ok 550"))
    assert (reply.basic, reply.enhanced, reply.rule, reply.text) == (
        None,
        None,
        Rule.NO_CODE,
        "2.0.0 Ok 550",
    )


def test_a_str_message() -> None:
    reply = parse_smtp_error(smtplib.SMTPResponseException(421, "4.7.0 Try again later"))
    assert (reply.basic, reply.enhanced, reply.type) == (421, "4.7.0", BounceType.SOFT)


@pytest.mark.parametrize(
    ("call", "value", "message"),
    [
        (
            parse_smtp_error,
            ValueError("x"),
            "parse_smtp_error() takes an smtplib.SMTPResponseException, not ValueError: "
            "ValueError('x')",
        ),
        (
            parse_refused,
            ["bob@example.com"],
            "parse_refused() takes an smtplib.SMTPRecipientsRefused or the dict that sendmail() "
            "returns, not list: ['bob@example.com']",
        ),
        (
            parse_refused,
            {"bob@example.com": 550},
            "expected a refused recipient as address: (code, text), not 'bob@example.com': 550",
        ),
        (
            parse_refused,
            {"bob@example.com": (550, 1)},
            "expected an SMTP reply as (int, bytes or str), not (550, 1)",
        ),
        (
            parse_refused,
            {"bob@example.com": ("550", b"x")},
            "expected an SMTP reply as (int, bytes or str), not ('550', b'x')",
        ),
    ],
)
def test_wrong_types(call: object, value: object, message: str) -> None:
    assert callable(call)
    with pytest.raises(TypeError) as caught:
        call(value)
    assert str(caught.value) == message
