"""parse_dsn(): every bounce email written for the tests, every input form, hostile input."""

from __future__ import annotations

import copy
import dataclasses
import email
import email.message
import email.policy
import json
import pickle
from collections.abc import Callable
from typing import Any

import pytest

import bouncecodes
from bouncecodes import (
    CODES,
    BouncedRecipient,
    BounceType,
    NotAnEmailError,
    Reply,
    Rule,
    parse_dsn,
)
from tests.conftest import DATA, expected_row, growth

FOLDER = DATA / "dsn"
EXPECTED: dict[str, Any] = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))
CASES = sorted(EXPECTED)


def summary(bounce: BouncedRecipient) -> dict[str, object]:
    return {
        "recipient": bounce.recipient,
        "original_recipient": bounce.original_recipient,
        "action": bounce.action,
        "status": bounce.status,
        "diagnostic_type": bounce.diagnostic_type,
        "basic": bounce.reply.basic,
        "enhanced": bounce.reply.enhanced,
        "row": bounce.entry and bounce.entry.code,
        "type": bounce.type.value,
    }


def test_every_file_has_an_expectation() -> None:
    files = {path.name for path in FOLDER.iterdir() if path.suffix == ".eml"}
    assert files == set(EXPECTED)
    assert len(files) >= 40


@pytest.mark.parametrize("name", CASES)
def test_labels_follow_the_rule(name: str) -> None:
    for expected in EXPECTED[name].get("recipients", []):
        assert expected["row"] == expected_row(expected["basic"], expected["enhanced"])
        row_type = None if expected["row"] is None else CODES[expected["row"]].type.value
        class_ = (expected["enhanced"] or str(expected["basic"] or 5))[0]
        by_codes = row_type or {"4": "Soft", "5": "Hard"}[class_]
        assert expected["type"] == ("Soft" if expected["action"] == "delayed" else by_codes)


@pytest.mark.parametrize("name", CASES)
def test_bounce_emails(name: str) -> None:
    expected = EXPECTED[name]
    data = (FOLDER / name).read_bytes()
    if expected["result"] == "error":
        with pytest.raises(NotAnEmailError):
            parse_dsn(data)
        return
    bounces = parse_dsn(data)
    assert isinstance(bounces, tuple)
    assert [summary(bounce) for bounce in bounces] == expected["recipients"]
    for bounce in bounces:
        assert bounce.entry is bounce.reply.entry
        if bounce.action == "delayed":
            assert (bounce.type, bounce.rule) == (BounceType.SOFT, Rule.DELAYED)
        else:
            assert (bounce.type, bounce.rule) == (bounce.reply.type, bounce.reply.rule)


@pytest.mark.parametrize("name", [name for name in CASES if EXPECTED[name]["result"] != "error"])
def test_str_and_message_give_the_same(name: str) -> None:
    data = (FOLDER / name).read_bytes()
    from_bytes = parse_dsn(data)
    assert parse_dsn(data.decode("utf-8", "surrogateescape")) == from_bytes
    assert parse_dsn(bytearray(data)) == from_bytes
    assert parse_dsn(email.message_from_bytes(data)) == from_bytes


def test_a_message_parsed_with_the_modern_policy() -> None:
    data = (FOLDER / "rfc3464-multi-recipient-mixed-actions.eml").read_bytes()
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert [summary(bounce) for bounce in parse_dsn(message)] == [
        summary(bounce) for bounce in parse_dsn(data)
    ]


def test_the_fields_of_a_report() -> None:
    (bounce,) = parse_dsn((FOLDER / "rfc3464-remote-mta.eml").read_bytes())
    assert bounce.remote_mta is not None
    assert bounce.diagnostic is not None
    assert bounce.diagnostic_type == "smtp"
    assert isinstance(bounce.reply, Reply)


def test_status_only_fills_in_a_missing_enhanced_code() -> None:
    (disagrees,) = parse_dsn((FOLDER / "rfc3464-status-disagrees-diagnostic.eml").read_bytes())
    assert (disagrees.status, disagrees.reply.enhanced, disagrees.entry) == (
        "5.1.1",
        "5.2.2",
        CODES[522],
    )
    (fills,) = parse_dsn((FOLDER / "rfc3464-status-fills-enhanced.eml").read_bytes())
    assert (fills.status, fills.reply.basic, fills.reply.enhanced) == ("5.1.1", 550, "5.1.1")


HEADERS = b"From: MAILER-DAEMON@example.org\r\nTo: alice@example.org\r\nSubject: x\r\n\r\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "it is empty"),
        ("   \n", "it is empty"),
        (b"\x00\xff\x13 binary \x80\x81 garbage", "it has no header fields"),
        ("no header, only text: a colon", "it has no header fields"),
    ],
)
def test_what_is_not_an_email(data: bytes | str, reason: str) -> None:
    with pytest.raises(NotAnEmailError) as caught:
        parse_dsn(data)
    assert str(caught.value) == f"Not an email message: {data!r} ({reason})"
    assert isinstance(caught.value, ValueError)
    assert caught.value.message == data


@pytest.mark.parametrize("value", [None, 3, ["x"], memoryview(b"x")])
def test_wrong_types(value: object) -> None:
    with pytest.raises(TypeError) as caught:
        parse_dsn(value)  # type: ignore[arg-type]
    assert str(caught.value) == (
        "parse_dsn() takes an email as bytes, str or email.message.Message, "
        f"not {type(value).__name__}: {value!r}"
    )


