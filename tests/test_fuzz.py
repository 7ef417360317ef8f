"""Seeded property tests over every public entry point, with the standard library's random.

The same seeds run every time, so a failure reproduces. The properties: only documented
exceptions escape; the same input gives the same result; every reported recipient appears in
the input; no delivered, relayed or expanded recipient is reported; the cost is linear in the
size. A longer campaign with hypothesis lives in integration/ (a dev extra).
"""

from __future__ import annotations

import random
import smtplib
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import bouncecodes
from bouncecodes import InvalidCodeError, NotAnEmailError, UnknownCodeError, parse_dsn
from bouncecodes._mime import load
from tests.conftest import DATA, growth

SEEDS = range(8)
EMAILS = [path.read_bytes() for path in sorted((DATA / "dsn").glob("*.eml"))] + [
    path.read_bytes() for path in sorted((DATA / "mta").glob("*.eml"))
]
# The pieces bounces are made of: markers, fields, codes, addresses, MIME, line ends.
PIECES = [
    "550", "5.1.1", "550-5.1.1 ", "4.7.0", "421 ", "dsn=5.1.1", "RCPT TO:", "said: ", "smtp;",
    "Status: ", "Diagnostic-Code: ", "Final-Recipient: rfc822; ", "Action: ", "failed",
    "delivered", "relayed", "expanded", "delayed", "<", ">", "@", "bob@example.net",
    "carol@example.org", "--b", "--b--", "Content-Type: multipart/report; boundary=b",
    "Content-Type: message/delivery-status", "Content-Type: message/rfc822",
    "Content-Transfer-Encoding: base64", "charset*=utf-8''", "=\n", "\r\n", "\n", "\r", " ",
    "\t", ":", ";", "(", ")", '"', "\\x{FC}", "\ud800", "\xff", "\u2019", "MAILER-DAEMON",
    "Undelivered Mail", "could not be delivered", "X-Failed-Recipients: ", "\x00",
]  # fmt: skip


def random_text(rng: random.Random, size: int) -> str:
    return "".join(rng.choice(PIECES) for _ in range(size))


def mutations(rng: random.Random, count: int) -> Iterator[bytes]:
    """Real bounce emails written for the tests, cut, spliced and sprinkled with pieces."""
    for _ in range(count):
        data = bytearray(rng.choice(EMAILS))
        for _ in range(rng.randrange(1, 6)):
            at = rng.randrange(len(data) + 1)
            choice = rng.randrange(4)
            if choice == 0:
                del data[at : at + rng.randrange(1, 200)]
            elif choice == 1:
                data[at:at] = random_text(rng, rng.randrange(1, 8)).encode("utf-8", "surrogatepass")
            elif choice == 2:
                other = rng.choice(EMAILS)
                start = rng.randrange(len(other) or 1)
                data[at:at] = other[start : start + rng.randrange(1, 400)]
            else:
                data = data[:at]
        yield bytes(data)


# --- lookup() and classify() ------------------------------------------------------------------


def random_code(rng: random.Random) -> object:
    return rng.choice(
        [
            rng.randrange(-1000, 2000),
            str(rng.randrange(0, 1000)),
            f"{rng.randrange(10)}.{rng.randrange(1000)}.{rng.randrange(1000)}",
            random_text(rng, rng.randrange(4)),
            rng.random(),
            None,
            b"550",
        ]
    )


