"""Sending services' webhooks: the sample payloads of each service's documentation (and a few
real ones), tests/data/webhooks/, each file's source in its SOURCES.md."""

from __future__ import annotations

import dataclasses
import io
import json
import pickle
import sys
import urllib.parse
from pathlib import Path
from typing import Any

import pytest

from bouncecodes import (
    BounceType,
    NotAnEventError,
    Reason,
    ServiceBounce,
    ServiceNotice,
    Verdict,
    parse_event,
)
from bouncecodes._cli import main
from tests.conftest import DATA, growth, with_reader_gone

WEBHOOKS = DATA / "webhooks"


def payload(name: str) -> bytes:
    return (WEBHOOKS / name).read_bytes()


def decoded(name: str) -> Any:
    return json.loads(payload(name))


def summary(result: ServiceBounce | ServiceNotice) -> tuple[object, ...]:
    if isinstance(result, ServiceNotice):
        return (result.kind, result.provider_type, result.recipient)
    return (
        result.kind,
        result.provider_type,
        result.recipient,
        result.action,
        result.entry and result.entry.code,
        result.type,
        result.reason,
        result.verdict,
    )


H, S = BounceType.HARD, BounceType.SOFT
SUPPRESS, RETRY, FIX = Verdict.SUPPRESS, Verdict.RETRY, Verdict.FIX_SENDER
BROKEN = ("bounce", "failed", 911, H)  # no code at all: row 911, hard, as the table says
# Per payload, its results, read by hand: the service's label as written; the row and type
# the recipient's own code gives (none: 911); the reason its words, code or, failing both,
# the service's label give.
EXPECTED: dict[str, list[tuple[object, ...]]] = {
    "ses-notification-bounce-with-dsn.json": [
        ("bounce", "Permanent/General", "jane@example.com", "failed", 511, H,
         Reason.USER_UNKNOWN, SUPPRESS)],
    "ses-notification-bounce-without-dsn.json": [
        ("bounce", "Permanent/General", "jane@example.com", "failed", 911, H,
         Reason.UNKNOWN, SUPPRESS),
        ("bounce", "Permanent/General", "richard@example.com", "failed", 911, H,
         Reason.UNKNOWN, SUPPRESS)],
    "ses-notification-complaint-with-feedback.json": [
        ("complaint", "Complaint/abuse", "richard@example.com")],
    "ses-notification-delivery.json": [("delivery", "Delivery", "jane@example.com")],
    "ses-event-bounce.json": [
        ("bounce", "Permanent/General", "recipient@example.com", "failed", 511, H,
         Reason.USER_UNKNOWN, SUPPRESS)],
    "ses-event-complaint.json": [("complaint", "Complaint/abuse", "recipient@example.com")],
    "ses-event-delivery.json": [("delivery", "Delivery", "recipient@example.com")],
    "ses-event-deliverydelay.json": [
        ("bounce", "DeliveryDelay/TransientCommunicationFailure", "recipient@example.com",
         "delayed", 421, S, Reason.NETWORK, RETRY)],
    "ses-event-reject.json": [
        ("bounce", "Reject", "sender@example.com", "failed", 911, H, Reason.VIRUS, FIX)],
    "sendgrid-all-events-batch.json": [
        ("other", "processed", "example@test.com"),
        ("bounce", "deferred", "example@test.com", "delayed", None, S, Reason.UNKNOWN, RETRY),
        ("delivery", "delivered", "example@test.com"),
        ("other", "open", "example@test.com"),
        ("other", "click", "example@test.com"),
        ("bounce", "bounce/bounce", "example@test.com", "failed", 500, H,
         Reason.USER_UNKNOWN, SUPPRESS),
        ("bounce", "dropped/Bounced Address", "example@test.com", "failed", 500, H,
         Reason.SUPPRESSED, SUPPRESS),
        ("complaint", "spamreport", "example@test.com"),
        ("other", "unsubscribe", "example@test.com"),
        ("other", "group_unsubscribe", "example@test.com"),
        ("other", "group_resubscribe", "example@test.com")],
    # The docs' blocked sample has the bounce sample's words: "500 unknown recipient".
    "sendgrid-blocked.json": [
        ("bounce", "bounce/blocked", "example@test.com", "failed", 500, H,
         Reason.USER_UNKNOWN, SUPPRESS)],
    "sendgrid-bounce-blocked-spamcop.json": [
        ("bounce", "bounce/blocked", "robinson@REDACTED.com", "failed", 571, H,
         Reason.BLOCKED, FIX)],
    "sendgrid-bounce-blocked-no-status.json": [
        ("bounce", "bounce/blocked", "noemail@this.does.not.exist.tld", "failed", 911, H,
         Reason.BLOCKED, FIX)],
    "sendgrid-dropped.json": [
        ("bounce", "dropped/Bounced Address", "example@test.com", "failed", 500, H,
         Reason.SUPPRESSED, SUPPRESS)],
    "mailgun-failed-permanent.json": [
        ("bounce", "permanent/bounce", "badrecipient@sample.mailgun.com", "failed", 550, H,
         Reason.USER_UNKNOWN, SUPPRESS)],
    "mailgun-failed-temporary.json": [
        ("bounce", "temporary/generic", "tempfailrecipient@sample.mailgun.com", "delayed", 421,
         S, Reason.BLOCKED, RETRY)],
    "mailgun-delivered.json": [("delivery", "delivered", "recipient@sample.mailgun.com")],
    "mailgun-complained.json": [("complaint", "complained", "recipient@sample.mailgun.com")],
    "mailgun-events-api-failed-permanent-legacy.json": [
        ("bounce", "permanent/bounce", "recipient@example.com", "failed", 550, H,
         Reason.RELAY_DENIED, FIX)],
    "postmark-bounce-email-webhooks-page.json": [
        ("bounce", "HardBounce", "john@example.com", "failed", 911, H, Reason.UNKNOWN,
         SUPPRESS)],
    "postmark-bounce-webhook-grav.json": [
        ("bounce", "HardBounce", "margareth@nasa.com", "failed", 911, H, Reason.UNKNOWN,
         SUPPRESS)],
    "postmark-delivery-webhook-grav.json": [("delivery", "Delivery", "margareth@nasa.com")],
    "postmark-spamcomplaint-webhook-grav.json": [
        ("complaint", "SpamComplaint/SpamComplaint", "margareth@nasa.com")],
    "sparkpost-events-sample-bounce.json": [
        ("bounce", "bounce/1", "recipient@example.com", "failed", 911, H, Reason.BLOCKED, FIX)],
    "sparkpost-events-sample-out_of_band.json": [
        ("bounce", "out_of_band/1", "recipient@example.com", "failed", 911, H, Reason.BLOCKED,
         FIX)],
    "sparkpost-events-sample-delay.json": [
        ("bounce", "delay/1", "recipient@example.com", "delayed", 911, S, Reason.BLOCKED,
         RETRY)],
    "sparkpost-events-sample-policy_rejection.json": [
        ("bounce", "policy_rejection/25", "recipient@example.com", "failed", 911, H,
         Reason.BLOCKED, FIX)],
    "sparkpost-events-sample-delivery.json": [
        ("delivery", "delivery", "recipient@example.com")],
    "sparkpost-events-sample-spam_complaint.json": [
        ("complaint", "spam_complaint", "recipient@example.com")],
    "mandrill-hard_bounce-send-test-event.json": [
        ("bounce", "hard_bounce/bad_mailbox", "example.webhook@mandrillapp.com", "failed", 511,
         H, Reason.USER_UNKNOWN, SUPPRESS)],
    "mandrill-soft_bounce-send-test-event.json": [
        ("bounce", "soft_bounce/mailbox_full", "example.webhook@mandrillapp.com", "failed",
         522, S, Reason.MAILBOX_FULL, RETRY)],
    "mandrill-deferral-send-test-event.json": [
        ("bounce", "deferral", "example.webhook@mandrillapp.com", "delayed", 451, S,
         Reason.SYSTEM_ERROR, RETRY)],
    "mandrill-reject-send-test-event.json": [
        ("bounce", "reject", "example.webhook@mandrillapp.com", "failed", 911, H,
         Reason.SUPPRESSED, SUPPRESS)],
    "mandrill-sync-blacklist-add-send-test-event.json": [
        ("other", "blacklist/add", "example.webhook@mandrillapp.com")],
    "brevo-hard_bounce.json": [
        ("bounce", "hard_bounce", "example@domain.com", "failed", 911, H, Reason.UNKNOWN,
         SUPPRESS)],
    "brevo-soft_bounce.json": [
        ("bounce", "soft_bounce", "example@domain.com", "failed", 911, H, Reason.UNKNOWN,
         SUPPRESS)],
    "brevo-blocked.json": [
        ("bounce", "blocked", "example@domain.com", "failed", 911, H, Reason.UNKNOWN,
         SUPPRESS)],
    "brevo-deferred.json": [
        ("bounce", "deferred", "example@domain.com", "delayed", 911, S, Reason.SPAM, RETRY)],
    "brevo-invalid_email.json": [
        ("bounce", "invalid_email", "example@domain.com", "failed", 911, H,
         Reason.USER_UNKNOWN, SUPPRESS)],
    "brevo-complaint.json": [("complaint", "complaint", "example@domain.com")],
    "brevo-delivered.json": [("delivery", "delivered", "example@domain.com")],
}  # fmt: skip


