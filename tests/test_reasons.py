"""Reasons, parties and verdicts: the taxonomy against reasons.md, the verdict rule as a table,
the reading rule on real cited replies and on every row of the provider code tables, and the
promise that the table's type never depends on a reason."""

from __future__ import annotations

import json
import pickle
import re
from collections import Counter
from pathlib import Path

import pytest

import bouncecodes
from bouncecodes import BounceType, Party, Reason, Verdict, explain, parse_dsn, parse_reply
from bouncecodes import _reason_table as table
from tests.conftest import DATA, ROOT, expected_row, growth

REASONS_MD = DATA / "reasons.md"
SHARED_REASONS_MD = ROOT.parent / "shared" / "reference" / "reasons.md"
HARD, SOFT = BounceType.HARD, BounceType.SOFT


def taxonomy() -> dict[str, str]:
    """reasons.md's table of reasons, read on its own: reason -> party."""
    section = REASONS_MD.read_text("utf-8").split("## The reasons")[1].split("\n## ")[0]
    return dict(re.findall(r"^\| `([a-z-]+)` \| ([a-z]+) \|", section, re.M))


# --- The taxonomy --------------------------------------------------------------------------------


@pytest.mark.skipif(not SHARED_REASONS_MD.exists(), reason="no ../shared beside this checkout")
def test_the_copy_in_tests_is_the_shared_reasons_md_byte_for_byte() -> None:
    assert REASONS_MD.read_bytes() == SHARED_REASONS_MD.read_bytes()


def test_reasons_are_exactly_those_of_reasons_md_with_their_parties() -> None:
    assert len(taxonomy()) == 22
    assert {reason.value: reason.party.value for reason in Reason} == taxonomy()


def test_parties_and_verdicts_are_the_documented_values() -> None:
    assert [party.value for party in Party] == [
        "address",
        "recipient",
        "sender",
        "network",
        "unknown",
    ]
    assert [(verdict.name, verdict.value) for verdict in Verdict] == [
        ("SUPPRESS", "suppress"),
        ("RETRY", "retry"),
        ("FIX_SENDER", "fix-sender"),
    ]


@pytest.mark.parametrize("enum", [Reason, Party, Verdict])
def test_the_enums_are_str_enums_like_bounce_type(enum: type[Reason | Party | Verdict]) -> None:
    for member in enum:
        assert isinstance(member, str)
        assert member == member.value
        assert str(member) == f"{member}" == member.value
        assert enum(member.value) is member
        assert pickle.loads(pickle.dumps(member)) is member


def test_a_reason_keeps_its_party_when_looked_up_by_value() -> None:
    assert Reason("blocked").party is Party.SENDER
    assert Reason("user-unknown").party is Party.ADDRESS
    with pytest.raises(ValueError, match="'no-such-reason'"):
        Reason("no-such-reason")


# --- The verdict rule, as a table ----------------------------------------------------------------

# reasons.md's four rules, written out: (party, type, delayed) -> verdict.
VERDICTS = {
    (party, type_, True): "retry" for party in taxonomy().values() for type_ in (HARD, SOFT)
} | {
    ("address", HARD, False): "suppress",
    ("address", SOFT, False): "suppress",
    ("sender", HARD, False): "fix-sender",
    ("sender", SOFT, False): "fix-sender",
    ("recipient", HARD, False): "suppress",
    ("recipient", SOFT, False): "retry",
    ("network", HARD, False): "suppress",
    ("network", SOFT, False): "retry",
    ("unknown", HARD, False): "suppress",
    ("unknown", SOFT, False): "retry",
}


@pytest.mark.parametrize("reason", list(Reason))
@pytest.mark.parametrize("type_", [HARD, SOFT])
@pytest.mark.parametrize("delayed", [False, True])
def test_the_verdict_rule(reason: Reason, type_: BounceType, delayed: bool) -> None:
    from bouncecodes._classify import verdict_of

    expected = VERDICTS[taxonomy()[reason.value], type_, delayed]
    assert verdict_of(reason, type_, delayed=delayed).value == expected


@pytest.mark.parametrize(
    ("text", "reason", "verdict"),
    [
        # The three of issue 8: the type and the verdict part ways on the first.
        (
            "554 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org",
            "blocked",
            "fix-sender",
        ),
        (
            "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown",
            "user-unknown",
            "suppress",
        ),
        ("452 4.2.2 <bob@example.com>: Mailbox full", "mailbox-full", "retry"),
        # Disabled: the recipient's side, so the table's type decides (row 521 is Soft).
        ("550 5.2.1 The email account that you tried to reach is disabled.", "disabled", "retry"),
        ("550 5.1.1 Mailbox is frozen", "disabled", "suppress"),
        # A recipient receiving too fast is a rate limit: not counted against the address.
        (
            "450 4.2.1 The user you are trying to contact is receiving mail too quickly",
            "rate-limited",
            "fix-sender",
        ),
    ],
)
def test_type_and_verdict_on_real_replies(text: str, reason: str, verdict: str) -> None:
    reply = parse_reply(text)
    assert (reply.reason.value, reply.verdict.value) == (reason, verdict)


# --- The reading rule on real, cited replies ------------------------------------------------------

EXAMPLES = [json.loads(line) for line in (DATA / "reasons.jsonl").read_text("utf-8").splitlines()]


def test_every_reason_has_real_cited_examples() -> None:
    assert {example["reason"] for example in EXAMPLES} == set(taxonomy())
    for example in EXAMPLES:
        assert example["source"].startswith("http"), example


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda example: example["text"][:60])
def test_real_replies_read_as_labelled(example: dict[str, str]) -> None:
    """Each reply reads as its label says (or its second reading). Where we read one
    otherwise, the line says so ("ours") and why; that reading is held too, so that a change
    shows."""
    reply = parse_reply(example["text"])
    if "ours" in example:
        assert example["why"]
        assert reply.reason.value == example["ours"] != example["reason"]
    else:
        assert reply.reason.value in {example["reason"], example["reason_alt"]}


def test_nine_in_ten_real_replies_read_as_labelled() -> None:
    agreeing = sum("ours" not in example for example in EXAMPLES)
    assert agreeing / len(EXAMPLES) >= 0.9


# --- Every row of the tables ---------------------------------------------------------------------

