"""The command line: ``bouncecodes [code] CODE...``, ``list``, ``reply`` and ``dsn``.

This module holds the arguments and the rendering only: every answer comes from the
library's own verbs. Output goes through one writer, which keeps each line valid (JSON lines
are UTF-8 whatever the input's bytes) and turns a failed write into a clear error.

Exit status: 0 when every input was read; 1 when any could not be (each error on stderr, the
rest still printed), or when the output could not be written; 2 on a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO, TextIO

from bouncecodes import __version__
from bouncecodes._classify import CODES, lookup
from bouncecodes._errors import BounceCodeError
from bouncecodes._model import BounceCode

TYPE_CHECKING = False
if TYPE_CHECKING:
    from bouncecodes._dsn import BouncedRecipient
    from bouncecodes._logs import LogRecord
    from bouncecodes._mailbox import Message
    from bouncecodes._reply import Reply
    from bouncecodes._webhooks import ServiceBounce, ServiceNotice

__all__ = ["EXIT_FAILURE", "EXIT_OK", "EXIT_USAGE", "main", "markdown_table"]

EXIT_OK = 0
"""Every input was read and every line written."""
EXIT_FAILURE = 1
"""An input could not be read (each named on stderr), or the output could not be written."""
EXIT_USAGE = 2
"""A usage error (argparse's own status)."""


# --- Writing ----------------------------------------------------------------------------------


def clean(text: str) -> str:
    """*text* made valid Unicode: what came in as undecodable bytes (surrogate escapes from a
    file name or an argument, a lone surrogate) is replaced with U+FFFD."""
    try:
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        data = text.encode("utf-8", "surrogatepass")
    return data.decode("utf-8", "replace")


class OutputError(Exception):
    """The output could not be written: the message says why."""


class Output:
    """Where the lines go: text lines in stdout's own encoding, JSON lines as UTF-8 bytes."""

    def __init__(self, text: TextIO, as_json: bool) -> None:
        self._text = text
        self._bytes: BinaryIO | None = getattr(text, "buffer", None) if as_json else None
        self.as_json = as_json

    def line(self, line: str) -> None:
        try:
            self._text.write(clean(line) + "\n")
        except UnicodeEncodeError as error:
            raise OutputError(
                f"cannot write {error.object[error.start : error.end]!r} in stdout's encoding, "
                f"{error.encoding}: set PYTHONIOENCODING=utf-8, or use --json"
            ) from None

    def record(self, record: dict[str, object], line: str) -> None:
        """One result: *record* as a JSON line with --json, else the text *line*."""
        if not self.as_json:
            self.line(line)
            return
        text = json.dumps(_cleaned(record), ensure_ascii=False) + "\n"
        if self._bytes is None:
            self._text.write(text)
        else:
            self._text.flush()
            self._bytes.write(text.encode("utf-8"))

    def flush(self) -> None:
        self._text.flush()


def _cleaned(value: object) -> object:
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {clean(str(key)): _cleaned(item) for key, item in value.items()}
    return value


def _error(message: str) -> None:
    print(f"bouncecodes: {clean(message)}", file=sys.stderr)


# --- Rendering --------------------------------------------------------------------------------


def _row_json(row: BounceCode) -> dict[str, object]:
    return {"code": row.code, "type": row.type.value, "description": row.description}


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
        **_reason_json(reply),
    }


def _reason_json(result: Reply | BouncedRecipient | ServiceBounce) -> dict[str, object]:
    reason = result.reason
    return {
        "reason": reason.value,
        "party": reason.party.value,
        "verdict": result.verdict.value,
        "evidence": result.evidence,
    }


def _code_columns(reply: Reply, entry: BounceCode | None) -> list[str]:
    """A reply's codes and row as columns: basic, enhanced, row ("-" where there is none)."""
    fields = (reply.basic, reply.enhanced, entry and entry.code)
    return ["-" if field is None else str(field) for field in fields]


