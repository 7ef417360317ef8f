"""smtplib's and aiosmtplib's errors as replies: what a Python program that sends mail holds
when it bounces.

smtplib raises SMTPResponseException (and its subclasses SMTPSenderRefused, SMTPDataError,
SMTPConnectError, SMTPHeloError, SMTPAuthenticationError) with the server's reply code and
its text (``smtp_code``, ``smtp_error``), and SMTPRecipientsRefused with one (code, text)
pair per refused recipient; when only some recipients are refused, ``sendmail()`` and
``send_message()`` return those pairs instead. smtplib joins a multiline reply's lines with
newlines and drops their codes.

aiosmtplib's errors have the same shape under other names (its documentation, "Exceptions"):
SMTPResponseException and its subclasses (SMTPRecipientRefused with its ``recipient``,
SMTPSenderRefused, SMTPDataError, ...) hold ``code`` and ``message``; SMTPRecipientsRefused
holds a list of SMTPRecipientRefused in ``recipients``; ``send()`` and ``sendmail()`` return
the refused recipients as a dict of SMTPResponse, a (code, message) named tuple. They are
read by their shape: bouncecodes never imports aiosmtplib.

smtplib is imported only when these functions run: importing it costs more than bouncecodes.
"""

from __future__ import annotations

from collections.abc import Mapping

from bouncecodes._errors import shown
from bouncecodes._readonly import ReadOnlyMapping
from bouncecodes._reply import Reply, reply_from_smtp

TYPE_CHECKING = False  # typing costs more to import than the rest of the package
if TYPE_CHECKING:
    from typing import Any

__all__ = ["parse_refused", "parse_smtp_error"]


def _reply(code: object, message: object) -> Reply:
    """The Reply of smtplib's (code, text) pair: the reply code, and the text with the codes
    of its lines dropped and the lines joined with newlines."""
    if (
        isinstance(code, bool)
        or not isinstance(code, int)
        or not isinstance(message, (bytes, bytearray, str))
    ):
        raise TypeError(
            f"expected an SMTP reply as (int, bytes or str), not ({shown(code)}, {shown(message)})"
        )
    text = message if isinstance(message, str) else bytes(message).decode("utf-8", "replace")
    # smtplib reports a failure that carried no reply (a dropped connection) as code -1.
    return reply_from_smtp(code, text)


def parse_smtp_error(error: BaseException, /) -> Reply:
    """The Reply behind one of smtplib's or aiosmtplib's reply errors: its reply code and text
    (smtplib's ``smtp_code`` and ``smtp_error``, aiosmtplib's ``code`` and ``message``). For a
    refusal of every recipient (SMTPRecipientsRefused), the first recipient's: parse_refused()
    gives each.

    >>> import smtplib
    >>> error = smtplib.SMTPDataError(552, b"5.2.2 Mailbox full\\n5.2.2 Try again later")
    >>> reply = parse_smtp_error(error)
    >>> reply.basic, reply.enhanced, reply.type, reply.text
    (552, '5.2.2', <BounceType.SOFT: 'Soft'>, 'Mailbox full Try again later')
    """
    import smtplib  # noqa: PLC0415 (on first use: see the module's docstring)

    if isinstance(error, smtplib.SMTPResponseException):
        return _reply(error.smtp_code, error.smtp_error)
    if isinstance(error, BaseException):
        if _is_reply_error(error):
            return _reply(getattr(error, "code", None), getattr(error, "message", None))
        refused = _refused_of(error)
        if refused is not None:
            for pair in refused.values():
                return _reply(*_pair(pair))
            raise ValueError(f"parse_smtp_error(): no refused recipient in {shown(error)}")
    raise TypeError(
        "parse_smtp_error() takes an smtplib or aiosmtplib SMTPResponseException or "
        f"SMTPRecipientsRefused, not {type(error).__name__}: {shown(error)}"
    )


def parse_refused(
    refused: BaseException | Mapping[str, tuple[int, bytes | str]], /
) -> Mapping[str, Reply]:
    """One Reply per refused recipient, by address, read-only and in the library's order.

    *refused* is an SMTPRecipientsRefused, smtplib's or aiosmtplib's (every recipient was
    refused), or the dict that smtplib's ``sendmail()`` and ``send_message()``, or
    aiosmtplib's ``send()`` and ``sendmail()``, return when only some were.

    >>> import smtplib
    >>> error = smtplib.SMTPRecipientsRefused({"bob@example.com": (550, b"5.1.1 No such user")})
    >>> for address, reply in parse_refused(error).items():
    ...     print(address, reply.enhanced, reply.type)
    bob@example.com 5.1.1 Hard
    """
    recipients = _refused_of(refused) if isinstance(refused, BaseException) else refused
    if not isinstance(recipients, Mapping):
        raise TypeError(
            "parse_refused() takes an smtplib or aiosmtplib SMTPRecipientsRefused, or the dict "
            f"that sendmail() returns, not {type(refused).__name__}: {shown(refused)}"
        )
    replies = {}
    for address, pair in recipients.items():
        if not isinstance(address, str):
            raise TypeError(
                "expected a refused recipient as address: (code, text), "
                f"not {shown(address)}: {shown(pair)}"
            )
        replies[address] = _reply(*_pair(pair, address))
    return ReadOnlyMapping(replies)


def _is_reply_error(error: BaseException) -> bool:
    """Whether *error* holds a reply as aiosmtplib's errors do: an int ``code`` and a
    ``message``."""
    code = getattr(error, "code", None)
    return isinstance(code, int) and not isinstance(code, bool) and hasattr(error, "message")


_RECIPIENT_REFUSED = ("recipient", "code", "message")  # aiosmtplib's SMTPRecipientRefused


def _refused_of(error: BaseException) -> Mapping[Any, Any] | None:
    """The refused recipients of an SMTPRecipientsRefused: smtplib's dict of (code, text)
    pairs, or aiosmtplib's list of SMTPRecipientRefused, by address; None for another
    error."""
    import smtplib  # noqa: PLC0415 (on first use)

    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return error.recipients if isinstance(error.recipients, Mapping) else None
    recipients = getattr(error, "recipients", None)
    if not isinstance(recipients, list):
        return None
    refused: dict[Any, Any] = {}
    for each in recipients:
        if not isinstance(each, BaseException) or not _is_reply_error(each):
            raise TypeError(
                f"expected a refused recipient as an SMTPRecipientRefused, not {shown(each)}"
            )
        address, code, message = (getattr(each, name, None) for name in _RECIPIENT_REFUSED)
        refused[address] = (code, message)
    return refused


def _pair(pair: object, address: object = None) -> tuple[object, object]:
    """A refused recipient's (code, text): a tuple of two, as smtplib gives it, or
    aiosmtplib's SMTPResponse, a named tuple of two."""
    if not isinstance(pair, tuple) or len(pair) != 2:
        raise TypeError(
            "expected a refused recipient as address: (code, text), "
            f"not {shown(address)}: {shown(pair)}"
        )
    return pair[0], pair[1]