@pytest.mark.parametrize("seed", SEEDS)
def test_lookup_and_classify_raise_only_their_errors(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(2000):
        code = random_code(rng)
        for verb in (bouncecodes.lookup, bouncecodes.classify):
            outcome = _outcome(verb, code)
            assert outcome == _outcome(verb, code)
            if isinstance(outcome, tuple):
                kind, message = outcome
                assert issubclass(kind, (TypeError, InvalidCodeError, UnknownCodeError)), message
                assert "bounce code" in message


def _outcome(verb: Callable[[Any], object], code: object) -> object:
    """What *verb* gives for *code*: its result, or the error it raised (with its message)."""
    try:
        return verb(code)
    except Exception as error:
        return type(error), str(error)


# --- parse_reply() and smtplib's errors -------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_replies_always_read_the_same_and_from_their_text(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(1500):
        text = random_text(rng, rng.randrange(30))
        reply = bouncecodes.parse_reply(text)
        assert bouncecodes.parse_reply(text) == reply
        assert isinstance(reply.text, str)
        if reply.basic is not None:
            assert str(reply.basic) in text
        if reply.enhanced is not None:
            class_, subject, _ = reply.enhanced.split(".")
            assert f"{class_}.{subject}." in text
        if reply.entry is not None:
            assert reply.type is reply.entry.type


@pytest.mark.parametrize("seed", SEEDS)
def test_smtplib_errors_raise_only_type_errors(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(500):
        code: Any = rng.choice([rng.randrange(-5, 1000), "550", None, 5.5])
        text: Any = rng.choice(
            [random_text(rng, 5).encode("utf-8", "surrogatepass"), random_text(rng, 5), 1]
        )
        error = smtplib.SMTPResponseException(code, text)
        well_typed = type(code) is int and isinstance(text, (str, bytes))
        if not well_typed:
            with pytest.raises(TypeError, match="expected an SMTP reply"):
                bouncecodes.parse_smtp_error(error)
            continue
        reply = bouncecodes.parse_smtp_error(error)
        assert (
            bouncecodes.parse_refused({"bob@example.net": (code, text)})["bob@example.net"] == reply
        )


# --- parse_dsn() ------------------------------------------------------------------------------


def readable(data: bytes) -> str:
    """Everything the input says, in every form a reader may decode it to."""
    texts = [data.decode("utf-8", "replace"), data.decode("latin-1")]
    try:
        queue = [load(data)]
    except NotAnEmailError:
        return "".join(texts)
    while queue:
        part = queue.pop()
        texts.append(part.text())
        queue.extend(part.parts)
    return "\n".join(texts).lower()


def check_bounces(data: bytes) -> None:
    try:
        bounces = parse_dsn(data)
    except NotAnEmailError:
        with pytest.raises(NotAnEmailError):
            parse_dsn(data)
        return
    assert parse_dsn(data) == bounces
    said = readable(data)
    for bounce in bounces:
        assert bounce.action in ("failed", "delayed")
        if "\\x{" not in said:
            assert bounce.recipient.lower() in said, bounce.recipient


@pytest.mark.parametrize("seed", SEEDS)
def test_mutated_bounces_read_the_same_and_name_only_their_recipients(seed: int) -> None:
    for data in mutations(random.Random(seed), 60):
        check_bounces(data)


@pytest.mark.parametrize("seed", SEEDS)
def test_random_pieces_read_the_same_and_name_only_their_recipients(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(60):
        text = "From: MAILER-DAEMON@example.org\r\n" + random_text(rng, rng.randrange(200))
        check_bounces(text.encode("utf-8", "surrogatepass"))


def report_of(actions: list[str], text_names_them: bool) -> bytes:
    """A report with one recipient per action, and a text part that may name them all."""
    text = "".join(f"<r{i}@example.net>: 550 5.1.1 no\r\n" for i in range(len(actions)))
    blocks = "".join(
        f"Final-Recipient: rfc822; r{i}@example.net\r\nAction: {action}\r\nStatus: "
        f"{'2.0.0' if action in ('delivered', 'relayed', 'expanded') else '5.1.1'}\r\n\r\n"
        for i, action in enumerate(actions)
    )
    return (
        "From: MAILER-DAEMON@example.org\r\nSubject: Delivery Status Notification\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"
        f"--b\r\nContent-Type: text/plain\r\n\r\n{text if text_names_them else 'x'}\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; x\r\n\r\n"
        f"{blocks}--b--\r\n"
    ).encode()


@pytest.mark.parametrize("seed", SEEDS)
def test_no_delivered_relayed_or_expanded_recipient_is_reported(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(40):
        actions = [
            rng.choice(["failed", "delayed", "delivered", "relayed", "expanded"])
            for _ in range(rng.randrange(1, 6))
        ]
        for named in (True, False):
            reported = {b.recipient for b in parse_dsn(report_of(actions, named))}
            bounced = {
                f"r{i}@example.net" for i, a in enumerate(actions) if a in ("failed", "delayed")
            }
            assert reported == bounced, actions


# --- Cost -------------------------------------------------------------------------------------

ENTRY_POINTS: list[tuple[str, Callable[[str], object]]] = [
    ("parse_reply", bouncecodes.parse_reply),
    ("parse_dsn", lambda text: parse_dsn("From: MAILER-DAEMON@example.org\n\n" + text)),
    (
        "parse_smtp_error",
        lambda text: bouncecodes.parse_smtp_error(smtplib.SMTPDataError(550, text)),
    ),
]


@pytest.mark.parametrize(("name", "entry"), ENTRY_POINTS, ids=[name for name, _ in ENTRY_POINTS])
def test_random_input_costs_linear_time(name: str, entry: Callable[[str], object]) -> None:
    rng = random.Random(name)
    unit = random_text(rng, 400)
    small, large = unit * 60, unit * 240
    ratio = growth(entry, small, large)
    assert ratio < 10, f"{name}: 4x the input took {ratio:.1f}x the time"
