"""The command line: ``bouncecodes CODE...``, ``list``, ``reply`` and ``dsn``.

Exit status: 0 when every input was found, 1 when any was unknown or invalid (each error on
stderr, the rest still printed), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import TextIO

from bouncecodes import __version__
from bouncecodes._classify import CODES, lookup
from bouncecodes._errors import BounceCodeError
from bouncecodes._model import BounceCode

TYPE_CHECKING = False
if TYPE_CHECKING:
    from bouncecodes._dsn import BouncedRecipient
    from bouncecodes._reply import Reply

__all__ = ["main", "markdown_table"]

EXIT_OK = 0
EXIT_NOT_FOUND = 1


def _row_json(row: BounceCode) -> dict[str, object]:
    return {"code": row.code, "type": row.type.value, "description": row.description}


def _emit(out: TextIO, as_json: bool, record: dict[str, object], line: str) -> None:
    out.write(json.dumps(record, ensure_ascii=False) if as_json else line)
    out.write("\n")


def _run_codes(args: argparse.Namespace) -> int:
    status = EXIT_OK
    for code in args.codes:
        try:
            row = lookup(code)
        except BounceCodeError as error:
            print(f"bouncecodes: {error}", file=sys.stderr)
            status = EXIT_NOT_FOUND
            continue
        _emit(sys.stdout, args.json, {"input": code, **_row_json(row)}, str(row))
    return status


def _reply_json(reply: Reply) -> dict[str, object]:
    entry = reply.entry
    return {
        "basic": reply.basic,
        "enhanced": reply.enhanced,
        "row": None if entry is None else entry.code,
        "type": reply.type.value,
        "rule": reply.rule.value,
        "description": None if entry is None else entry.description,
        "text": reply.text,
    }


def _code_columns(reply: Reply, entry: BounceCode | None) -> list[str]:
    """A reply's codes and row as columns: basic, enhanced, row ("-" where there is none)."""
    fields = (reply.basic, reply.enhanced, entry and entry.code)
    return ["-" if field is None else str(field) for field in fields]


def _reply_line(reply: Reply) -> str:
    """A reply as one tab-separated line: basic, enhanced, row, type, rule, text."""
    columns = _code_columns(reply, reply.entry)
    return "\t".join([*columns, reply.type.value, reply.rule.value, reply.text])


def _replies(args: argparse.Namespace) -> Iterator[str | bytes]:
    if args.replies:
        yield from args.replies
        return
    # One reply a line, read as it comes (constant memory), as bytes: parse_reply() decodes
    # them as UTF-8 and replaces what is not.
    for line in sys.stdin.buffer:
        if line.strip():
            yield line.rstrip(b"\r\n")


def _run_reply(args: argparse.Namespace) -> int:
    from bouncecodes._reply import parse_reply  # noqa: PLC0415 (on first use)

    for text in _replies(args):
        reply = parse_reply(text)
        _emit(sys.stdout, args.json, _reply_json(reply), _reply_line(reply))
    return EXIT_OK


def _bounce_json(source: str, bounce: BouncedRecipient) -> dict[str, object]:
    return {
        "file": source,
        "recipient": bounce.recipient,
        "original_recipient": bounce.original_recipient,
        "action": bounce.action,
        "status": bounce.status,
        "remote_mta": bounce.remote_mta,
        "diagnostic_type": bounce.diagnostic_type,
        **_reply_json(bounce.reply),
        "type": bounce.type.value,
        "rule": bounce.rule.value,
    }


def _bounce_line(source: str, bounce: BouncedRecipient) -> str:
    """A bounced recipient as one tab-separated line: file, recipient, action, then as a reply."""
    columns = _code_columns(bounce.reply, bounce.entry)
    return "\t".join(
        [source, bounce.recipient, bounce.action, *columns, bounce.type.value, bounce.rule.value]
    )


def _run_dsn(args: argparse.Namespace) -> int:
    from bouncecodes._dsn import parse_dsn  # noqa: PLC0415 (on first use)

    status = EXIT_OK
    for name in args.files:
        try:
            if name == "-":
                data = sys.stdin.buffer.read()
            else:
                with open(name, "rb") as file:
                    data = file.read()
            bounces = parse_dsn(data)
        except (OSError, BounceCodeError) as error:
            print(f"bouncecodes: {name}: {error}", file=sys.stderr)
            status = EXIT_NOT_FOUND
            continue
        for bounce in bounces:
            _emit(sys.stdout, args.json, _bounce_json(name, bounce), _bounce_line(name, bounce))
    return status


def markdown_table() -> str:
    """The table as Markdown: what docs/codes.md holds, generated from CODES."""
    lines = [
        "# The code table",
        "",
        "Generated from `bouncecodes.CODES` by `bouncecodes list --markdown`; do not edit.",
        "",
        "| Code | Type | Description |",
        "|---:|---|---|",
    ]
    for row in CODES.values():
        description = row.description.replace("|", r"\|")
        lines.append(f"| {row.code} | {row.type} | {description} |")
    return "\n".join(lines) + "\n"


def _run_list(args: argparse.Namespace) -> int:
    if args.markdown:
        sys.stdout.write(markdown_table())
        return EXIT_OK
    for row in CODES.values():
        _emit(sys.stdout, args.json, _row_json(row), str(row))
    return EXIT_OK


def _parser() -> tuple[argparse.ArgumentParser, Collection[str]]:
    """The argument parser, and the names of its commands."""
    parser = argparse.ArgumentParser(
        prog="bouncecodes",
        description="Is this email bounce hard or soft, and why?",
        epilog="With no command, the arguments are codes: 'bouncecodes 550 5.1.1'.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", dest="command", required=True)
    json_flag = argparse.ArgumentParser(add_help=False)
    json_flag.add_argument("--json", action="store_true", help="print one JSON object a line")

    codes = commands.add_parser(
        "code", parents=[json_flag], help="print the table row of each code (the default)"
    )
    codes.add_argument("codes", nargs="+", metavar="CODE", help="550, or 5.1.1")
    codes.set_defaults(run=_run_codes)

    table = commands.add_parser("list", parents=[json_flag], help="print the whole table")
    table.add_argument("--markdown", action="store_true", help="print it as a Markdown table")
    table.set_defaults(run=_run_list)

    replies = commands.add_parser(
        "reply",
        parents=[json_flag],
        help="read the codes of server replies: basic, enhanced, row, type, rule, text",
    )
    replies.add_argument(
        "replies", nargs="*", metavar="TEXT", help="a reply; with none, one reply a line on stdin"
    )
    replies.set_defaults(run=_run_reply)

    dsn = commands.add_parser(
        "dsn",
        parents=[json_flag],
        help="read bounce emails: one line per failed or delayed recipient",
    )
    dsn.add_argument("files", nargs="+", metavar="FILE", help="a bounce email; - reads stdin")
    dsn.set_defaults(run=_run_dsn)
    return parser, commands.choices.keys()


_TOP_LEVEL = frozenset({"-h", "--help", "--version"})


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: sys.argv[1:]) and return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    parser, commands = _parser()
    if args and args[0] not in commands and args[0] not in _TOP_LEVEL:
        args.insert(0, "code")
    namespace = parser.parse_args(args)
    run: Callable[[argparse.Namespace], int] = namespace.run
    try:
        status = run(namespace)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away, as in `bouncecodes list | head -1`: stop quietly, and keep
        # Python from complaining when it flushes stdout on the way out.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_NOT_FOUND
    return status