def _reply_line(reply: Reply) -> str:
    """A reply as one tab-separated line: basic, enhanced, row, type, rule, reason, verdict,
    text."""
    columns = _code_columns(reply, reply.entry)
    return "\t".join(
        [
            *columns,
            reply.type.value,
            reply.rule.value,
            reply.reason.value,
            reply.verdict.value,
            reply.text,
        ]
    )


def _bounce_json(
    source: str, bounce: BouncedRecipient, index: int = 0, headers: Sequence[str] = ()
) -> dict[str, object]:
    context = bounce.context
    return {
        "file": source,
        "index": index,
        "recipient": bounce.recipient,
        "original_recipient": bounce.original_recipient,
        "action": bounce.action,
        "status": bounce.status,
        "remote_mta": bounce.remote_mta,
        "diagnostic_type": bounce.diagnostic_type,
        **_reply_json(bounce.reply),
        "type": bounce.type.value,
        "rule": bounce.rule.value,
        **_reason_json(bounce),
        "bounce_to": context.bounce_to,
        "reporting_mta": context.reporting_mta,
        "arrival_date": context.arrival_date,
        "message_id": context.message_id,
        "subject": context.subject,
        "from": context.from_,
        "to": context.to,
        "date": context.date,
        "returned": context.returned,
        **({"headers": {name: context.header(name) for name in headers}} if headers else {}),
    }


def _bounce_line(source: str, bounce: BouncedRecipient, headers: Sequence[str] = ()) -> str:
    """A bounced recipient as one tab-separated line: file, recipient, action, basic, enhanced,
    row, type, rule, reason, verdict, and each header of the original asked for ("-" where
    it has none)."""
    columns = _code_columns(bounce.reply, bounce.entry)
    return "\t".join(
        [
            source,
            bounce.recipient,
            bounce.action,
            *columns,
            bounce.type.value,
            bounce.rule.value,
            bounce.reason.value,
            bounce.verdict.value,
            *(bounce.context.header(name) or "-" for name in headers),
        ]
    )


def _emit(
    out: Output,
    explain: bool,
    result: Reply | BouncedRecipient | LogRecord | ServiceBounce,
    record: dict[str, object],
    line: str,
) -> None:
    """One result; with --explain, followed by how it was decided (in JSON, as "explanation")."""
    if not explain:
        out.record(record, line)
        return
    from bouncecodes._explain import explain as explained  # noqa: PLC0415 (on first use)

    paragraph = explained(result)
    if out.as_json:
        out.record({**record, "explanation": paragraph.replace("\n", " ")}, line)
        return
    out.line(line)
    for text in paragraph.splitlines():
        out.line(f"    {text}")


def markdown_table() -> str:
    """The table as Markdown, one row per line, from CODES: what docs/codes.md shows."""
    lines = ["| Code | Type | Description |", "|---:|---|---|"]
    for row in CODES.values():
        description = row.description.replace("|", r"\|")
        lines.append(f"| {row.code} | {row.type} | {description} |")
    return "\n".join(lines) + "\n"


# --- The commands -----------------------------------------------------------------------------


def _run_codes(args: argparse.Namespace, out: Output) -> int:
    status = EXIT_OK
    for code in args.codes:
        try:
            row = lookup(code)
        except BounceCodeError as error:
            _error(str(error))
            status = EXIT_FAILURE
            continue
        out.record({"input": code, **_row_json(row)}, str(row))
    return status


def _run_list(args: argparse.Namespace, out: Output) -> int:
    if args.markdown:
        for line in markdown_table().splitlines():
            out.line(line)
        return EXIT_OK
    for row in CODES.values():
        out.record(_row_json(row), str(row))
    return EXIT_OK


def _replies(args: argparse.Namespace) -> Iterator[str | bytes]:
    if args.replies:
        yield from args.replies
        return
    # One reply a line, read as it comes (constant memory), as bytes: parse_reply() decodes
    # them as UTF-8 and replaces what is not.
    for line in sys.stdin.buffer:
        if line.strip():
            yield line.rstrip(b"\r\n")


