"""MTA logs: the records of Postfix, Exim, Sendmail, qmail and PowerMTA lines copied from their
documentation and from public threads (tests/data/logs/, each group under its source)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator

import pytest

import bouncecodes
from bouncecodes import BounceType, Reason, Verdict, parse_reply, read_log
from bouncecodes._cli import main
from tests.conftest import DATA, ROOT, growth, with_reader_gone

LOGS = DATA / "logs"


def records(name: str) -> list[bouncecodes.LogRecord]:
    with (LOGS / name).open("rb") as file:
        return list(read_log(file))


# Per record: recipient, action, status, basic, enhanced, row, type, reason, verdict. Read
# from each line by hand: the code and words the line gives, the row and type the
# resolution rule gives them, the reason their words name.
H, S = BounceType.HARD, BounceType.SOFT
SUPPRESS, RETRY, FIX = Verdict.SUPPRESS, Verdict.RETRY, Verdict.FIX_SENDER
EXPECTED: dict[str, list[tuple[object, ...]]] = {
    "postfix.log": [
        ("wietse@test.example.com", "delivered", "2.0.0", None, None, None, None, None, None),
        ("doesnotexist@example.com", "failed", "5.1.1", 550, "5.1.1", 511, H,
         Reason.USER_UNKNOWN, SUPPRESS),
        ("REDACTED@gmail.com", "failed", "5.7.26", 550, "5.7.26", 570, H,
         Reason.AUTHENTICATION, FIX),
        ("wwwwwww@an34er.com", "failed", "5.4.4", None, "5.4.4", 544, H,
         Reason.DOMAIN_UNKNOWN, SUPPRESS),
        ("root@mail.mydomain.com", "delayed", "4.4.1", None, "4.4.1", None, S,
         Reason.NETWORK, RETRY),
        ("root@mail.mydomain.com", "delayed", "4.4.1", None, "4.4.1", None, S,
         Reason.NETWORK, RETRY),
        ("ehs@pobox.com", "delayed", "4.4.1", None, "4.4.1", None, S, Reason.NETWORK, RETRY),
        ("guillensix@yahoo.com.mx", "delayed", "4.7.0", 421, "4.7.0", 421, S,
         Reason.RATE_LIMITED, RETRY),
        *[(address, "delayed", "4.4.3", None, "4.4.3", None, S, Reason.NETWORK, RETRY)
          for address in ("jose.rocha.gonzalez@correo.cjf.gob.mx",
                          "guillermina.alcibar.sanchez@correo.cjf.gob.mx",
                          "jguerrero@correo.cjf.gob.mx")],
    ],
    "exim.log": [
        ("marv@hitch.fict.example", "delivered", None, None, None, None, None, None, None),
        ("monk@holistic.fict.example", "delivered", None, None, None, None, None, None, None),
        ("low.club@bridge.example", "delivered", None, None, None, None, None, None, None),
        ("hole@nowhere.example", "delivered", None, None, None, None, None, None, None),
        ("marvin@endrest.example", "delayed", None, None, None, 911, S, Reason.NETWORK, RETRY),
        ("jim@trek99.example", "failed", None, None, None, 911, H, Reason.DOMAIN_UNKNOWN,
         SUPPRESS),
        ("ace400@pb.example", "failed", None, 553, "5.3.0", 530, H, Reason.USER_UNKNOWN,
         SUPPRESS),
        ("zeus@zeusteam.dev", "delayed", None, None, None, 911, S, Reason.NETWORK, RETRY),
        ("www-data@108", "delayed", None, None, None, 911, S, Reason.UNKNOWN, RETRY),
        # "lowest numbered MX record points to local host": a routing failure (Exim wiki Q0301)
        ("me@dengpeng.de", "delayed", None, None, None, 911, S, Reason.NETWORK, RETRY),
        ("postmaster@108", "failed", None, None, None, 911, H, Reason.USER_UNKNOWN, SUPPRESS),
        ("xxx@yahoo.com", "delayed", None, None, None, 911, S, Reason.UNKNOWN, RETRY),
    ],
    "sendmail.log": [
        ("crafter2345@eclipso.de", "delivered", "2.0.0", None, None, None, None, None, None),
        ("crafter2345@eclipso.de", "failed", "5.0.0", None, "5.0.0", 500, H, Reason.UNKNOWN,
         SUPPRESS),
        ("carol@example.net", "delayed", "4.0.0", None, "4.0.0", None, S, Reason.NETWORK,
         RETRY),
        ("bob@example.com", "failed", "5.1.1", None, "5.1.1", 511, H, Reason.USER_UNKNOWN,
         SUPPRESS),
        ("dave@example.com", "failed", "5.1.1", None, "5.1.1", 511, H, Reason.USER_UNKNOWN,
         SUPPRESS),
    ],
    "qmail.log": [
        ("turbo@tripnet.se", "delivered", None, None, None, None, None, None, None),
        ("turbo@bayour.com", "delivered", None, None, None, None, None, None, None),
        ("fjkdasljf@nocrew.org", "failed", None, 550, None, 550, H, Reason.USER_UNKNOWN,
         SUPPRESS),
        ("87smtjy4le.fsf@papadoc.bayour.com", "failed", None, None, "5.1.1", 511, H,
         Reason.USER_UNKNOWN, SUPPRESS),
        ("turbo@bayour.com", "delivered", None, None, None, None, None, None, None),
        ("paulsingh@jadoo.com.au", "delivered", None, None, None, None, None, None, None),
    ],
    "powermta.csv": [
        ("D@1181.com", "delivered", "2.0.0", None, None, None, None, None, None),
        ("A@yahoo.com", "failed", "5.7.1", 554, "5.7.1", 571, H, Reason.SPAM, FIX),
        ("DA@yahoo.fr", "delayed", "4.7.0", 421, "4.7.0", 421, S, Reason.PROTOCOL, RETRY),
        ("user1@domain.com", "delivered", None, None, None, None, None, None, None),
        ("user2@domain.com", "delivered", None, None, None, None, None, None, None),
        ("user3@domain.com", "failed", None, None, None, 911, H, Reason.UNKNOWN, SUPPRESS),
        ("user4@domain.com", "failed", None, None, None, 911, H, Reason.UNKNOWN, SUPPRESS),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_delivery_line_of_the_samples_reads_as_by_hand(name: str) -> None:
    got = [
        (
            record.recipient,
            record.action,
            record.status,
            record.reply and record.reply.basic,
            record.reply and record.reply.enhanced,
            record.entry and record.entry.code,
            record.type,
            record.reason,
            record.verdict,
        )
        for record in records(name)
    ]
    assert got == EXPECTED[name]


def test_a_record_holds_the_line_s_own_fields() -> None:
    first, bounced = records("postfix.log")[:2]
    assert (first.source, first.time, first.queue_id) == (
        "postfix",
        "Nov  3 16:04:31",
        "19B6B2900FE",
    )
    assert first.original_recipient == "wietse@test"
    assert first.relay == "mail.example.com[1.2.3.4]"
    assert first.line == 3  # two comment lines come first
    assert bounced.relay == "172.19.0.7[172.19.0.7]:2525"
    assert bounced.reply is not None
    assert bounced.reply.text.startswith("<doesnotexist@")
    assert bounced.evidence is not None
    exim = records("exim.log")
    assert exim[0].original_recipient == "marv@hitch.fict.example"  # "=> marv <marv@...>"
    assert exim[1].relay == "holistic.fict.example [192.168.234.234]"
    assert exim[7].relay == "mail.zeusteam.dev [50.20.205.93]"  # H= after the error text
    assert exim[6].time == "2002-07-11 07:14:17"
    assert exim[6].queue_id == "17SXDU-000189-00"
    powermta = records("powermta.csv")
    assert powermta[0].queue_id == "JoBID29546016861868"  # the job id
    assert powermta[1].relay == "foo.int.bar.com (10.1.2.3)"
    assert powermta[3].time == "1178807903"


def test_a_line_gives_the_answers_its_reply_gives() -> None:
    """The reply a Postfix line quotes reads as that reply does on its own."""
    lines = (LOGS / "postfix.log").read_text(encoding="utf-8").splitlines()
    for record in records("postfix.log"):
        said = lines[record.line - 1].partition(" said: ")[2].rpartition(" (in reply to ")[0]
        if not said:
            continue
        alone = parse_reply(said)
        assert (record.entry, record.reason) == (alone.entry, alone.reason)
        assert record.type == alone.type or record.action == "delayed"


def test_lines_that_are_no_delivery_lines_are_passed_over() -> None:
    lines = [
        "Sep 07 13:35:40 mail postfix/qmgr[119]: 81EE0980F16: from=<u@example.com>, size=615,"
        " nrcpt=1 (queue active)",
        "Sep 06 15:51:08 smtp postfix/smtp[8260]: 2755E408D6: host mx03.example.de[192.0.2.7]"
        " refused to talk to me: 554 IP=192.0.2.1 - A problem occurred.",
        "482E4404AC8: postmaster non-delivery notification: 47335405A44",
        "2002-10-31 09:00:11 16ZCW1-0005MB-00 Completed",
        "2002-10-31 08:57:53 16ZCW1-0005MB-00 <= kryten@dwarf.fict.example H=mailer.fict.example",
        "Oct  3 15:40:44 2862 sm-mta[9471]: 093DecOR009469: 093DeiOR009471: DSN: Service"
        " unavailable",
        "tq,2019-02-08 21:53:39+0000,4.4.1 (no answer from host),,mx.example.de",
        "Dec  1 10:00:00 mx myapp/smtp[12]: QID: to=<a@example.com>, status=bounced (postfix)",
        "Dec  1 10:00:00 mx postfix/qmgr[12]: QID: from=<a@example.com>, to=<b@example.com>",
        "2002-10-31 08:59:13 16ZCW1-0005MB-00 => |/usr/bin/procmail R=userforward T=pipe",
        "",
    ]
    reader = read_log(lines)
    assert list(reader) == []
    assert reader.unreadable == []


def test_a_delivery_line_that_cannot_be_read_is_counted_never_a_crash() -> None:
    lines = [
        "Dec  1 10:00:00 mx postfix/smtp[1]: ABC: to=<a@example.com>, relay=none, delay=1",
        "Dec  1 10:00:00 mx postfix/smtp[1]: ABC: to=<a@example.com>, status=lost (x)",
        "Dec  1 10:00:00 mx postfix/smtp[1]: ABC: to=<>, status=bounced (550 no)",
        "Dec  1 10:00:00 mx sm-mta[1]: ABC: to=<a@example.com> stat=User unknown",
        "Dec  1 10:00:00 mx sm-mta[1]: ABC: to=<>, mailer=esmtp, stat=User unknown",
        "b,2026-12-01 10:00:00+0000,news@example.org,bob@example.com,failed",
        "type,timeLogged,orig,rcpt,dsnAction",
        "b,2026-12-01 10:00:00+0000,news@example.org,,failed",
        "b,2026-12-01 10:00:00+0000,news@example.org,bob@example.com,failed",
        "2026-12-01 10:00:00 1pfdJV-004eVE-9X ** ",
    ]
    reader = read_log(lines)
    found = list(reader)
    assert [record.recipient for record in found] == ["bob@example.com"]
    assert [line.line for line in reader.unreadable] == [1, 2, 3, 4, 5, 6, 8, 10]
    assert reader.unreadable[1].text == lines[1]
    assert "lost" in reader.unreadable[1].why
    assert "header row" in reader.unreadable[5].why


def test_lines_as_bytes_and_line_ends_are_read_too() -> None:
    line = (
        "Dec  1 10:00:00 mx postfix/smtp[1]: ABC: to=<b\xf6b@example.com>, relay=none,"
        " dsn=5.1.1, status=bounced (host mx said: 550 5.1.1 no such user)"
    )
    as_bytes = [line.encode("latin-1") + b"\r\n"]
    (record,) = read_log(as_bytes)
    assert record.recipient == "b\N{REPLACEMENT CHARACTER}b@example.com"
    (record,) = read_log([line + "\n"])
    assert record.recipient == "b\xf6b@example.com"
    assert record.reply is not None
    assert record.reply.text == "no such user"


def test_an_original_recipient_is_an_address_without_its_type() -> None:
    lines = [
        "type,timeLogged,rcpt,orcpt,dsnAction,dsnStatus,dsnDiag",
        "b,1178807915,bob@example.com,rfc822;Bob@Example.com,failed,5.1.1 (bad destination"
        " mailbox address),smtp;550 5.1.1 no such user",
    ]
    (record,) = read_log(lines)
    assert record.original_recipient == "Bob@Example.com"
    assert record.reply is not None
    assert (record.reply.basic, record.reason) == (550, Reason.USER_UNKNOWN)


def test_postfix_takes_its_fields_before_status_only() -> None:
    line = (
        "Dec  1 10:00:00 mx postfix-out/smtp[1]: ABC: to=<a@example.com>, relay=none, dsn=4.4.1,"
        " status=deferred (host mx said: 450 try later, to=<b@example.com>, dsn=5.1.1, status=x)"
    )
    (record,) = read_log([line])
    assert (record.recipient, record.status, record.action) == ("a@example.com", "4.4.1", "delayed")


def test_a_file_streams_through_and_records_come_as_their_lines_do() -> None:
    pulled = []

    def lines() -> Iterator[str]:
        for number in range(1_000_000):
            pulled.append(number)
            yield (
                f"Dec  1 10:00:00 mx postfix/smtp[1]: Q{number}: to=<a{number}@example.com>,"
                " relay=none, dsn=5.1.1, status=bounced (550 5.1.1 no such user)"
            )

    reader = iter(read_log(lines()))
    assert next(reader).recipient == "a0@example.com"
    assert next(reader).recipient == "a1@example.com"
    assert len(pulled) == 2


def test_wrong_types_raise_type_error_naming_them() -> None:
    with pytest.raises(TypeError, match="str"):
        read_log("Dec  1 10:00:00 mx postfix/smtp[1]: ...")
    with pytest.raises(TypeError, match="int"):
        list(read_log([42]))  # type: ignore[list-item]


# Per shape: what comes before, the piece repeated, and what comes after.
HOSTILE = {
    "postfix statuses": ("Dec  1 10:00:00 mx postfix/smtp[1]: A: to=<a@b>", ", status=x (", ""),
    "postfix programs": ("", "postfix/", "smtp[1]: A: to=<a@b>, status=sent"),
    "postfix open brackets": ("Dec  1 mx postfix/smtp[1]: A: to=<a@b>", ", to=<x", ""),
    "syslog times": ("", "2026-12-01T10:00:00", " mx postfix/smtp[1]: A: to=<a@b>, status=sent"),
    "exim hosts": ("2026-12-01 10:00:00 1pfdJV-004eVE-9X ** a@b R=x", " H=h [h", ""),
    "exim error hosts": ("2026-12-01 10:00:00 1pfdJV-004eVE-9X ** a@b T=t: ", ": host h [h", ""),
    "exim fields": ("2026-12-01 10:00:00 1pfdJV-004eVE-9X ** a@b", " R=a:a", ""),
    "sendmail stats": ("Dec  1 mx sm-mta[1]: A: to=<a@b>, x=y", ", stat=", ""),
    "powermta quotes": ("b,1", ',"', ""),
    "qmail starts": ("", "starting delivery 1: msg 2 to remote ", "a@b"),
    "qmail reports": ("", "delivery 1: failure: ", "a_b/"),
    "qmail stamps": ("", "1.1 ", "delivery 1: failure: a_b/"),
}


@pytest.mark.parametrize("shape", sorted(HOSTILE))
def test_hostile_lines_cost_linear_time(shape: str) -> None:
    before, piece, after = HOSTILE[shape]

    def read(count: int) -> object:
        return list(read_log(["type,rcpt", before + piece * count + after]))

    ratio = growth(read, 5_000, 20_000)
    assert ratio < 10, f"{shape}: 4x the line took {ratio:.1f}x the time"


def run(*argv: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bouncecodes", *argv], input=stdin, capture_output=True,
        cwd=ROOT, check=False,
    )  # fmt: skip


def test_cli_prints_one_line_per_record(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["log", str(LOGS / "postfix.log")])
    out = capsys.readouterr().out.splitlines()
    assert status == 0
    assert len(out) == len(EXPECTED["postfix.log"])
    assert out[1] == (
        "Sep 07 13:35:41\t81EE0980F16\tdoesnotexist@example.com\tfailed\t550\t5.1.1\t511\tHard"
        "\tuser-unknown\tsuppress"
    )
    assert out[0].endswith("\tdelivered\t-\t-\t-\t-\t-\t-")


def test_cli_json_and_only(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["log", "--json", "--only", "failed", str(LOGS / "exim.log")])
    found = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 0
    assert [record["recipient"] for record in found] == [
        "jim@trek99.example", "ace400@pb.example", "postmaster@108",
    ]  # fmt: skip
    ace = found[1]
    for key in ("recipient", "action", "status", "basic", "enhanced", "row", "type", "reason",
                "verdict", "queue_id", "relay", "time"):  # fmt: skip
        assert key in ace
    assert (ace["basic"], ace["enhanced"], ace["row"], ace["type"], ace["verdict"]) == (
        553, "5.3.0", 530, "Hard", "suppress",
    )  # fmt: skip
    assert (ace["queue_id"], ace["time"], ace["relay"]) == (
        "17SXDU-000189-00", "2002-07-11 07:14:17", "pbmail3.py.example [192.168.63.111]",
    )  # fmt: skip


def test_cli_reads_stdin_and_reports_unreadable_lines_with_exit_1() -> None:
    log = (LOGS / "powermta.csv").read_bytes()
    done = run("log", "--only", "delayed,failed", "-", stdin=log)
    assert done.returncode == 1
    assert done.stdout.decode().count("\n") == 4
    assert b"-: 1 delivery line(s) could not be read; the first, line 11" in done.stderr


def test_cli_stops_quietly_when_its_reader_goes_away() -> None:
    assert with_reader_gone("log", str(LOGS / "postfix.log")) == (1, b"")


def test_cli_names_a_missing_file_and_goes_on(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["log", "no-such.log", str(LOGS / "sendmail.log")])
    captured = capsys.readouterr()
    assert status == 1
    assert "no-such.log" in captured.err
    assert len(captured.out.splitlines()) == len(EXPECTED["sendmail.log"])


@pytest.mark.parametrize("only", ["bounced", "", "failed,sent"])
def test_cli_only_takes_actions(capsys: pytest.CaptureFixture[str], only: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["log", "--only", only, "-"])
    assert stopped.value.code == 2
    assert "--only" in capsys.readouterr().err


def test_reader_s_text_is_a_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    """``-`` reads stdin's bytes as they come."""
    stdin = io.TextIOWrapper(io.BytesIO((LOGS / "sendmail.log").read_bytes()))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["log", "--only", "failed", "-"]) == 0