def test_every_sample_is_expected() -> None:
    samples = {path.name for path in WEBHOOKS.glob("*.json")}
    assert samples - set(EXPECTED) == {"sns-envelope-notification.json"}  # its message: text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_sample_reads_as_by_hand(name: str) -> None:
    assert [summary(result) for result in parse_event(payload(name))] == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_service_is_recognised_and_may_be_named(name: str) -> None:
    found = parse_event(payload(name))
    provider = found[0].provider
    assert name.startswith(provider)
    assert parse_event(decoded(name), provider) == found  # decoded, and named


def test_a_bounce_keeps_the_service_s_own_fields() -> None:
    (ses,) = parse_event(payload("ses-notification-bounce-with-dsn.json"))
    assert isinstance(ses, ServiceBounce)
    assert (ses.status, ses.remote_mta, ses.time) == (
        "5.1.1",
        "127.0.2.0",
        "2016-01-27T14:59:38.237Z",
    )
    assert ses.message_id == "00000138111222aa-33322211-cccc-cccc-cccc-ddddaaaa0680-000000"
    assert (ses.reply.basic, ses.reply.enhanced, ses.reply.text) == (
        550,
        "5.1.1",
        "<jane@example.com>... User",
    )
    (mailgun,) = parse_event(payload("mailgun-failed-permanent.json"))
    assert isinstance(mailgun, ServiceBounce)
    assert (mailgun.reply.basic, mailgun.reply.enhanced) == (550, "5.5.0")  # code from its field
    assert mailgun.remote_mta == "802679870.pamx1.hotmail.com"
    assert mailgun.message_id == "20260212174255.58bbb7ce85a423e5@mailgun.com"
    (dropped,) = parse_event(payload("sendgrid-dropped.json"))
    assert isinstance(dropped, ServiceBounce)
    assert dropped.evidence == "sendgrid dropped/Bounced Address"  # the label said why
    (delivered,) = parse_event(payload("ses-notification-delivery.json"))
    assert isinstance(delivered, ServiceNotice)
    assert delivered.text == "250 ok:  Message 64111812 accepted"


