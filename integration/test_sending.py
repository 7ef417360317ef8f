"""docs/sending.md's recipes, as the page gives them: the aiosmtplib one through the real
aiosmtplib, the Django backend with Django's own send_mail(), both to the tests' loopback
SMTP server."""

from __future__ import annotations

import asyncio
import re
import smtplib
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from tests.smtp_server import Script, smtp_server

import bouncecodes

ROOT = Path(__file__).resolve().parent.parent
REFUSING_BOB = Script(recipients={"bob@example.com": ("550 5.1.1 No such user here",)})


def recipe(name: str) -> dict[str, Any]:
    """The page's code block after ``<!-- recipe: name -->``, run as a module would be."""
    page = (ROOT / "docs" / "sending.md").read_text(encoding="utf-8")
    block = re.search(
        r"```python\n(.*?)```", page.split(f"<!-- recipe: {name} -->", 1)[1], re.DOTALL
    )
    assert block is not None
    namespace: dict[str, Any] = {"__name__": f"sending_{name}"}
    exec(block[1], namespace)  # the page's own code
    return namespace


def message(*recipients: str) -> EmailMessage:
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "news@example.org", ", ".join(recipients), "Hi"
    mail.set_content("Hello.")
    return mail


@pytest.mark.parametrize(
    ("recipients", "expected"),
    [
        (("bob@example.com", "erin@example.com"), {"bob@example.com": "suppress"}),  # some
        (("bob@example.com",), {"bob@example.com": "suppress"}),  # every one: raised
        (("erin@example.com",), {}),
    ],
)
def test_the_aiosmtplib_recipe(recipients: tuple[str, ...], expected: dict[str, str]) -> None:
    send = recipe("aiosmtplib")["send"]

    async def run() -> object:
        with smtp_server(REFUSING_BOB) as (host, port):
            return await send(message(*recipients), host, port)

    assert asyncio.run(run()) == expected


def test_the_django_backend_keeps_what_django_s_own_drops() -> None:
    from django.conf import settings
    from django.core import mail
    from django.core.mail.backends.smtp import EmailBackend

    if not settings.configured:
        settings.configure(EMAIL_TIMEOUT=10)
    backend = recipe("django")["RefusalKeepingBackend"]
    with smtp_server(REFUSING_BOB) as (host, port):
        recipients = ["bob@example.com", "erin@example.com"]
        plain = EmailBackend(host=host, port=port)
        assert mail.send_mail("Hi", "Hello.", "news@example.org", recipients, connection=plain) == 1
        keeping = backend(host=host, port=port)
        with keeping as connection:
            sent = mail.send_mail(
                "Hi", "Hello.", "news@example.org", recipients, connection=connection
            )
            mail.send_mail("Hi", "Again.", "news@example.org", recipients, connection=connection)
        assert sent == 1  # Django counts it sent ...
        (bob,) = keeping.refused.values()  # ... and the backend kept bob's refusal
        assert list(keeping.refused) == ["bob@example.com"]
        assert (bob.entry.code, bob.verdict.value) == (511, "suppress")
        with pytest.raises(smtplib.SMTPRecipientsRefused) as every:
            mail.send_mail(
                "Hi",
                "Hello.",
                "news@example.org",
                ["bob@example.com"],
                connection=backend(host=host, port=port),
            )
    assert bouncecodes.parse_refused(every.value)["bob@example.com"].entry == bouncecodes.CODES[511]