def test_records_are_frozen_and_pickle() -> None:
    import dataclasses
    import pickle

    (record,) = records("postfix.log")[1:2]
    assert pickle.loads(pickle.dumps(record)) == record
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.recipient = "x@example.com"  # type: ignore[misc]


def test_cli_explains_each_record(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", "--explain", "--only", "failed", str(LOGS / "sendmail.log")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Oct  3 15:40:44\t093DecOR009469\tcrafter2345@eclipso.de\tfailed")
    assert out[1].startswith("    Row 500 (Hard): the enhanced code 5.0.0 has a row of its own.")


def test_a_powermta_line_that_is_no_csv_is_unreadable_not_a_crash() -> None:
    """A carriage return outside quotes, or a field longer than the csv module takes."""
    header = "type,timeLogged,rcpt,dsnAction,dsnDiag"
    record = "b,2026-12-01 10:00:00+0000,bob@example.com,failed,"
    lines = [header, record + "x\ry", "type,rcpt\r,x", record + "x" * 200_000]
    reader = read_log(lines)
    assert list(reader) == []
    assert [line.line for line in reader.unreadable] == [2, 3, 4]
    assert "no CSV" in reader.unreadable[0].why


def test_a_line_of_another_type_is_named_short_in_its_type_error() -> None:
    deep: list[object] = []
    for _ in range(5_000):
        deep = [deep]
    with pytest.raises(TypeError, match="a log line is a str or bytes, not list"):
        list(read_log([deep]))  # type: ignore[list-item]