def test_results_are_frozen_and_pickle() -> None:
    (bounce,) = parse_event(payload("ses-event-bounce.json"))
    (notice,) = parse_event(payload("ses-event-delivery.json"))
    assert pickle.loads(pickle.dumps(bounce)) == bounce
    assert pickle.loads(pickle.dumps(notice)) == notice
    with pytest.raises(dataclasses.FrozenInstanceError):
        bounce.recipient = "x@example.com"  # type: ignore[misc]


def ses_bounce(bounce_type: str, subtype: str, recipient: dict[str, str]) -> dict[str, object]:
    return {
        "notificationType": "Bounce",
        "bounce": {
            "bounceType": bounce_type,
            "bounceSubType": subtype,
            "bouncedRecipients": [recipient],
        },
        "mail": {"messageId": "m1"},
    }


def test_the_code_decides_the_type_whatever_the_label_says() -> None:
    """SES labels some 5.x.x rejections Transient: the recipient's code decides."""
    hard = ses_bounce("Transient", "General", {
        "emailAddress": "bob@example.com", "status": "5.1.1",
        "diagnosticCode": "smtp; 550 5.1.1 user unknown"})  # fmt: skip
    (found,) = parse_event(hard)
    assert isinstance(found, ServiceBounce)
    assert (found.provider_type, found.type, found.entry and found.entry.code) == (
        "Transient/General",
        H,
        511,
    )
    full = ses_bounce("Permanent", "General", {
        "emailAddress": "bob@example.com", "status": "5.2.2",
        "diagnosticCode": "smtp; 552 5.2.2 mailbox full"})  # fmt: skip
    (found,) = parse_event(full)
    assert isinstance(found, ServiceBounce)
    assert (found.type, found.reason, found.verdict) == (S, Reason.MAILBOX_FULL, RETRY)


