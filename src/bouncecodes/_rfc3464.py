"""RFC 3464 delivery-status fields: the text of a delivery-status part, read once into types.

A ``message/delivery-status`` part (RFC 3464 §2) is blocks of header-like fields: one block
about the message, then one block per recipient. read_report() reads them into a Report of
frozen RecipientFields; nothing downstream reads the text again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bouncecodes._readonly import ReadOnlyMapping

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

__all__ = ["RecipientFields", "Report", "read_report"]


@dataclass(frozen=True, slots=True)
class RecipientFields:
    """One per-recipient block of RFC 3464 §2.3, its values as written (folded lines kept)."""

    final_recipient: str | None
    """Final-Recipient (§2.3.2), type and all: ``"rfc822; bob@example.com"``."""
    original_recipient: str | None
    """Original-Recipient (§2.3.1), type and all."""
    action: str | None
    """Action (§2.3.3): ``failed``, ``delayed``, ``delivered``, ``relayed``, ``expanded``."""
    status: str | None
    """Status (§2.3.4): an enhanced status code, perhaps with a comment after it."""
    remote_mta: str | None
    """Remote-MTA (§2.3.5), type and all."""
    diagnostic_code: str | None
    """Diagnostic-Code (§2.3.6): ``"smtp; 550 5.1.1 ..."``."""
    fields: Mapping[str, str]
    """Every field of the block, by lowercased name (the first of a name counts)."""


@dataclass(frozen=True, slots=True)
class Report:
    """A delivery-status part: its per-message fields and its recipients' blocks."""

    message_fields: Mapping[str, str]
    """The per-message fields (§2.2), by lowercased name: ``reporting-mta``, ``arrival-date``..."""
    recipients: tuple[RecipientFields, ...]
    """The per-recipient blocks that name a recipient, in order."""


# RFC 3464 §2.1:  delivery-status-content = per-message-fields 1*( CRLF per-recipient-fields )
# RFC 5322 §2.2:  field = field-name ":" unstructured CRLF, folded onto lines that begin
#                 with white space; field-name = 1*ftext (printable, no colon, no space).
_FIELD = re.compile(r"([!-9;-~]+)[ \t]*:(.*)")


def _blocks(text: str) -> Iterator[dict[str, str]]:
    """The blocks of fields in *text*, each a dict of lowercased name to value (folded lines
    kept, so that a reply folded over several lines stays whole). A block ends at a blank line,
    or where a field comes again: real reports run recipient blocks together."""
    block: dict[str, list[str]] = {}  # a value's lines, joined when the block is done
    lines: list[str] | None = None
    for line in text.splitlines():
        if not line.strip():
            if block:
                yield _joined(block)
            block, lines = {}, None
        elif line[0] in " \t":
            if lines is not None:
                lines.append(line)
        elif (match := _FIELD.match(line)) is None:
            lines = None
        else:
            name = match[1].lower()
            if name in block:
                yield _joined(block)
                block = {}
            block[name] = lines = [match[2].strip()]
    if block:
        yield _joined(block)


def _joined(block: dict[str, list[str]]) -> dict[str, str]:
    return {name: "\n".join(lines) for name, lines in block.items()}


def read_report(text: str) -> Report:
    """The fields of a delivery-status part's text, per message and per recipient."""
    if "\x1b$" in text:
        text = _from_iso_2022_jp(text)
    message_fields: dict[str, str] | None = None
    recipients = []
    for block in _blocks(text):
        if "final-recipient" in block or "original-recipient" in block:
            recipients.append(
                RecipientFields(
                    block.get("final-recipient"),
                    block.get("original-recipient"),
                    block.get("action"),
                    block.get("status"),
                    block.get("remote-mta"),
                    block.get("diagnostic-code"),
                    ReadOnlyMapping(block),
                )
            )
        elif message_fields is None:
            message_fields = block
    return Report(ReadOnlyMapping(message_fields or {}), tuple(recipients))


def _from_iso_2022_jp(text: str) -> str:
    """*text* read as ISO-2022-JP, where it is that. RFC 3464 §2.1.1 has the fields in
    US-ASCII, but Japanese mail systems (Lotus Domino) write their diagnostics in ISO-2022-JP
    (RFC 1468): 7-bit text whose escape sequences ("ESC $ B" to JIS X 0208, "ESC ( B" back to
    ASCII) nothing else writes. Left as it is where it does not decode."""
    try:
        return text.encode("ascii").decode("iso-2022-jp")
    except UnicodeError:
        return text


def typed(value: str | None) -> tuple[str | None, str | None]:
    """A typed field's type and value (RFC 3464 §2.1.2): ``"rfc822; bob@example.com"``."""
    if value is None:
        return None, None
    kind, semicolon, rest = value.partition(";")
    return (kind.strip(), rest.strip()) if semicolon else (None, value.strip())


def status_code(value: str | None) -> str | None:
    """The status code of a Status field, as written, without the comment that may follow."""
    if value is None:
        return None
    words = value.split()
    return words[0] if words else None
