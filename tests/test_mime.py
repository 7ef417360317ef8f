"""Loading an email into parts: fields, boundaries, parameters, decoding, a caller's Message."""

from __future__ import annotations

import email
import email.message
import email.policy

import pytest

from bouncecodes import NotAnEmailError
from bouncecodes._mime import (
    MAX_DEPTH,
    Part,
    load,
    notification_text,
    reads_as_bounce,
    sent_as_bounce,
    status_part,
)
from bouncecodes._rfc3464 import read_report
from tests.conftest import DATA

EMAILS = sorted((DATA / "dsn").glob("*.eml")) + sorted((DATA / "mta").glob("*.eml"))


def shape(part: Part) -> list[tuple[int, str, tuple[tuple[str, str], ...], object]]:
    """A part's tree, breadth first: depth, type, fields, and what its leaves say: the
    text, or for a delivery-status part the fields read from it (compat32 parses message/*
    parts into blocks of fields, and the blank lines around them are not kept)."""
    found: list[tuple[int, str, tuple[tuple[str, str], ...], object]] = []
    queue = [part]
    while queue:
        current = queue.pop(0)
        said: object = "" if current.parts else current.text().rstrip("\n")
        if current.content_type.endswith("delivery-status"):
            said = read_report(current.text())
        found.append((current.depth, current.content_type, current.fields, said))
        queue.extend(current.parts)
    return found


def test_fields_are_unfolded_and_read_in_any_case() -> None:
    part = load(
        b"From MAILER-DAEMON Thu Apr 29 23:34:45 2015\n"  # an mbox envelope line: no field
        b"Subject: Undelivered Mail\r\n Returned to Sender\r\nX-A: 1\r\nx-a: 2\r\n"
        b"Content-Type : TEXT/Plain\r\n\r\nbody\r\n"
    )
    assert part.fields[0] == ("Subject", "Undelivered Mail Returned to Sender")
    assert part.get("SUBJECT") == "Undelivered Mail Returned to Sender"
    assert part.get_all("x-a") == ["1", "2"]
    assert part.has("X-A")
    assert not part.has("x-b")
    assert part.get("x-b", "none") == "none"
    assert part.content_type == "text/plain"
    assert part.body == b"body\n"


def test_a_line_that_is_no_field_opens_the_body() -> None:
    part = load(b"From: a@example.org\nthis is text: not a field\n")
    assert part.fields == (("From", "a@example.org"),)
    assert part.body == b"this is text: not a field\n"


@pytest.mark.parametrize(
    ("value", "kind"),
    [("", "text/plain"), ("garbage", "text/plain"), ("Multipart/Report; x=1", "multipart/report")],
)
def test_content_types(value: str, kind: str) -> None:
    assert load(f"Content-Type: {value}\n\n".encode()).content_type == kind


@pytest.mark.parametrize(
    ("value", "name", "expected"),
    [
        ('text/plain; charset="utf-8"', "charset", "utf-8"),
        ("text/plain; CHARSET=utf-8; format=flowed", "charset", "utf-8"),
        ("text/plain; charset=utf-8; charset=latin-1", "charset", "utf-8"),  # the first counts
        ('multipart/mixed; boundary="a \\"b\\" c"', "boundary", 'a "b" c'),
        ("text/plain; charset*=utf-8''%C3%A9", "charset", "\u00e9"),
        ("text/plain; name*0=ab; name*1=cd", "name", "abcd"),
        ("text/plain; name*0*=utf-8''%C3; name*1*=%A9x", "name", "\u00e9x"),
        ("text/plain; name*1=cd; name*0=ab", "name", "abcd"),
        ("text/plain; name*=no-such-charset''ab", "name", "ab"),
        ("text/plain; name*x=ab", "name", None),
        ("text/plain; other=1", "charset", None),
        ("text/plain", "charset", None),
        ('text/plain; charset="unterminated', "charset", "unterminated"),
    ],
)
def test_parameters(value: str, name: str, expected: str | None) -> None:
    assert load(f"Content-Type: {value}\n\n".encode()).param(name) == expected


def test_an_rfc2231_value_written_in_other_than_its_octets_is_kept_as_written() -> None:
    """A str email may hold a character no octet is: the value is as written."""
    assert load("Content-Type: text/plain; name*=utf-8''\u20ac\n\n").param("name") == "\u20ac"


@pytest.mark.parametrize("charset", ["punycode", "idna", "hex", "no-such-charset"])
def test_a_charset_of_no_text_codec_or_a_quadratic_one_reads_as_utf8(charset: str) -> None:
    part = load(f"Content-Type: text/plain; charset={charset}\n\n\u00e9-x".encode())
    assert part.text() == "\u00e9-x"


def multipart(boundary: str, *bodies: bytes, close: bool = True, preamble: bytes = b"") -> bytes:
    data = f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'.encode() + preamble
    for body in bodies:
        data += f"--{boundary}\n".encode() + body + b"\n"
    return data + (f"--{boundary}--\nepilogue\n".encode() if close else b"")


def test_parts_between_delimiter_lines() -> None:
    data = multipart(
        "b",
        b"Content-Type: text/plain\n\none",
        b"\ntwo --b not a delimiter\n--bb not one either",
        preamble=b"preamble\n",
    )
    first, second = load(data).parts
    assert (first.text(), second.text()) == ("one", "two --b not a delimiter\n--bb not one either")
    assert (first.depth, second.content_type) == (1, "text/plain")


