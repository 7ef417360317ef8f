"""The package's face: what it exports, and what importing it costs."""

from __future__ import annotations

import subprocess
import sys

import pytest

import bouncecodes


def test_all_names_resolve() -> None:
    for name in bouncecodes.__all__:
        assert getattr(bouncecodes, name) is not None
    assert set(bouncecodes.__all__) <= set(dir(bouncecodes))


def test_lazy_names_are_the_modules_own() -> None:
    from bouncecodes._reply import Reply, parse_reply
    from bouncecodes._smtplib import parse_refused, parse_smtp_error

    assert bouncecodes.parse_reply is parse_reply
    assert bouncecodes.Reply is Reply
    assert bouncecodes.parse_smtp_error is parse_smtp_error
    assert bouncecodes.parse_refused is parse_refused


def test_unknown_attribute() -> None:
    with pytest.raises(AttributeError, match="module 'bouncecodes' has no attribute 'nope'"):
        _ = bouncecodes.nope


def test_import_stays_light() -> None:
    """Importing bouncecodes loads neither typing nor email nor smtplib, nor the reply reader,
    and compiles no pattern: what a lookup does not need waits for first use."""
    code = (
        "import sys, re\n"
        "before = set(sys.modules)\n"
        "import bouncecodes\n"
        "bouncecodes.lookup(550); bouncecodes.classify('5.1.1')\n"
        "print(' '.join(sorted(set(sys.modules) - before)))\n"
        "bouncecodes.classify('5.7.26')\n"
        "print(' '.join(sorted(set(sys.modules) - before)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-c", code], capture_output=True, text=True, check=True
    )
    fast, slow = (set(line.split()) for line in done.stdout.splitlines())
    assert {"typing", "email", "smtplib", "bouncecodes._reply"}.isdisjoint(slow), slow
    assert "bouncecodes._classify" in fast
    # The grammar waits for the first code that is not one of the table's exact keys.
    assert slow - fast == {"bouncecodes._grammar"}
