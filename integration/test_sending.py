"""docs/sending.md's recipes, as the page gives them: the aiosmtplib one through the real
aiosmtplib, the Django backend with Django's own send_mail(), both to the tests' loopback
SMTP server."""

from __future__ import annotations

import asyncio
import re
import smtplib
import sys
import types
from collections.abc import Callable
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


def django_backends(host: str, port: int) -> tuple[Callable[[], Any], Callable[[], Any]]:
    """Django's own SMTP backend and the page's, each a function giving a new instance, set
    up as the installed Django sets up backends: MAILERS from Django 6.1, the EMAIL_*
    settings before."""
    import django
    from django.conf import settings
    from django.core import mail

    module = types.ModuleType("sending_django")  # the page's code, importable by path
    vars(module).update(recipe("django"))
    sys.modules[module.__name__] = module
    own, keeping = (
        "django.core.mail.backends.smtp.EmailBackend",
        "sending_django.RefusalKeepingBackend",
    )
    if django.VERSION >= (6, 1):
        options = {"host": host, "port": port, "timeout": 10}
        settings.configure(
            MAILERS={
                "default": {"BACKEND": own, "OPTIONS": options},
                "keeping": {"BACKEND": keeping, "OPTIONS": options},
            }
        )
        return (lambda: mail.mailers["default"]), (lambda: mail.mailers["keeping"])
    settings.configure(EMAIL_HOST=host, EMAIL_PORT=port, EMAIL_TIMEOUT=10)
    return (lambda: mail.get_connection(own)), (lambda: mail.get_connection(keeping))


def test_the_django_backend_keeps_what_django_s_own_drops() -> None:
    from django.core.mail import EmailMessage

    def hello(*recipients: str) -> Any:
        return EmailMessage(
            subject="Hi", body="Hello.", from_email="news@example.org", to=list(recipients)
        )

    with smtp_server(REFUSING_BOB) as (host, port):
        own, keeping = django_backends(host, port)
        with own() as connection:
            assert connection.send_messages([hello("bob@example.com", "erin@example.com")]) == 1
        with keeping() as connection:  # Django counts it sent ...
            assert connection.send_messages([hello("bob@example.com", "erin@example.com")]) == 1
            connection.send_messages([hello("erin@example.com")])
        (bob,) = connection.refused.values()  # ... and the page's backend kept bob's refusal
        assert list(connection.refused) == ["bob@example.com"]
        assert (bob.entry, bob.verdict.value) == (bouncecodes.CODES[511], "suppress")
        with pytest.raises(smtplib.SMTPRecipientsRefused) as every, keeping() as connection:
            connection.send_messages([hello("bob@example.com")])
    assert bouncecodes.parse_refused(every.value)["bob@example.com"].entry == bouncecodes.CODES[511]