def _run_reply(args: argparse.Namespace, out: Output) -> int:
    from bouncecodes._reply import parse_reply  # noqa: PLC0415 (on first use)

    for text in _replies(args):
        reply = parse_reply(text)
        _emit(out, args.explain, reply, _reply_json(reply), _reply_line(reply))
    return EXIT_OK


def _run_dsn(args: argparse.Namespace, out: Output) -> int:
    from bouncecodes._batch import ordered_map  # noqa: PLC0415 (on first use)
    from bouncecodes._mailbox import messages  # noqa: PLC0415

    jobs = args.jobs or os.cpu_count() or 1
    read = functools.partial(_read_message, (args.explain, tuple(args.header)))
    summary = _Summary()
    progress = _Progress(sys.stderr) if sys.stderr.isatty() else None
    status = EXIT_OK
    found = (message for path in args.files for message in messages(path))
    for where, error, results in ordered_map(read, found, jobs):
        summary.messages += 1
        if error is not None:
            _error(f"{where}: {error}")
            summary.unreadable += 1
            status = EXIT_FAILURE
        for record, lines, counted in results:
            if out.as_json:
                out.record(record, "")
            else:
                for line in lines:
                    out.line(line)
            summary.add(*counted)
        if progress is not None:
            progress.show(summary)
    if progress is not None:
        progress.done(summary)
    if args.summary:
        summary.write(out)
    return status


def _read_message(
    options: tuple[bool, tuple[str, ...]], message: Message
) -> tuple[str, str | None, list[tuple[dict[str, object], list[str], tuple[str, ...]]]]:
    """One message's results, rendered (in a worker process, with --jobs): where it came
    from, why it could not be read (or None), and per bounced recipient its JSON record,
    its text lines and what the summary counts of it."""
    from bouncecodes._dsn import parse_dsn  # noqa: PLC0415 (on first use)

    explain, headers = options
    where = message.path if message.single else f"{message.path}[{message.index}]"
    if message.data is None:
        return where, message.error, []
    try:
        bounces = parse_dsn(message.data)
    except BounceCodeError as error:
        return where, str(error), []
    results: list[tuple[dict[str, object], list[str], tuple[str, ...]]] = []
    for bounce in bounces:
        record = _bounce_json(message.path, bounce, message.index, headers)
        lines = [_bounce_line(where, bounce, headers)]
        if explain:
            from bouncecodes._explain import explain as explained  # noqa: PLC0415

            paragraph = explained(bounce)
            record["explanation"] = paragraph.replace("\n", " ")
            lines += [f"    {text}" for text in paragraph.splitlines()]
        domain = bounce.recipient.rpartition("@")[2].lower()
        counted = (bounce.type.value, bounce.reason.value, bounce.verdict.value, domain)
        results.append((record, lines, counted))
    return where, None, results


class _Summary:
    """What --summary counts, and what the progress line shows."""

    def __init__(self) -> None:
        self.messages = self.unreadable = self.recipients = 0
        self.started = time.monotonic()
        self.counts: dict[str, Counter[str]] = {
            name: Counter() for name in ("type", "reason", "verdict", "domain")
        }

    def add(self, *values: str) -> None:
        self.recipients += 1
        for counter, value in zip(self.counts.values(), values, strict=True):
            counter[value] += 1

    def write(self, out: Output) -> None:
        domains = dict(self.counts["domain"].most_common(10))
        if out.as_json:
            counts: dict[str, object] = {
                name: dict(counter.most_common()) for name, counter in self.counts.items()
            }
            counts["domain"] = domains
            totals = {"messages": self.messages, "recipients": self.recipients}
            out.record({"summary": {**totals, "unreadable": self.unreadable, **counts}}, "")
            return
        out.line(
            f"summary: {self.messages} messages, {self.recipients} recipients, "
            f"{self.unreadable} unreadable"
        )
        for name, counter in self.counts.items():
            shown = domains if name == "domain" else dict(counter.most_common())
            label = "top domains" if name == "domain" else name
            out.line(f"  {label}: " + ", ".join(f"{key} {count}" for key, count in shown.items()))