def test_the_label_says_why_only_where_words_and_codes_say_nothing() -> None:
    bare = ses_bounce("Permanent", "NoEmail", {"emailAddress": "Bob <bob@example.com>"})
    (found,) = parse_event(bare)
    assert isinstance(found, ServiceBounce)
    assert found.recipient == "bob@example.com"
    assert (found.reason, found.evidence) == (Reason.USER_UNKNOWN, "ses Permanent/NoEmail")
    worded = ses_bounce("Permanent", "NoEmail", {
        "emailAddress": "bob@example.com",
        "diagnosticCode": "smtp; 550 5.7.1 blocked using zen.spamhaus.org"})  # fmt: skip
    (found,) = parse_event(worded)
    assert isinstance(found, ServiceBounce)
    assert (found.reason, found.verdict) == (Reason.BLOCKED, FIX)


def test_an_sns_envelope_is_read_for_its_message() -> None:
    envelope = decoded("sns-envelope-notification.json")
    envelope["Message"] = payload("ses-notification-bounce-with-dsn.json").decode()
    assert parse_event(json.dumps(envelope)) == parse_event(
        payload("ses-notification-bounce-with-dsn.json")
    )
    assert parse_event({**envelope, "Type": "SubscriptionConfirmation"}) == ()
    with pytest.raises(NotAnEventError, match="SNS notification whose message is not JSON"):
        parse_event(payload("sns-envelope-notification.json"))  # "Hello world!"


def test_wrappers_and_batches_are_read_for_their_events() -> None:
    sparkpost = decoded("sparkpost-events-sample-bounce.json")
    assert parse_event([{"msys": {"message_event": sparkpost}}]) == parse_event(sparkpost)
    assert parse_event([{"msys": {}}]) == ()  # the webhook's validation batch
    mailgun = decoded("mailgun-failed-permanent.json")
    signed = {
        "signature": {"token": "t", "timestamp": "1", "signature": "s"},
        "event-data": mailgun,
    }
    assert parse_event(signed) == parse_event(mailgun)
    mandrill = [decoded("mandrill-hard_bounce-send-test-event.json")]
    expected = parse_event(mandrill)
    form = urllib.parse.urlencode({"mandrill_events": json.dumps(mandrill)})
    assert parse_event(form) == expected
    assert parse_event(form.encode()) == expected
    assert parse_event({"mandrill_events": json.dumps(mandrill)}) == expected  # request.POST
    assert len(expected) == 1


def test_complaints_deliveries_and_auto_replies_are_never_bounces() -> None:
    auto = {**decoded("sparkpost-events-sample-out_of_band.json"), "bounce_class": "60"}
    (found,) = parse_event(auto)
    assert isinstance(found, ServiceNotice)
    assert (found.kind, found.provider_type) == ("auto-reply", "out_of_band/60")
    postmark = {**decoded("postmark-bounce-webhook-grav.json"), "Type": "AutoResponder"}
    (found,) = parse_event(postmark)
    assert isinstance(found, ServiceNotice)
    assert found.kind == "auto-reply"
    kinds = {
        result.kind
        for name in EXPECTED
        for result in parse_event(payload(name))
        if isinstance(result, ServiceNotice)
    }
    assert kinds == {"complaint", "delivery", "other"}


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (b"\xff{}", "not UTF-8"),
        ("{not json", "not JSON"),
        ("42", "a JSON int"),
        ("[1]", "a batch holding 1"),
        ('{"hello": "world"}', "no known service's event; its fields: hello"),
        ("[" * 100_000 + "]" * 100_000, "not JSON"),
        (
            {"notificationType": "Bounce", "bounce": {"bouncedRecipients": [{}]}},
            "without its recipient",
        ),
        ({"mandrill_events": "[oops"}, "mandrill_events is not JSON"),
    ],
)
def test_what_is_no_event_raises_a_clear_error(given: object, message: str) -> None:
    with pytest.raises(NotAnEventError, match=message) as raised:
        parse_event(given)  # type: ignore[arg-type]
    assert isinstance(raised.value, ValueError)
    assert "Not a sending service's event: " in str(raised.value)


