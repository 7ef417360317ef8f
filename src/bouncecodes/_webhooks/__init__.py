"""Sending services' webhooks: one result per recipient of each event a service posts.

Platforms that send through a service learn of their bounces from its webhook: Amazon SES
(through SNS, or raw), SendGrid, Mailgun, Postmark, SparkPost, Mandrill, Brevo. Each module
here reads one service's payloads (their shape, from the service's documentation, in its
docstring) into the fields of each recipient's event. A bounced recipient is then read
through the same stages as a bounce email's: its reply (``_reply.reply_from_fields``: the
reply's text, the code and enhanced code the service gives in fields of their own filling in
what it lacks, as a report's Status does), its type by the code, whatever the service's label
says, and its reason from the reply's words and codes, the service's label saying why only
where they give nothing (``_classify.labelled_resolution``). Complaints, deliveries and the
rest are told apart: a ``ServiceNotice``, never a bounce. Verifying a webhook's signature is
the caller's.
"""

from __future__ import annotations

from dataclasses import dataclass

from bouncecodes._classify import labelled_resolution
from bouncecodes._errors import NotAnEventError, shown
from bouncecodes._reply import reply_from_fields
from bouncecodes._webhooks import brevo, mailgun, mandrill, postmark, sendgrid, ses, sparkpost

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from types import ModuleType
    from typing import Any

    from bouncecodes._model import BounceCode, BounceType, Rule
    from bouncecodes._reasons import Reason, Verdict
    from bouncecodes._reply import Reply
    from bouncecodes._webhooks._fields import Event

__all__ = ["PROVIDERS", "ServiceBounce", "ServiceNotice", "label", "parse_event"]

PROVIDERS: dict[str, ModuleType] = {
    "ses": ses,
    "sendgrid": sendgrid,
    "mailgun": mailgun,
    "postmark": postmark,
    "sparkpost": sparkpost,
    "mandrill": mandrill,
    "brevo": brevo,
}
"""The services by name, in the order a payload's shape is tried against them."""


@dataclass(frozen=True, slots=True)
class ServiceBounce:
    """A recipient a sending service reports bounced: the same fields as a bounce email's,
    and the service's own label, as written."""

    provider: str
    """The service: ``"ses"``, ``"sendgrid"``, ``"mailgun"``, ``"postmark"``, ``"sparkpost"``,
    ``"mandrill"``, ``"brevo"``."""
    provider_type: str
    """The service's own label, as written: SES ``Permanent/General``, SparkPost
    ``bounce/10``, Postmark ``HardBounce``, Mailgun ``permanent/bounce``, ..."""
    kind: str
    """Always ``"bounce"``: what sets it apart from a ServiceNotice."""
    recipient: str
    action: str
    """``"failed"``, or ``"delayed"`` where the service will try again."""
    status: str | None
    """The enhanced code the service gives in a field of its own, as written."""
    remote_mta: str | None
    reply: Reply
    entry: BounceCode | None
    type: BounceType
    """Hard or soft, by the recipient's code (delayed is soft), whatever the label says."""
    rule: Rule
    reason: Reason
    verdict: Verdict
    evidence: str | None
    """What decided the reason: the words or the code, or the service's label."""
    time: str | None
    """When, as the service writes it."""
    message_id: str | None
    """The service's id of the message that bounced."""


@dataclass(frozen=True, slots=True)
class ServiceNotice:
    """An event of a sending service that is no bounce: a complaint, a delivery, an
    auto-reply, or anything else (opens, clicks, sends)."""

    provider: str
    provider_type: str
    kind: str
    """``"complaint"``, ``"delivery"``, ``"auto-reply"`` or ``"other"``."""
    recipient: str | None
    text: str | None
    """What the event says in words: a delivery's reply, for one."""
    remote_mta: str | None
    time: str | None
    message_id: str | None


def parse_event(
    payload: bytes | bytearray | str | dict[str, Any] | list[Any],
    /,
    provider: str | None = None,
) -> tuple[ServiceBounce | ServiceNotice, ...]:
    """One result per recipient of each event in a sending service's webhook *payload*:
    JSON as bytes or str, or already decoded (a dict, or a list of events); Mandrill's form
    body (``mandrill_events=...``) too. The service is recognised from the payload's shape,
    or named by *provider* (a key of PROVIDERS). A bounced recipient is a ServiceBounce;
    a complaint, a delivery or any other event a ServiceNotice. An SNS subscription's
    confirmation gives ``()``.

    Input that is no JSON, or no known service's event, raises NotAnEventError (a
    ValueError); any type but those raises TypeError.
    """
    if provider is not None and provider not in PROVIDERS:
        raise ValueError(
            f"parse_event(): no provider {shown(provider)}; one of {', '.join(PROVIDERS)}"
        )
    results: list[ServiceBounce | ServiceNotice] = []
    for event in _events(_decoded(payload), payload):
        reader = PROVIDERS[provider] if provider else _recognised(event, payload)
        results.extend(_result(found, payload) for found in reader.read(event))
    return tuple(results)


