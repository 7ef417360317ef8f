"""Mailboxes: every message of an mbox, a Maildir, a folder tree, a file, or stdin; and the
``dsn`` command over them, in one process or several."""

from __future__ import annotations

import io
import json
import mailbox
import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bouncecodes import _batch, _cli, _mailbox, parse_dsn
from tests.conftest import DATA

EMAILS = [
    DATA / "dsn" / name
    for name in (
        "rfc3464-basic.eml",
        "postfix-plain.eml",
        "rfc3464-multi-recipient-mixed-actions.eml",
        "exim-plain.eml",
        "qmail-plain.eml",
    )
]


def mbox_of(path: Path, emails: list[Path]) -> Path:
    box = mailbox.mbox(str(path))
    for email in emails:
        box.add(email.read_bytes())
    box.close()
    return path


def maildir_of(path: Path, emails: list[Path]) -> Path:
    box = mailbox.Maildir(str(path))
    for email in emails:
        box.add(email.read_bytes())
    return path


def recipients_of(messages: list[_mailbox.Message]) -> list[str]:
    return [b.recipient for m in messages if m.data for b in parse_dsn(m.data)]


def expected_recipients() -> list[str]:
    return [bounce.recipient for email in EMAILS for bounce in parse_dsn(email.read_bytes())]


def test_an_mbox_gives_every_message_in_order(tmp_path: Path) -> None:
    found = list(_mailbox.messages(str(mbox_of(tmp_path / "bounces.mbox", EMAILS))))
    assert [(message.index, message.single) for message in found] == [
        (index, False) for index in range(len(EMAILS))
    ]
    assert recipients_of(found) == expected_recipients()


def test_a_maildir_gives_every_message(tmp_path: Path) -> None:
    found = list(_mailbox.messages(str(maildir_of(tmp_path / "Maildir", EMAILS))))
    assert sorted(recipients_of(found)) == sorted(expected_recipients())
    assert [message.index for message in found] == list(range(len(EMAILS)))


def test_a_folder_tree_gives_its_files_by_name_and_its_mboxes_whole(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.eml").write_bytes(EMAILS[0].read_bytes())
    (tmp_path / "b" / "c.eml").write_bytes(EMAILS[1].read_bytes())
    mbox_of(tmp_path / "b" / "d.mbox", EMAILS[2:])
    found = list(_mailbox.messages(str(tmp_path)))
    assert [(Path(m.path).name, m.index) for m in found] == [
        ("a.eml", 0),
        ("c.eml", 0),
        ("d.mbox", 0),
        ("d.mbox", 1),
        ("d.mbox", 2),
    ]
    assert recipients_of(found) == expected_recipients()


def test_stdin_as_an_mbox_or_one_email(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = mbox_of(tmp_path / "x.mbox", EMAILS).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    found = list(_mailbox.messages("-"))
    assert len(found) == len(EMAILS)
    assert recipients_of(found) == expected_recipients()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(EMAILS[0].read_bytes())))
    (single,) = _mailbox.messages("-")
    assert (single.single, single.data) == (True, EMAILS[0].read_bytes())


def test_what_cannot_be_read_says_why(tmp_path: Path) -> None:
    (missing,) = _mailbox.messages(str(tmp_path / "missing.eml"))
    assert (missing.data, missing.error) == (None, "No such file or directory")
    box = maildir_of(tmp_path / "Maildir", EMAILS[:1])
    (key,) = mailbox.Maildir(str(box)).keys()
    message = _mailbox._from_maildir(mailbox.Maildir(str(box)), str(box), 0, key + "x")
    assert message.data is None
    assert message.error


def test_ordered_map_keeps_the_order_in_worker_processes() -> None:
    items = list(range(2_000))
    assert list(_batch.ordered_map(abs, (-item for item in items), 2)) == items
    assert list(_batch.ordered_map(abs, (-item for item in items), 1)) == items


def bouncecodes(*args: str, **options: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bouncecodes", *args],
        capture_output=True,
        text=True,
        check=False,
        **options,
    )


def test_dsn_reads_a_whole_mbox_with_jobs_in_order(tmp_path: Path) -> None:
    box = str(mbox_of(tmp_path / "bounces.mbox", EMAILS * 40))
    one = bouncecodes("dsn", "--json", "--jobs", "1", box)
    two = bouncecodes("dsn", "--json", "--jobs", "2", box)
    assert (one.returncode, one.stderr) == (0, "")
    assert one.stdout == two.stdout
    records = [json.loads(line) for line in one.stdout.splitlines()]
    assert [record["recipient"] for record in records] == expected_recipients() * 40
    assert {record["file"] for record in records} == {box}
    assert [record["index"] for record in records[:3]] == [0, 1, 2]


