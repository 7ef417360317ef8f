"""smtplib's errors as replies: what a Python program that sends mail holds when it bounces.

smtplib raises SMTPResponseException (and its subclasses SMTPSenderRefused, SMTPDataError,
SMTPConnectError, SMTPHeloError, SMTPAuthenticationError) with the server's reply code and
its text, and SMTPRecipientsRefused with one (code, text) pair per refused recipient; when
only some recipients are refused, ``sendmail()`` and ``send_message()`` return those pairs
instead. smtplib joins a multiline reply's lines with newlines and drops their codes.

smtplib is imported only when these functions run: importing it costs more than bouncecodes.
"""

from __future__ import annotations

from collections.abc import Mapping

from bouncecodes._errors import shown
from bouncecodes._readonly import ReadOnlyMapping
from bouncecodes._reply import Reply, reply_from_smtp

TYPE_CHECKING = False  # typing costs more to import than the rest of the package
if TYPE_CHECKING:
    import smtplib

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


def parse_smtp_error(error: smtplib.SMTPResponseException, /) -> Reply:
    """The Reply behind one of smtplib's reply errors: its ``smtp_code`` and ``smtp_error``.

    >>> import smtplib
    >>> error = smtplib.SMTPDataError(552, b"5.2.2 Mailbox full\\n5.2.2 Try again later")
    >>> reply = parse_smtp_error(error)
    >>> reply.basic, reply.enhanced, reply.type, reply.text
    (552, '5.2.2', <BounceType.SOFT: 'Soft'>, 'Mailbox full Try again later')
    """
    import smtplib  # noqa: PLC0415 (on first use: see the module's docstring)

    if not isinstance(error, smtplib.SMTPResponseException):
        raise TypeError(
            "parse_smtp_error() takes an smtplib.SMTPResponseException, "
            f"not {type(error).__name__}: {shown(error)}"
        )
    return _reply(error.smtp_code, error.smtp_error)


def parse_refused(
    refused: smtplib.SMTPRecipientsRefused | Mapping[str, tuple[int, bytes | str]], /
) -> Mapping[str, Reply]:
    """One Reply per refused recipient, by address, read-only and in smtplib's order.

    *refused* is an ``smtplib.SMTPRecipientsRefused`` (every recipient was refused), or the
    dict that ``sendmail()`` and ``send_message()`` return when only some were.

    >>> import smtplib
    >>> error = smtplib.SMTPRecipientsRefused({"bob@example.com": (550, b"5.1.1 No such user")})
    >>> for address, reply in parse_refused(error).items():
    ...     print(address, reply.enhanced, reply.type)
    bob@example.com 5.1.1 Hard
    """
    import smtplib  # noqa: PLC0415 (on first use: see the module's docstring)

    recipients = (
        refused.recipients if isinstance(refused, smtplib.SMTPRecipientsRefused) else refused
    )
    if not isinstance(recipients, Mapping):
        raise TypeError(
            "parse_refused() takes an smtplib.SMTPRecipientsRefused or the dict that "
            f"sendmail() returns, not {type(refused).__name__}: {shown(refused)}"
        )
    replies = {}
    for address, pair in recipients.items():
        if not isinstance(address, str) or not isinstance(pair, tuple) or len(pair) != 2:
            raise TypeError(
                "expected a refused recipient as address: (code, text), "
                f"not {shown(address)}: {shown(pair)}"
            )
        replies[address] = _reply(*pair)
    return ReadOnlyMapping(replies)