def test_a_truncated_multipart_and_one_whose_boundary_never_comes() -> None:
    (only,) = load(multipart("b", b"\none", close=False)).parts
    assert only.text() == "one\n"
    never = load(b"Content-Type: multipart/mixed; boundary=zz\n\nall of it\n")
    assert never.parts == ()
    assert notification_text(never) == "all of it\n"
    assert load(b"Content-Type: multipart/mixed\n\nno boundary\n").parts == ()


def test_a_returned_message_is_a_part_with_its_own_fields() -> None:
    data = b"Content-Type: message/rfc822\n\nSubject: Hi\n\nhello\n"
    (inner,) = load(data).parts
    assert (inner.get("subject"), inner.text()) == ("Hi", "hello\n")
    assert load(b"Content-Type: message/rfc822\n\n   \n").parts == ()


@pytest.mark.parametrize(
    ("encoding", "body", "text"),
    [
        ("base64", b"w6k=", "\u00e9"),
        ("base64", b"not base64!", "not base64!"),
        ("Quoted-Printable", b"caf=C3=A9 =\nsoft", "caf\u00e9 soft"),
        ("8bit", b"caf\xc3\xa9", "caf\u00e9"),
    ],
)
def test_transfer_encodings(encoding: str, body: bytes, text: str) -> None:
    data = f"Content-Transfer-Encoding: {encoding}\n\n".encode() + body
    assert load(data).text() == text


def test_charsets() -> None:
    latin = load(b"Content-Type: text/plain; charset=iso-8859-1\n\ncaf\xe9")
    assert latin.text() == "caf\u00e9"
    japanese = load(b"Content-Type: text/plain; charset=iso-2022-jp\n\n\x1b$B%F%9%H\x1b(B")
    assert japanese.text() == "\u30c6\u30b9\u30c8"


def test_a_part_below_the_depth_limit_has_no_parts() -> None:
    data = b"Content-Type: message/rfc822\n\n" * (MAX_DEPTH + 3) + b"Subject: deep\n\nx\n"
    part = load(data)
    depths = []
    while part.parts:
        (part,) = part.parts
        depths.append(part.depth)
    assert depths == list(range(1, MAX_DEPTH + 1))


@pytest.mark.parametrize("path", EMAILS, ids=lambda path: path.name)
def test_a_callers_message_reads_as_its_bytes(path: object) -> None:
    from pathlib import Path

    assert isinstance(path, Path)
    data = path.read_bytes()
    try:
        from_bytes = load(data)
    except NotAnEmailError:
        return
    assert shape(load(email.message_from_bytes(data))) == shape(from_bytes)


def test_a_callers_message_with_a_bytes_payload_and_a_modern_policy() -> None:
    message = email.message.EmailMessage()
    message["From"] = "MAILER-DAEMON@example.org"
    message.set_content(b"<bob@example.net>: 550 5.1.1", "application", "octet-stream")
    part = load(message)
    assert (part.get("from"), part.content_type) == (
        "MAILER-DAEMON@example.org",
        "application/octet-stream",
    )
    assert load(email.message.Message()).body == b""  # no payload at all
    blocks = email.message_from_bytes(
        b"Content-Type: message/delivery-status\n\nReporting-MTA: dns; x\n\nAction: failed\n"
    )
    blocks.get_payload().insert(0, "not a block")  # type: ignore[union-attr]
    assert "Action: failed" in load(blocks).text()


def test_what_a_bounce_is() -> None:
    report = load(b"From: a@example.org\nContent-Type: multipart/report\n\n")
    assert sent_as_bounce(report)
    assert sent_as_bounce(load(b"From: a@example.org\nX-Failed-Recipients: b@example.net\n\n"))
    assert sent_as_bounce(load(b"From: Mail Delivery System <MAILER-DAEMON@example.org>\n\n"))
    ordinary = load(b"From: shop@example.com\nSubject: Your order\n\n")
    assert not sent_as_bounce(ordinary)
    assert not reads_as_bounce(ordinary, "thank you for your order")
    assert reads_as_bounce(ordinary, "your message could not be delivered")
    assert reads_as_bounce(load(b"From: shop@example.com\nSubject: Undeliverable: hi\n\n"), "")


def test_the_status_part_of_the_outermost_report() -> None:
    inner = (
        b"Content-Type: multipart/report; boundary=i\n\n--i\n\ninner text\n"
        b"--i\nContent-Type: message/delivery-status\n\nAction: inner\n--i--\n"
    )
    outer = (
        b"From: MAILER-DAEMON@example.org\nContent-Type: multipart/report; boundary=o\n\n"
        b"--o\n\nthe text\n--o\nContent-Type: text/plain\n\n"
        b"Final-Recipient: rfc822; x@example.net\n"
        b"--o\nContent-Type: message/rfc822\n\n" + inner + b"\n--o--\n"
    )
    found = status_part(load(outer))
    assert found is not None
    assert "final-recipient" in found.text().lower()
    # A person forwarding a report: the report inside counts.
    forwarded = b"From: alice@example.org\nContent-Type: message/rfc822\n\n" + inner
    found = status_part(load(forwarded))
    assert found is not None
    assert found.text() == "Action: inner"  # the line end before a delimiter is the delimiter's
    # A bounce that returns a report: the returned one does not.
    bounce = b"From: MAILER-DAEMON@example.org\nContent-Type: message/rfc822\n\n" + inner
    assert status_part(load(bounce)) is None