# Provider codes as providers write them, in replies of the shapes they document.
PROVIDER_CODES = [
    ("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked. CXBL", "blocked"),
    ("550 5.7.606 Access denied, banned sending IP [192.0.2.1]. (AS3150)", "blocked"),
    ("550 SC-001 (BAY004-MC1F12) Unfortunately, messages from 192.0.2.1 weren't sent.", "blocked"),
    (
        "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to user complaints",
        "rate-limited",
    ),
    ("554 5.7.9 Message not accepted for policy reasons. [TS03]", "blocked"),
    (
        "451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP "
        "reputation. (S3113)",
        "rate-limited",
    ),
    ("550 5.4.1 Recipient address rejected: Access denied. AS(201806281)", "user-unknown"),
    (
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        "user-unknown",
    ),
    ("550 5.2.1 The email account that you tried to reach is disabled. DisabledUser", "disabled"),
    ("550 5.4.300 Message expired -> 451 4.4.0 ... QUEUE.Expired", "expired"),
    ("554 DT:SPM 163 mx3, bodyacDo4Kuo", "spam"),
    (
        "421 4.7.28 Our system has detected an unusual rate of unsolicited mail ReceivingRate",
        "rate-limited",
    ),
    ("550 5.7.1 [CS01] Message rejected due to local policy", "policy"),
    ("521 5.2.1 : (CON:B1) Poor reputation", "blocked"),
    ("550 5.1.1 RCP-P2 Refused due to recipient preference", "policy"),
    ("550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]", "spam"),
]


@pytest.mark.parametrize(("text", "reason"), PROVIDER_CODES)
def test_provider_codes(text: str, reason: str) -> None:
    reply = parse_reply(text)
    assert reply.reason.value == reason
    assert reply.evidence is not None
    assert reply.evidence in text


@pytest.mark.parametrize(("token", "reason", "source"), table.TOKENS)
def test_every_provider_code_decides_alone_in_any_case(
    token: str, reason: Reason, source: str
) -> None:
    """A provider's code decides whatever else the reply says, written as the provider
    writes it (upper case) or not."""
    for written in (token.upper(), token):
        reply = parse_reply(f"550 5.1.1 Recipient address rejected: user unknown {written}")
        assert (reply.reason, reply.evidence) == (reason, written)
    assert source.startswith(("http", "../shared"))


@pytest.mark.parametrize(("name", "source"), table.BLOCKLISTS)
def test_every_blocklist_named_as_a_zone_or_as_a_url_host(name: str, source: str) -> None:
    zone = parse_reply(f"554 5.7.1 Client host [192.0.2.1] refused by bl.{name}")
    assert (zone.reason, zone.evidence) == (Reason.BLOCKED, name)
    url = parse_reply(f"553 http://www.{name.upper()}/query/bl?ip=192.0.2.1")
    assert (url.reason, url.evidence) == (Reason.BLOCKED, name.upper())
    assert url.verdict is Verdict.FIX_SENDER
    assert source.startswith("http")


# What reasons.md's "Enhanced code alone" says, written out again from it: C.S.D -> reason.
ENHANCED_ALONE = {
    "5.0.0": "unknown", "5.1.0": "user-unknown", "5.1.1": "user-unknown", "5.1.3": "user-unknown",
    "5.1.4": "user-unknown", "5.1.2": "domain-unknown", "5.1.6": "moved",
    "5.1.7": "sender-rejected", "5.1.8": "sender-rejected", "5.1.10": "no-mail",
    "5.2.0": "disabled", "5.2.1": "disabled", "4.2.2": "mailbox-full", "5.2.3": "too-large",
    "5.2.4": "system-error", "4.3.0": "system-error", "5.3.2": "system-error",
    "5.3.4": "too-large", "4.4.1": "network", "4.4.2": "network", "5.4.6": "network",
    "4.4.7": "expired", "5.5.1": "protocol", "5.5.3": "rate-limited", "5.6.0": "policy",
    "5.7.0": "security", "5.7.1": "policy", "5.7.2": "policy", "5.7.3": "security",
    "5.7.8": "security", "5.7.12": "security", "5.7.14": "security",
    "5.7.13": "disabled", "5.7.20": "authentication", "5.7.23": "authentication",
    "5.7.25": "blocked", "5.7.26": "authentication", "5.7.27": "sender-rejected",
    "4.7.28": "rate-limited", "5.7.29": "authentication", "5.7.606": "blocked",
    "5.7.649": "blocked", "5.7.705": "blocked", "5.7.708": "blocked",
    "5.7.509": "authentication", "5.7.515": "authentication", "5.7.520": "policy",
    "5.7.133": "policy", "5.7.57": "security", "5.7.139": "security",
    "5.7.54": "relay-denied", "5.7.64": "relay-denied", "5.2.122": "rate-limited",
    "4.7.650": "rate-limited", "4.7.651": "rate-limited", "5.4.312": "expired",
    "5.4.316": "expired",
}  # fmt: skip


@pytest.mark.parametrize(("enhanced", "reason"), ENHANCED_ALONE.items())
def test_an_enhanced_code_alone(enhanced: str, reason: str) -> None:
    reply = parse_reply(f"{enhanced[0]}50 {enhanced} Requested action not taken")
    assert reply.reason.value == reason
    assert reply.evidence == (None if reason == "unknown" else enhanced)


@pytest.mark.parametrize(("code", "reading"), table.ENHANCED.items())
def test_every_row_of_the_enhanced_table_is_read_and_sourced(
    code: tuple[int, int], reading: tuple[Reason, str]
) -> None:
    """Every row of the table, in both classes, with words that say nothing."""
    for class_ in (4, 5):
        enhanced = f"{class_}.{code[0]}.{code[1]}"
        assert parse_reply(f"{class_}50 {enhanced} nothing said").reason is reading[0]
    assert reading[1].startswith(("RFC", "http", "../shared"))


@pytest.mark.parametrize("subject", [8, 9])
def test_a_subject_rfc_3463_does_not_define_says_nothing(subject: int) -> None:
    """The grammar reads subjects 0-9; 8 and 9 have no reading: the basic code says."""
    for text, reason in ((f"550 5.{subject}.1 x", "unknown"), (f"535 5.{subject}.0 x", "security")):
        reply = parse_reply(text)
        assert reply.reason.value == reason
        assert "Reason" in explain(reply)