def test_headers_only_and_truncated_mime_give_nothing() -> None:
    assert parse_dsn(HEADERS) == ()
    truncated = (
        b"From: MAILER-DAEMON@example.org\r\nContent-Type: multipart/report;"
        b" report-type=delivery-status; boundary=b\r\n\r\n--b\r\nContent-Type: message/deliv"
    )
    assert parse_dsn(truncated) == ()


def report(blocks: str, *, encoding: str = "7bit") -> bytes:
    return (
        "From: MAILER-DAEMON@example.org\r\nTo: alice@example.org\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\nThe mail system\r\n\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n"
        f"Content-Transfer-Encoding: {encoding}\r\n\r\n{blocks}\r\n--b--\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("action", "status", "kept"),
    [
        ("failed", "5.1.1", "failed"),
        ("Failed (permanent)", "5.1.1", "failed"),
        ("delayed", "4.4.1", "delayed"),
        ("delivered", "2.0.0", None),
        ("relayed", "2.0.0", None),
        ("expanded", "2.0.0", None),
        ("expired", "4.4.7", "failed"),  # SendGrid's word for giving up
        ("", "4.4.1", "delayed"),
        ("", "5.0.0", "failed"),
        ("", "", "failed"),
        ("bogus", "2.0.0", None),
    ],
)
def test_actions(action: str, status: str, kept: str | None) -> None:
    block = "Final-Recipient: rfc822; bob@example.net\r\n"
    block += f"Action: {action}\r\n" if action else ""
    block += f"Status: {status}\r\n" if status else ""
    bounces = parse_dsn(report("Reporting-MTA: dns; mx.example.org\r\n\r\n" + block))
    assert [bounce.action for bounce in bounces] == ([kept] if kept else [])


def test_recipient_fields_in_their_forms() -> None:
    blocks = (
        "Original-Recipient: rfc822;Bob@Example.NET\r\n"
        "Final-Recipient: RFC822; <bob@example.net> (comment)\r\nAction: failed\r\n"
        "Status: 5.1.1\r\n\r\n"
        "Final-Recipient: utf-8; j\\x{FC}rgen@example.org\r\nAction: failed\r\n"
        "Status: 5.1.1\r\n\r\n"
        "Final-Recipient: utf-8; a\\x{FFFFFF}@example.org\r\nAction: failed\r\n\r\n"
        "Final-Recipient: rfc822;\r\nAction: failed\r\n\r\n"
        "Action: failed\r\nStatus: 5.1.1\r\n"
    )
    bounces = parse_dsn(report(blocks))
    assert [(b.recipient, b.original_recipient) for b in bounces] == [
        ("bob@example.net", "Bob@Example.NET"),
        ("j\u00fcrgen@example.org", None),
        # a\x{FFFFFF}@example.org escapes no character: no whole address, left out
    ]


def test_a_block_that_names_no_address_takes_the_one_named_elsewhere() -> None:
    """A file, a command or a display name alone is no address: the block takes the one
    that X-Failed-Recipients names, when it names as many as there are such blocks."""
    blocks = (
        "Final-Recipient: rfc822; /var/spool/mail/bob\r\nAction: failed\r\nStatus: 5.2.2\r\n\r\n"
        "Final-Recipient: rfc822; carol@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n"
    )
    message = b"X-Failed-Recipients: bob@example.net, carol@example.net\r\n" + report(blocks)
    assert [(b.recipient, b.status) for b in parse_dsn(message)] == [
        ("bob@example.net", "5.2.2"),
        ("carol@example.net", "5.1.1"),
    ]
    # Two such blocks and one address to give: neither takes it.
    blocks = blocks.replace("carol@example.net", "|/usr/bin/procmail")
    message = b"X-Failed-Recipients: bob@example.net\r\n" + report(blocks)
    assert parse_dsn(message) == ()


def test_a_base64_part_that_is_not_base64_is_read_as_it_is() -> None:
    blocks = "Final-Recipient: rfc822; bob@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n"
    (bounce,) = parse_dsn(report(blocks + "=", encoding="base64"))
    assert bounce.status == "5.1.1"


def test_delayed_is_soft_whatever_its_codes() -> None:
    blocks = (
        "Final-Recipient: rfc822; bob@example.net\r\nAction: delayed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 No such user\r\n"
    )
    (bounce,) = parse_dsn(report(blocks))
    assert (bounce.entry, bounce.type, bounce.rule) == (CODES[511], BounceType.SOFT, Rule.DELAYED)
    assert bounce.reply.type is BounceType.HARD


def test_bounced_recipient_is_frozen_slotted_and_pickles() -> None:
    (bounce,) = parse_dsn((FOLDER / "rfc3464-basic.eml").read_bytes())
    with pytest.raises(dataclasses.FrozenInstanceError):
        bounce.recipient = "x"  # type: ignore[misc]
    assert not hasattr(bounce, "__dict__")
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(bounce, protocol)) == bounce
    assert copy.deepcopy(bounce) == bounce


BOUNCE_HEADERS = HEADERS.replace(b"Subject: x", b"Subject: Undelivered Mail")