class _Progress:
    """A line on stderr (a terminal's), rewritten as messages are read."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._shown = 0.0

    def show(self, summary: _Summary, *, every: float = 0.5) -> None:
        now = time.monotonic()
        if now - self._shown >= every:
            self._shown = now
            elapsed = max(now - summary.started, 1e-9)
            self._stream.write(
                f"\r{summary.messages:,} messages, {summary.recipients:,} recipients, "
                f"{summary.messages / elapsed:,.0f}/s, {elapsed:.0f} s"
            )
            self._stream.flush()

    def done(self, summary: _Summary) -> None:
        self.show(summary, every=0)
        self._stream.write("\n")


def _run_log(args: argparse.Namespace, out: Output) -> int:
    from bouncecodes._logs import read_log  # noqa: PLC0415 (on first use)

    only = set(args.only)
    status = EXIT_OK
    for name in args.files:
        try:
            with _opened(name) as lines:
                reader = read_log(lines)
                for record in reader:
                    if only and record.action not in only:
                        continue
                    _emit(out, args.explain, record, _log_json(name, record), _log_line(record))
        except BrokenPipeError:
            raise  # the reader went away: main() stops quietly
        except OSError as error:
            _error(f"{name}: {getattr(error, 'strerror', None) or error}")
            status = EXIT_FAILURE
            continue
        if reader.unreadable:
            first = reader.unreadable[0]
            _error(
                f"{name}: {len(reader.unreadable)} delivery line(s) could not be read; "
                f"the first, line {first.line}: {first.why}"
            )
            status = EXIT_FAILURE
    return status


@contextlib.contextmanager
def _opened(name: str) -> Iterator[BinaryIO]:
    """The lines of file *name*, or of stdin for ``-``, as bytes, read as they come."""
    if name == "-":
        yield sys.stdin.buffer
        return
    with open(name, "rb") as file:
        yield file


def _log_json(source: str, record: LogRecord) -> dict[str, object]:
    reply, entry, reason = record.reply, record.entry, record.reason
    return {
        "file": source,
        "line": record.line,
        "source": record.source,
        "time": record.time,
        "queue_id": record.queue_id,
        "recipient": record.recipient,
        "original_recipient": record.original_recipient,
        "relay": record.relay,
        "action": record.action,
        "status": record.status,
        "basic": reply and reply.basic,
        "enhanced": reply and reply.enhanced,
        "row": entry and entry.code,
        "type": record.type and record.type.value,
        "rule": record.rule and record.rule.value,
        "reason": reason and reason.value,
        "party": reason and reason.party.value,
        "verdict": record.verdict and record.verdict.value,
        "evidence": record.evidence,
        "text": reply and reply.text,
    }


def _log_line(record: LogRecord) -> str:
    """A record as one tab-separated line: time, queue id, recipient, action, basic,
    enhanced, row, type, reason, verdict ("-" where there is none)."""
    reply = record.reply
    fields = (
        record.time,
        record.queue_id,
        record.recipient,
        record.action,
        reply and reply.basic,
        reply and reply.enhanced,
        record.entry and record.entry.code,
        record.type and record.type.value,
        record.reason and record.reason.value,
        record.verdict and record.verdict.value,
    )
    return "\t".join("-" if field is None else str(field) for field in fields)


def _run_event(args: argparse.Namespace, out: Output) -> int:
    from bouncecodes._errors import NotAnEventError  # noqa: PLC0415 (on first use)
    from bouncecodes._webhooks import ServiceBounce, parse_event  # noqa: PLC0415

    status = EXIT_OK
    for name in args.files:
        try:
            with _opened(name) as file:
                for number, payload in _payloads(file):
                    where = f"{name}:{number}" if number else name
                    try:
                        results = parse_event(payload, args.provider)
                    except NotAnEventError as error:
                        _error(f"{where}: {error}")
                        status = EXIT_FAILURE
                        continue
                    for result in results:
                        found, line = _event_json(where, result), _event_line(where, result)
                        if isinstance(result, ServiceBounce):
                            _emit(out, args.explain, result, found, line)
                        else:
                            out.record(found, line)
        except BrokenPipeError:
            raise  # the reader went away: main() stops quietly
        except OSError as error:
            _error(f"{name}: {getattr(error, 'strerror', None) or error}")
            status = EXIT_FAILURE
    return status


def _payloads(file: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """The webhook payloads of a file: one JSON document (number 0), or JSON lines, one
    payload a line, as exports write them (SES events through Firehose, a log of posted
    bodies), numbered from 1 and read as they come."""
    lines = enumerate(file, 1)
    number, first = next(((n, line) for n, line in lines if line.strip()), (0, b""))
    try:
        json.loads(first)
    except (ValueError, RecursionError):  # a document over many lines, or none: read whole
        yield 0, first + b"".join(line for _, line in lines)
        return
    yield number, first
    for number, line in lines:
        if line.strip():
            yield number, line


def _event_json(source: str, result: ServiceBounce | ServiceNotice) -> dict[str, object]:
    """A service's result as for ``dsn --json``, with its provider, label and kind."""
    from bouncecodes._webhooks import ServiceBounce  # noqa: PLC0415 (loaded by now)

    found: dict[str, object] = {
        "file": source,
        "provider": result.provider,
        "provider_type": result.provider_type,
        "kind": result.kind,
        "recipient": result.recipient,
    }
    if not isinstance(result, ServiceBounce):
        return {
            **found,
            "text": result.text,
            "remote_mta": result.remote_mta,
            "time": result.time,
            "message_id": result.message_id,
        }
    bounce = result
    return {
        **found,
        "original_recipient": None,
        "action": bounce.action,
        "status": bounce.status,
        "remote_mta": bounce.remote_mta,
        "diagnostic_type": None,
        **_reply_json(bounce.reply),
        "type": bounce.type.value,
        "rule": bounce.rule.value,
        **_reason_json(bounce),
        "time": bounce.time,
        "message_id": bounce.message_id,
    }