# reasons.md's "Basic code alone", written out again: code -> reason.
BASIC_ALONE = {
    421: "system-error", 450: "unknown", 550: "unknown", 553: "unknown", 554: "unknown",
    451: "system-error", 452: "system-error", 521: "no-mail", 556: "no-mail", 530: "security",
    534: "security", 535: "security", 538: "security", 454: "security", 500: "protocol",
    501: "protocol", 502: "protocol", 503: "protocol", 504: "protocol", 555: "protocol",
    551: "user-unknown",
}  # fmt: skip


@pytest.mark.parametrize(("basic", "reason"), BASIC_ALONE.items())
def test_a_basic_code_alone(basic: int, reason: str) -> None:
    reply = parse_reply(f"{basic} Requested action not taken")
    assert reply.reason.value == reason
    assert reply.evidence == (None if reason == "unknown" else str(basic))


def test_the_basic_table_is_what_reasons_md_says() -> None:
    assert {code: reading[0].value for code, reading in table.BASIC.items()} == {
        code: reason for code, reason in BASIC_ALONE.items() if reason != "unknown"
    }


@pytest.mark.parametrize(("wording", "reason", "source"), table.PHRASES)
def test_every_wording_reads_as_its_reason(wording: str, reason: Reason, source: str) -> None:
    """Each wording alone, in a reply whose code says nothing (so only the words can say why),
    and in upper case."""
    for written in (wording, wording.upper()):
        reply = parse_reply(f"550 {written}")
        assert (reply.reason, reply.evidence) == (reason, written)
    assert source.startswith(("http", "RFC", "../shared"))
    assert reason in table.PRIORITY


@pytest.mark.parametrize(
    ("subjects", "states", "reason", "source"), table.SENTENCES, ids=lambda row: str(row)[:30]
)
def test_every_refusal_sentence_reads_as_its_reason_however_it_is_linked(
    subjects: tuple[str, ...], states: tuple[str, ...], reason: Reason, source: str
) -> None:
    """Each subject with each state, linked each way, reads as the row's reason, in any case;
    where PHRASES holds the same wording with another reason, the first in PRIORITY."""
    for written in linked(subjects, states):
        assert_reads_as_its_row(written.title(), reason)
    assert source.startswith("http")


def linked(subjects: tuple[str, ...], states: tuple[str, ...]) -> list[str]:
    """A sentence row's every subject with every state, linked each way: a state that starts
    with "not " also after a link that took the "not" ("isn't allowed")."""
    return [
        f"{subject} {link}{state}"
        for subject in subjects
        for link in table.LINKS
        for state in states
    ] + [
        f"{subject} {link}{state.removeprefix('not ')}"
        for subject in subjects
        for link in table.NEGATED_LINKS
        for state in states
        if state.startswith("not ")
    ]


def test_a_subject_reads_the_same_as_servers_misspell_it() -> None:
    """Every subject of both sentence tables that holds a word of SPELLINGS, written the
    other way, reads as its row: "e-mail adress unknown", "ip adress rejected"."""
    tried = 0
    for word, misspelt in table.SPELLINGS:
        for subjects, states, reason, _ in table.SENTENCES:
            for subject in subjects:
                if word in subject:
                    written = f"{subject.replace(word, misspelt)} {states[0]}"
                    assert_reads_as_its_row(written.title(), reason)
                    tried += 1
        for states, subjects, reason, _ in table.NAMED:
            for subject in subjects:
                if word in subject:
                    written = f"{states[0]} {subject.replace(word, misspelt)}"
                    assert_reads_as_its_row(written.title(), reason)
                    tried += 1
    assert tried > 20
    assert parse_reply("550 recipient e-mail adress unknown").reason is Reason.USER_UNKNOWN


def test_a_negated_state_reads_the_same_with_its_not_in_the_link() -> None:
    """qmail writes "isn't"; others "is not", or "isnt" without the apostrophe, or with a
    typographic one. A state that takes no "not" is not read after such a link: "isn't
    denied" is no refusal."""
    for written in (
        "Sender address is not allowed",
        "Sender address isn't allowed",
        "Sender address isn\u2019t allowed",
        "Sender address isnt allowed",
        "Sender address has not been verified",
    ):
        assert parse_reply(f"550 {written}").evidence == written
        assert parse_reply(f"550 {written}").reason is Reason.SENDER_REJECTED
    assert parse_reply("550 Sender address isn't denied").reason is Reason.UNKNOWN


def assert_reads_as_its_row(written: str, reason: Reason) -> None:
    """A composed refusal alone reads as its row's *reason*, the whole of it the evidence;
    where PHRASES holds the same wording with another reason, the first in PRIORITY."""
    reply = parse_reply(f"550 {written}")
    said = {reason, AUTHORED.get(written.lower(), reason)}
    assert reply.reason == min(said, key=table.PRIORITY.index), written
    assert reply.evidence == written


AUTHORED = {wording: said for wording, said, _ in table.PHRASES}


def composed() -> list[tuple[str, Reason]]:
    """Every refusal the two sentence tables compose, with its row's reason."""
    said = [
        (written, reason)
        for subjects, states, reason, _ in table.SENTENCES
        for written in linked(subjects, states)
    ]
    return said + [
        (f"{state} {subject}", reason)
        for states, subjects, reason, _ in table.NAMED
        for state in states
        for subject in subjects
    ]


@pytest.mark.parametrize(
    ("states", "subjects", "reason", "source"), table.NAMED, ids=lambda row: str(row)[:30]
)
def test_every_refusal_that_names_its_state_first_reads_as_its_reason(
    states: tuple[str, ...], subjects: tuple[str, ...], reason: Reason, source: str
) -> None:
    """Each state, then each subject, reads as the row's reason, in any case; where PHRASES
    holds the same wording with another reason, the first in PRIORITY."""
    for state in states:
        for subject in subjects:
            assert_reads_as_its_row(f"{state} {subject}".title(), reason)
    assert source.startswith("http")