def _decoded(payload: object) -> object:
    """The JSON value of *payload*."""
    if isinstance(payload, (dict, list)):
        return payload
    if isinstance(payload, (bytes, bytearray)):
        try:
            payload = bytes(payload).decode("utf-8")
        except UnicodeDecodeError as error:
            raise NotAnEventError(payload, f"not UTF-8: {error.reason}") from None
    elif not isinstance(payload, str):
        raise TypeError(
            "parse_event() takes JSON as bytes or str, or a decoded dict or list, "
            f"not {type(payload).__name__}: {shown(payload)}"
        )
    if payload.startswith("mandrill_events="):
        from urllib.parse import parse_qs  # noqa: PLC0415 (only for a form body)

        payload = (parse_qs(payload).get("mandrill_events") or [""])[0]
    return _json(payload, payload, "not JSON")


def _json(text: str, payload: object, what: str) -> object:
    import json  # noqa: PLC0415 (on first use)

    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        raise NotAnEventError(payload, f"{what}: {str(error)[:80]}") from None


# How many wrappers deep an event may be: a batch of SNS envelopes holds two, and no
# service wraps more; a payload nested deeper is no event (and no stack overflow).
_DEEPEST = 8


def _events(value: object, payload: object, depth: int = 0) -> Iterator[object]:
    """The events of a decoded payload: each of a batch; an SNS envelope's message; a
    Mandrill form's events; the items of a page of Mailgun's Events API."""
    if depth > _DEEPEST:
        raise NotAnEventError(payload, f"events wrapped more than {_DEEPEST} deep")
    depth += 1
    if isinstance(value, list):
        for event in value:
            if not isinstance(event, dict):
                raise NotAnEventError(payload, f"a batch holding {shown(event)}, not an event")
            yield from _events(event, payload, depth)
        return
    if not isinstance(value, dict):
        raise NotAnEventError(payload, f"a JSON {type(value).__name__}, not an event")
    if value.get("Type") in ("SubscriptionConfirmation", "UnsubscribeConfirmation"):
        return  # SNS's own messages: no event inside
    if value.get("Type") == "Notification" and isinstance(value.get("Message"), str):
        message = _json(value["Message"], payload, "an SNS notification whose message is not JSON")
        yield from _events(message, payload, depth)
        return
    if isinstance(value.get("items"), list) and "paging" in value:  # Mailgun's Events API
        yield from _events(value["items"], payload, depth)
        return
    events = value.get("mandrill_events")
    if isinstance(events, str):
        events = _json(events, payload, "mandrill_events is not JSON")
    if isinstance(events, list):
        yield from _events(events, payload, depth)
        return
    yield value


def _recognised(event: object, payload: object) -> ModuleType:
    for reader in PROVIDERS.values():
        if reader.recognises(event):
            return reader
    keys = ", ".join(sorted(event)[:8]) if isinstance(event, dict) else ""
    raise NotAnEventError(payload, f"no known service's event; its fields: {keys}")


def label(provider: str, provider_type: str) -> str:
    """A service's label as a result names it in its evidence, where the label said why."""
    return f"{provider} {provider_type}"


def _result(event: Event, payload: object) -> ServiceBounce | ServiceNotice:
    if event.kind != "bounce":
        return ServiceNotice(
            event.provider,
            event.provider_type,
            event.kind,
            event.recipient,
            event.text,
            event.remote_mta,
            event.time,
            event.message_id,
        )
    if event.recipient is None or event.action is None:
        raise NotAnEventError(payload, f"a {event.provider} bounce without its recipient")
    reply = reply_from_fields(event.basic, event.status, event.text)
    type_, rule, reason, verdict, evidence = labelled_resolution(
        event.action, event.status, reply, event.label, label(event.provider, event.provider_type)
    )
    return ServiceBounce(
        event.provider,
        event.provider_type,
        "bounce",
        event.recipient,
        event.action,
        event.status,
        event.remote_mta,
        reply,
        reply.entry,
        type_,
        rule,
        reason,
        verdict,
        evidence,
        event.time,
        event.message_id,
    )