def _event_line(source: str, result: ServiceBounce | ServiceNotice) -> str:
    """A service's result as one tab-separated line: file, provider, provider's label, kind,
    recipient, then for a bounce its action, basic, enhanced, row, type, reason, verdict
    ("-" where there is none)."""
    from bouncecodes._webhooks import ServiceBounce  # noqa: PLC0415 (loaded by now)

    columns = [source, result.provider, result.provider_type, result.kind, result.recipient or "-"]
    if isinstance(result, ServiceBounce):
        bounce = result
        columns += [
            bounce.action,
            *_code_columns(bounce.reply, bounce.entry),
            bounce.type.value,
            bounce.reason.value,
            bounce.verdict.value,
        ]
    return "\t".join(columns)


@dataclass(frozen=True)
class Command:
    """One command: its help, how it takes its arguments, and what it runs."""

    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, Output], int]


def _code_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("codes", nargs="+", metavar="CODE", help="550, or 5.1.1")


def _list_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--markdown", action="store_true", help="print it as a Markdown table")


def _reply_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "replies", nargs="*", metavar="TEXT", help="a reply; with none, one reply a line on stdin"
    )
    _explain_argument(parser)


def _explain_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--explain",
        action="store_true",
        help="after each result, how its row, type, reason and verdict were decided",
    )


def _dsn_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        nargs="+",
        metavar="PATH",
        help="a bounce email, an mbox, a Maildir or a folder of emails; - reads stdin",
    )
    _explain_argument(parser)
    parser.add_argument(
        "--header",
        action="append",
        default=[],
        metavar="NAME",
        help="add a header field of the bounced original as a column (again for more)",
    )
    parser.add_argument(
        "--jobs",
        type=_positive,
        default=0,
        metavar="N",
        help="read in N worker processes, keeping the order (default: one per core)",
    )
    parser.add_argument(
        "--summary",
        action="store_true",
        help="at the end, count the recipients by type, reason, verdict and domain",
    )


def _log_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="an MTA log; - reads stdin")
    _explain_argument(parser)
    parser.add_argument(
        "--only",
        type=_actions,
        default=[],
        metavar="ACTIONS",
        help="print only these actions, comma-separated: failed,delayed,delivered",
    )