def test_wrong_types_and_providers() -> None:
    with pytest.raises(TypeError, match="int"):
        parse_event(42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no provider 'nope'"):
        parse_event("{}", "nope")


def test_a_named_service_reads_what_its_shape_alone_would_not_tell() -> None:
    bare = {"event": "bounce", "email": "bob@example.com", "reason": "550 5.1.1 no such user"}
    with pytest.raises(NotAnEventError):
        parse_event(bare)
    (found,) = parse_event(bare, "sendgrid")
    assert isinstance(found, ServiceBounce)
    assert found.reason is Reason.USER_UNKNOWN


def test_fields_of_the_wrong_json_type_are_fields_not_there() -> None:
    odd = {"event": "failed", "recipient": ["x"], "severity": 3, "delivery-status": []}
    with pytest.raises(NotAnEventError, match="without its recipient"):
        parse_event(odd)
    odd["recipient"] = "bob@example.com"
    (found,) = parse_event(odd)
    assert isinstance(found, ServiceBounce)
    assert (found.action, found.reply.basic, found.entry and found.entry.code) == (
        "failed",
        None,
        911,
    )


def test_a_code_in_a_field_of_its_own_fills_in_what_the_text_lacks() -> None:
    def mailgun(code: object, message: str) -> ServiceBounce:
        status = {"code": code, "message": message}
        event = {"event": "failed", "severity": "permanent", "recipient": "bob@example.com",
                 "delivery-status": status}  # fmt: skip
        (found,) = parse_event(event)
        assert isinstance(found, ServiceBounce)
        return found

    assert mailgun("552", "Mailbox full").entry == mailgun(552, "Mailbox full").entry
    whole = mailgun(550, "550 5.1.1 no such user")  # the text opens with the code itself
    assert (whole.reply.basic, whole.reply.enhanced, whole.reply.text) == (
        550,
        "5.1.1",
        "no such user",
    )
    assert mailgun(250, "5.1.1 no such user").reply.basic is None  # no failure code
    assert mailgun("5" * 20, "no such user").reply.basic is None


def test_an_ses_event_of_no_delivery_is_a_notice() -> None:
    event = {"eventType": "Open", "mail": {"destination": ["bob@example.com"], "messageId": "m"}}
    (found,) = parse_event(event)
    assert isinstance(found, ServiceNotice)
    assert (found.kind, found.provider_type, found.recipient) == (
        "other",
        "Open",
        "bob@example.com",
    )


def test_a_batch_costs_linear_time() -> None:
    event = payload("sendgrid-bounce-blocked-spamcop.json").decode().strip()[1:-1]

    def read(count: int) -> object:
        return parse_event("[" + ",".join([event] * count) + "]")

    assert growth(read, 500, 2000) < 10


def test_cli_prints_one_line_per_recipient(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["event", str(WEBHOOKS / "ses-notification-bounce-without-dsn.json")])
    lines = capsys.readouterr().out.splitlines()
    assert status == 0
    assert lines[1].split("\t")[1:] == [
        "ses", "Permanent/General", "bounce", "richard@example.com", "failed", "-", "-", "911",
        "Hard", "unknown", "suppress",
    ]  # fmt: skip


def test_cli_json_carries_the_dsn_fields_and_the_service_s(
    capsys: pytest.CaptureFixture[str],
) -> None:
    names = [
        str(WEBHOOKS / "mailgun-failed-permanent.json"),
        str(WEBHOOKS / "mailgun-delivered.json"),
    ]
    assert main(["event", "--json", *names]) == 0
    bounce, notice = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    keys = "recipient action status basic enhanced row type rule reason party verdict evidence"
    for key in [*keys.split(), "provider", "provider_type", "kind"]:
        assert key in bounce
    assert (bounce["provider"], bounce["provider_type"], bounce["kind"], bounce["row"]) == (
        "mailgun", "permanent/bounce", "bounce", 550,
    )  # fmt: skip
    assert (notice["kind"], notice["recipient"]) == ("delivery", "recipient@sample.mailgun.com")
    assert "type" not in notice


def test_cli_errors_name_the_file_and_the_rest_still_print(
    capsys: pytest.CaptureFixture[str],
) -> None:
    names = [
        "no-such.json",
        str(WEBHOOKS / "sns-envelope-notification.json"),
        str(WEBHOOKS / "brevo-deferred.json"),
    ]
    assert main(["event", *names]) == 1
    captured = capsys.readouterr()
    assert "no-such.json" in captured.err
    assert "sns-envelope-notification.json: Not a sending service's event" in captured.err
    assert captured.out.count("\n") == 1


def test_cli_provider_and_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = b'{"event": "bounce", "email": "bob@example.com", "reason": "550 5.1.1 no such user"}'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["event", "--provider", "sendgrid", "-"]) == 0
    assert (
        "\tsendgrid\tbounce/bounce\tbounce\tbob@example.com\tfailed\t550\t5.1.1\t511\t"
        in capsys.readouterr().out
    )