def test_a_refusal_sentence_names_who_is_refused() -> None:
    """The same state blames whoever the sentence names: the sender, or the mailbox."""
    sender = parse_reply("554 5.1.0 Sender denied")
    assert (sender.reason, sender.verdict) == (Reason.SENDER_REJECTED, Verdict.FIX_SENDER)
    listed = parse_reply("550 5.1.1 <bob@example.com> sender is blocklisted")
    assert (listed.reason, listed.verdict) == (Reason.BLOCKED, Verdict.FIX_SENDER)
    mailbox = parse_reply("550 Mailbox has been disabled")
    assert (mailbox.reason, mailbox.verdict) == (Reason.DISABLED, Verdict.SUPPRESS)
    suppressed = parse_reply("554 5.7.1 Recipient address was suppressed due to system policy")
    assert (suppressed.reason, suppressed.verdict) == (Reason.SUPPRESSED, Verdict.SUPPRESS)
    # The sender's own login refused (Microsoft 535 5.7.139): not the mailbox of a recipient.
    login = parse_reply("535 5.7.139 Authentication unsuccessful, the user account is disabled.")
    assert (login.reason, login.verdict) == (Reason.SECURITY, Verdict.FIX_SENDER)
    # A sender, or its address or domain, unknown or not found is the sender's refused, not
    # the recipient's address dead, though "address unknown" alone is.
    for text in ("550 Sender address unknown", "550 5.1.2 Sender domain does not exist"):
        unknown = parse_reply(text)
        assert (unknown.reason, unknown.verdict) == (Reason.SENDER_REJECTED, Verdict.FIX_SENDER)
    assert parse_reply("550 Address unknown").verdict is Verdict.SUPPRESS
    # An address invalid can never deliver (X.1.3): the recipient's, the sender's, or an IP's.
    assert parse_reply("550 Recipient address is invalid").reason is Reason.USER_UNKNOWN
    assert parse_reply("550 Return address invalid").reason is Reason.SENDER_REJECTED
    assert parse_reply("550 IP address invalid").reason is Reason.BLOCKED
    # A wrapper that calls every failure an invalid address says nothing (Zoho, JavaMail).
    full = parse_reply("Invalid Address, ERROR_CODE :550, ERROR_CODE :5.2.2 Mailbox Full")
    assert full.reason is Reason.MAILBOX_FULL
    # The subject is a whole word: "unsender" names no sender.
    assert parse_reply("550 Unsender denied").reason is Reason.UNKNOWN
    # "message exceeded" is no size: Gmail's 5.6.0 "Message exceeded 50 hops".
    hops = parse_reply("554 5.6.0 Message exceeded 50 hops, this may indicate a mail loop.")
    assert hops.reason is Reason.NETWORK


@pytest.mark.parametrize(
    ("subjects", "states", "reason", "source"), table.SENTENCES, ids=lambda row: str(row)[:30]
)
@pytest.mark.parametrize("named", ["<bob@example.com>", "bob@example.com", "[192.0.2.1]", '"bob"'])
def test_the_address_a_refusal_names_may_stand_after_its_subject(
    subjects: tuple[str, ...], states: tuple[str, ...], reason: Reason, source: str, named: str
) -> None:
    """ "User <bob@example.com> unknown", "Mailbox <bob@example.com> is full": an address, or a
    word in brackets or quotes, between the subject and the rest reads as the sentence
    without it, and the evidence holds it."""
    subject = next(subject for subject in subjects if not subject.endswith("from"))
    for link in ("", "is ", "has been "):
        for state in (states[0], states[-1]):
            written = f"{subject} {named} {link}{state}".title()
            reply = parse_reply(f"550 {written}")
            alone = parse_reply(f"550 {subject} {link}{state}")
            assert (reply.reason, reply.evidence) == (alone.reason, written)
            assert reply.reason in {reason, AUTHORED.get(f"{subject} {link}{state}")}


def test_an_address_after_a_refusals_subject_is_the_only_word_between() -> None:
    # Two words between, no space after, or a word that is no address: no sentence.
    for text in (
        "550 User <bob@example.com> here unknown",
        "550 User <bob@example.com>unknown",
        "550 User bob unknown",
        "550 User [] unknown",
    ):
        assert parse_reply(text).reason is Reason.UNKNOWN, text
    # After "from", the address names who sent a mail: the mail is refused, for its reason.
    policy = parse_reply("554 Mail from bob@example.com rejected for policy reasons")
    assert policy.reason is Reason.POLICY
    assert parse_reply("554 Mail from bob@example.com rejected").reason is Reason.UNKNOWN
    # The evidence runs to the found words, not to the same word inside the address.
    named = parse_reply("550 User <unknown@example.com> unknown")
    assert named.evidence == "User <unknown@example.com> unknown"
    bare = parse_reply("550 User unknown@example.com unknown")
    assert bare.evidence == "User unknown@example.com unknown"
    # A subject in a URL is no subject.
    assert parse_reply("550 https://example.com/user <bob@example.com> unknown").reason is (
        Reason.UNKNOWN
    )


def test_every_table_entry_says_where_it_is_documented() -> None:
    for entries in (table.STAGES, table.MESSAGE_STAGES, table.TEMPORARY_READINGS):
        for _, _, source in entries:
            assert source.startswith(("http", "RFC", "../shared"))
    for _, source in (*table.RELAYS, *table.GENERAL_REFUSALS):
        assert source.startswith("http")
    for _, _, _, source in table.WORDS_WITH_CODES:
        assert source.startswith("http")
    for _, source in table.SUBJECTS.values():
        assert source.startswith("RFC")
    for _, source in table.BASIC.values():
        assert source.startswith("RFC")


def test_no_wording_is_listed_twice() -> None:
    wordings = [text for text, _, _ in (*table.TOKENS, *table.PHRASES, *table.STAGES)]
    wordings += [text for text, _, _ in table.MESSAGE_STAGES]
    wordings += [name for name, _ in (*table.BLOCKLISTS, *table.RELAYS)]
    assert [text for text, count in Counter(wordings).items() if count > 1] == []


def test_the_priority_names_every_reason_but_unknown_once() -> None:
    assert sorted(table.PRIORITY) == sorted(set(Reason) - {Reason.UNKNOWN})


# --- How the words are read ----------------------------------------------------------------------


def test_the_words_come_before_the_codes() -> None:
    reply = parse_reply("550 5.1.1 <bob@example.com> blocked using zen.spamhaus.org")
    assert (reply.entry, reply.type) == (bouncecodes.CODES[511], HARD)  # the codes: the row
    assert (reply.reason, reply.verdict) == (Reason.BLOCKED, Verdict.FIX_SENDER)  # the words


