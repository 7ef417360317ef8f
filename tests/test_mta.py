"""Plain-text bounces: which lines name a recipient, what counts as a bounce, what is quoted."""

from __future__ import annotations

import pytest

from bouncecodes._mime import Part, load, notification_text, sent_as_bounce
from bouncecodes._mta import READERS, reader_and_recipients
from bouncecodes._mta import read_plain_text as read_found
from bouncecodes._reply import parse_reply
from tests.conftest import DATA

FIXTURES = DATA / "mta"


def bounce(body: str, **headers: str) -> tuple[Part, str]:
    fields = {"From": "MAILER-DAEMON@mail.example.org", "To": "alice@example.org"} | headers
    head = "".join(f"{name.replace('_', '-')}: {value}\n" for name, value in fields.items())
    return load(head + "\n" + body), body


def read_plain_text(message: Part, body: str) -> list[tuple[str, str, str]]:
    return [(found.address, found.action, found.quoted) for found in read_found(message, body)]


@pytest.mark.parametrize(
    ("body", "found"),
    [
        # Postfix
        (
            "<bob@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 no\n",
            [("bob@example.net", "failed", "host mx.example.net[192.0.2.1] said: 550 5.1.1 no")],
        ),
        # Exim, indented, the reply on the lines below
        (
            "  bob@example.net\n    SMTP error from remote mail server after RCPT TO:"
            "<bob@example.net>:\n    550 5.1.1 no\n",
            [
                (
                    "bob@example.net",
                    "failed",
                    "SMTP error from remote mail server after RCPT TO:<bob@example.net>:"
                    "\n    550 5.1.1 no",
                )
            ],
        ),
        # a quoted forward, a Sendmail mark, a Mimecast dash, a code opening the line
        (
            "> <bob@example.net>\n>     (reason: 550 5.1.1 no)\n",
            [("bob@example.net", "failed", ">     (reason: 550 5.1.1 no)")],
        ),
        (
            "554 <bob@example.net>... 550 Host unknown\n",
            [("bob@example.net", "failed", "... 550 Host unknown")],
        ),
        ("-- bob@example.net\n", [("bob@example.net", "failed", "")]),
        # sentences that name the recipient
        (
            "Your message wasn't delivered to bob@example.net because it was not found.\n",
            [("bob@example.net", "failed", "because it was not found.")],
        ),
        (
            "Sent <<< RCPT TO:<bob@example.net>\nReceived >>> 550 5.1.1 no\n",
            [("bob@example.net", "failed", ">\\nReceived >>> 550 5.1.1 no".replace("\\n", "\n"))],
        ),
        # the reason before the address, on its line (IMail): each line's is its own
        ("Unknown user: bob@example.net\n", [("bob@example.net", "failed", "Unknown user")]),
        (
            "Unknown user: bob@example.net\nMailbox full: carol@example.net\n",
            [
                ("bob@example.net", "failed", "Unknown user"),
                ("carol@example.net", "failed", "Mailbox full"),
            ],
        ),
        (
            "The following recipients failed: bob@example.net. Reason: 550 no\n",
            [("bob@example.net", "failed", ". Reason: 550 no")],
        ),
        (
            "x:00000:<bob@example.net> : Connection timed out\n",
            [("bob@example.net", "failed", ": Connection timed out")],
        ),
        # named twice in a row: one stretch of text, the first spelling
        (
            "Bob@Example.NET\nMailbox unknown\n\nbob@example.net\n"
            "Remote Server returned '550 5.1.10 RESOLVER'\n",
            [
                (
                    "Bob@Example.NET",
                    "failed",
                    "Mailbox unknown\n\nbob@example.net\n"
                    "Remote Server returned '550 5.1.10 RESOLVER'",
                )
            ],
        ),
    ],
)
def test_recipients_and_what_is_quoted_for_them(
    body: str, found: list[tuple[str, str, str]]
) -> None:
    assert read_plain_text(*bounce(body)) == found


@pytest.mark.parametrize(
    "body",
    [
        # the bounce's own sender and addressee, and roles, named in passing
        "Please write to postmaster@example.org or reply to alice@example.org.\n",
        # the sender of the failed mail, named before the failure
        "A message sent by\n\n  <carol@example.org>\n\ncould not be delivered.\n",
        # message ids and mailto links are no recipients
        "Message-ID: <1234.5678@example.org>\nsee mailto:help@example.org.\n",
    ],
)
def test_addresses_that_are_not_recipients(body: str) -> None:
    assert read_plain_text(*bounce(body)) == []


