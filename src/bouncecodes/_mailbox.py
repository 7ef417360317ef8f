"""Where bounce emails are kept: every message of an mbox, a Maildir, a folder tree of
emails, a single email, or stdin, one at a time.

Operators point the command line at what their MTA or mail client keeps. Each message comes
with where it came from (the path, and its index within its mailbox), so that a result, or
a message that cannot be read, can be found again. Messages are read one at a time: a
mailbox of any size takes the memory of its largest message, and of the stdlib ``mailbox``
module's table of where each message of an mbox starts.
"""

from __future__ import annotations

import mailbox
import os
import sys
from dataclasses import dataclass

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import BinaryIO

__all__ = ["Message", "messages"]


@dataclass(frozen=True, slots=True)
class Message:
    """One message and where it came from."""

    path: str
    """The file or folder given (``-`` for stdin), or the file of a folder tree."""
    index: int
    """Its place in its mailbox, from 0 (0 for a single email)."""
    data: bytes | None
    """Its bytes; None when they could not be read (``error`` says why)."""
    error: str | None = None
    single: bool = False
    """Whether the path held this message alone (a file of one email), not a mailbox."""


def messages(path: str) -> Iterator[Message]:
    """Every message at *path*: stdin (``-``), a Maildir (a folder with ``cur`` and ``new``),
    a folder tree of files, an mbox (a file that opens with a ``From `` line), or a single
    email, in order (a Maildir's by name, which its messages are delivered in; a tree's files
    by name)."""
    if path == "-":
        yield from _stream(path, sys.stdin.buffer)
    elif os.path.isdir(path):
        if os.path.isdir(os.path.join(path, "cur")) and os.path.isdir(os.path.join(path, "new")):
            yield from _maildir(path)
        else:
            yield from _tree(path)
    else:
        yield from _file(path)


def _file(path: str) -> Iterator[Message]:
    try:
        with open(path, "rb") as file:
            opening = file.read(5)
    except OSError as error:
        yield Message(path, 0, None, _said(error), single=True)
        return
    if opening == b"From ":
        yield from _mbox(path)
        return
    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError as error:  # pragma: no cover (it was readable a moment ago)
        yield Message(path, 0, None, _said(error), single=True)
        return
    yield Message(path, 0, data, single=True)


def _mbox(path: str) -> Iterator[Message]:
    box = mailbox.mbox(path, create=False)
    try:
        for index, key in enumerate(box.iterkeys()):
            yield Message(path, index, box.get_bytes(key))
    finally:
        box.close()


def _maildir(path: str) -> Iterator[Message]:
    box = mailbox.Maildir(path, factory=None, create=False)
    for index, key in enumerate(sorted(box.iterkeys())):
        yield _from_maildir(box, path, index, key)


def _from_maildir(box: mailbox.Maildir, path: str, index: int, key: str) -> Message:
    try:
        return Message(path, index, box.get_bytes(key))
    except (OSError, KeyError) as error:  # gone since it was listed
        return Message(path, index, None, _said(error))


def _tree(path: str) -> Iterator[Message]:
    for folder, folders, files in os.walk(path):
        folders.sort()
        for name in sorted(files):
            yield from _file(os.path.join(folder, name))


def _stream(path: str, stream: BinaryIO) -> Iterator[Message]:
    """The messages of a stream read as it comes: an mbox when it opens with a ``From ``
    line (each such line opens a message, RFC 4155), else one email."""
    first = stream.readline()
    if not first.startswith(b"From "):
        yield Message(path, 0, first + stream.read(), single=True)
        return
    index = 0
    lines: list[bytes] = []
    for line in stream:
        if line.startswith(b"From ") and (not lines or lines[-1] in (b"\n", b"\r\n")):
            yield Message(path, index, b"".join(lines))
            index += 1
            lines = []
        else:
            lines.append(line)
    yield Message(path, index, b"".join(lines))


def _said(error: BaseException) -> str:
    return getattr(error, "strerror", None) or str(error) or type(error).__name__
