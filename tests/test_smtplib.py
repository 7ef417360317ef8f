"""smtplib's errors as replies, against a real SMTP server that the tests run on 127.0.0.1."""

from __future__ import annotations

import pickle
import smtplib
from typing import NamedTuple

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
            "parse_smtp_error() takes an smtplib or aiosmtplib SMTPResponseException or "
            "SMTPRecipientsRefused, not ValueError: ValueError('x')",
        ),
        (
            parse_refused,
            ["bob@example.com"],
            "parse_refused() takes an smtplib or aiosmtplib SMTPRecipientsRefused, or the dict "
            "that sendmail() returns, not list: ['bob@example.com']",
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


# aiosmtplib's errors, as its documentation ("Exceptions") and its errors module give their
# shape: read by that shape, so that bouncecodes never imports aiosmtplib. The real library is
# tried in integration/test_aiosmtplib.py.
class SMTPResponseException(Exception):  # noqa: N818 (aiosmtplib's name)
    def __init__(self, code: int, message: str, /) -> None:
        self.code = code
        self.message = message
        self.args = (code, message)


class SMTPRecipientRefused(SMTPResponseException):
    def __init__(self, code: int, message: str, recipient: str, /) -> None:
        super().__init__(code, message)
        self.recipient = recipient


class SMTPRecipientsRefused(Exception):  # noqa: N818
    def __init__(self, recipients: list[SMTPRecipientRefused], /) -> None:
        self.recipients = recipients


class SMTPResponse(NamedTuple):
    code: int
    message: str


def test_aiosmtplib_s_errors_read_as_smtplib_s() -> None:
    text = "5.2.2 Mailbox full\n5.2.2 Try again later"
    ours = parse_smtp_error(SMTPResponseException(552, text))
    theirs = parse_smtp_error(smtplib.SMTPDataError(552, text.encode()))
    assert (ours.basic, ours.enhanced, ours.entry, ours.text) == (
        theirs.basic, theirs.enhanced, theirs.entry, theirs.text,
    )  # fmt: skip
    one = SMTPRecipientRefused(550, "5.1.1 No such user", "bob@example.com")
    assert parse_smtp_error(one).enhanced == "5.1.1"


def test_aiosmtplib_s_refused_recipients() -> None:
    error = SMTPRecipientsRefused([
        SMTPRecipientRefused(550, "5.1.1 No such user", "bob@example.com"),
        SMTPRecipientRefused(452, "4.2.2 Mailbox full", "carol@example.net"),
    ])  # fmt: skip
    replies = parse_refused(error)
    assert {address: reply.entry and reply.entry.code for address, reply in replies.items()} == {
        "bob@example.com": 511, "carol@example.net": 452,
    }  # fmt: skip
    assert list(replies) == ["bob@example.com", "carol@example.net"]  # aiosmtplib's order
    first = parse_smtp_error(error)  # every recipient refused: the first one's reply
    assert (first.basic, first.enhanced) == (550, "5.1.1")
    sent = {"dave@example.org": SMTPResponse(550, "5.7.1 Relaying denied")}  # send()'s dict
    assert parse_refused(sent)["dave@example.org"].reason.value == "relay-denied"


def test_smtplib_s_refused_recipients_give_the_first_reply() -> None:
    error = smtplib.SMTPRecipientsRefused({"bob@example.com": (550, b"5.1.1 No such user")})
    assert parse_smtp_error(error).enhanced == "5.1.1"
    with pytest.raises(ValueError, match="no refused recipient"):
        parse_smtp_error(smtplib.SMTPRecipientsRefused({}))
    with pytest.raises(ValueError, match="no refused recipient"):
        parse_smtp_error(SMTPRecipientsRefused([]))


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (SMTPResponseException(True, "x"), "takes an smtplib or aiosmtplib"),
        (SMTPResponseException(550, 1), r"expected an SMTP reply as \(int, bytes or str\)"),  # type: ignore[arg-type]
        (SMTPRecipientsRefused(["bob@example.com"]), "as an SMTPRecipientRefused"),  # type: ignore[list-item]
        (SMTPRecipientsRefused([SMTPRecipientRefused(550, "x", 1)]), "as address"),  # type: ignore[arg-type]
    ],
)
def test_what_only_looks_like_aiosmtplib_s_errors(error: BaseException, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        parse_refused(error) if isinstance(error, SMTPRecipientsRefused) else parse_smtp_error(
            error
        )


def test_a_reply_that_is_no_error_is_refused() -> None:
    with pytest.raises(TypeError, match="not str: '550 5\\.1\\.1 no such user'"):
        parse_smtp_error("550 5.1.1 no such user")  # type: ignore[arg-type]