def _event_arguments(parser: argparse.ArgumentParser) -> None:
    from bouncecodes._webhooks import PROVIDERS  # noqa: PLC0415 (on first use)

    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="a webhook's payload (JSON); - reads stdin"
    )
    parser.add_argument(
        "--provider",
        choices=sorted(PROVIDERS),
        help="the sending service; by default, recognised from the payload's shape",
    )
    _explain_argument(parser)


def _actions(value: str) -> list[str]:
    actions = [action.strip() for action in value.split(",") if action.strip()]
    unknown = set(actions) - {"failed", "delayed", "delivered"}
    if unknown or not actions:
        raise ValueError(value)
    return actions


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise ValueError(value)
    return number


COMMANDS: dict[str, Command] = {
    "code": Command("print the table row of each code (the default)", _code_arguments, _run_codes),
    "list": Command("print the whole table", _list_arguments, _run_list),
    "reply": Command(
        "read server replies: basic, enhanced, row, type, rule, reason, verdict, text",
        _reply_arguments,
        _run_reply,
    ),
    "dsn": Command(
        "read bounce emails (or whole mailboxes): one line per failed or delayed recipient",
        _dsn_arguments,
        _run_dsn,
    ),
    "event": Command(
        "read sending services' webhook payloads (SES, SendGrid, Mailgun, Postmark, SparkPost,"
        " Mandrill, Brevo): one line per recipient",
        _event_arguments,
        _run_event,
    ),
    "log": Command(
        "read MTA logs (Postfix, Exim, Sendmail, qmail, PowerMTA): one line per delivery attempt",
        _log_arguments,
        _run_log,
    ),
}
"""The commands by name; with no name, the arguments are codes (``code``)."""
DEFAULT_COMMAND = "code"


def _parser(name: str | None) -> argparse.ArgumentParser:
    """The parser of command *name*, or with None the top one, which lists the commands."""
    if name is None:
        parser = argparse.ArgumentParser(
            prog="bouncecodes",
            description="Is this email bounce hard or soft, and why?",
            epilog="With no command, the arguments are codes: 'bouncecodes 550 5.1.1'.",
        )
        parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
        commands = parser.add_subparsers(title="commands", metavar="COMMAND")
        for command_name, command in COMMANDS.items():
            commands.add_parser(command_name, help=command.help)
        return parser
    prog = "bouncecodes" if name == DEFAULT_COMMAND else f"bouncecodes {name}"
    parser = argparse.ArgumentParser(prog=prog, description=COMMANDS[name].help)
    parser.add_argument("--json", action="store_true", help="print one JSON object a line")
    COMMANDS[name].arguments(parser)
    return parser


_TOP_LEVEL = frozenset({"-h", "--help", "--version"})


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: sys.argv[1:]) and return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in _TOP_LEVEL:
        _parser(None).parse_args(args)  # prints the help or the version, and exits
        _parser(None).error("name a command, or give codes")
    name, rest = (args[0], args[1:]) if args[0] in COMMANDS else (DEFAULT_COMMAND, args)
    namespace = _parser(name).parse_args(rest)
    if sys.stdout is None:  # started with stdout closed
        _error("cannot write the output: stdout is closed")
        return EXIT_FAILURE
    out = Output(sys.stdout, namespace.json)
    try:
        status = COMMANDS[name].run(namespace, out)
        out.flush()
    except OutputError as error:
        _error(str(error))
        return EXIT_FAILURE
    except BrokenPipeError:
        # The reader went away, as in `bouncecodes list | head -1`: stop, quietly.
        _silence_stdout()
        return EXIT_FAILURE
    except (OSError, ValueError) as error:  # a full disk; a stdout closed on the way
        _error(f"cannot write the output: {getattr(error, 'strerror', None) or error}")
        _silence_stdout()
        return EXIT_FAILURE
    return status


def _silence_stdout() -> None:
    """Keep Python from failing again as it flushes stdout on the way out."""
    with contextlib.suppress(OSError, ValueError):  # no file behind it
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