def test_the_words_before_an_address_count_only_when_the_text_after_says_nothing() -> None:
    found = read_found(*bounce("Unknown user: bob@example.net 550 5.2.2 mailbox full\n"))
    assert [(one.quoted, one.reply.reason.value) for one in found] == [
        ("550 5.2.2 mailbox full", "mailbox-full")
    ]
    found = read_found(*bounce("Unknown user: bob@example.net\n"))
    assert (found[0].reply.reason.value, found[0].reply.evidence) == (
        "user-unknown",
        "Unknown user",
    )


def test_a_recipient_named_again_takes_the_first_text_with_a_code() -> None:
    body = (
        "bob@example.net\nnot found\ncarol@example.net\nnot found\n\n"
        "Diagnostic information for administrators:\n"
        "bob@example.net\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'\n"
        "carol@example.net\n\nbob@example.net\nRemote Server returned '554 5.7.1 later'\n"
    )
    assert read_plain_text(*bounce(body)) == [
        (
            "bob@example.net",
            "failed",
            "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'",
        ),
        ("carol@example.net", "failed", "not found\n\nDiagnostic information for administrators:"),
    ]


def test_the_returned_original_is_not_read() -> None:
    body = (
        "<bob@example.net>: 550 5.1.1 no\n\n"
        "--- Below this line is a copy of the message.\n\nTo: dave@example.org\n"
    )
    assert [address for address, _, _ in read_plain_text(*bounce(body))] == ["bob@example.net"]


def test_an_ordinary_email_is_no_bounce() -> None:
    message, body = bounce(
        "Write to support@example.com.\nbob@example.net\n",
        From="Example Shop <news@example.com>",
        Subject="Your order has shipped",
    )
    assert not sent_as_bounce(message)
    assert read_plain_text(message, body) == []


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ({"From": "someone@example.org", "Subject": "Undeliverable: hello"}, ""),
        ({"From": "someone@example.org", "X_Failed_Recipients": "bob@example.net"}, ""),
        ({"From": "no-reply@example.org"}, "Could not be delivered to: <x@example.net>\n"),
    ],
)
def test_what_makes_a_bounce(headers: dict[str, str], body: str) -> None:
    message, _ = bounce(body, **headers)
    found = read_plain_text(message, body + "bob@example.net\n")
    assert [address for address, _, _ in found][-1] == "bob@example.net"


@pytest.mark.parametrize(
    ("subject", "body", "action"),
    [
        ("Warning: message 1abc delayed 24 hours", "bob@example.net\n", "delayed"),
        ("Delayed Mail (still being retried)", "bob@example.net\n", "delayed"),
        ("Delivery Status Notification (Delay)", "bob@example.net\n", "delayed"),
        ("Returned mail: delayed and then failed", "bob@example.net\n", "failed"),
        (
            "Mail delivery problem",
            "bob@example.net\nThe server will continue to try to deliver it.\n",
            "delayed",
        ),
        (
            "Mail delivery problem",
            "bob@example.net\nThis is a permanent error; delivery failed.\n",
            "failed",
        ),
    ],
)
def test_delay_warnings(subject: str, body: str, action: str) -> None:
    ((_, found, _),) = read_plain_text(*bounce(body, Subject=subject))
    assert found == action


def test_every_reader_has_a_fixture() -> None:
    assert {path.stem for path in FIXTURES.glob("*.eml")} == {reader.name for reader in READERS}
    assert READERS[-1].name == "generic"


@pytest.mark.parametrize("name", [reader.name for reader in READERS])
def test_each_reader_reads_its_own_fixture(name: str) -> None:
    """Each fixture is written to its family's documented format (its X-Fixture-Source), and
    says what it reports in its X-Bouncecodes-Expect fields: it is that reader's, and no
    reader before it takes it."""
    message = load((FIXTURES / f"{name}.eml").read_bytes())
    reader, found = reader_and_recipients(message, notification_text(message))
    assert reader is not None
    assert reader.name == name
    expected = [line.split() for line in message.get_all("x-bouncecodes-expect")]
    assert expected
    got = []
    for item in found:
        reply = parse_reply(item.quoted)
        got.append([item.address, item.action, str(reply.basic or "-"), reply.enhanced or "-"])
    assert got == expected


def test_of_mentions_that_overlap_the_first_counts() -> None:
    from bouncecodes._mta._reading import ADDRESS, mentions_of

    mentions = mentions_of(
        (rf"^<(?P<address>{ADDRESS})>", True), (rf"(?P<address>{ADDRESS})>:", False)
    )
    found = mentions("<bob@example.net>: x\ncarol@example.net>: y\n")
    assert [(m.address, m.opens_line) for m in found] == [
        ("bob@example.net", True),
        ("carol@example.net", False),
    ]