def test_cli_reads_json_lines_as_they_come(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Exports write one payload a line (SES events through Firehose): each is read, and
    an error names its line."""
    lines = [
        json.dumps(decoded("ses-event-bounce.json")),
        "",
        "{not json",
        json.dumps(decoded("ses-event-delivery.json")),
    ]
    path = tmp_path / "events.jsonl"
    path.write_text("\n".join(lines) + "\n")
    assert main(["event", str(path)]) == 1
    captured = capsys.readouterr()
    assert [line.split("\t")[:4] for line in captured.out.splitlines()] == [
        [f"{path}:1", "ses", "Permanent/General", "bounce"],
        [f"{path}:4", "ses", "Delivery", "delivery"],
    ]
    assert f"{path}:3: Not a sending service's event" in captured.err


def test_cli_reads_a_document_over_many_lines_whole(capsys: pytest.CaptureFixture[str]) -> None:
    name = str(WEBHOOKS / "ses-notification-bounce-without-dsn.json")  # pretty-printed
    assert main(["event", name]) == 0
    assert [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()] == [name, name]


def test_cli_an_empty_file_is_no_event(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["event", "/dev/null"]) == 1
    assert "/dev/null: Not a sending service's event: '' (not JSON" in capsys.readouterr().err


def test_cli_stops_quietly_when_its_reader_goes_away() -> None:
    batch = str(WEBHOOKS / "sendgrid-all-events-batch.json")
    assert with_reader_gone("event", batch) == (1, b"")


def test_a_decoded_payload_nested_deep_is_no_event_and_no_crash() -> None:
    mandrill: dict[str, Any] = {"mandrill_events": []}
    inner = mandrill
    for _ in range(1_100):
        inner["mandrill_events"].append({"mandrill_events": []})
        inner = inner["mandrill_events"][0]
    with pytest.raises(NotAnEventError, match="wrapped more than 8 deep"):
        parse_event(mandrill)
    batch: list[Any] = []
    for _ in range(100_000):
        batch = [batch]
    with pytest.raises(NotAnEventError, match="a batch holding"):
        parse_event(batch)


def test_a_number_that_is_no_ascii_number_or_too_long_to_write_is_none() -> None:
    """Mailgun's code "²" (a digit to str.isdigit(), none to int()); a timestamp of 5,000
    digits (more than str() writes out)."""
    event = {"event": "failed", "recipient": "bob@example.com", "severity": "permanent"}
    (bounce,) = parse_event({**event, "delivery-status": {"code": "\u00b2"}})
    assert isinstance(bounce, ServiceBounce)
    assert bounce.reply.basic is None
    (bounce,) = parse_event({**event, "timestamp": 10**5000})
    assert (bounce.recipient, bounce.time) == ("bob@example.com", None)


def test_cli_reads_a_first_line_nested_too_deep_as_no_event(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000)
    assert main(["event", str(path)]) == 1
    assert "Traceback" not in capsys.readouterr().err