def test_a_general_refusal_gives_way_to_the_sender_side_reason_after_it() -> None:
    """Postfix's "Client host rejected: <text>": the text says why the client was refused."""
    for general, _ in table.GENERAL_REFUSALS:
        throttled = parse_reply(f"450 4.7.1 <x[192.0.2.1]>: {general.title()}: Throttled, spam")
        assert (throttled.reason, throttled.evidence) == (Reason.RATE_LIMITED, "Throttled")
        # Where the text names no refusal of the sender, the general refusal stands: nor
        # does a reason of the address overrule it, nor one before it.
        for text in (
            f"554 5.7.1 {general}: Access denied",
            f"554 {general}: user unknown",
            f"554 Throttled before; {general}: Access denied",
        ):
            assert parse_reply(text).reason is Reason.BLOCKED, text


def test_of_several_wordings_a_refusal_of_the_sender_comes_first() -> None:
    reply = parse_reply("550 5.1.1 User unknown; also listed in Spamhaus")
    assert reply.reason is Reason.BLOCKED


EAST_ASIAN = [(wording, reason) for wording, reason, _ in table.PHRASES if wording >= "\u2e80"]


def test_the_table_holds_wordings_in_east_asian_scripts() -> None:
    assert len(EAST_ASIAN) >= 10


@pytest.mark.parametrize(("wording", "reason"), EAST_ASIAN)
def test_a_wording_in_an_east_asian_script_stands_anywhere_in_a_run_of_it(
    wording: str, reason: Reason
) -> None:
    """Chinese, Japanese and Korean put no space between words: a wording stands inside a
    longer run of their characters ("该用户不存在" holds "用户不存在")."""
    text = f"550 退信原因 该{wording}导致邮件被系统退回"
    reply = parse_reply(text)
    assert (reply.reason, reply.evidence) == (reason, wording)
    assert parse_reply(text.replace(wording, wording[:-1] + " " + wording[-1])).reason is (
        Reason.UNKNOWN
    )  # split, it is not there


def test_the_words_of_a_token_joined_by_underscores_count() -> None:
    """ "SPAM_SUSPECT" holds the word "spam", in ASCII and in other text alike; a word still
    stands whole only between non-word characters ("antispam_bat" holds no "spam")."""
    for text in ("554 (SPAM_SUSPECT:IP_CONTROL)", "554 (SPAM_SUSPECT:IP_CONTROL) für dich"):
        assert parse_reply(text).reason is Reason.SPAM, text
    assert parse_reply("554 ANTISPAM_BAT").reason is Reason.UNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "550 5.1.1 user unknown; see https://example.com/help/spam-blocked-virus-dmarc",
        "550 5.1.1 user unknown, www.example.com/blacklist-removal",
        "550 5.1.1 user unknown (ftp://example.com/spf/dkim)",
        "550 5.1.1 <spam-trap@virus.example.com>: user unknown",
        "550 5.1.1 user unknown, see http://example.com/www.spamhaus.org/",
    ],
)
def test_words_inside_a_url_or_an_address_do_not_count(text: str) -> None:
    reply = parse_reply(text)
    assert (reply.reason, reply.evidence) == (Reason.USER_UNKNOWN, "user unknown")


@pytest.mark.parametrize(
    "text",
    [
        "550 https://example.com/user unknown",  # a wording whose first word ends a URL
        "550 see www.example.com/no such user",
        "550 https://example.com/account disabled",  # a sentence whose subject ends a URL
        "550 rejected: mailbox full@example.com",  # a wording whose last word opens an address
    ],
)
def test_a_wording_that_starts_or_ends_inside_a_url_or_an_address_does_not_count(
    text: str,
) -> None:
    assert parse_reply(text).reason is Reason.UNKNOWN
    assert parse_reply(text.replace("/", "/ ").replace("full@", "full @")).reason is not (
        Reason.UNKNOWN
    )  # the same words outside it count


def test_a_wording_counts_where_the_longer_one_that_holds_it_is_not_whole_words() -> None:
    """A wording is passed over inside a longer one ("ptr" in "ptr record"), but not where
    the longer one does not stand as whole words ("PTR records"): there it is all there is."""
    held = parse_reply("550 5.7.1 no PTR record found")
    assert (held.reason, held.evidence) == (Reason.BLOCKED, "PTR record")
    alone = parse_reply("550 5.7.0 Your server requires PTR records")
    assert (alone.reason, alone.evidence) == (Reason.BLOCKED, "PTR")


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("550 5.7.1 HELO hostname does not exist", "HELO hostname does not exist"),
        ("550 helo host name does not exist", "helo host name does not exist"),
    ],
)
def test_a_wording_or_sentence_inside_a_longer_sentence_is_passed_over(
    text: str, evidence: str
) -> None:
    """The client's HELO name is not the recipient's domain ("hostname does not exist") nor
    an address ("does not exist"), though both stand inside it and rank before policy."""
    reply = parse_reply(text)
    assert (reply.reason, reply.evidence, reply.verdict) == (
        Reason.POLICY,
        evidence,
        Verdict.FIX_SENDER,
    )
    shorter = parse_reply(text.replace("HELO ", "").replace("helo ", ""))
    assert shorter.reason is Reason.DOMAIN_UNKNOWN  # the same words without it still count


def test_a_url_alone_says_nothing_but_its_blocklist_host() -> None:
    assert parse_reply("550 https://support.example.com/mail/?p=BlockedSpam").reason is (
        Reason.UNKNOWN
    )
    reply = parse_reply("553 see https://check.spamhaus.org/listed/?searchterm=192.0.2.1")
    assert (reply.reason, reply.evidence) == (Reason.BLOCKED, "spamhaus.org")


def test_in_a_relay_wrapped_reply_the_remote_servers_words_count() -> None:
    gmail = (
        "550 5.7.1 Google tried to deliver your message, but it was rejected by the server "
        "for the recipient domain example.org by mx.example.org. [192.0.2.1]. The error that "
        "the other server returned was: 550 5.1.1 <bob@example.org>: user unknown"
    )
    assert parse_reply(gmail).reason is Reason.USER_UNKNOWN
    exchange = (
        "Delivery failed; our spam and virus filters passed it. "
        "Remote Server returned '550 5.2.2 mailbox full'"
    )
    assert parse_reply(exchange).reason is Reason.MAILBOX_FULL
    # The relay's words still count where the remote server's say nothing.
    bare = "421 4.4.2 Connection timed out; the remote server returned '421'"
    assert parse_reply(bare).reason is Reason.NETWORK


