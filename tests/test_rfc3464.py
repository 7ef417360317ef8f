"""RFC 3464 delivery-status fields read into RecipientFields, once."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from bouncecodes._rfc3464 import RecipientFields, Report, read_report, status_code, typed

REPORT = (
    "Reporting-MTA: dns; mx.example.org\n"
    "Arrival-Date: Tue, 4 Mar 2025 09:14:02 +0100\n"
    "\n"
    "Original-Recipient: rfc822;Bob@Example.NET\n"
    "Final-Recipient: rfc822; bob@example.net\n"
    "Action: failed\n"
    "Status: 5.1.1 (bad destination mailbox address)\n"
    "Remote-MTA: dns; mx.example.net\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: Recipient address\n"
    "    rejected: User unknown\n"
    "X-Extension: kept\n"
    "Final-Recipient: rfc822; carol@example.net\n"  # a block run into the one before
    "Action: delayed\n"
)


def test_a_report_read_into_types() -> None:
    report = read_report(REPORT)
    assert report.message_fields["reporting-mta"] == "dns; mx.example.org"
    bob, carol = report.recipients
    assert bob == RecipientFields(
        final_recipient="rfc822; bob@example.net",
        original_recipient="rfc822;Bob@Example.NET",
        action="failed",
        status="5.1.1 (bad destination mailbox address)",
        remote_mta="dns; mx.example.net",
        diagnostic_code=(
            "smtp; 550 5.1.1 <bob@example.net>: Recipient address\n    rejected: User unknown"
        ),
        fields=bob.fields,
    )
    assert bob.fields["x-extension"] == "kept"
    assert (carol.final_recipient, carol.action, carol.status) == (
        "rfc822; carol@example.net",
        "delayed",
        None,
    )


def test_a_report_in_iso_2022_jp_is_read_as_it() -> None:
    """Japanese mail systems write the fields in ISO-2022-JP (RFC 1468), 7-bit escapes and
    all, where RFC 3464 has US-ASCII; the Japanese reads as written."""
    diagnostic = "X-Notes; アカウントが存在しません (bob@example.jp)"
    text = f"Final-Recipient: rfc822; bob@example.jp\nDiagnostic-Code: {diagnostic}\n"
    encoded = text.encode("iso-2022-jp").decode("ascii")
    assert "\x1b$B" in encoded
    (bob,) = read_report(encoded).recipients
    assert bob.diagnostic_code == diagnostic
    # An escape that is no ISO-2022-JP leaves the text as it is.
    (broken,) = read_report(
        "Final-Recipient: rfc822; bob@example.jp\nX-Note: \x1b$B\x80\n"
    ).recipients
    assert broken.fields["x-note"] == "\x1b$B\x80"


def test_the_types_are_frozen_and_pickle() -> None:
    report = read_report(REPORT)
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.recipients[0].action = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        report.message_fields["x"] = "y"  # type: ignore[index]
    assert pickle.loads(pickle.dumps(report)) == report


def test_blocks_without_a_recipient_and_lines_without_a_field() -> None:
    text = "  folded before any field\n\nAction: failed\nStatus: 5.0.0\n\nno field here\n\n"
    assert read_report(text) == Report(
        read_report("Action: failed\nStatus: 5.0.0").message_fields, ()
    )
    assert read_report("").recipients == ()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, (None, None)),
        ("rfc822; bob@example.net", ("rfc822", "bob@example.net")),
        ("bob@example.net", (None, "bob@example.net")),
    ],
)
def test_typed(value: str | None, expected: tuple[str | None, str | None]) -> None:
    assert typed(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"), [("5.1.1 (x)", "5.1.1"), ("", None), ("  ", None), (None, None)]
)
def test_status_code(value: str | None, expected: str | None) -> None:
    assert status_code(value) == expected
