"""One answer per text: the same server reply, arriving by every way bouncecodes reads (a reply,
smtplib's and aiosmtplib's errors, a bounce email, each MTA log format, each sending
service's webhook), gives the same row, type, reason and verdict.

The replies are the one-line permanent failures of tests/data/replies.jsonl (real replies,
each with its source). Each source is given the reply as that source writes one: Postfix
after ``said:``, Exim after ``host ...:``, a DSN in its Diagnostic-Code, SES in
``diagnosticCode``, Mailgun with its code in a field of its own, and so on. The services'
labels are their plainest (SES ``Permanent/General``, SparkPost class 1), which say nothing
of why, so that the reply alone decides. A source's own status field (Status, ``dsn=``,
``status``) carries the reply's enhanced code, and is left out when the reply has none: a
status field fills in a missing enhanced code, by design (RFC 3464 §2.3.4), which would make
the input another.
"""

from __future__ import annotations

import csv
import io
import json
import re
import smtplib
from collections.abc import Callable

import pytest

from bouncecodes import Reply, parse_dsn, parse_event, parse_reply, parse_smtp_error, read_log
from tests.conftest import DATA

ADDRESS = "bob@example.com"


def replies() -> list[str]:
    texts = []
    with (DATA / "replies.jsonl").open(encoding="utf-8") as corpus:
        for line in corpus:
            text = json.loads(line)["text"]
            if re.match(r"5\d\d[ -]", text) and "\n" not in text and '"' not in text:
                texts.append(text)
    return texts


Answer = tuple[object, ...]


def answer(result: object) -> Answer:
    entry = getattr(result, "entry", None)
    return (
        entry and entry.code,
        getattr(result, "type", None),
        getattr(result, "reason", None),
        getattr(result, "verdict", None),
    )


def codes(text: str) -> tuple[int, str | None, str]:
    """The reply code, the enhanced code and the words after them, as a client library
    splits them off."""
    found = re.match(r"(\d{3})[ -](?:([245]\.\d{1,3}\.\d{1,3}) )?(.*)", text)
    assert found is not None
    return int(found[1]), found[2], found[3]


class AioSMTPResponseException(Exception):  # noqa: N818 (aiosmtplib's shape: code, message)
    def __init__(self, code: int, message: str) -> None:
        self.code, self.message = code, message


def one(results: object) -> object:
    found = list(results)  # type: ignore[call-overload]
    assert len(found) == 1, found
    return found[0]


def dsn_field(enhanced: str | None) -> str:
    """A log line's ``dsn=`` field, when there is an enhanced code to give."""
    return f"dsn={enhanced}, " if enhanced else ""


def status(enhanced: str | None) -> dict[str, str]:
    """A webhook's ``status`` field, when there is an enhanced code to give."""
    return {"status": enhanced} if enhanced else {}


def by_smtplib(text: str) -> Reply:
    code, enhanced, words = codes(text)
    said = f"{enhanced} {words}" if enhanced else words
    return parse_smtp_error(smtplib.SMTPRecipientsRefused({ADDRESS: (code, said.encode())}))


def by_aiosmtplib(text: str) -> Reply:
    code, enhanced, words = codes(text)
    return parse_smtp_error(
        AioSMTPResponseException(code, f"{enhanced} {words}" if enhanced else words)
    )


def by_dsn(text: str) -> object:
    _, enhanced, _ = codes(text)
    field = f"Status: {enhanced}\n" if enhanced else ""
    email = (
        "From: MAILER-DAEMON@mx.example.org\nTo: news@example.org\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n'
        "--b\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n"
        "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n"
        f"Final-Recipient: rfc822; {ADDRESS}\nAction: failed\n{field}"
        f"Diagnostic-Code: smtp; {text}\n\n--b--\n"
    )
    return one(parse_dsn(email))


def by_postfix(text: str) -> object:
    _, enhanced, _ = codes(text)
    line = (
        f"Dec  1 10:00:00 mx postfix/smtp[301]: 4B2A1C: to=<{ADDRESS}>, relay=mx.example.com"
        f"[192.0.2.1]:25, delay=0.2, {dsn_field(enhanced)}status=bounced (host mx.example.com"
        f"[192.0.2.1] said: {text} (in reply to RCPT TO command))"
    )
    return one(read_log([line]))