def test_a_qmail_report_is_the_recipient_s_its_delivery_started_for() -> None:
    qmail = records("qmail.log")
    assert (qmail[2].source, qmail[2].time, qmail[2].queue_id) == (
        "qmail", "1054194596.057500", "161214",
    )  # fmt: skip
    assert qmail[2].reply is not None
    assert qmail[2].reply.text == (
        "Unknown local part fjkdasljf in <fjkdasljf@nocrew.org> Giving up on 213.242.147.30."
    )
    assert qmail[4].time == "2002-09-17 06:35:23.327073"  # tai64nlocal's
    assert qmail[5].time == "1591785816.273118"  # splogger's, after the syslog prefix
    reader = read_log((LOGS / "qmail.log").read_text(encoding="utf-8").splitlines())
    list(reader)
    # Reports whose start was not posted name no recipient: counted, never guessed.
    assert [line.line for line in reader.unreadable] == [18, 21]
    assert "start" in reader.unreadable[0].why


def test_a_qmail_delivery_number_names_the_latest_start() -> None:
    """qmail-send numbers deliveries from 1 again when it restarts (qmail-log(5))."""
    lines = [
        "@4000 starting delivery 1: msg 10 to remote old@example.com",
        "starting delivery 1: msg 20 to remote new@example.com",
        "delivery 1: deferral: Sorry,_I_wasn't_able_to_establish_an_SMTP_connection._(#4.4.1)/",
        "delivery 1: failure: Sorry,_no_mailbox_here_by_that_name._(#5.1.1)/",
    ]
    reader = read_log(lines)
    (record,) = reader
    assert (record.recipient, record.queue_id, record.action, record.type) == (
        "new@example.com", "20", "delayed", BounceType.SOFT,
    )  # fmt: skip
    assert record.time is None
    assert [line.line for line in reader.unreadable] == [4]  # delivery 1 has ended


def test_a_qmail_delivery_never_reported_is_forgotten_in_time() -> None:
    from bouncecodes._logs import qmail

    starts = [
        f"starting delivery {number}: msg 1 to remote a{number}@example.com"
        for number in range(qmail._OPEN_AT_MOST + 1)
    ]
    reports = ["delivery 0: failure: No_such_user./", "delivery 1: failure: No_such_user./"]
    reader = read_log(starts + reports)
    assert [record.recipient for record in reader] == ["a1@example.com"]
    assert [line.line for line in reader.unreadable] == [len(starts) + 1]