def test_dsn_text_lines_name_a_message_of_a_mailbox_by_its_index(tmp_path: Path) -> None:
    box = str(mbox_of(tmp_path / "bounces.mbox", EMAILS[:2]))
    done = bouncecodes("dsn", "--jobs", "1", box, str(EMAILS[0]))
    assert [line.split("\t")[0] for line in done.stdout.splitlines()] == [
        f"{box}[0]",
        f"{box}[1]",
        str(EMAILS[0]),
    ]


def test_dsn_names_what_it_cannot_read_exits_1_and_reads_the_rest(tmp_path: Path) -> None:
    box = mbox_of(tmp_path / "bounces.mbox", [EMAILS[0]])
    with box.open("ab") as file:
        file.write(b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n\n\n")  # no header field
    done = bouncecodes("dsn", "--jobs", "1", str(box), str(tmp_path / "none.eml"))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"bouncecodes: {box}[1]: Not an email message: b'\\n' (it is empty)",
        f"bouncecodes: {tmp_path / 'none.eml'}: No such file or directory",
    ]
    assert len(done.stdout.splitlines()) == len(parse_dsn(EMAILS[0].read_bytes()))


def test_dsn_summary_counts_by_type_reason_verdict_and_domain(tmp_path: Path) -> None:
    box = str(mbox_of(tmp_path / "bounces.mbox", EMAILS))
    done = bouncecodes("dsn", "--summary", "--jobs", "1", box)
    bounces = [b for email in EMAILS for b in parse_dsn(email.read_bytes())]
    summary = done.stdout.splitlines()[len(bounces) :]
    assert summary[0] == f"summary: {len(EMAILS)} messages, {len(bounces)} recipients, 0 unreadable"
    hard = sum(bounce.type.value == "Hard" for bounce in bounces)
    assert f"Hard {hard}" in summary[1]
    assert summary[4].startswith("  top domains: example.net ")
    as_json = bouncecodes("dsn", "--summary", "--json", "--jobs", "1", box)
    counted = json.loads(as_json.stdout.splitlines()[-1])["summary"]
    assert (counted["messages"], counted["recipients"], counted["type"]["Hard"]) == (
        len(EMAILS),
        len(bounces),
        hard,
    )


def test_dsn_header_adds_a_column_of_the_original(tmp_path: Path) -> None:
    email = DATA / "dsn" / "rfc3464-basic.eml"
    done = bouncecodes("dsn", "--header", "Subject", "--header", "X-None", str(email))
    (bounce,) = parse_dsn(email.read_bytes())
    assert done.stdout.split("\n")[0].split("\t")[-2:] == [bounce.context.subject or "-", "-"]
    as_json = json.loads(bouncecodes("dsn", "--json", "--header", "subject", str(email)).stdout)
    assert as_json["headers"] == {"subject": bounce.context.subject}
    assert as_json["message_id"] == bounce.context.message_id


def test_the_progress_line() -> None:
    stream = io.StringIO()
    summary = _cli._Summary()
    summary.messages = 3
    progress = _cli._Progress(stream)
    progress.show(summary)
    progress.show(summary)  # too soon: not written again
    progress.done(summary)
    lines = stream.getvalue().split("\r")
    assert lines[1].startswith("3 messages, 0 recipients, ")
    assert stream.getvalue().endswith(" s\n")
    assert len(lines) == 3


def test_jobs_must_be_positive() -> None:
    done = bouncecodes("dsn", "--jobs", "0", os.devnull)
    assert done.returncode == 2


def test_results_pickle_compactly() -> None:
    """One email's results share one context, and pickle to about their text's size."""
    email = DATA / "dsn" / "rfc3464-multi-recipient-mixed-actions.eml"
    bounces = parse_dsn(email.read_bytes())
    assert len({id(bounce.context) for bounce in bounces}) == 1
    data = pickle.dumps(bounces)
    copied = pickle.loads(data)
    assert copied == bounces
    assert copied[0].context is copied[1].context  # still one object
    assert len(data) < 2 * len(email.read_bytes())
