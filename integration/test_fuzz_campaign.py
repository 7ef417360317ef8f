"""The longer fuzz campaign: the properties of tests/test_fuzz.py, with hypothesis choosing
the inputs (and shrinking any failure to a small one)."""

from __future__ import annotations

import contextlib
import smtplib

from hypothesis import given
from hypothesis import strategies as st
from tests.test_fuzz import EMAILS, PIECES, check_bounces, report_of

import bouncecodes
from bouncecodes import InvalidCodeError, NotAnEmailError, UnknownCodeError

pieces = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=60).map("".join)


ERRORS = (TypeError, InvalidCodeError, UnknownCodeError)


@given(st.one_of(st.integers(), st.text(max_size=12), pieces, st.floats(), st.none(), st.binary()))
def test_lookup_and_classify(code: object) -> None:
    with contextlib.suppress(*ERRORS):
        assert bouncecodes.lookup(code) == bouncecodes.lookup(code)  # type: ignore[arg-type]
    with contextlib.suppress(*ERRORS):
        assert bouncecodes.classify(code) == bouncecodes.classify(code)  # type: ignore[arg-type]


@given(st.one_of(pieces, st.text(), st.binary()))
def test_parse_reply(text: str | bytes) -> None:
    reply = bouncecodes.parse_reply(text)
    assert bouncecodes.parse_reply(text) == reply
    if reply.basic is not None:
        assert str(reply.basic).encode() in (
            text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
        )


@given(st.integers(-10, 1000), st.one_of(pieces, st.binary()))
def test_smtplib_errors(code: int, text: str | bytes) -> None:
    reply = bouncecodes.parse_smtp_error(smtplib.SMTPResponseException(code, text))
    assert bouncecodes.parse_refused({"bob@example.net": (code, text)})["bob@example.net"] == reply


@given(st.sampled_from(EMAILS), st.integers(0, 10_000), st.integers(0, 400), pieces)
def test_parse_dsn_of_a_spliced_email(email: bytes, at: int, cut: int, inserted: str) -> None:
    at = min(at, len(email))
    check_bounces(email[:at] + inserted.encode("utf-8", "surrogatepass") + email[at + cut :])


@given(pieces)
def test_parse_dsn_of_pieces(text: str) -> None:
    check_bounces(("From: MAILER-DAEMON@example.org\r\n" + text).encode("utf-8", "surrogatepass"))


@given(st.binary())
def test_parse_dsn_of_bytes(data: bytes) -> None:
    with contextlib.suppress(NotAnEmailError):
        bouncecodes.parse_dsn(data)


@given(
    st.lists(
        st.sampled_from(["failed", "delayed", "delivered", "relayed", "expanded"]),
        min_size=1,
        max_size=8,
    ),
    st.booleans(),
)
def test_no_delivered_recipient_is_reported(actions: list[str], named: bool) -> None:
    reported = {b.recipient for b in bouncecodes.parse_dsn(report_of(actions, named))}
    assert reported == {
        f"r{i}@example.net" for i, a in enumerate(actions) if a in ("failed", "delayed")
    }