def test_where_in_the_dialogue_the_server_refused() -> None:
    """A refusal at MAIL FROM or at the greeting is about the sender: it overrules a reading
    that would blame the address, or that only the code gave."""
    mail_from = (
        "SMTP error from remote mail server after MAIL FROM:<a@example.org>: 550 5.1.1 no such user"
    )
    assert parse_reply(mail_from).reason is Reason.SENDER_REJECTED
    greeting = "connect to mx.example.org[192.0.2.1]: server refused to talk to me: 421 busy"
    assert parse_reply(greeting).reason is Reason.BLOCKED
    # What the words name as the sender's fault stays.
    spam = "SMTP error from remote mail server after MAIL FROM:<a@example.org>: 550 spam"
    assert parse_reply(spam).reason is Reason.SPAM


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("552 5.2.2 Quota exceeded", Reason.MAILBOX_FULL),
        ("550 (Mailbox) Quota Violation", Reason.MAILBOX_FULL),
        ("554 CAT : You've reached your daily relay quota", Reason.RATE_LIMITED),
        ("450 4.7.3 Organization queue quota exceeded", Reason.RATE_LIMITED),
        ("550 Send quota exceeded", Reason.RATE_LIMITED),
        ("550 5.4.6 Sender quota exceeded", Reason.RATE_LIMITED),
        ("452 4.5.3 Daily message limit exceeded", Reason.RATE_LIMITED),
        ("552 5.2.2 Mailbox limit exceeded", Reason.MAILBOX_FULL),
    ],
)
def test_a_senders_quota_or_limit_is_a_rate_limit_a_mailboxs_a_full_mailbox(
    text: str, reason: Reason
) -> None:
    assert parse_reply(text).reason is reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("554 5.7.1 Client host [192.0.2.1] blocked you may be infected", Reason.BLOCKED),
        ("554 5.7.1 Virus found: infected attachment", Reason.VIRUS),
        (
            "550-5.7.1 Our system has detected that this message is likely unsolicited mail. To"
            " reduce the amount of spam sent to Gmail, this message has been blocked.",
            Reason.SPAM,
        ),
        (
            "550-5.7.1 This message is not RFC 5322 compliant. There are multiple Cc headers. To"
            " reduce the amount of spam sent to Gmail, this message has been blocked.",
            Reason.POLICY,
        ),
    ],
)
def test_words_that_explain_a_refusal_do_not_decide_it(text: str, reason: Reason) -> None:
    """The words "you may be infected" say why the client's host is listed, not that the
    message holds a virus; Gmail's "to reduce the amount of spam" follows whatever refusal it
    names."""
    assert parse_reply(text).reason is reason


def test_a_temporary_reputation_refusal_is_a_rate_limit_a_permanent_one_a_block() -> None:
    assert parse_reply("421 4.7.0 low reputation of the sending domain").reason is (
        Reason.RATE_LIMITED
    )
    assert parse_reply("550 5.7.1 low reputation of the sending domain").reason is Reason.BLOCKED


@pytest.mark.parametrize(("reason", "reading"), table.TEMPORARY_SENTENCE_READINGS.items(), ids=str)
def test_a_sentence_that_cannot_hold_in_a_temporary_reply_reads_as_what_that_means(
    reason: Reason, reading: tuple[Reason, str]
) -> None:
    """Every sentence of the row's reason reads as it in a permanent reply, and as the
    temporary reading in a temporary one: Cyrus's "451 4.2.1 Mailbox Moved" is a move
    between its own servers, to retry, not an address to drop."""
    said = [written for written, row in composed() if row is reason]
    assert said
    for written in said:
        assert parse_reply(f"550 {written}").reason is reason, written
        assert parse_reply(f"451 {written}").reason is reading[0], written
    assert parse_reply("451 4.2.1 Mailbox Moved").verdict is Verdict.RETRY
    assert reading[1].startswith("RFC")


@pytest.mark.parametrize(("code", "wording", "reason", "source"), table.WORDS_WITH_CODES)
def test_every_code_read_with_its_words(
    code: tuple[int, int], wording: str, reason: Reason, source: str
) -> None:
    """Each row: the code with its words reads as the row says; with other words, as the
    code alone does; the words with another code, not so."""
    enhanced = f"5.{code[0]}.{code[1]}"
    assert parse_reply(f"550 {enhanced} {wording}").reason is reason
    alone = table.ENHANCED.get(code, table.SUBJECTS[code[0]])[0]
    assert alone is not reason
    assert parse_reply(f"550 {enhanced} nothing said").reason is alone
    assert parse_reply(f"550 5.0.0 {wording}").reason is not reason
    assert source.startswith("http")


@pytest.mark.parametrize(("basic", "wording", "reason", "source"), table.BASIC_WITH_WORDS)
def test_every_reply_code_read_with_its_words(
    basic: int, wording: str, reason: Reason, source: str
) -> None:
    """Each row: the reply code with its words reads as the row says, the code its evidence;
    with other words, as the code alone does; an enhanced code that says why decides first."""
    refused = parse_reply(f"{basic} <192.0.2.1> is {wording}")
    assert (refused.reason, refused.evidence) == (reason, str(basic))
    alone = table.BASIC.get(basic, (Reason.UNKNOWN, ""))[0]
    assert parse_reply(f"{basic} nothing said").reason is alone is not reason
    assert parse_reply(f"{basic} {basic // 100}.1.1 {wording}").reason is Reason.USER_UNKNOWN
    assert parse_reply(f"{basic} https://example.com/{wording}").reason is alone  # not in a URL
    assert parse_reply(f"{basic} un{wording}").reason is alone  # whole words
    assert source.startswith(("http", "../shared"))


def test_a_code_read_together_with_its_words() -> None:
    assert parse_reply("421 4.7.0 Try again later, closing connection.").reason is (
        Reason.RATE_LIMITED
    )
    assert parse_reply("421 4.7.0 closing connection.").reason is Reason.SECURITY


def test_a_refusal_that_names_only_an_ip_address_blames_the_sender() -> None:
    reply = parse_reply("550 Mail from 192.0.2.1 refused")
    assert (reply.reason, reply.evidence) == (Reason.BLOCKED, "192.0.2.1")
    # Not without a reply code: the text need not be a server's refusal at all.
    assert parse_reply("Sender-MTA: <192.0.2.1>").reason is Reason.UNKNOWN
    # Not a version number, nor a word that only begins with "ip".
    assert parse_reply("550 Mail from 1.2.3.4.5 refused").reason is Reason.UNKNOWN
    assert parse_reply("550 iptables said no").reason is Reason.UNKNOWN
    # Nor the section of an RFC a reply points to.
    for text in ("550 See RFC 2821 4.1.1.1", "550 see rfc5321 4.1.1.1", "550 see RFC 821 4.1.1.1"):
        assert parse_reply(text).reason is Reason.UNKNOWN, text


