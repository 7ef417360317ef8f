"""The command line, run in process for every path and as a real process for the entry points."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest

from bouncecodes import CODES, __version__
from bouncecodes._cli import main, markdown_table
from tests.conftest import ROOT, with_reader_gone


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_codes_print_their_rows(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "550", "5.1.1", " 522 ")
    assert status == 0
    assert out.splitlines() == [
        "550 Hard Other or Mailbox unavailable or unverifiable or undefined protocol status",
        "511 Hard Bad destination mailbox address",
        "522 Soft Mailbox full",
    ]
    assert err == ""


def test_code_command_can_be_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "code", "522") == (0, "522 Soft Mailbox full\n", "")


def test_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--json", "5.4.14", "517")
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert records == [
        {
            "input": "5.4.14",
            "code": 541,
            "type": "Hard",
            "description": CODES[541].description,
        },
        {"input": "517", "code": 517, "type": "Hard", "description": CODES[517].description},
    ]
    assert "\u2019" in out  # printed as itself, not as \u2019


def test_unknown_and_invalid_codes_exit_1_and_the_rest_still_print(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(capsys, "999", "522", "5.1", "5.7.26")
    assert status == 1
    assert out == "522 Soft Mailbox full\n"
    assert err.splitlines() == [
        "bouncecodes: Unknown bounce code: '999' (no row in the table)",
        "bouncecodes: Invalid bounce code: '5.1' (expected a reply code such as 550 or an"
        " enhanced code such as 5.1.1)",
        "bouncecodes: Unknown bounce code: '5.7.26' (no row in the table)",
    ]


def test_list_prints_the_whole_table(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "list")
    assert status == 0
    assert out.splitlines() == [str(row) for row in CODES.values()]


def test_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "list", "--json")
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["code"], r["type"], r["description"]) for r in records] == [
        (row.code, row.type, row.description) for row in CODES.values()
    ]


def test_list_markdown_is_the_generated_docs_table(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "list", "--markdown")
    assert status == 0
    assert out == markdown_table()
    assert out.splitlines()[2] == "| 421 | Soft | Service not available |"


@pytest.mark.parametrize("argv", [[], ["list", "550"], ["--bogus"], ["code"], ["list", "--x"]])
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    assert "usage: bouncecodes" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out == f"bouncecodes {__version__}\n"


def test_main_reads_sys_argv(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["bouncecodes", "421"])
    assert main() == 0
    assert capsys.readouterr().out == "421 Soft Service not available\n"


def test_python_dash_m_runs_as_a_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bouncecodes", "550", "9.9.9"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout == f"{CODES[550]}\n"
    assert done.stderr.startswith("bouncecodes: Invalid bounce code: '9.9.9'")


def test_console_script_is_installed() -> None:
    script = Path(sysconfig.get_path("scripts")) / "bouncecodes"
    done = subprocess.run([str(script), "5.2.2"], capture_output=True, text=True, check=True)
    assert done.stdout == "522 Soft Mailbox full\n"


def test_a_reader_that_goes_away_is_no_error() -> None:
    assert with_reader_gone("list") == (1, b"")


def test_reply_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(
        capsys, "reply", "552 5.2.2 <bob@example.com>: mailbox full", "no code here"
    )
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "552\t5.2.2\t522\tSoft\tenhanced\tmailbox-full\tretry\t<bob@example.com>: mailbox full",
        "-\t-\t911\tHard\tno-code\tunknown\tsuppress\tno code here",
    ]


def test_reply_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "reply", "--json", "554 5.7.26 unauthenticated", "503 bad")
    assert status == 0
    assert [json.loads(line) for line in out.splitlines()] == [
        {
            "basic": 554,
            "enhanced": "5.7.26",
            "row": 570,
            "type": "Hard",
            "rule": "subject",
            "description": "Other or undefined security status",
            "text": "unauthenticated",
            "reason": "authentication",
            "party": "sender",
            "verdict": "fix-sender",
            "evidence": "5.7.26",
        },
        {
            "basic": 503,
            "enhanced": None,
            "row": None,
            "type": "Hard",
            "rule": "class",
            "description": None,
            "text": "bad",
            "reason": "protocol",
            "party": "sender",
            "verdict": "fix-sender",
            "evidence": "503",
        },
    ]


def test_reply_reads_stdin_one_reply_a_line() -> None:
    lines = b"550 5.1.1 no such user\r\n\n   \nhost x said: 421 4.7.0 later\n\xff 451 oops\n"
    done = subprocess.run(
        [sys.executable, "-m", "bouncecodes", "reply"],
        input=lines,
        capture_output=True,
        check=True,
    )
    assert done.stdout.decode().splitlines() == [
        "550\t5.1.1\t511\tHard\tenhanced\tuser-unknown\tsuppress\tno such user",
        "421\t4.7.0\t421\tSoft\tbasic\tsecurity\tfix-sender\tlater",
        "451\t-\t451\tSoft\tbasic\tsystem-error\tretry\t\ufffd oops",
    ]


def peak_memory_reading(lines: bytes) -> tuple[int, int]:
    """Run ``bouncecodes reply`` on *lines*; return the lines it printed and its peak memory."""
    # VmHWM, the process's own peak (ru_maxrss would count the parent's, kept across exec).
    code = (
        "import sys\n"
        "from bouncecodes._cli import main, markdown_table\n"
        "status = main(['reply'])\n"
        "peak = open('/proc/self/status').read().split('VmHWM:')[1].split()[0]\n"
        "print(peak, file=sys.stderr)\n"
        "sys.exit(status)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], input=lines, capture_output=True, check=True
    )
    return done.stdout.count(b"\n"), int(done.stderr.split()[-1]) * 1024


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
def test_reply_streams_large_input_in_constant_memory() -> None:
    """Four times the replies need no more memory: they stream through, nothing is kept
    (peak memory is compared between two sizes of input, not with a fixed bound)."""
    line = b"550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown\n"
    small_count, small_peak = peak_memory_reading(line * 50_000)
    large_count, large_peak = peak_memory_reading(line * 200_000)
    assert (small_count, large_count) == (50_000, 200_000)
    # The extra 150,000 lines are 10 MB; keeping even a tenth of them would show.
    assert large_peak - small_peak < len(line) * 150_000 // 10


DSN = ROOT / "tests" / "data" / "dsn"


def test_dsn_files(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(DSN / "rfc3464-multi-recipient-mixed-actions.eml")
    status, out, err = run(capsys, "dsn", path)
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        f"{path}\tbob@example.net\tfailed\t550\t5.1.1\t511\tHard\tenhanced\tuser-unknown\tsuppress",
        f"{path}\tcarol@example.net\tdelayed\t451\t4.7.650\t451\tSoft\tdelayed\trate-limited\tretry",
        f"{path}\tfrank@example.net\tfailed\t550\t5.7.26\t570\tHard\tsubject\tauthentication\tfix-sender",
    ]


def test_dsn_json_from_stdin() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bouncecodes", "dsn", "--json", "-"],
        input=(DSN / "qmail-plain.eml").read_bytes(),
        capture_output=True,
        check=True,
    )
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["file"], r["recipient"], r["action"], r["row"], r["type"]) for r in records] == [
        ("-", "xavier@example.org", "failed", 511, "Hard"),
        ("-", "yvonne@example.net", "failed", 522, "Soft"),
    ]
    assert records[1]["text"] == "<yvonne@example.net>... Mailbox full Giving up on 198.51.100.20."


def test_dsn_errors_exit_1_and_the_rest_still_print(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.eml"
    good = str(DSN / "rfc3464-basic.eml")
    status, out, err = run(capsys, "dsn", str(empty), str(missing), good)
    assert status == 1
    assert out == (
        f"{good}\tbob@example.net\tfailed\t550\t5.1.1\t511\tHard\tenhanced\tuser-unknown\tsuppress\n"
    )
    assert err.splitlines() == [
        f"bouncecodes: {empty}: Not an email message: b'' (it is empty)",
        f"bouncecodes: {missing}: No such file or directory",
    ]


def bouncecodes(*args: str | bytes, **options: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bouncecodes", *args], capture_output=True, check=False, **options
    )


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8:strict", "ascii", "latin-1"])
def test_json_lines_are_utf8_whatever_the_input_bytes(encoding: str, tmp_path: Path) -> None:
    name = tmp_path / os.fsdecode(b"bounce-\xff.eml")
    name.write_bytes((DSN / "rfc3464-basic.eml").read_bytes())
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    done = bouncecodes("reply", "--json", b"550 5.1.1 caf\xc3\xa9 \xff", env=env)
    assert (done.returncode, done.stderr) == (0, b"")
    (record,) = [json.loads(line.decode("utf-8")) for line in done.stdout.splitlines()]
    assert record["text"] == "caf\u00e9 \ufffd"
    done = bouncecodes("dsn", "--json", os.fsencode(name), env=env)
    assert (done.returncode, done.stderr) == (0, b"")
    (record,) = [json.loads(line.decode("utf-8")) for line in done.stdout.splitlines()]
    assert record["file"].endswith("bounce-\ufffd.eml")


def test_text_lines_that_stdout_cannot_show_are_a_clear_error() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = bouncecodes("reply", "550 5.1.1 caf\u00e9", env=env)
    assert done.returncode == 1
    assert done.stdout == b""
    assert done.stderr == (
        b"bouncecodes: cannot write '\\xe9' in stdout's encoding, ascii: "
        b"set PYTHONIOENCODING=utf-8, or use --json\n"
    )


def test_text_lines_show_undecodable_input_as_replacement_characters() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}
    done = bouncecodes("reply", b"550 5.1.1 \xff", env=env)
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout.decode("utf-8").endswith("\ufffd\n")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_a_full_disk_is_a_clear_error(json_flag: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "bouncecodes", "list", *json_flag],
            stdout=full,
            stderr=subprocess.PIPE,
            check=False,
        )
    assert done.returncode == 1
    assert done.stderr == b"bouncecodes: cannot write the output: No space left on device\n"


def test_a_closed_stdout_is_a_clear_error() -> None:
    done = subprocess.run(
        f"{shlex.quote(sys.executable)} -m bouncecodes 550 >&-",
        shell=True,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr == b"bouncecodes: cannot write the output: stdout is closed\n"


def test_the_commands_are_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    from bouncecodes._cli import COMMANDS, DEFAULT_COMMAND

    assert DEFAULT_COMMAND in COMMANDS
    with pytest.raises(SystemExit):
        main(["--help"])
    listed = capsys.readouterr().out
    assert all(name in listed for name in COMMANDS)


def test_clean_replaces_what_is_no_valid_unicode() -> None:
    from bouncecodes._cli import clean

    assert clean("caf\u00e9") == "caf\u00e9"
    assert clean(os.fsdecode(b"\xff")) == "\ufffd"
    assert clean("a\ud800b") == "a\ufffd\ufffd\ufffdb"  # its three bytes, each replaced


def test_json_lines_to_a_stream_without_bytes() -> None:
    import io

    from bouncecodes._cli import Output

    stream = io.StringIO()
    Output(stream, as_json=True).record({"text": "caf\u00e9"}, "ignored")
    assert stream.getvalue() == '{"text": "caf\u00e9"}\n'  # written as text, UTF-8 or not


def test_a_failed_write_to_a_stream_without_a_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    class Full(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(sys, "stdout", Full())
    assert main(["550"]) == 1
    assert (
        capsys.readouterr().err == "bouncecodes: cannot write the output: No space left on device\n"
    )


def test_reply_explain_prints_a_paragraph_under_each_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(
        capsys, "reply", "--explain", "554 5.7.1 Client host blocked using zen.spamhaus.org"
    )
    assert (status, err) == (0, "")
    line, *paragraph = out.splitlines()
    assert line.split("\t")[:7] == [
        "554",
        "5.7.1",
        "571",
        "Hard",
        "enhanced",
        "blocked",
        "fix-sender",
    ]
    assert all(text.startswith("    ") for text in paragraph)
    assert " ".join(text.strip() for text in paragraph) == (
        "Row 571 (Hard): the enhanced code 5.7.1 has a row of its own. Reason blocked (party "
        'sender): the words "spamhaus.org". Verdict fix-sender: the refusal is of the sender, '
        "not the address: do not count it against the address."
    )


def test_dsn_explain_in_json_is_one_more_field(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(DSN / "rfc3464-basic.eml")
    status, out, _ = run(capsys, "dsn", "--json", "--explain", path)
    assert status == 0
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert (record["reason"], record["party"], record["verdict"]) == (
        "user-unknown",
        "address",
        "suppress",
    )
    assert record["explanation"].startswith("Row 511 (Hard): the enhanced code 5.1.1")
    assert "\n" not in record["explanation"]


def test_reply_explain_in_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "reply", "--json", "--explain", "550 5.1.1 user unknown")
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert record["explanation"].startswith("Row 511 (Hard)")


def test_dsn_shows_progress_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    status, _, err = run(capsys, "dsn", "--jobs", "1", str(DSN / "rfc3464-basic.eml"))
    assert status == 0
    assert err.startswith("\r1 messages, 1 recipients, ")
    assert err.endswith(" s\n")