@pytest.mark.parametrize(
    "unit",
    [
        b"550 5.1.1 <bob@example.net>: said: smtp; Status: 5.1.1\r\n",
        b"Final-Recipient: rfc822; bob@example.net\r\nAction: failed\r\n",
        b"<bob@example.net>: host mx.example.net said: 550 5.1.1 nope\r\n",
        b"\x00\xff" * 32 + b"\r\n",
        b" folded line of a field\r\n",
        b"to :" + b"a" * 5000,  # an address that never comes
        b">" * 5000 + b" ",
        b"a" * 200,
    ],
)
def test_a_big_bounce_costs_linear_time(unit: bytes) -> None:
    """Four times the body costs about four times the time, not sixteen (the two sizes are
    compared with each other, not with a clock)."""
    small = BOUNCE_HEADERS + unit * (500_000 // len(unit))
    large = BOUNCE_HEADERS + unit * (2_000_000 // len(unit))
    ratio = growth(parse_dsn, small, large)
    assert ratio < 10, f"{unit[:20]!r}: 4x the body took {ratio:.1f}x the time"


def test_a_10_mb_bounce_neither_crashes_nor_hangs() -> None:
    data = BOUNCE_HEADERS + b"<bob@example.net>: host mx.example.net said: 550 5.1.1 no\r\n" * (
        10_000_000 // 59
    )
    (bounce,) = parse_dsn(data)
    assert (bounce.recipient, bounce.entry) == ("bob@example.net", CODES[511])


def test_the_face_exports_it() -> None:
    assert bouncecodes.parse_dsn is parse_dsn


def test_a_bare_delivery_status_email() -> None:
    data = (
        b"From: MAILER-DAEMON@example.org\r\nContent-Type: message/delivery-status\r\n\r\n"
        b"Reporting-MTA: dns; mx.example.org\r\n\r\n"
        b"Final-Recipient: rfc822; bob@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n"
    )
    assert [b.recipient for b in parse_dsn(data)] == ["bob@example.net"]


def test_a_report_without_a_status_part_is_read_as_text() -> None:
    data = (
        b"From: MAILER-DAEMON@example.org\r\nSubject: failure notice\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: message/rfc822\r\n\r\nTo: carol@example.org\r\n\r\nhi\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\n"
        b"<bob@example.net>:\r\nRemote host said: 550 5.1.1 no such user\r\n--b--\r\n"
    )
    ((recipient, row),) = [(b.recipient, b.entry) for b in parse_dsn(data)]
    assert (recipient, row) == ("bob@example.net", CODES[511])


def test_a_folded_line_without_a_field_is_skipped() -> None:
    blocks = (
        "   stray folded text\r\nFinal-Recipient: rfc822; bob@example.net\r\n"
        "Action: failed\r\nnot a field\r\n  still not\r\nStatus: 5.1.1\r\n"
    )
    (bounce,) = parse_dsn(report(blocks))
    assert (bounce.recipient, bounce.status) == ("bob@example.net", "5.1.1")


def test_an_email_without_text_gives_nothing() -> None:
    data = (
        b"From: MAILER-DAEMON@example.org\r\nContent-Type: application/octet-stream\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nAAECAwQF\r\n"
    )
    assert parse_dsn(data) == ()
    parts = (
        b"From: MAILER-DAEMON@example.org\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: image/png\r\n\r\nPNG\r\n"
        b"--b\r\nContent-Type: message/rfc822\r\n\r\nTo: bob@example.net\r\n\r\nhi\r\n--b--\r\n"
    )
    assert parse_dsn(parts) == ()


def test_a_message_object_is_taken_as_it_is() -> None:
    assert parse_dsn(email.message.Message()) == ()


def many_parts(count: int) -> bytes:
    part = b"--b\r\nContent-Type: text/plain\r\n\r\nbob@example.net\r\n"
    return (
        b"From: MAILER-DAEMON@example.org\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        + part * count
        + b"--b--\r\n"
    )


def test_many_mime_parts_cost_linear_time() -> None:
    assert growth(parse_dsn, many_parts(5_000), many_parts(20_000)) < 10


def folded(lines: int) -> bytes:
    field = "Diagnostic-Code: smtp; 550 5.1.1 no\r\n" + " and more\r\n" * lines
    return report("Final-Recipient: rfc822; bob@example.net\r\nAction: failed\r\n" + field)


def test_a_long_folded_field_costs_linear_time() -> None:
    (bounce,) = parse_dsn(folded(10))
    assert bounce.diagnostic == "550 5.1.1 no" + "\n and more" * 10
    assert growth(parse_dsn, folded(25_000), folded(100_000)) < 10


# --- Hostile input: only documented errors, linear time, valid output ------------------------

BOUNCE = b"From: MAILER-DAEMON@example.org\r\nSubject: Undelivered Mail\r\n"


def test_an_rfc2231_charset_on_a_text_part() -> None:
    data = BOUNCE + (
        b"Content-Type: text/plain; charset*=utf-8''%75%74%66%2D%38\r\n\r\n"
        b"<bob@example.net>: 550 5.1.1 unknown \xc3\xa9\r\n"
    )
    ((recipient, reply),) = [(b.recipient, b.reply) for b in parse_dsn(data)]
    assert (recipient, reply.enhanced) == ("bob@example.net", "5.1.1")
    assert reply.text.endswith("unknown \u00e9")


@pytest.mark.parametrize("charset", [b"utf\x00-8", b"no-such-charset", b"hex", b"rot13", b""])
def test_a_charset_python_cannot_decode_with_is_read_as_utf8(charset: bytes) -> None:
    data = BOUNCE + b"Content-Type: text/plain; charset=" + charset + b"\r\n\r\n"
    data += b"<bob@example.net>: 550 5.1.1 \xc3\xa9\r\n"
    ((reply),) = [b.reply for b in parse_dsn(data)]
    assert reply.text.endswith("\u00e9")


def test_a_str_with_a_lone_surrogate() -> None:
    data = "From: MAILER-DAEMON@example.org\nSubject: Undelivered\n\n"
    data += "<bob@example.net>: 550 5.1.1 \ud800\n"
    ((recipient, text),) = [(b.recipient, b.reply.text) for b in parse_dsn(data)]
    assert recipient == "bob@example.net"
    assert "\ud800" not in text


def nested(depth: int, kind: str) -> bytes:
    """A bounce whose text sits *depth* parts deep, in message/rfc822 or multipart parts."""
    inner = b"Content-Type: text/plain\r\n\r\n<bob@example.net>: 550 5.1.1 no\r\n"
    for level in range(depth):
        if kind == "rfc822":
            inner = b"Content-Type: message/rfc822\r\n\r\n" + inner
        else:
            boundary = b"b%d" % level
            inner = (
                b"Content-Type: multipart/mixed; boundary="
                + boundary
                + b"\r\n\r\n--"
                + boundary
                + b"\r\n"
                + inner
                + b"\r\n--"
                + boundary
                + b"--\r\n"
            )
    return BOUNCE + inner


def test_nesting_beyond_the_limit_ends_the_walk() -> None:
    from bouncecodes._mime import MAX_DEPTH

    assert [b.recipient for b in parse_dsn(nested(MAX_DEPTH - 1, "multipart"))] == [
        "bob@example.net"
    ]
    assert parse_dsn(nested(MAX_DEPTH + 1, "multipart")) == ()
    assert parse_dsn(nested(1000, "multipart")) == ()
    # A returned original is never read for recipients, however deep.
    assert parse_dsn(nested(1000, "rfc822")) == ()


def test_a_deeply_nested_message_object() -> None:
    message = email.message.Message()
    message["From"] = "MAILER-DAEMON@example.org"
    inner = message
    for _ in range(1000):
        child = email.message.Message()
        child["Content-Type"] = "message/rfc822"
        inner.set_type("message/rfc822")
        inner.set_payload([child])
        inner = child
    assert parse_dsn(message) == ()


@pytest.mark.parametrize("field", [b"To", b"From", b"Reply-To", b"Cc"])
@pytest.mark.parametrize("value", [b"<", b'"', b"(((((", b"a@", b"@", b"<>,<>:;", b"=?x?q?"])
def test_malformed_addresses_in_a_modern_message(field: bytes, value: bytes) -> None:
    data = field + b": " + value + b"\r\n" + (FOLDER / "rfc3464-basic.eml").read_bytes()
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert [b.recipient for b in parse_dsn(message)] == [b.recipient for b in parse_dsn(data)]


def test_cr_only_line_ends_keep_every_recipient() -> None:
    data = (
        b"From: MAILER-DAEMON@example.org\rSubject: Undelivered\r\r"
        b"<bob@example.net>: 550 5.1.1 no\r<carol@example.net>: 552 5.2.2 full\r"
    )
    assert [(b.recipient, b.reply.enhanced) for b in parse_dsn(data)] == [
        ("bob@example.net", "5.1.1"),
        ("carol@example.net", "5.2.2"),
    ]


def hostile_header(size: int) -> bytes:
    return BOUNCE + b"To: " + b"a" * size + b"\r\n\r\n<bob@example.net>: 550 5.1.1 no\r\n"


def alternating(size: int) -> bytes:
    line = b"<bob@example.net>: 550 5.1.1 no\r\n<carol@example.net>: 552 5.2.2 full\r\n"
    return BOUNCE + b"\r\n" + line * (size // len(line))


def many_distinct(size: int) -> bytes:
    lines = b"".join(b"<bob%d@example.net>: 550 5.1.1 no\r\n" % i for i in range(size // 34))
    return BOUNCE + b"\r\n" + lines


def blocks_quoted_in_text(size: int) -> bytes:
    count = size // 120
    text = "".join(f"<bob{i}@example.net>: 550 5.1.1 no\r\n" for i in range(count))
    blocks = "".join(
        f"Final-Recipient: rfc822; bob{i}@example.net\r\nAction: failed\r\n\r\n"
        for i in range(count)
    )
    return (
        "From: MAILER-DAEMON@example.org\r\nContent-Type: multipart/report;"
        " report-type=delivery-status; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
        + text
        + "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; x\r\n\r\n"
        + blocks
        + "--b--\r\n"
    ).encode()


def blank_status_part(size: int) -> bytes:
    return (
        BOUNCE + b"Content-Type: multipart/report; boundary=b\r\n\r\n--b\r\n"
        b"Content-Type: message/delivery-status\r\n\r\n" + b"\r\n" * (size // 2) + b"--b--\r\n"
    )


def nested_comments(size: int) -> bytes:
    """A To field and a Final-Recipient each one comment nested thousands deep."""
    deep = b"x" + b"(" * (size // 2) + b"@example.org"
    return (
        b"From: MAILER-DAEMON@example.org\r\nTo: " + deep + b"\r\nContent-Type: multipart/report;"
        b" report-type=delivery-status; boundary=b\r\n\r\n--b\r\n"
        b"Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; x\r\n\r\n"
        b"Final-Recipient: rfc822; " + deep + b"\r\nAction: failed\r\nStatus: 5.1.1\r\n--b--\r\n"
    )


def reasons_before_addresses(size: int) -> bytes:
    """One line of recipients, each after the words that say why ("Unknown user: ..."),
    none with a code: each one's words are looked for before it."""
    unit = "Unknown user: bob{}@example.net, "
    return BOUNCE + b"\r\n" + "".join(unit.format(i) for i in range(size // 34)).encode()


RETURNED = b"\r\n------ This is a copy of the message, including all the headers. ------\r\n\r\n"


def continued_original_field(size: int) -> bytes:
    """A returned original whose first field goes on for many lines: joined once."""
    return (
        BOUNCE + b"\r\n<bob@example.net>: 550 5.1.1 x\r\n" + RETURNED
        + b"Subject: hi\r\n" + b"x\r\n" * (size // 3)
    )  # fmt: skip


def encoded_words_in_original(size: int) -> bytes:
    """A returned original's Subject of many RFC 2047 encoded words."""
    words = b"=?utf-8?q?a?= " * (size // 14)
    return BOUNCE + b"\r\n<bob@example.net>: 550 5.1.1 x\r\n" + RETURNED + b"Subject: " + words


def cut_short_after_white_space(size: int) -> bytes:
    """Many recipients in a bounce cut short, its last line white space."""
    lines = b"".join(b"<u%d@example.net>: 550 5.1.1 x\n" % i for i in range(size // 30))
    return BOUNCE + b"\r\n" + lines + b" "


def punycode_text(size: int) -> bytes:
    """A text part in a charset whose codec decodes in quadratic time: read as UTF-8."""
    return (
        BOUNCE + b"Content-Type: text/plain; charset=punycode\r\n\r\n"
        + b"<bob@example.net>: 550 5.1.1 x\r\n" + b"x" * (size // 2) + b"-" + b"a" * (size // 2)
    )  # fmt: skip


def cr_only(size: int) -> bytes:
    line = b"<bob@example.net>: 550 5.1.1 no\r<carol@example.net>: 552 5.2.2 full\r"
    return BOUNCE + b"\r" + line * (size // len(line))


@pytest.mark.parametrize(
    "shape",
    [
        hostile_header,
        alternating,
        many_distinct,
        blocks_quoted_in_text,
        blank_status_part,
        cr_only,
        nested_comments,
        reasons_before_addresses,
        continued_original_field,
        encoded_words_in_original,
        cut_short_after_white_space,
        punycode_text,
    ],
)
def test_hostile_shapes_cost_linear_time(shape: Callable[[int], bytes]) -> None:
    ratio = growth(parse_dsn, shape(250_000), shape(1_000_000))
    assert ratio < 10, f"{shape.__name__}: 4x the input took {ratio:.1f}x the time"


def test_every_quoted_recipient_of_many_blocks_is_read() -> None:
    bounces = parse_dsn(blocks_quoted_in_text(12_000))
    assert len(bounces) == 100
    assert {b.reply.enhanced for b in bounces} == {"5.1.1"}


def test_a_report_without_its_part_for_a_person_is_read() -> None:
    """RFC 6522 puts a text for a person first; a report that leaves it out still reports."""
    (bounce,) = parse_dsn(
        "From: MAILER-DAEMON@example.org\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n'
        "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; example.org\n\n"
        "Final-Recipient: rfc822; bob@example.com\nAction: failed\nStatus: 5.1.1\n\n--b--\n"
    )
    assert (bounce.recipient, bounce.status) == ("bob@example.com", "5.1.1")


def exim_bounce(recipients: str, *, failed: str | None = None, ending: str = "\n") -> bytes:
    """An Exim bounce (the shape of exim's own "Mail delivery failed" message)."""
    header = f"X-Failed-Recipients: {failed}\n" if failed is not None else ""
    return (
        "From: Mail Delivery System <Mailer-Daemon@mx.example.org>\n"
        "To: alice@example.org\nSubject: Mail delivery failed: returning message to sender\n"
        f"{header}\n"
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"{recipients}{ending}"
    ).encode()


@pytest.mark.parametrize(
    "address",
    [
        "5551234567@vtext.com",
        "bob@ex\u00e4mple.com",
        "bob@xn--exmple-cua.com",
        "a_b@mail_host.example.com",
        '"Mark Smith"@example.org',
    ],
)
def test_plain_text_addresses_come_back_whole(address: str) -> None:
    (bounce,) = parse_dsn(exim_bounce(f"  {address}\n    550 5.1.1 no such user"))
    assert bounce.recipient == address


def test_an_address_cut_by_the_end_of_a_cut_message_is_not_reported() -> None:
    for last in (
        "ingrid@exa",
        "ingrid@example.co",
    ):  # the second still looks whole: cut all the same
        cut = parse_dsn(exim_bounce(f"  bob@example.com\n    550 5.1.1 no\n  {last}", ending=""))
        assert [bounce.recipient for bounce in cut] == ["bob@example.com"]
    # Not cut: the message ends with its line.
    whole = parse_dsn(exim_bounce("  bob@example.com\n    550 no\n  ingrid@example.co"))
    assert [bounce.recipient for bounce in whole] == ["bob@example.com", "ingrid@example.co"]


def test_two_addresses_run_together_are_neither() -> None:
    found = parse_dsn(exim_bounce("  bob@example.comcarol@example.net\n    550 5.1.1 no"))
    assert [bounce.recipient for bounce in found] == []


def test_x_failed_recipients_names_those_the_text_does_not() -> None:
    (bounce,) = parse_dsn(
        exim_bounce("  the group could not be reached: 550 5.1.1 no", failed="grp@example.com")
    )
    assert (bounce.recipient, bounce.action, bounce.entry and bounce.entry.code) == (
        "grp@example.com",
        "failed",
        511,
    )


def test_x_failed_recipients_confirms_those_the_text_names() -> None:
    text = "  bob@example.com\n    550 5.1.1 no such user\n  carol@example.net\n    552 5.2.2 full"
    found = parse_dsn(exim_bounce(text, failed="carol@example.net, dave@example.net"))
    assert [(bounce.recipient, bounce.status, bounce.reply.enhanced) for bounce in found] == [
        ("carol@example.net", None, "5.2.2"),
        ("dave@example.net", None, "5.1.1"),  # the reply the text quotes first
    ]


def test_a_feedback_report_is_no_bounce() -> None:
    """RFC 5965 §2: an abuse report is a multipart/report of report-type feedback-report; its
    fields name the complaining recipient, who did not bounce."""
    arf = (
        "From: abuse@example.net\nTo: abuse@example.org\nSubject: FW: Hello\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=feedback-report; boundary="b"\n\n'
        "--b\nContent-Type: text/plain\n\nThis is an email abuse report.\n\n"
        "--b\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\n"
        "User-Agent: SomeGenerator/1.0\nVersion: 1\nOriginal-Rcpt-To: <bob@example.net>\n\n"
        "--b\nContent-Type: message/rfc822\n\nFrom: alice@example.org\nTo: bob@example.net\n\n"
        "Final-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: 5.1.1\n\n--b--\n"
    )
    assert parse_dsn(arf) == ()


def test_an_auto_reply_is_no_bounce_and_a_bounce_marked_so_still_is() -> None:
    """RFC 3834 §5.2: an automatic response is marked ``Auto-Submitted: auto-replied``; an
    out-of-office reply to a bounce quotes the bounce's words, yet is none. Postfix marks its
    own bounces auto-replied too: sent as a bounce, they are read."""
    reply = (
        "From: Carol <carol@example.org>\nTo: bounces@example.com\n"
        "Subject: Automatic reply: Undeliverable: Hello\nAuto-Submitted: auto-replied\n\n"
        "I am out of the office until Monday.\n\n> Your message could not be delivered:\n"
        "> <bob@example.net>: 550 5.1.1 user unknown\n"
    )
    assert parse_dsn(reply) == ()
    not_marked = reply.replace("Auto-Submitted: auto-replied\n", "")
    assert [bounce.recipient for bounce in parse_dsn(not_marked)] == ["bob@example.net"]
    postfix = reply.replace("From: Carol <carol@example.org>", "From: MAILER-DAEMON@example.org")
    assert [bounce.recipient for bounce in parse_dsn(postfix)] == ["bob@example.net"]
    generated = reply.replace("auto-replied", "auto-generated")  # a notice, not a reply
    assert [bounce.recipient for bounce in parse_dsn(generated)] == ["bob@example.net"]


def test_a_sending_services_json_event_mailed_as_email_is_no_bounce() -> None:
    """Amazon SES through an SNS email subscription: the body is the JSON event."""
    event = json.dumps(
        {
            "Type": "Notification",
            "Message": json.dumps(
                {
                    "notificationType": "Bounce",
                    "bounce": {"bouncedRecipients": [{"emailAddress": "bob@example.net"}]},
                }
            ),
        }
    )
    email = (
        "From: AWS Notifications <no-reply@sns.amazonaws.com>\nTo: ops@example.org\n"
        f"Subject: AWS Notification Message\n\n{event}\n"
    )
    assert parse_dsn(email) == ()
    # Text that only opens like JSON is read as text.
    not_json = email.replace(event, "{not json}\n<bob@example.net>: 550 5.1.1 user unknown")
    assert parse_dsn(not_json.replace("Subject: AWS", "Subject: Undeliverable: AWS")) != ()


def test_a_report_of_delivered_recipients_never_reports_them_from_its_text() -> None:
    blocks = (
        "Final-Recipient: rfc822; bob@example.net\r\nAction: delivered\r\nStatus: 2.0.0\r\n\r\n"
        "Final-Recipient: rfc822; carol@example.net\r\nAction: relayed\r\nStatus: 2.0.0\r\n"
    )
    text_naming_them = report(blocks).replace(
        b"The mail system\r\n",
        b"<bob@example.net>: 550 5.1.1 user unknown\r\n<carol@example.net>\r\n",
    )
    assert parse_dsn(text_naming_them) == ()


def test_a_greeting_to_the_bounces_own_addressee_is_no_recipient() -> None:
    notice = (
        "From: postmaster@mx.example.net\nTo: alice@example.org\nSubject: Undeliverable\n\n"
        "alice@example.org: hello,\n\nyour message could not be delivered.\n\n"
        "bob@example.net: 550 5.1.1 user unknown\n"
    )
    assert [bounce.recipient for bounce in parse_dsn(notice)] == ["bob@example.net"]
    # Mail the addressee sent to itself, refused: its line quotes a code (the next line, too).
    itself = notice.replace("bob@example.net", "alice@example.org")
    assert [bounce.recipient for bounce in parse_dsn(itself)] == ["alice@example.org"]
    last = notice.replace("bob@example.net: 550 5.1.1 user unknown\n", "alice@example.org:\n550")
    assert [bounce.recipient for bounce in parse_dsn(last)] == ["alice@example.org"]


def test_a_summary_of_the_original_names_no_recipient() -> None:
    """Exchange 2003 quotes the original's To in its summary; an unknown server writing the
    same shape is read by the generic reader, which passes over the quoted To."""
    notice = (
        "From: postmaster@mx.example.net\nTo: alice@example.org\nSubject: Undeliverable: Hi\n\n"
        "Your message\n\n  To:      carol@example.org\n  Subject: Hi\n\n"
        "did not reach the following recipient(s):\n\n"
        "bob@example.net\n    550 5.1.1 The recipient name is not recognized\n"
    )
    assert [bounce.recipient for bounce in parse_dsn(notice)] == ["bob@example.net"]


ORIGINAL = (
    "Message-ID: <c1.42@lists.example.org>\nFrom: =?utf-8?q?Caf=C3=A9?= <news@example.org>\n"
    "To: bob@example.net\nSubject: =?utf-8?b?SGVsbG8g8J+Ri4==?=\n"
    "Date: Mon, 1 Dec 2026 10:00:00 +0000\n"
    "X-Campaign-Id: spring-42\nList-Id: <news.example.org>\n"
)


def report_returning(part: str) -> bytes:
    return (
        "From: MAILER-DAEMON@mx.example.net\n"
        "To: bounces+bob=example.net@lists.example.org\nSubject: Undelivered Mail\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n'
        "--b\nContent-Type: text/plain\n\nThe mail system\n\n"
        "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n"
        "Arrival-Date: Mon, 1 Dec 2026 10:00:01 +0000\n\n"
        "Final-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: 5.1.1\n\n"
        f"{part}--b--\n"
    ).encode()


@pytest.mark.parametrize(
    ("part", "returned"),
    [
        (f"--b\nContent-Type: message/rfc822\n\n{ORIGINAL}\nHello.\n\n", "message/rfc822"),
        (f"--b\nContent-Type: text/rfc822-headers\n\n{ORIGINAL}\n", "text/rfc822-headers"),
    ],
)
def test_the_message_it_bounced(part: str, returned: str) -> None:
    (bounce,) = parse_dsn(report_returning(part))
    context = bounce.context
    assert (context.bounce_to, context.reporting_mta, context.arrival_date) == (
        "bounces+bob=example.net@lists.example.org",
        "mx.example.net",
        "Mon, 1 Dec 2026 10:00:01 +0000",
    )
    assert (context.message_id, context.subject, context.from_, context.to, context.date) == (
        "<c1.42@lists.example.org>",
        "Hello \U0001f44b",
        "Caf\u00e9 <news@example.org>",
        "bob@example.net",
        "Mon, 1 Dec 2026 10:00:00 +0000",
    )
    assert context.returned == returned
    assert context.header("X-CAMPAIGN-ID") == context.headers["x-campaign-id"] == "spring-42"
    assert context.header("x-none") is None
    with pytest.raises(TypeError):
        context.headers["list-id"] = "x"  # type: ignore[index]


def test_an_original_quoted_in_the_text() -> None:
    quoted = ORIGINAL.replace("\nTo: bob", "\n  (broken by a relay)\nTo: bob")
    email = exim_bounce(
        "  bob@example.net\n    550 5.1.1 no such user\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"{quoted}\nHello.\n"
    )
    (bounce,) = parse_dsn(email)
    assert bounce.context.returned == "text"
    assert bounce.context.message_id == "<c1.42@lists.example.org>"
    assert bounce.context.header("x-campaign-id") == "spring-42"
    assert bounce.context.reporting_mta is None


def test_no_original_returned() -> None:
    (bounce,) = parse_dsn(report_returning(""))
    assert (bounce.context.returned, bounce.context.message_id, dict(bounce.context.headers)) == (
        None,
        None,
        {},
    )
    # A text that says the copy follows, and then none does.
    (bounce,) = parse_dsn(
        exim_bounce(
            "  bob@example.net\n    550 no\n\n------ This is a copy of the message ------\n\n"
        )
    )
    assert bounce.context.returned is None
    # One that quotes text that opens with no field.
    (bounce,) = parse_dsn(
        exim_bounce("  bob@example.net\n    550 no\n\n------ This is a copy ------\nHello\n")
    )
    assert bounce.context.returned is None


def test_encoded_words_that_do_not_decode_are_kept_as_written() -> None:
    broken = ORIGINAL.replace("=?utf-8?b?SGVsbG8g8J+Ri4==?=", "=?x-no-such?q?Hi?=")
    (bounce,) = parse_dsn(report_returning(f"--b\nContent-Type: text/rfc822-headers\n\n{broken}\n"))
    assert bounce.context.subject == "=?x-no-such?q?Hi?="


def notice(body: str) -> str:
    return (
        "From: MAILER-DAEMON@mx.example.org\nTo: alice@example.org\n"
        f"Subject: Returned mail: see transcript for details\n\n{body}\n"
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "userid:" names a recipient (only a Message-ID's or Content-ID's colon does not)
        (
            "Your message could not be delivered.\n\nuserid: bob@example.net\n"
            "reason: 550 5.1.1 user unknown\n",
            ("bob@example.net", 550, "5.1.1"),
        ),
        # a role address that is the real recipient: a code is quoted for it, no one else named
        (
            "Your message to postmaster@example.net couldn't be delivered.\n\n"
            "550 5.1.1 no such user\n",
            ("postmaster@example.net", 550, "5.1.1"),
        ),
        # Zoho's labelled code
        (
            "A message that you sent could not be delivered to one or more of its recipients.\n\n"
            "bob@example.net Invalid Address, ERROR_CODE :421, ERROR_CODE : Host not reachable\n",
            ("bob@example.net", 421, None),
        ),
        # the reply before the recipient it is about (old Sendmail, Verizon)
        (
            "Message could not be delivered to the following recipient:\n\n"
            "550 5.1.1 Mailbox unavailable\nbob@vzw.example.com\n",
            ("bob@vzw.example.com", 550, "5.1.1"),
        ),
        # of a transcript's replies, the remote server's about the recipient decides
        (
            "   ----- The following addresses had permanent fatal errors -----\n<bob@example.net>\n"
            "    (reason: 550 5.1.1 User unknown)\n\n   ----- Transcript of session follows -----\n"
            "... while talking to mx.example.net.:\n>>> DATA\n<<< 503 5.0.0 Need RCPT\n"
            "<<< 552 5.2.2 <bob@example.net>... Mailbox full\n",
            ("bob@example.net", 552, "5.2.2"),
        ),
        # ... or its first failure, when none names the recipient
        (
            "   ----- The following addresses had permanent fatal errors -----\n<bob@example.net>\n"
            "\n   ----- Transcript of session follows -----\n>>> DATA\n<<< 354 go ahead\n"
            "<<< 554 5.7.1 rejected\n",
            ("bob@example.net", 554, "5.7.1"),
        ),
    ],
)
def test_phrasings_read_in_the_wild(body: str, expected: tuple[str, int, str | None]) -> None:
    (bounce,) = parse_dsn(notice(body))
    assert (bounce.recipient, bounce.reply.basic, bounce.reply.enhanced) == expected


def test_a_role_named_for_help_with_no_code_is_no_recipient() -> None:
    assert parse_dsn(notice("Undeliverable. Please write to postmaster@example.org.\n")) == ()


def test_a_returned_part_that_holds_no_header_fields_is_no_original() -> None:
    (bounce,) = parse_dsn(report_returning("--b\nContent-Type: message/rfc822\n\n: no fields\n\n"))
    assert bounce.context.returned is None


def test_the_original_quoted_after_text_that_lowercases_longer() -> None:
    """U+0130 lowercases to two characters: where the original starts must still hold."""
    email = exim_bounce(
        "  bob@example.net\n    550 5.1.1 \u0130stanbul: no such user\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"{ORIGINAL}\nHello.\n"
    )
    (bounce,) = parse_dsn(email)
    assert bounce.context.message_id == "<c1.42@lists.example.org>"


@pytest.mark.parametrize(
    "email",
    [
        # the stdlib's address parser raises AttributeError on an unclosed domain literal
        BOUNCE + b"To: bob@[x\r\n\r\n<bob@example.net>: 550 5.1.1 no\r\n",
        # a truncated base64 encoded word in the returned original (HeaderParseError)
        BOUNCE
        + b"\r\n<bob@example.net>: 550 5.1.1 x\r\n"
        + RETURNED
        + b"Subject: =?utf-8?b?A?=\r\n",
        # an RFC 2231 parameter index that is a digit to str.isdigit(), none to int()
        BOUNCE
        + b"Content-Type: text/plain; charset*\xc2\xb2=x\r\n\r\n"
        + b"<bob@example.net>: 550 5.1.1 no\r\n",
        BOUNCE
        + b"Content-Type: text/plain; charset*"
        + b"9" * 5000
        + b"=x\r\n\r\n<bob@example.net>: 550 no\r\n",
    ],
)
def test_malformed_fields_are_read_past_never_a_crash(email: bytes) -> None:
    (bounce,) = parse_dsn(email)
    assert bounce.recipient == "bob@example.net"


@pytest.mark.parametrize("status", ["5.9.9", "4.8.1"])
def test_a_status_of_a_subject_rfc_3463_does_not_define(status: str) -> None:
    report = (
        "From: MAILER-DAEMON@example.org\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n'
        "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; example.org\n\n"
        f"Final-Recipient: rfc822; bob@example.com\nAction: failed\nStatus: {status}\n\n--b--\n"
    )
    (bounce,) = parse_dsn(report)
    assert bounce.reason.value == "unknown"