@pytest.mark.parametrize(("wording", "source"), table.CLIENT_NAMED)
def test_a_refusal_that_names_only_the_client_refuses_the_sender(wording: str, source: str) -> None:
    """A reply is written to the client: "you", and "your" host or domain, are the sender."""
    for text in (f"550 {wording.title()} zzz", f"{wording.title()} zzz"):  # a code or none
        reply = parse_reply(text)
        assert (reply.reason, reply.verdict, reply.evidence) == (
            Reason.POLICY,
            Verdict.FIX_SENDER,
            wording.title(),
        ), text
    assert source.startswith("http")


def test_the_client_named_counts_only_where_nothing_else_says_why() -> None:
    # The words and the codes come first: the recipient's own refusals too.
    for text, reason in (
        ("550 5.1.1 You are not a user here", Reason.USER_UNKNOWN),
        ("552 5.2.2 Your domain's mailbox is over its limit", Reason.MAILBOX_FULL),
        ("550 Mail from 192.0.2.1 refused: you must wait", Reason.BLOCKED),
        ("550 Your account is blocked using zen.spamhaus.org", Reason.BLOCKED),
    ):
        assert parse_reply(text).reason is reason, text
    # Not the message the client sent, nor whom it tried to reach, nor an address.
    for text in (
        "550 I am sorry to tell you that your message to bob could not be delivered",
        "550 The user you are trying to contact said no",
        "550 Mail from you@example.com refused",
        "550 Your domains zzz",  # whole words only
    ):
        assert parse_reply(text).reason is Reason.UNKNOWN, text


def test_a_refusal_at_the_end_of_data_that_says_nothing_more_refuses_the_message() -> None:
    """The recipients were accepted at RCPT TO: a refusal after the data refuses the mail."""
    for text, stage in (
        (
            "host mx.example.com[192.0.2.1] said: 554 Format restriction violation (in reply"
            " to end of\n    DATA command)",
            "in reply to end of DATA command",
        ),
        ("SMTP error from remote mail server after end of data: 550 Go away", "after end of data"),
        (
            "SMTP error from remote mail server after pipelined end of data: 550 Go away",
            "after pipelined end of data",
        ),
    ):
        reply = parse_reply(text)
        assert (reply.reason, reply.verdict) == (Reason.POLICY, Verdict.FIX_SENDER), text
        assert reply.evidence == stage
    # What the words or the codes say comes first, the recipient's own refusals too.
    for text, reason in (
        ("550 5.1.1 No such user (in reply to end of DATA command)", Reason.USER_UNKNOWN),
        ("552 5.2.2 Go away (in reply to end of DATA command)", Reason.MAILBOX_FULL),
        ("451 Go away (in reply to end of DATA command)", Reason.SYSTEM_ERROR),
        ("550 Go away from 192.0.2.1 (in reply to end of DATA command)", Reason.BLOCKED),
    ):
        assert parse_reply(text).reason is reason, text
    # Not over LMTP, whose server answers for each recipient after the data; nor at another
    # stage, nor where the words only look alike.
    for text in (
        "LMTP error after end of data: 550 Go away",
        "550 Go away (in reply to RCPT TO command)",
        "550 Go away (in reply to end of DATAX command)",
        "550 Unexpected end of data",
    ):
        assert parse_reply(text).reason is Reason.UNKNOWN, text


# sysexits.h's exit statuses, written out again: status -> reason (the rest: system-error).
EXIT_STATUSES = {67: "user-unknown", 68: "domain-unknown", 64: "system-error", 69: "system-error",
                 71: "system-error", 75: "system-error", 77: "system-error", 78: "system-error",
                 1: "system-error", 255: "system-error"}  # fmt: skip


@pytest.mark.parametrize(("status", "reason"), EXIT_STATUSES.items())
def test_a_local_mailers_exit_status_is_its_word_on_why(status: int, reason: str) -> None:
    """Sendmail gives a program's exit status as the whole diagnostic; it says more than the
    Status code made from it ("X-Unix; 71" with Status 4.5.0 is the system's error, not a
    protocol one)."""
    for text in (
        f"Diagnostic-Code: X-Unix; {status}",
        f"Status: 4.5.0\nDiagnostic-Code: X-Unix; {status}",
    ):
        reply = parse_reply(text)
        assert (reply.reason, reply.evidence) == (Reason(reason), str(status))
    assert table.EXIT_STATUSES.get(status, table.OTHER_EXIT_STATUS)[1].startswith("http")


def test_a_number_is_no_exit_status_beside_a_reply_code_or_beyond_a_byte() -> None:
    assert parse_reply("550 5.1.1 77").reason is Reason.USER_UNKNOWN  # the codes say
    assert parse_reply("550 77").reason is Reason.UNKNOWN
    assert parse_reply("Diagnostic-Code: X-Unix; 1234").reason is Reason.UNKNOWN
    assert parse_reply("Diagnostic-Code: X-Unix; \u0667").reason is Reason.UNKNOWN  # not ASCII


def test_a_typographic_apostrophe_and_a_capital_dotted_i() -> None:
    assert parse_reply("550 The address couldn\u2019t be found").reason is Reason.USER_UNKNOWN
    reply = parse_reply("550 \u0130stanbul: user unknown")
    assert (reply.reason, reply.evidence) == (Reason.USER_UNKNOWN, "user unknown")


def test_no_code_and_no_words() -> None:
    reply = parse_reply("something went wrong")
    assert (reply.reason, reply.verdict, reply.evidence) == (Reason.UNKNOWN, Verdict.SUPPRESS, None)


def test_reading_a_reason_is_linear_in_the_texts_length() -> None:
    from bouncecodes._classify import reason_of

    def read(text: str) -> object:
        return reason_of(text, 550, "5.7.1")

    units = ["user unknow ", "http://a/", "a@b ", "spamhaus.or ", "ip ", "1.1.1.", "@", "a"]
    units += ["spam@x ", "http://a/spam ", "xspamx ", "user unknown ", "www.x/spam "]
    for unit in units:
        assert growth(read, unit * 2_000, unit * 20_000) < 30, unit
    # A long run of text before an "@" that does not join it.
    assert growth(read, "a" * 2_000 + " @", "a" * 20_000 + " @") < 30

    # Where the codes say nothing: the client named; sentences that hold other wordings.
    def uncoded(text: str) -> object:
        return reason_of(text, None, None)

    units = ["you are not ", "from you@x ", "helo hostname does not exist. "]
    units += ["your account has been suspended. "]
    for unit in units:
        assert growth(uncoded, unit * 2_000, unit * 20_000) < 30, unit


