"""The command line, run in process for every path and as a real process for the entry points."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from bouncecodes import CODES, __version__
from bouncecodes._cli import main


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
    process = subprocess.Popen(
        [sys.executable, "-m", "bouncecodes", "list"] + ["550"] * 0,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()  # before it writes: every write meets a broken pipe
    status = process.wait()
    assert process.stderr.read() == b""
    process.stderr.close()
    assert status == 1