def by_exim(text: str) -> object:
    line = (
        f"2026-12-01 10:00:00 1pfdJV-004eVE-9X ** {ADDRESS} R=dnslookup T=remote_smtp: SMTP"
        f" error from remote mail server after RCPT TO:<{ADDRESS}>: host mx.example.com"
        f" [192.0.2.1]: {text}"
    )
    return one(read_log([line]))


def by_sendmail(text: str) -> object:
    _, enhanced, _ = codes(text)
    line = (
        f"Dec  1 10:00:00 mx sm-mta[9471]: 0B1A0000009471: to=<{ADDRESS}>, delay=00:00:01, "
        f"mailer=esmtp, relay=mx.example.com. [192.0.2.1], {dsn_field(enhanced)}stat={text}"
    )
    return one(read_log([line]))


def by_powermta(text: str) -> object:
    _, enhanced, _ = codes(text)
    row = io.StringIO()
    written = f"{enhanced} (failed)" if enhanced else ""
    csv.writer(row).writerow(["b", "1764583200", ADDRESS, "failed", written, f"smtp;{text}"])
    return one(read_log(["type,timeLogged,rcpt,dsnAction,dsnStatus,dsnDiag", row.getvalue()]))


def by_ses(text: str) -> object:
    _, enhanced, _ = codes(text)
    recipient = {"emailAddress": ADDRESS, "action": "failed", "diagnosticCode": f"smtp; {text}"}
    event = {"notificationType": "Bounce", "mail": {"messageId": "m"}, "bounce": {
        "bounceType": "Permanent", "bounceSubType": "General",
        "bouncedRecipients": [{**recipient, **status(enhanced)}]}}  # fmt: skip
    return one(parse_event(json.dumps(event)))


def by_sendgrid(text: str) -> object:
    _, enhanced, _ = codes(text)
    event = {"email": ADDRESS, "event": "bounce", "type": "bounce", "sg_event_id": "e",
             "reason": text, **status(enhanced)}  # fmt: skip
    return one(parse_event(json.dumps([event])))


def by_mailgun(text: str) -> object:
    code, enhanced, words = codes(text)
    status = {"code": code, "enhanced-code": enhanced, "message": words}
    event = {"event": "failed", "severity": "permanent", "reason": "bounce", "recipient": ADDRESS,
             "delivery-status": status}  # fmt: skip
    return one(parse_event(json.dumps({"signature": {}, "event-data": event})))


def by_postmark(text: str) -> object:
    record = {"RecordType": "Bounce", "Type": "HardBounce", "TypeCode": 1, "Email": ADDRESS,
              "Details": text}  # fmt: skip
    return one(parse_event(json.dumps(record)))


def by_sparkpost(text: str) -> object:
    event = {"type": "bounce", "bounce_class": "1", "rcpt_to": ADDRESS, "raw_reason": text}
    return one(parse_event(json.dumps([{"msys": {"message_event": event}}])))


def by_mandrill(text: str) -> object:
    event = {"event": "hard_bounce", "msg": {"email": ADDRESS, "diag": f"smtp;{text}"}}
    return one(parse_event("mandrill_events=" + json.dumps([event])))


def by_brevo(text: str) -> object:
    event = {"event": "hard_bounce", "email": ADDRESS, "message-id": "m", "reason": text}
    return one(parse_event(json.dumps(event)))


SOURCES: dict[str, Callable[[str], object]] = {
    "smtplib": by_smtplib,
    "aiosmtplib": by_aiosmtplib,
    "dsn": by_dsn,
    "postfix": by_postfix,
    "exim": by_exim,
    "sendmail": by_sendmail,
    "powermta": by_powermta,
    "ses": by_ses,
    "sendgrid": by_sendgrid,
    "mailgun": by_mailgun,
    "postmark": by_postmark,
    "sparkpost": by_sparkpost,
    "mandrill": by_mandrill,
    "brevo": by_brevo,
}


def test_there_are_replies_to_try() -> None:
    assert len(replies()) >= 25


@pytest.mark.parametrize("text", replies())
def test_every_source_gives_the_reply_s_answer(text: str) -> None:
    expected = answer(parse_reply(text))
    assert expected[0] is not None
    got = {name: answer(read(text)) for name, read in SOURCES.items()}
    assert {name: found for name, found in got.items() if found != expected} == {}