# --- The type never depends on the reason --------------------------------------------------------


def test_type_unchanged_on_every_corpus_line() -> None:
    """On every reply of the corpus, the row and the type are what the codes alone resolve to,
    whatever reason the words give."""
    for line in (DATA / "replies.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        reply = parse_reply(record["text"])
        _ = reply.reason  # read the reason first: nothing it does may touch the type
        row = expected_row(reply.basic, reply.enhanced)
        assert (reply.entry.code if reply.entry else None) == row
        assert reply.type.value == record["type"]


def test_a_bounced_recipients_reason_follows_its_report() -> None:
    for path in sorted((DATA / "dsn").iterdir()):
        if path.suffix != ".eml":
            continue
        try:
            bounces = parse_dsn(path.read_bytes())
        except bouncecodes.NotAnEmailError:
            continue  # the fixtures of what is not an email at all
        for bounce in bounces:
            reply = bounce.reply
            if bounce.action == "delayed":
                assert (bounce.type, bounce.verdict) == (SOFT, Verdict.RETRY)
            else:
                assert bounce.type is reply.type
            if bounce.reason is not reply.reason:  # the sender gave up on a network failure
                assert (reply.reason, bounce.reason) == (Reason.NETWORK, Reason.EXPIRED)
                assert bounce.action == "failed"
                assert (reply.enhanced or bounce.status or "4")[0] != "5"


def test_a_failed_recipient_on_a_network_error_expired(tmp_path: Path) -> None:
    report = (
        "From: MAILER-DAEMON@example.org\nTo: a@example.org\nSubject: failure\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n'
        "--b\nContent-Type: text/plain\n\nGave up.\n\n"
        "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; example.org\n\n"
        "Final-Recipient: rfc822; bob@example.com\nAction: failed\nStatus: {status}\n"
        "Diagnostic-Code: smtp; Connection timed out\n\n--b--\n"
    )
    (gave_up,) = parse_dsn(report.format(status="4.4.1"))
    assert (gave_up.reason, gave_up.evidence, gave_up.verdict) == (
        Reason.EXPIRED,
        "Connection timed out",
        Verdict.RETRY,
    )
    (final,) = parse_dsn(report.format(status="5.4.1"))
    assert (final.reason, final.verdict) == (Reason.NETWORK, Verdict.SUPPRESS)


# A report of one recipient; X-Failed-Recipients names it where its block names a pipe only.
PROGRAM_REPORT = (
    "From: MAILER-DAEMON@example.org\nTo: a@example.org\nSubject: failure\nMIME-Version: 1.0\n"
    "X-Failed-Recipients: bob@example.org\n"
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n'
    "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; example.org\n\n"
    "Final-Recipient: {final}\n{actual}Action: {action}\nStatus: {status}\n{diagnostic}\n--b--\n"
)


@pytest.mark.parametrize(
    ("final", "actual"),
    [
        ("rfc822; bob@example.org", "X-Actual-Recipient: X-Unix; |/usr/bin/procmail -f-\n"),
        ("rfc822;|/usr/bin/procmail -f-", ""),  # Exim names the pipe itself
    ],
)
def test_a_recipient_delivered_to_a_program_failed_in_its_mailer(final: str, actual: str) -> None:
    """A local pipe that failed with no words to say why is the receiving system's mailer
    failing, whatever its Status alone would read as (5.5.0: protocol, the sender's)."""
    block = {"final": final, "actual": actual, "diagnostic": ""}
    (failed,) = parse_dsn(PROGRAM_REPORT.format(action="failed", status="5.5.0", **block))
    assert (failed.recipient, failed.reason, failed.evidence, failed.verdict) == (
        "bob@example.org",
        Reason.SYSTEM_ERROR,
        "|/usr/bin/procmail -f-",
        Verdict.SUPPRESS,  # row 550, Hard: the table's type decides
    )
    (delayed,) = parse_dsn(PROGRAM_REPORT.format(action="delayed", status="4.5.0", **block))
    assert (delayed.reason, delayed.verdict) == (Reason.SYSTEM_ERROR, Verdict.RETRY)


@pytest.mark.parametrize(
    ("status", "diagnostic", "reason", "evidence"),
    [
        ("5.2.2", "X-Unix; quota exceeded", Reason.MAILBOX_FULL, "quota exceeded"),
        ("5.1.1", "X-Unix; 67", Reason.USER_UNKNOWN, "67"),  # its exit status says why
    ],
)
def test_a_programs_own_words_still_say_why(
    status: str, diagnostic: str, reason: Reason, evidence: str
) -> None:
    block = {"final": "rfc822; bob@example.org", "actual": "X-Actual-Recipient: X-Unix; |/bin/x\n"}
    report = PROGRAM_REPORT.format(
        action="failed", status=status, diagnostic=f"Diagnostic-Code: {diagnostic}\n", **block
    )
    (found,) = parse_dsn(report)
    assert (found.reason, found.evidence) == (reason, evidence)


def test_of_two_provider_codes_or_stages_the_first_in_the_text_decides() -> None:
    """Whatever order the wordings are tried in (a set's, which varies from run to run)."""
    from bouncecodes import _reason_rule

    def candidates(*texts: str) -> list[tuple[_reason_rule._Wording, ...]]:
        by_text = {
            wording.text: wording
            for wordings in _reason_rule._BY_STR.values()
            for wording in wordings
        }
        return [(by_text[text],) for text in texts]  # each in a group of its own

    codes = "550 cxbl and then s3113"
    for order in (("cxbl", "s3113"), ("s3113", "cxbl")):
        found = _reason_rule._words(codes, candidates(*order), "5")
        assert found == (Reason.BLOCKED, 4, 4)
    stages = "after mail from, then refused to talk to me"
    first, second = "after mail from", "refused to talk to me"
    for pair in ((first, second), (second, first)):
        found = _reason_rule._words(stages, candidates(*pair), "5")
        assert found == (Reason.SENDER_REJECTED, 0, len("after mail from"))
