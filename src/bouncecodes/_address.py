"""Recipient addresses: what a bounce names, and when it is a whole address.

A bounce names its recipients in report fields (``Final-Recipient: rfc822; bob@example.org``,
sometimes with a display name, a source route or a quoted local part, sometimes a file path
or a pipe command that a local delivery was to) and in its text, where nothing marks where
an address ends. A wrong address is worse than none: it is another person. So an address is
reported only when it is whole:

- its syntax is an RFC 5322 addr-spec, as the stdlib's own parser reads it
  (``email.headerregistry.Address``), quoted local parts and international (RFC 6531)
  characters included. The parser costs some 50 µs an address, so the plainest ones (an
  ASCII dot-atom at a dotted domain, nearly all of them) are checked by one pattern that
  admits nothing the parser refuses;
- its domain is a domain a message can go to: dotted (``ingrid@exa``, cut by the end of a
  truncated message, is not), or an address literal (``[192.0.2.1]``);
- in text, it is not run together with another (``bob@example.comcarol@example.net``), and
  the text does not end inside it.
"""

from __future__ import annotations

import re
from email.errors import HeaderParseError, NonASCIILocalPartDefect
from email.headerregistry import Address
from email.utils import getaddresses, parseaddr

__all__ = ["ADDRESS", "field_address", "header_addresses", "whole"]

# What a bounce's text prints as an address, loosely: a run of local-part characters (never
# started inside one, so that each run is tried once, and a local part that opens with digits
# is not cut after a reply code: "5551234567@..."), or a quoted local part; then a domain of
# letters and digits of any script, hyphens and underscores (host names that break RFC 1123
# still name hosts), its dots inside it. whole() decides whether a match is an address.
_ATEXT = r"\w.!#$%&'*+/=?^`{|}~\-"
ADDRESS = (
    rf"(?:(?<![{_ATEXT}])[{_ATEXT}]+|\"(?:[^\"\\\r\n]|\\.)*\")"
    r"@(?:\[[0-9A-Fa-f.:IPv]+\]|\w(?:[\w\-]|\.(?=\w))*)"
)

# The plainest addresses, which the stdlib parser would take as they are: a dot-atom of ASCII
# atext at a dotted domain of ASCII letters, digits and hyphens.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
_PLAIN = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@(?:{_LABEL}\.)+(?![0-9]+$){_LABEL}").fullmatch
_NON_ASCII = re.compile(r"[^\x00-\x7f]").sub
# A domain a message can go to: dotted, its last label not all digits, or an address literal.
_ROUTABLE = re.compile(r"[^.]+(?:\.[^.]+)*\.(?![0-9]+$)[^.]+|\[[^\]]+\]").fullmatch
# A source route before the address (RFC 5321 §4.1.2, obsolete): "@mx.example.org:".
_SOURCE_ROUTE = re.compile(r"^@[^:,]+(?:,@[^:,]+)*:")
# RFC 5321 §4.5.3.1.3: a path is at most 256 octets, its angle brackets included. Longer is
# no address, and the stdlib's parser takes quadratic time on some long ones.
_LONGEST = 254
# RFC 6533 §3: utf-8-addr-xtext escapes a character as \x{HEX}.
_UTF8_ESCAPE = re.compile(r"\\x\{([0-9A-Fa-f]{1,6})\}")


def whole(candidate: str) -> str | None:
    """*candidate* when it is a whole address (module docstring), else None."""
    if len(candidate) > _LONGEST:
        return None
    if _PLAIN(candidate):
        return candidate
    if "@" not in candidate:
        return None
    try:
        parsed = Address(addr_spec=candidate)
    except NonASCIILocalPartDefect:
        # RFC 6531 allows them; the parser, which knows RFC 5322 alone, does not. The same
        # address with each such character as an ASCII letter has the same syntax.
        local, _, domain = candidate.rpartition("@")
        return candidate if whole(_NON_ASCII("a", local) + "@" + domain) else None
    except (HeaderParseError, ValueError, IndexError, AttributeError):
        # (AttributeError: the parser's own fault on an unclosed domain literal, "bob@[x".)
        return None
    domain = parsed.domain
    if not parsed.username or not domain or _ROUTABLE(domain) is None:
        return None
    return candidate


def field_address(value: str | None) -> str | None:
    """The address of a report's recipient field (Final-Recipient, Original-Recipient), whole,
    or None: its type (``rfc822;``), angle brackets, display name, comment and source route
    taken off. A file path or a command (a local delivery's) is no address: None."""
    found = unwrapped(value)
    return None if found is None else whole(found)


def unwrapped(value: str | None) -> str | None:
    """The address a field names, as it is written there, its wrappings taken off: its type
    (``rfc822;``), angle brackets, display name, comment and source route; None for none
    (``<>``). Whether it is a whole address is not asked: a log or a service names what it
    delivered to, as it holds it."""
    if not value:
        return None
    kind, semicolon, found = value.partition(";")
    if not semicolon:
        kind, found = "", value
    found = _without_comments(found).strip()
    if kind.strip().lower() == "utf-8" and "\\x{" in found:
        found = _UTF8_ESCAPE.sub(_unescaped, found)
    opening, closing = found.rfind("<"), found.rfind(">")
    if 0 <= opening < closing and '"' not in found and "(" not in found:
        found = found[opening + 1 : closing]  # "Name <addr>", the commonest: no parse needed
    elif "<" in found or "(" in found or " " in found.strip('"'):
        # A display name, a comment, or angle brackets: the stdlib's parser takes them off.
        found = parseaddr(found)[1] or found
    found = _SOURCE_ROUTE.sub("", found.strip().strip("<>").strip())
    return found or None


def header_addresses(values: list[str]) -> list[str]:
    """The whole addresses of header fields that list recipients (X-Failed-Recipients), in
    order, each once; only as they stand in the fields (the stdlib's parser joins the words
    of a broken field into one: "bob@example.net failed" reads as "bob@example.netfailed")."""
    values = [_without_comments(value) for value in values]
    written = "\n".join(values).lower()
    found: dict[str, str] = {}
    for _, candidate in getaddresses(values):
        address = whole(candidate)
        if address is not None and address.lower() in written:
            found.setdefault(address.lower(), address)
    return list(found.values())


def _without_comments(text: str) -> str:
    """*text* with its comments (RFC 5322 §3.2.2: parenthesized, nested, with quoted pairs)
    each made one space, outside quoted strings; an unclosed one runs to the end. In one
    pass: the stdlib's parsers recurse into each level of nesting, and a field of a few
    thousand "(" would exhaust the stack."""
    if "(" not in text:
        return text
    kept: list[str] = []
    depth = 0
    quoted = escaped = False
    for character in text:
        if escaped:
            escaped = False
        elif character == "\\" and (depth or quoted):
            escaped = True
        elif depth:
            depth += (character == "(") - (character == ")")
            if not depth:
                kept.append(" ")
            continue
        elif character == '"':
            quoted = not quoted
        elif character == "(" and not quoted:
            depth = 1
            continue
        if not depth:
            kept.append(character)
    return "".join(kept)


def _unescaped(match: re.Match[str]) -> str:
    code_point = int(match[1], 16)
    return chr(code_point) if code_point <= 0x10FFFF else match[0]
