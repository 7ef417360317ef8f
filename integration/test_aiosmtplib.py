"""aiosmtplib, the real one, against the loopback SMTP server of the tests: its errors and
the refused recipients its send() returns read as smtplib's do, reply for reply."""

from __future__ import annotations

import asyncio
import smtplib
from email.message import EmailMessage

import aiosmtplib
import pytest
from tests.smtp_server import Script, smtp_server

from bouncecodes import Reply, parse_refused, parse_smtp_error

GMAIL_NO_SUCH_USER = (
    "550 5.1.1 The email account that you tried to reach does not exist. Please try",
    "550 5.1.1 double-checking the recipient's email address for typos or",
    "550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser - gsmtp",
)
RECIPIENTS = {
    "bob@example.com": GMAIL_NO_SUCH_USER,
    "carol@example.net": ("452 4.2.2 The recipient's inbox is out of storage space.",),
    "dave@example.org": (
        "554 5.7.1 Service unavailable; client [192.0.2.7] blocked by zen.spamhaus.org",
    ),
}


def message(recipients: list[str]) -> EmailMessage:
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "alice@example.com", ", ".join(recipients), "Hi"
    mail.set_content("Hello.")
    return mail


def answers(reply: Reply) -> tuple[object, ...]:
    return (
        reply.basic,
        reply.enhanced,
        reply.entry,
        reply.type,
        reply.reason,
        reply.verdict,
        reply.text,
    )


def by_aiosmtplib(script: Script, recipients: list[str]) -> object:
    """What aiosmtplib.send() returns for *recipients*, or the error it raises."""

    async def send() -> object:
        with smtp_server(script) as (host, port):
            try:
                return (
                    await aiosmtplib.send(message(recipients), hostname=host, port=port, timeout=10)
                )[0]
            except aiosmtplib.SMTPException as error:
                return error

    return asyncio.run(send())


def by_smtplib(script: Script, recipients: list[str]) -> object:
    with smtp_server(script) as (host, port), smtplib.SMTP(host, port, timeout=10) as client:
        try:
            return client.send_message(message(recipients))
        except smtplib.SMTPException as error:
            return error


def test_every_recipient_refused() -> None:
    script = Script(recipients=RECIPIENTS)
    error = by_aiosmtplib(script, list(RECIPIENTS))
    assert isinstance(error, aiosmtplib.SMTPRecipientsRefused)
    theirs = parse_refused(error)
    ours = by_smtplib(script, list(RECIPIENTS))
    assert isinstance(ours, smtplib.SMTPRecipientsRefused)
    expected = parse_refused(ours)
    assert list(theirs) == list(RECIPIENTS)
    assert [answers(reply) for reply in theirs.values()] == [
        answers(reply) for reply in expected.values()
    ]
    assert answers(parse_smtp_error(error)) == answers(expected["bob@example.com"])
    assert answers(parse_smtp_error(error.recipients[2])) == answers(expected["dave@example.org"])
    assert expected["dave@example.org"].verdict.value == "fix-sender"


def test_some_recipients_refused_are_returned_by_send() -> None:
    script = Script(recipients={"bob@example.com": GMAIL_NO_SUCH_USER})
    refused = by_aiosmtplib(script, ["bob@example.com", "erin@example.com"])
    assert isinstance(refused, dict)
    assert list(refused) == ["bob@example.com"]
    expected = by_smtplib(script, ["bob@example.com", "erin@example.com"])
    assert isinstance(expected, dict)
    assert answers(parse_refused(refused)["bob@example.com"]) == answers(
        parse_refused(expected)["bob@example.com"]
    )


@pytest.mark.parametrize(
    ("script", "error_type"),
    [
        (
            Script(data=("552 5.3.4 Message size exceeds fixed maximum message size",)),
            "SMTPDataError",
        ),
        (
            Script(sender=("553 5.7.1 Sender address rejected: not owned by user",)),
            "SMTPSenderRefused",
        ),
    ],
)
def test_data_and_sender_refused(script: Script, error_type: str) -> None:
    error = by_aiosmtplib(script, ["bob@example.com"])
    assert type(error).__name__ == error_type
    assert isinstance(error, aiosmtplib.SMTPResponseException)
    expected = by_smtplib(script, ["bob@example.com"])
    assert isinstance(expected, smtplib.SMTPResponseException)
    assert answers(parse_smtp_error(error)) == answers(parse_smtp_error(expected))
