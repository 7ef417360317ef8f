"""The reason table: what a bounce's words and codes say of why it bounced. Data only.

Where each entry comes from is beside it: a provider's or a mail system's documentation, an
RFC, or a public thread that quotes the server's reply as it was sent. The rule that reads
this table (words first, then the enhanced code, then the basic code) is
``_classify.reason_of``; docs/classification.md says it in prose, and the taxonomy is
``_reasons``. Wordings are lowercase and match as whole words, in any case (``_wording``).
"""

from bouncecodes._reasons import Reason

__all__ = [
    "BASIC",
    "BASIC_WITH_WORDS",
    "BLOCKLISTS",
    "CLIENT_NAMED",
    "ENHANCED",
    "EXIT_STATUSES",
    "GENERAL_REFUSALS",
    "LINKS",
    "MESSAGE_STAGES",
    "NAMED",
    "NEGATED_LINKS",
    "OTHER_EXIT_STATUS",
    "OTHER_SUBJECT",
    "PHRASES",
    "PRIORITY",
    "RELAYS",
    "SENTENCES",
    "SPELLINGS",
    "STAGES",
    "SUBJECTS",
    "TEMPORARY_READINGS",
    "TEMPORARY_SENTENCE_READINGS",
    "TOKENS",
    "WORDS_WITH_CODES",
]

AUTHENTICATION = Reason.AUTHENTICATION
BLOCKED = Reason.BLOCKED
DISABLED = Reason.DISABLED
DOMAIN_UNKNOWN = Reason.DOMAIN_UNKNOWN
EXPIRED = Reason.EXPIRED
MAILBOX_FULL = Reason.MAILBOX_FULL
MOVED = Reason.MOVED
NETWORK = Reason.NETWORK
NO_MAIL = Reason.NO_MAIL
POLICY = Reason.POLICY
PROTOCOL = Reason.PROTOCOL
RATE_LIMITED = Reason.RATE_LIMITED
RELAY_DENIED = Reason.RELAY_DENIED
SECURITY = Reason.SECURITY
SENDER_REJECTED = Reason.SENDER_REJECTED
SPAM = Reason.SPAM
SUPPRESSED = Reason.SUPPRESSED
SYSTEM_ERROR = Reason.SYSTEM_ERROR
TOO_LARGE = Reason.TOO_LARGE
UNKNOWN = Reason.UNKNOWN
USER_UNKNOWN = Reason.USER_UNKNOWN
VIRUS = Reason.VIRUS

REASONS_MD = "../shared/reference/reasons.md (the project's reason conventions)"
RFC3463 = "RFC 3463 §3"
RFC5248 = "https://www.iana.org/assignments/smtp-enhanced-status-codes (RFC 5248)"
RFC5321 = "RFC 5321 §4.2.2-4.2.3 (reply codes)"
MICROSOFT_NDR = (
    "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/"
    "non-delivery-reports-in-exchange-online"
)
MICROSOFT_700 = (
    "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/"
    "fix-error-code-5-7-700-through-5-7-750"
)
MICROSOFT_CONNECTORS = (
    "https://learn.microsoft.com/en-us/defender-office-365/connectors-mail-flow-intelligence"
)
GMAIL_CODES = "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes)"

# Provider codes: a token that alone names the reason, whatever else the reply says. Looked
# for first.
TOKENS: "tuple[tuple[str, Reason, str], ...]" = (
    ("cxbl", BLOCKED, "http://postmaster.cox.net/confluence/display/postmaster/Error+Codes"),
    ("cdrbl", BLOCKED, "http://postmaster.cox.net/confluence/display/postmaster/Error+Codes"),
    ("ipbl0001", BLOCKED, "http://postmaster.cox.net/confluence/display/postmaster/Error+Codes"),
    ("ipbl0010", BLOCKED, "http://postmaster.cox.net/confluence/display/postmaster/Error+Codes"),
    ("ipbl0011", BLOCKED, "http://postmaster.cox.net/confluence/display/postmaster/Error+Codes"),
    ("ipbl0100", BLOCKED, "http://postmaster.cox.net/confluence/display/postmaster/Error+Codes"),
    ("ipbl0101", BLOCKED, "http://postmaster.cox.net/confluence/display/postmaster/Error+Codes"),
    ("ipbl0110", BLOCKED, "http://postmaster.cox.net/confluence/display/postmaster/Error+Codes"),
    ("ipbl0111", BLOCKED, "http://postmaster.cox.net/confluence/display/postmaster/Error+Codes"),
    ("ipbl1000", BLOCKED, "http://postmaster.cox.net/confluence/display/postmaster/Error+Codes"),
    ("as3140", BLOCKED, "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx"),
    ("as3150", BLOCKED, REASONS_MD),
    (
        "quotaexceededexception",
        MAILBOX_FULL,
        "https://pastebin.com/CtFSTqdA (Exchange: Remote Server returned '554 5.2.2 mailbox full;"
        " STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded;"
        " ...'; https://pastebin.com/bN5U408y (the same after #554-5.2.2 mailbox full): the"
        " store's exception for a mailbox over its quota, whatever code it comes with",
    ),
    ("bl000000", BLOCKED, "http://postmaster.comcast.net/mail-error-codes.html"),
    ("bl000001", BLOCKED, "http://postmaster.comcast.net/mail-error-codes.html"),
    ("bl000010", BLOCKED, "http://postmaster.comcast.net/mail-error-codes.html"),
    ("bl000011", BLOCKED, "http://postmaster.comcast.net/mail-error-codes.html"),
    ("bl000100", BLOCKED, "http://postmaster.comcast.net/mail-error-codes.html"),
    ("bl000101", BLOCKED, "http://postmaster.comcast.net/mail-error-codes.html"),
    ("bl000110", BLOCKED, "http://postmaster.comcast.net/mail-error-codes.html"),
    ("dy-001", BLOCKED, "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx"),
    ("dy-002", BLOCKED, "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx"),
    ("es000001", BLOCKED, "http://postmaster.comcast.net/mail-error-codes.html"),
    ("es000010", BLOCKED, "http://postmaster.comcast.net/mail-error-codes.html"),
    ("ou-001", BLOCKED, "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx"),
    ("ou-002", BLOCKED, "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx"),
    ("s3140", BLOCKED, "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx"),
    ("s3150", BLOCKED, REASONS_MD),
    ("sc-001", BLOCKED, "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx"),
    ("sc-002", BLOCKED, "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx"),
    ("sc-003", BLOCKED, "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx"),
    ("sc-004", BLOCKED, "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx"),
    ("ts03", BLOCKED, "https://help.yahoo.com/kb/SLN3436.html (permanently deferred)"),
    ("tss06", BLOCKED, "https://senders.yahooinc.com/smtp-error-codes/ (permanently deferred)"),
    ("vs99-ip1", BLOCKED, "http://help.yahoo.com/l/in/yahoo/mail/original/abuse/abuse-57.html"),
    # Greylisting only asks for a retry, whatever else a reply says (reasons.md: policy):
    # "Client host rejected: Greylisted" is no block of the client.
    ("greylisted", POLICY, "https://github.com/schweikert/postgrey/issues/84; " + REASONS_MD),
    ("greylisting", POLICY, REASONS_MD),
    (
        "graylisted",
        POLICY,
        "https://eomatica.gal/gl/component/content/article/14-blogue/271-erros-frecuentes-nos-envios-de-email.html"
        " (421 Your address has been graylisted. Try again later.)",
    ),
    ("dt:spm", SPAM, "http://help.163.com/11/0406/11/70V14RLL00754IKK.html"),
    (
        "dt:rbl",
        BLOCKED,
        "https://biecuoliao.com/pa/MBRrwEM.html (NetEase's bounce codes, as reposted)",
    ),
    (
        "hl:icc",
        RATE_LIMITED,
        "https://biecuoliao.com/pa/MBRrwEM.html (NetEase's bounce codes, as reposted)",
    ),
    (
        "hl:ifc",
        RATE_LIMITED,
        "https://biecuoliao.com/pa/MBRrwEM.html (NetEase's bounce codes, as reposted)",
    ),
    (
        "hl:ihu",
        BLOCKED,
        "http://163ns.com.cn/mail/MailFAQ.htm (NetEase: 554 HL:IHU, the IP suspended)",
    ),
    (
        "hl:mep",
        BLOCKED,
        "https://biecuoliao.com/pa/MBRrwEM.html (NetEase's bounce codes, as reposted)",
    ),
    (
        "hl:rep",
        RATE_LIMITED,
        "http://163ns.com.cn/mail/MailFAQ.htm (NetEase: 450 HL:REP, refused for a while)",
    ),
    (
        "mi:cel",
        PROTOCOL,
        "https://biecuoliao.com/pa/MBRrwEM.html (NetEase's bounce codes, as reposted)",
    ),
    (
        "mi:dmc",
        RATE_LIMITED,
        "https://biecuoliao.com/pa/MBRrwEM.html (NetEase's bounce codes, as reposted)",
    ),
    (
        "mi:sfq",
        RATE_LIMITED,
        "https://biecuoliao.com/pa/MBRrwEM.html (NetEase's bounce codes, as reposted)",
    ),
    (
        "rp:drc",
        RATE_LIMITED,
        "https://biecuoliao.com/pa/MBRrwEM.html (NetEase's bounce codes, as reposted)",
    ),
    (
        "wm:bli",
        BLOCKED,
        "https://biecuoliao.com/pa/MBRrwEM.html (NetEase's bounce codes, as reposted)",
    ),
    (
        "con:b1",
        BLOCKED,
        "https://knownhost.com/kb/?p=5771 (AOL: 521 5.2.1 (CON:B1), refused for spam from the sending server)",
    ),
    (
        "ofr_506",
        SPAM,
        "https://doc.gadz.org/pages/diffpages.action?originalId=21791317&pageId=21792015 (Orange: 550 5.2.0 Mail rejete. Mail rejected. ofr_506, filed under spam)",
    ),
    (
        "rcp-p2",
        POLICY,
        "http://postmaster.facebook.com/response_codes (RCP-P2: the attempted recipient's preferences prevent messages from being delivered)",
    ),
    ("receivingrate", RATE_LIMITED, "https://support.google.com/a/answer/3726730"),
    (
        "s3113",
        RATE_LIMITED,
        "https://github.com/sendgrid/docs/issues/6275 (451 4.7.650 ... rate limited due to IP reputation (S3113))",
    ),
    (
        "tss04",
        RATE_LIMITED,
        "https://senders.yahooinc.com/smtp-error-codes/ (TS* errors: temporary deferrals)",
    ),
    ("tss09", RATE_LIMITED, "https://senders.yahooinc.com/smtp-error-codes/ (TS* errors)"),
    ("[cs01]", POLICY, "https://support.apple.com/en-us/HT204137"),
    ("gcdp", POLICY, "https://support.google.com/a/answer/3726730"),
    (
        "resolver.rst.authrequired",
        POLICY,
        "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online",
    ),
    (
        "resolver.rst.notauthorized",
        POLICY,
        "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online",
    ),
    (
        "resolver.adr.recipmoved",
        MOVED,
        "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online",
    ),
    (
        "as(201806281)",
        USER_UNKNOWN,
        "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online",
    ),
    (
        "resolver.adr.exrecipnotfound",
        USER_UNKNOWN,
        "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/exrecipnotfound-ndr",
    ),
    (
        "resolver.adr.recipientnotfound",
        USER_UNKNOWN,
        "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/recipientnotfound-ndr",
    ),
    (
        "resolver.adr.recipnotfound",
        USER_UNKNOWN,
        "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/recipientnotfound-ndr",
    ),
    (
        "s2017062302",
        USER_UNKNOWN,
        "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online",
    ),
    ("disableduser", DISABLED, "https://support.google.com/a/answer/3726730"),
    (
        "queue.expired",
        EXPIRED,
        "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-4-4-7-in-exchange-online",
    ),
)

# Blocklists, by their operators' domains: a reply that names one, as a DNS zone
# ("zen.spamhaus.org") or as the host of a URL to look the listing up, refuses the sender's IP
# or domain for being on it. The one thing inside a URL that counts: a URL's host is the name
# of the site, and a blocklist's site is the blocklist.
BLOCKLISTS: "tuple[tuple[str, str], ...]" = (
    ("abusix.zone", "https://docs.abusix.com/docs/guardian-mail/production-zones"),
    ("backscatterer.org", "http://www.backscatterer.org/?target=usage"),
    ("barracudacentral.org", "http://www.barracudacentral.org/rbl/how-to-use"),
    ("dronebl.org", "http://dronebl.org/docs/howtouse"),
    (
        "mail-abuse.org",
        "https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers",
    ),
    ("mailspike.net", "http://mailspike.org/usage.html"),
    ("manitu.net", "https://heise.de/-10248714 (ix.dnsbl.manitu.net)"),
    ("psbl.surriel.com", "http://psbl.surriel.com/howto/"),
    ("sorbs.net", "http://www.au.sorbs.net/using.shtml"),
    ("spamcop.net", "http://spamcop.net/bl.shtml"),
    (
        "spamhaus.net",
        "https://docs.spamhaus.com/datasets/docs/source/70-access-methods/data-query-service/040-dqs-queries.html",
    ),
    ("spamhaus.org", "https://www.spamhaus.org/zen/"),
    ("spamrats.com", "http://www.spamrats.com/lists.php"),
    ("surbl.org", "https://surbl.org/guidelines"),
    ("uceprotect.net", "https://www.uceprotect.net/en/index.php?m=3&s=3"),
    ("uribl.com", "http://www.uribl.com/about.shtml"),
)

# How a relay introduces the remote server's reply that it passes on: the remote server's
# words, after it, say why; the relay's own, before it, only where the remote's say nothing.
RELAYS: "tuple[tuple[str, str], ...]" = (
    ("the error that the other server returned was", GMAIL_CODES + " (Gmail's bounce notice)"),
    (
        "remote server returned",
        "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online (Remote Server returned '...')",
    ),
)

# Refusals that only say which check refused, the reason after them: Postfix writes a
# restriction's refusal as "<client>: Client host rejected: <text>", the text the reason it
# was given (access(5): "REJECT optional text..."). A refusal of the sender that the words
# after it name ("Client host rejected: Throttled", a rate limit) is that refusal.
GENERAL_REFUSALS: "tuple[tuple[str, str], ...]" = (
    (
        "client host rejected",
        "https://www.postfix.org/access.5.html (REJECT optional text...: the text says why)",
    ),
    (
        "blocked by",
        "https://github.com/andybalholm/spamass-milter/blob/HEAD/spamass-milter.cpp (550 5.7.1"
        " Blocked by SpamAssassin: the filter named says why)",
    ),
)

# Of the reasons the words give, the first here decides: sender-side refusals named for what
# they are first (an address is never suppressed on the word of a refusal that also says the
# sender is blocklisted), then the address and the mailbox, then the general refusals and
# the network.
PRIORITY: "tuple[Reason, ...]" = (
    AUTHENTICATION,
    VIRUS,
    SUPPRESSED,
    BLOCKED,
    RATE_LIMITED,
    RELAY_DENIED,
    SECURITY,
    SPAM,
    TOO_LARGE,
    SENDER_REJECTED,
    NO_MAIL,
    MOVED,
    DOMAIN_UNKNOWN,
    USER_UNKNOWN,
    DISABLED,
    MAILBOX_FULL,
    PROTOCOL,
    POLICY,
    SYSTEM_ERROR,
    EXPIRED,
    NETWORK,
)

# Wordings that say why, by reason. Of several found, the reason first in PRIORITY decides
# (_classify); of one reason's, the first in the text is the evidence.
# fmt: off
PHRASES: "tuple[tuple[str, Reason, str], ...]" = (
    # suppressed
    ('send_block_address', SUPPRESSED, "https://guide.ncloud-docs.com/docs/en/cloudoutboundmailer-use-sendblock.md (NAVER Cloud Outbound Mailer: SEND_BLOCK_ADDRESS, an address on the sender's block list)"),
    ('recipient_suppressed', SUPPRESSED, 'https://docs.gorillaa.one/guides/suppressions (422 recipient_suppressed, an address on the suppression list)'),
    ('bounced check filter', SUPPRESSED, "https://docs.selectel.ru/en/email-service/smtp-errors/ (Selectel: 550 bounced check filter, the address is on the service's stop list)"),
    ('inactive recipients', SUPPRESSED, 'https://github.com/ActiveCampaign/postmark-gem/pull/124'),
    ('marked as inactive', SUPPRESSED, 'https://github.com/ActiveCampaign/postmark-gem/pull/124'),
    ('suppressed sending to this address', SUPPRESSED, 'https://github.com/pypi/warehouse/issues/18501'),
    ('message rejected: address blacklisted', SUPPRESSED, 'https://github.com/FriendsOfSymfony/FOSUserBundle/issues/1097 (Amazon SES: 554 Message rejected: Address blacklisted, the address on its list of past bounces and complaints)'),
    ('unsubscribed', SUPPRESSED, 'https://docs.mailchannels.com/email-api/sending-policies (MailChannels: 550 5.7.1 [UNS] Recipient has unsubscribed from your list, refused from its own list)'),
    ('suppression list', SUPPRESSED, 'https://github.com/pypi/warehouse/issues/18501'),
    ('not delivering to', SUPPRESSED, 'https://help.mailgun.com/hc/en-us/articles/360012171713--Not-Delivering-to-Unsubscribed-Address- (Mailgun: Not delivering to unsubscribed address; to previously bounced address; to a user who marked your messages as spam)'),
    # authentication
    ('pass authentication checks', AUTHENTICATION, 'https://support.google.com/a/answer/3726730 (Gmail: 550 5.7.26 This message does not pass authentication checks; 421 4.7.0 ... fails to pass authentication checks)'),
    ('arc result', AUTHENTICATION, 'https://github.com/dailydotdev/daily/issues/1760'),
    ('dkim', AUTHENTICATION, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('dmarc', AUTHENTICATION, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('does not meet the required authentication level', AUTHENTICATION, 'https://support.microsoft.com/en-au/topic/fix-ndr-error-550-5-7-515-in-outlook-com-34cfe8f8-6fbf-457e-9e8b-9e4dbaf4e0ef'),
    ('does not pass dmarc verification', AUTHENTICATION, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online'),
    ('must pass either spf or dkim validation', AUTHENTICATION, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online'),
    ('sender id validation', AUTHENTICATION, 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx'),
    ('sender policy framework', AUTHENTICATION, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online'),
    ('spf', AUTHENTICATION, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('the sender is unauthenticated', AUTHENTICATION, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('unauthenticated email', AUTHENTICATION, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    # virus
    ('malware', VIRUS, '../shared/reference/reasons.md (virus: a virus or malware was found in the message)'),
    ('infected', VIRUS, 'https://yandex.com/support/mail/bounces/yandex.html'),
    ('potential security issue', VIRUS, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('virus', VIRUS, 'https://yandex.com/support/mail/bounces/yandex.html'),
    # blocked
    ('block for spam', BLOCKED, 'http://postmaster.comcast.net/mail-error-codes.html (Comcast: 554 5.7.1 [IP] Comcast block for spam, its BL codes: the sending IP blocked)'),
    ('blocked for spam', BLOCKED, "http://postmaster.comcast.net/mail-error-codes.html (a sending IP blocked for spam, as Comcast's block for spam)"),
    ('high volume of bounced', BLOCKED, 'https://support.hdeone.com/hc/zh-tw/articles/360017461194 (HENNGE: 550 We detected a high volume of bounced emails coming from [you]: blocked for a while)'),
    ('may be infected', BLOCKED, 'https://docs.gandi.net/ja/gandimail/faq/error_messages.html (Gandi: 554 5.7.1 Service unavailable; Client host [...] blocked you may be infected: the IP is on a blocklist of infected hosts)'),
    ('ptr', BLOCKED, '../shared/reference/reasons.md (blocked: missing PTR; no reverse DNS)'),
    ('blocked - see', BLOCKED, 'https://github.com/zone-eu/zone-mta/issues/301 (Proofpoint: 554 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=...)'),
    ('rdns', BLOCKED, 'https://github.com/mailcow/mailcow-dockerized/issues/1187 (550 Invalid RDNS entry for ...)'),
    ('service refuse', BLOCKED, 'https://bentonow.com/smtp-errors/orange (Orange and La Poste: Service refuse. Veuillez essayer plus tard)'),
    ('service refused', BLOCKED, 'https://doc.gadz.org/pages/diffpages.action?originalId=21791317&pageId=21792015 (La Poste: service refused, please try later)'),
    ('invalid ip', BLOCKED, 'https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0'),
    ('is banned', BLOCKED, 'https://bastion.umanix.net/info'),
    ('blocked by', BLOCKED, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online'),
    ('blacklisted', BLOCKED, 'https://github.com/roundcube/roundcubemail/issues/6393'),
    ('client host rejected', BLOCKED, 'https://github.com/tutao/tutanota/issues/2082'),
    ('bad outbound sender', BLOCKED, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online'),
    ('banned sending ip', BLOCKED, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online'),
    ('barracuda reputation', BLOCKED, 'https://github.com/getconversio/email-deep-validator/pull/20'),
    ('black list', BLOCKED, 'https://github.com/gophish/gophish/issues/241'),
    ('fcrdns', BLOCKED, "https://github.com/smtpd/qpsmtpd/blob/HEAD/plugins/helo (qpsmtpd: That HELO hostname fails FCrDNS, the client's forward-confirmed reverse DNS; reasons.md: missing PTR is blocked)"),
    ('black listed', BLOCKED, 'http://www.milter.info/smtp/smtpf/reply.html (Barricade MX: 550 5.7.1 host %s [%s] black listed #120)'),
    ('not allowed to connect', BLOCKED, 'https://pastebin.com/4HCWxBeG (554 5.7.1 You are not allowed to connect: the greeting refused)'),
    ('blacklist', BLOCKED, 'https://heise.de/-10248714'),
    ('block list', BLOCKED, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online'),
    ('block listed', BLOCKED, 'https://postmaster.gmx.com/en/error-messages'),
    ('blocked by spam statistics', BLOCKED, 'https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html?lang=en'),
    ('blocked using', BLOCKED, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online'),
    ('blocklist', BLOCKED, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online'),
    ('dns ptr', BLOCKED, 'https://github.com/EDSM-NET/FrontEnd/issues/21'),
    ('dnsbl', BLOCKED, 'http://www.barracudacentral.org/rbl/how-to-use'),
    ('dnsbls', BLOCKED, 'https://github.com/cloudflare/cloudflare-docs/blob/HEAD/content/email-routing/postmaster.md (Cloudflare Email Routing: 554 ... found on one or more DNSBLs)'),
    ('in an rbl', BLOCKED, 'https://github.com/getconversio/email-deep-validator/issues/9'),
    ('ip address is block listed', BLOCKED, 'https://postmaster.gmx.com/en/error-messages'),
    ('ip is rejected', BLOCKED, 'https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0'),
    ('ip name lookup failed', BLOCKED, 'https://github.com/NixOS/SC-election-2024/issues/61'),
    ('reputation', BLOCKED, '../shared/reference/reasons.md (blocked: the sending IP or domain is blocked for its bad reputation; permanent reputation refusals: blocked)'),
    ('spammer', BLOCKED, '../shared/reference/reasons.md (blocked: the sender itself refused as a known source of spam, as its IP or domain is)'),
    ('blocklisted', BLOCKED, '../shared/reference/reasons.md (blocked: blocklist)'),
    ('denylisted', BLOCKED, '../shared/reference/reasons.md (blocked: blocklist)'),
    ('denylist', BLOCKED, '../shared/reference/reasons.md (blocked: blocklist)'),
    ('ip reputation', BLOCKED, 'https://github.com/sendgrid/docs/issues/6275'),
    ('listed in', BLOCKED, 'http://www.barracudacentral.org/rbl/how-to-use'),
    ('listed at', BLOCKED, 'http://wiki.ubiquityhosting.com/index.php/Delivery_Status_Notification (550 5.7.1 Rejected: mail.mycompany.com listed at relays.ordb.org)'),
    ('listed by', BLOCKED, 'http://www.spamhaus.org/lookup.lasso (a typical Spamhaus reject: 550 5.7.1 Email rejected because 1.2.3.4 is listed by zen.spamhaus.org)'),
    ('listed on', BLOCKED, 'https://crowdsupport.telstra.com.au:443/t5/broadband-nbn/why-is-my-email-being-blacklisted/ta-p/76234 (BigPond: (ip:address) is listed on the Exploits Block List (XBL))'),
    ('low reputation', BLOCKED, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('no access for this ip', BLOCKED, 'http://helpdesk.umd.edu/documents/3/3025/'),
    ('no access for this domain', BLOCKED, "http://helpdesk.umd.edu/documents/3/3025/ (Sendmail's access map: 'Sender is in a known spam domain')"),
    ('not authorized to send email directly to our servers', BLOCKED, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('originating from your ip', BLOCKED, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('part of their network is on our block list', BLOCKED, 'https://github.com/hestiacp/hestiacp/issues/2901'),
    ('permanently deferred', BLOCKED, 'http://help.yahoo.com/kb/index?page=content&y=PROD_MAIL_MOBILE&locale=en_US&id=SLN3436'),
    ('poor reputation', BLOCKED, 'https://cisco.com/c/en/us/support/docs/security/email-security-appliance/200436-Identify-and-allow-poor-SenderBase-Reput.html'),
    ('ptr record', BLOCKED, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('rbl', BLOCKED, 'https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers'),
    ('reputation of the sending', BLOCKED, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('reverse dns', BLOCKED, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online'),
    ('reverse dns lookup does not match', BLOCKED, 'https://github.com/spamgourmet/spamgourmet/issues/58'),
    ('spamcop', BLOCKED, 'http://spamcop.net/bl.shtml'),
    ('spamhaus', BLOCKED, 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx'),
    ('traffic not accepted from this ip', BLOCKED, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-700-through-5-7-750'),
    ("weren't sent", BLOCKED, 'https://github.com/root-io/vmail/issues/91'),
    # spam
    ('content reject', SPAM, 'https://www.emailhost.com.cn/service.html?article_category=25&brd=1 ([退信] 垃圾邮件退信: Content reject/Spam denied, refused as spam)'),
    ('unsolicited', SPAM, 'https://support.google.com/a/answer/3726730 (Gmail: unsolicited mail; the message judged spam)'),
    ('gtube', SPAM, 'https://github.com/mailcow/mailcow-dockerized/issues/1403 (rspamd: 554 5.7.1 Gtube pattern, the GTUBE spam test string)'),
    ('suspected phishing', SPAM, 'https://strato.de/faq/mail/fehlermeldungen-bei-e-mails (Strato: Suspected phishing attempt)'),
    ('content filtering', SPAM, 'https://yandex.com/support/mail/bounces/other.html'),
    ('content identified as spam', SPAM, 'https://github.com/zulip/zulip/issues/26721'),
    ('junkmail', SPAM, 'https://github.com/getconversio/email-deep-validator/issues/9'),
    ('looks like spam', SPAM, 'https://yandex.com/support/mail/bounces/other.html'),
    ('looks like spam to me', SPAM, 'https://yandex.com/support/mail/bounces/other.html'),
    ('mail content denied', SPAM, 'https://github.com/PattenUniversityOnlineEducation/TasksManagement/issues/18'),
    ('message content rejected', SPAM, 'https://github.com/mandarons/icloud-docker/issues/163'),
    ('message rejected under suspicion of spam', SPAM, 'https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html?lang=en'),
    ('rejected as spam', SPAM, 'https://yandex.com/support/mail/bounces/other.html'),
    ('my name was rejected', POLICY, "https://github.com/notqmail/notqmail/blob/HEAD/qmail-remote.c (qmail: Connected to %s but my name was rejected: the HELO refused)"),
    ('must issue an auth command', SECURITY, 'https://github.com/OpenSMTPD/OpenSMTPD/blob/HEAD/usr.sbin/smtpd/smtp_session.c (OpenSMTPD: 530 5.5.1 Invalid command: Must issue an AUTH command first)'),
    ('error connecting to virus scanner', SYSTEM_ERROR, "https://github.com/haraka/Haraka/blob/HEAD/plugins/clamd.js (Haraka: the scanner unreachable, the receiver's own failure)"),
    ('error running virus scanner', SYSTEM_ERROR, "https://github.com/haraka/haraka-plugin-clamd/blob/HEAD/index.js (Haraka: the scanner failed, the receiver's own failure)"),
    ('i/o error', SYSTEM_ERROR, 'http://docs.oracle.com/cd/E19563-01/819-4428/gclku/index.html (Sun Java System Messaging Server: System I/O error, its message store failed)'),
    ('backend failure', SYSTEM_ERROR, 'https://github.com/haraka/Haraka/blob/HEAD/plugins/greylist.js (Haraka: Backend failure. Please, retry later)'),
    ('rspamd', SPAM, 'https://github.com/rspamd/rspamd/issues/5098'),
    ('spamassassin', SPAM, 'https://github.com/andybalholm/spamass-milter/blob/HEAD/spamass-milter.cpp (spamass-milter: 550 5.7.1 Blocked by SpamAssassin)'),
    ('sender id (pra)', AUTHENTICATION, 'https://support.microfocus.com/kb/doc.php?id=7019832 (Exchange\'s Sender ID agent: 550 5.7.1 Sender ID (PRA) Not Permitted; Sender ID, RFC 4406, checks the sender as SPF does)'),
    ('spam', SPAM, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('spam abuse detected', SPAM, 'https://github.com/dougperkes/Visual-Graph-Explorer/issues/1'),
    ('unsolicited email', SPAM, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('unsolicited mail', SPAM, 'https://support.google.com/a/answer/3726730'),
    # relay-denied
    ('delivery is not allowed to this address', RELAY_DENIED, 'https://www.hmailserver.com/documentation/v4.4/?page=reference_error_messages (hMailServer: Delivery is not allowed to this address)'),
    ('local user only', RELAY_DENIED, 'https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0'),
    ('not permitted to relay', RELAY_DENIED, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/forwarded-message-rejected-5-7-367-ndr'),
    ('relay access denied', RELAY_DENIED, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online'),
    ('relay denied', RELAY_DENIED, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('relay not permitted', RELAY_DENIED, 'https://github.com/postalserver/postal/issues/647'),
    ('relaying denied', RELAY_DENIED, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/forwarded-message-rejected-5-7-367-ndr'),
    ('relaying disallowed', RELAY_DENIED, 'https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html'),
    ('unable to relay', RELAY_DENIED, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online'),
    ('unauthorized relay', RELAY_DENIED, 'http://helpdesk.umd.edu/documents/3/3025/'),
    # security
    ('authorization required', SECURITY, 'https://github.com/sagredo-dev/qmail-auth-tls-forcetls/blob/HEAD/qmail-smtpd.c (qmail SMTP AUTH patch: 530 Authorization required (#5.7.1)); https://pastebin.com/xDPN2fTF (Mail.ru: 503 Administrative prohibition -- authorization required. Users in your domain are not allowed to send email without authorization)'),
    ('not logged in', SECURITY, 'https://github.com/hardware/mailserver/issues/329 (Postfix: Sender address rejected: not logged in, its reject_sender_login_mismatch: the sender must log in)'),
    ('must authenticate', SECURITY, 'https://github.com/stalwartlabs/stalwart/issues/698 (Stalwart: 503 5.5.1 You must authenticate first)'),
    ('smtp authentication', SECURITY, 'https://github.com/zytzagoo/smtp-validate-email/issues/71 (550-Please turn on SMTP Authentication in your mail client)'),
    ('starttls', SECURITY, 'RFC 3207 (SMTP over TLS: 530 Must issue a STARTTLS command first)'),
    ('support tls', SECURITY, 'RFC 3207 (a server or client that does not support TLS)'),
    ('not authenticated', SECURITY, MICROSOFT_NDR + " (5.7.57: Client was not authenticated to send anonymous mail, SMTP AUTH missing); https://campus.barracuda.com/product/essentials/doc/169287426/email-cache-policies (530 5.7.1 Client was not authenticated)"),
    ('unauthenticated senders not allowed', SECURITY, 'https://github.com/sendgrid/sendgrid-csharp/issues/850'),
    ('authentication required', SECURITY, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('invalid username or password', SECURITY, 'https://github.com/PHPMailer/PHPMailer/issues/1281'),
    ('log in via your web browser', SECURITY, 'https://github.com/aschroder/Magento-SMTP-Pro-Email-Extension/issues/92'),
    ('must issue a starttls command first', SECURITY, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('password not accepted', SECURITY, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('tls required', SECURITY, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('username and password not accepted', SECURITY, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    # rate-limited
    ('max defers and failures', RATE_LIMITED, 'https://www.my.hostking.host/knowledgebase/201204705/ (cPanel: Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed: its outgoing mail held back)'),
    ('sent too much mail', RATE_LIMITED, 'https://laseroo.co.za/email-soft-lock (MagicSpam: 500 5.5.1 - You have sent too much mail, try again later: an outgoing rate limit)'),
    ('concurrent connections', RATE_LIMITED, 'https://smtp.codes/421 (Exchange Online: 421 4.3.2 The maximum number of concurrent connections per resource forest has exceeded a limit)'),
    ('sender quota', RATE_LIMITED, "../shared/reference/reasons.md (rate-limited: a sender's quota, not a mailbox's)"),
    ('outbound quota', RATE_LIMITED, "../shared/reference/reasons.md (rate-limited: a quota of outbound mail is the sender's)"),
    ('queue quota', RATE_LIMITED, "../shared/reference/reasons.md (rate-limited: too many messages from the sender; a queue's quota is the sending side's, not a mailbox's)"),
    ('received too much email', RATE_LIMITED, 'https://smtp.codes/rackspace (Rackspace: 450 4.2.1 Mailbox received too much email in a short period of time, as Gmail says receiving mail too quickly)'),
    ('send quota', RATE_LIMITED, "https://github.com/PHPMailer/PHPMailer/issues/2113 (a sender's quota: sending quota exceeded); reasons.md (rate-limited)"),
    ('message count quota', RATE_LIMITED, "../shared/reference/reasons.md (rate-limited: a sender's count of messages)"),
    ('relay quota', RATE_LIMITED, "../shared/reference/reasons.md (rate-limited: a sender's quota, not a mailbox's: daily relay quota)"),
    ('daily quota', RATE_LIMITED, "../shared/reference/reasons.md (rate-limited: a sender's quota, not a mailbox's)"),
    ('hourly quota', RATE_LIMITED, "../shared/reference/reasons.md (rate-limited: a sender's quota, not a mailbox's)"),
    ('throttled', RATE_LIMITED, 'https://senderreputation.org/glossary/throttling (throttling, also called rate limiting: a 421 that defers)'),
    ('throttling', RATE_LIMITED, 'https://senderreputation.org/glossary/throttling (throttling, also called rate limiting: a 421 that defers)'),
    ('ratelimit', RATE_LIMITED, 'https://docs.selectel.ru/en/email-service/smtp-errors/ (Selectel: 450 ratelimit exceeded); https://github.com/mailcow/mailcow-dockerized/issues/1497 (rspamd: 451 4.7.1 Ratelimit "user" exceeded)'),
    ('connection rate', RATE_LIMITED, 'http://helpdesk.ugent.be/email/faq.php (421 4.5.1. Connection Rate)'),
    ('excessive volume', RATE_LIMITED, 'https://smtp.codes/icloud (421 4.7.1 Messages to ... deferred due to excessive volume)'),
    ('frequency limited', RATE_LIMITED, 'https://pastebin.com/MA5bVAj1 (QQ Mail: 550 Ip frequency limited)'),
    ('limit on the number of allowed outgoing messages', RATE_LIMITED, 'https://github.com/zotonic/zotonic/issues/3508'),
    ('rate limit', RATE_LIMITED, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online'),
    ('rate limited', RATE_LIMITED, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('receiving mail at a rate', RATE_LIMITED, 'https://github.com/zone-eu/zone-mta/issues/110'),
    ('receiving mail too quickly', RATE_LIMITED, 'https://support.google.com/a/answer/3726730'),
    ('recipient limit exceeded', RATE_LIMITED, 'https://github.com/mailgun/mailgun-java/issues/50'),
    ('sending quota exceeded', RATE_LIMITED, 'https://github.com/PHPMailer/PHPMailer/issues/2113'),
    ('sending quota', RATE_LIMITED, 'http://cryptsofthecoliseum.com/article-show-50-294.html (Alibaba Cloud DirectMail: 552 Not enough sending quota; the sender\'s quota, not a mailbox\'s)'),
    ('submission rate', RATE_LIMITED, 'https://support.mailprotector.com/hc/en-us/articles/360048244891-Common-Email-Bouncebacks'),
    ('temporarily deferred', RATE_LIMITED, 'https://senders.yahooinc.com/smtp-error-codes/'),
    ('too many emails too fast', RATE_LIMITED, 'https://github.com/Mailu/Mailu/issues/2416'),
    ('too many recipient attempts', RATE_LIMITED, 'https://github.com/knadh/listmonk/issues/1300'),
    ('unusual rate of unsolicited mail', RATE_LIMITED, 'https://support.google.com/a/answer/3726730'),
    # too-large
    ('maximum message size', TOO_LARGE, 'https://edu.newpages.com.my/article/349/email-error-message'),
    ('message file too big', TOO_LARGE, 'https://github.com/freescout-help-desk/freescout/issues/4976'),
    ('message size exceeds', TOO_LARGE, 'https://github.com/zokradonh/kopano-docker/issues/409'),
    ('message size limits', TOO_LARGE, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('message too big', TOO_LARGE, 'https://github.com/zone-eu/wildduck/issues/762'),
    ('size exceeds', TOO_LARGE, 'https://github.com/zokradonh/kopano-docker/issues/409'),
    # sender-rejected
    ('unroutable sender address', SENDER_REJECTED, 'https://pastebin.com/GFSKpSPH (Mail.ru: 550 Unroutable sender address, after MAIL FROM)'),
    ('from and auth not the same', SENDER_REJECTED, 'https://github.com/sagredo-dev/qmail/blob/HEAD/qmail-smtpd.c (qmail: 503 from and auth not the same (#5.5.1), the envelope sender is not the authenticated user)'),
    ('required for sender address', SENDER_REJECTED, 'https://github.com/hrs-allbsd/sendmail/blob/HEAD/cf/m4/proto.m4 (Sendmail check_mail: 553 5.5.4 Domain name required for sender address; Real domain name required for sender address)'),
    ('sender address must be specified', SENDER_REJECTED, 'https://github.com/hmailserver/hmailserver/blob/HEAD/hmailserver/source/Server/SMTP/SMTPConnection.cpp (hMailServer: 550 Sender address must be specified, to an empty MAIL FROM)'),
    ('sender verify', SENDER_REJECTED, 'https://pastebin.com/RmwwEeeg (Exim: sender verify failed; could not complete sender verify)'),
    ('cannot route to sender', SENDER_REJECTED, 'http://www.rahul.net/howto/mailerrors.html (rejected: cannot route to sender, the sender address cannot be reached)'),
    ('unable to verify sender', SENDER_REJECTED, "http://www.rahul.net/howto/mailerrors.html (temporarily unable to verify sender address: the sender's domain does not answer)"),
    ('to send as this sender', SENDER_REJECTED, 'https://learn.microsoft.com/en-us/previous-versions/office/developer/exchange-server-2007/aa494038(v=exchg.80) (Exchange: SendAsDenied, 550 5.7.1 Client does not have permission to send as this sender)'),
    ('submissionquotaexceededexception', RATE_LIMITED, 'https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/1150 (Exchange Online: 554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException, the sending account over its submission quota)'),
    ('sendasdeniedexception', SENDER_REJECTED, 'https://pastebin.com/kveGeNem (Outlook.com: 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied)'),
    ('does not match a verified sender identity', SENDER_REJECTED, 'https://www.odoo.com/documentation/17.0/applications/general/email_communication/faq.html (SendGrid: 550 The from address does not match a verified Sender Identity)'),
    ('not one of your addresses', SENDER_REJECTED, 'https://github.com/TryGhost/Ghost/issues/17012 (iCloud submission: From address is not one of your addresses)'),
    ('email address is not verified', SENDER_REJECTED, 'https://repost.aws/es/knowledge-center/ses-554-400-message-rejected-error (Amazon SES: 554 Message rejected: Email address is not verified)'),
    ('no access for this user', SENDER_REJECTED, "http://helpdesk.umd.edu/documents/3/3025/ (Sendmail's access map, at MAIL FROM: 'Sender is a known spammer')"),
    ('sender rejected', SENDER_REJECTED, 'https://support.konto.pl/kb/a2164/blad-5_1_0.aspx (5.1.0 <...> sender rejected)'),
    ('sender is rejected', SENDER_REJECTED, 'https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0'),
    ('sender verification failed', SENDER_REJECTED, 'https://bastion.umanix.net/info'),
    ('invalid sender', SENDER_REJECTED, 'https://pastebin.com/bH6rep1b'),
    ('callback setup failed', SENDER_REJECTED, 'https://github.com/andris9/simplesmtp/pull/77'),
    ('domain of sender address', SENDER_REJECTED, 'https://github.com/postalserver/postal/issues/1199'),
    ('fake sender', SENDER_REJECTED, 'https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0'),
    ('from/sender name is not valid', SENDER_REJECTED, 'https://github.com/postalserver/postal/issues/2088'),
    ('must resolve', SENDER_REJECTED, 'http://helpdesk.umd.edu/documents/3/3025/'),
    ('no valid mx for your from address', SENDER_REJECTED, 'https://github.com/mjl-/mox/issues/408'),
    ('null sender', SENDER_REJECTED, 'https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0'),
    ('sender address rejected', SENDER_REJECTED, 'https://github.com/docker-mailserver/docker-mailserver/issues/1744'),
    ('sender verify failed', SENDER_REJECTED, 'https://pastebin.com/RmwwEeeg'),
    ('unable to verify address', SENDER_REJECTED, 'https://github.com/postalserver/postal/issues/546'),
    ('verification failed for', SENDER_REJECTED, 'https://pastebin.com/RmwwEeeg'),
    # protocol
    ('too many errors', PROTOCOL, "https://smtp.codes/icloud (421 4.7.0 Error: too many errors, as Postfix's smtpd_hard_error_limit writes it)"),
    ('protocol violation', PROTOCOL, GMAIL_CODES),
    ('bad sequence of commands', PROTOCOL, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('command not recognized', PROTOCOL, 'https://github.com/ruffrey/mailsac/issues/13'),
    ('must precede data', PROTOCOL, 'https://github.com/mautic/mautic/issues/9822'),
    ('need mail command', PROTOCOL, 'https://github.com/Marak/node_mailer/issues/8'),
    ('need rcpt', PROTOCOL, 'https://github.com/swiftmailer/swiftmailer/issues/1181'),
    ('rcpt first', PROTOCOL, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('syntax error', PROTOCOL, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('unrecognized command', PROTOCOL, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('unrecognized commands', PROTOCOL, 'https://github.com/smtpd/qpsmtpd/blob/HEAD/plugins/count_unrecognized_commands (qpsmtpd: Closing connection. 4 unrecognized commands)'),
    ('excessive amounts of data', PROTOCOL, 'https://github.com/hmailserver/hmailserver/blob/HEAD/hmailserver/source/Server/SMTP/SMTPConnection.cpp (hMailServer: 421 Excessive amounts of data sent to server, a line sent without its terminator)'),
    ('too many invalid commands', PROTOCOL, 'https://github.com/hmailserver/hmailserver/blob/HEAD/hmailserver/source/Server/SMTP/SMTPConnection.cpp (hMailServer: Too many invalid commands. Bye!)'),
    ('too many bad commands', PROTOCOL, 'https://github.com/hrs-allbsd/sendmail/blob/HEAD/sendmail/srvrsmtp.c (Sendmail: 421 4.7.0 host Too many bad commands; closing connection); https://github.com/rnwood/smtp4dev/blob/HEAD/imapserver/New.LumiSoft.Net/SMTP/Server/SMTP_Session.cs (LumiSoft: 421 Too many bad commands, closing transmission channel)'),
    ('too many nonmail commands', PROTOCOL, 'https://github.com/Exim/exim/blob/HEAD/src/src/smtp_in.c (Exim: 554 Too many nonmail commands)'),
    ('too many syntax or protocol errors', PROTOCOL, 'https://github.com/Exim/exim/blob/HEAD/src/src/smtp_in.c (Exim: Too many syntax or protocol errors)'),
    ('unsupported option', PROTOCOL, 'https://github.com/Marak/node_mailer/issues/8'),
    ('must equal authorized user', SENDER_REJECTED, 'https://github.com/miguelgrinberg/flasky/issues/540 (QQ Mail / NetEase: 553 Mail from must equal authorized user)'),
    # policy
    ('no verifiable sender address', POLICY, 'https://pastebin.com/cmmD6iiK (Exim verify = header_sender: 550 No verifiable sender address in message headers)'),
    ('unacceptable attachment', POLICY, 'https://github.com/haraka/haraka-plugin-attachment/blob/HEAD/index.js (Haraka: Message contains unacceptable attachment)'),
    ('unacceptable content type', POLICY, 'https://github.com/haraka/haraka-plugin-attachment/blob/HEAD/index.js (Haraka: Message contains unacceptable content type)'),
    # A bounce refused by a backscatter filter: the message the client sent was a bounce.
    ('bounce message does not have', POLICY, 'https://github.com/haraka/Haraka/blob/HEAD/plugins/bounce.js (Haraka: this bounce message does not have 1 recipient); https://github.com/smtpd/qpsmtpd/blob/HEAD/plugins/bogus_bounce (qpsmtpd: fail, this bounce message does not have 1 recipient)'),
    ('bounce return path must be empty', POLICY, 'https://github.com/smtpd/qpsmtpd/blob/HEAD/plugins/bogus_bounce (qpsmtpd: a bounce return path must be empty (RFC 3834))'),
    ('bounce with non-empty return-path', POLICY, 'https://github.com/haraka/Haraka/blob/HEAD/plugins/bounce.js (Haraka: bounce with non-empty Return-Path (RFC 3834))'),
    ('bounce without message-id', POLICY, 'https://github.com/haraka/Haraka/blob/HEAD/plugins/bounce.js (Haraka: bounce without Message-ID in headers, unable to verify that I sent it)'),
    ('accept bounces', POLICY, 'https://github.com/haraka/Haraka/blob/HEAD/plugins/bounce.js (Haraka: That recipient does not accept bounces)'),
    ('bounces accepted', POLICY, 'https://github.com/haraka/Haraka/blob/HEAD/plugins/bounce.js (Haraka: No bounces accepted here)'),
    ('administrative prohibition', POLICY, "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-access_control_lists.html (Exim: 550 Administrative prohibition, an ACL's deny without a message of its own)"),
    ('not in whitelist', POLICY, "https://support.google.com/a/answer/3726730 (Gmail: 421 4.7.0 IP not in whitelist for RCPT domain: the recipient domain's own rule)"),
    ('does not accept mail from', POLICY, "../shared/reference/reasons.md (policy: the receiver's rules about the sender; a host that accepts no mail at all says so without naming whom from, RFC 7504)"),
    ('multi-recipient bounce', POLICY, 'https://www.postfix.org/postconf.5.html#reject_multi_recipient_bounce (Postfix: Data command rejected: Multi-recipient bounce)'),
    ('not rfc compliant', POLICY, 'https://backlink.name/blog/smtp-554-hata-kodu-ayrintilari (554 Message is not RFC compliant; missing "Date" header)'),
    ('to reduce the amount of spam', POLICY, "https://foxydog.tistory.com/252 (Gmail's words after a refusal it names: To reduce the amount of spam sent to Gmail, this message has been blocked; what is named decides)"),
    ('security policies', POLICY, 'https://wordtothewise.com/2018/07/who-are-mimecast (Mimecast: Email rejected due to security policies)'),
    ('maximum allowed line length', POLICY, "https://github.com/MicrosoftDocs/microsoft-365-docs/issues/592 (Exim: maximum allowed line length is 998 octets, RFC 5322 §2.1.1's limit)"),
    ('bare linefeeds', POLICY, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/antispam-and-protection/smtpsend-barelinefeedsareillegal-when-tracing-messages (Exchange: message contains bare linefeeds)'),
    ('blocked senders', POLICY, "https://wordtothewise.com/2018/07/who-are-mimecast (Mimecast: Rejected by header based Blocked Senders, the recipient's own list)"),
    ('transaction failed:', POLICY, "https://github.com/hanami/mailer/issues/125 (Amazon SES: 554 Transaction failed: Empty address); https://github.com/smartinez87/exception_notification/issues/132 (554 Transaction failed: Missing final '@domain'); https://github.com/scandipwa/email-fix (554 Transaction failed: Expected disposition, got =): the service refusing the message its client submitted, for what the words after the colon name. RFC 5321's bare default text, without them, says nothing (https://pastebin.com/uqn1m9qf: 554 Transaction failed)"),
    ('duplicate header', POLICY, 'https://github.com/axllent/mailpit/issues/642 (Amazon SES: 554 Transaction failed: Duplicate header ...)'),
    ('host network not allowed', POLICY, "https://community.mimecast.com/docs/DOC-1369#554 (Mimecast's own code page, as its reply names it)"),
    ('illegal attachment', POLICY, 'https://nobuneko.com/blog/archives/2010/02/gmailzipbat.html (Gmail: 552 5.7.0 Our system detected an illegal attachment on your message)'),
    ('message line is too long', POLICY, 'https://github.com/swiftmailer/swiftmailer/issues/989 (552 message line is too long: RFC 5321 §4.5.3.1.6 limits a text line to 1000 octets)'),
    ('mail rejected by destination domain', POLICY, "https://smtp.codes/zoho (Zoho: 541 5.4.1 Mail rejected by destination domain: the receiving domain's filters block the message)"),
    ('blocked because its content presents', POLICY, GMAIL_CODES + ' (552 5.7.0 This message was blocked because its content presents a potential security issue; as sent: https://pastebin.com/WZwVhW1L)'),
    ('message not allowed', POLICY, 'https://github.com/dart-mailer/mailer/issues/235 (Yahoo: 554 Message not allowed - [299])'),
    ('recipient preference', POLICY, "http://postmaster.facebook.com/response_codes (RCP-P2: the attempted recipient's preferences prevent messages from being delivered)"),
    ('spoofed', POLICY, 'https://smtp.codes/550 (550 rejecting spoofed message: a sender forged as another)'),
    ('spoofing', POLICY, 'https://github.com/mysociety/fixmystreet/issues/1651 (an anti-spoofing rule: a sender forged as another)'),
    ('anti-spoofing', POLICY, 'https://github.com/mysociety/fixmystreet/issues/1651'),
    ('delivery requirements', POLICY, 'https://github.com/forwardemail/forwardemail.net/issues/423'),
    ('forbidden_file_extension', POLICY, 'https://github.com/NethServer/dev/issues/5811'),
    ('header value not allowed', POLICY, 'https://github.com/mysociety/writetothem/issues/364'),
    ('message rejected', POLICY, 'https://github.com/MailCore/mailcore2/issues/1738'),
    ('not authorized to perform', SECURITY, 'https://github.com/awsdocs/amazon-ses-developer-guide/blob/HEAD/doc-source/smtp-response-codes.md (Amazon SES: 554 Access denied: User ... is not authorized to perform ses:SendRawEmail, the sending credentials lack the permission)'),
    ('temporary service failure', SYSTEM_ERROR, 'https://github.com/awsdocs/amazon-ses-developer-guide/blob/HEAD/doc-source/smtp-response-codes.md (Amazon SES: 454 Temporary service failure)'),
    ('not authorized', POLICY, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online'),
    ('not rfc 5322 compliant', POLICY, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('policy', POLICY, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('rfc 5322', POLICY, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    # no-mail
    ('does not accept mail', NO_MAIL, 'https://github.com/bigbluebutton/greenlight/issues/2112'),
    ('null mx', NO_MAIL, 'https://www.suped.com/knowledge/email-deliverability/technical/how-should-you-handle-a-recipient-address-has-null-mx-bounce-message'),
    ('nullmx', NO_MAIL, 'https://github.com/MostafaDbagh/aqaarGateBE2/blob/079227755fc457ae6f7316e74019b748be678797/CRITICAL_EMAIL_FIX.md'),
    # moved
    ('no longer on server', MOVED, 'https://github.com/customeros/mailsherpa/issues/19'),
    ('recipmoved', MOVED, 'https://senderreputation.org/bounce-codes/5-1-6'),
    ('user not local', MOVED, 'https://tamingdns.com/bounce-decoder/551-5-1-6-mailbox-has-moved'),
    # domain-unknown
    ('dns query error', DOMAIN_UNKNOWN, 'https://www.emailhost.com.cn/service.html?article_category=25&brd=1 ([退信] 域名不存在: DNS query error, the domain does not exist)'),
    ('unknown mail domain', DOMAIN_UNKNOWN, 'https://www.exim.org/exim-html-current/doc/html/spec_html/ch-log_files.html (Exim: ** jim@trek99.example <jim@trek99.example>: unknown mail domain)'),
    ("couldn't find a mail exchanger", DOMAIN_UNKNOWN, "https://pastebin.com/SEVYCkQX (qmail: Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4))"),
    ("couldn't find any host named", DOMAIN_UNKNOWN, "https://pastebin.com/SEVYCkQX (qmail: Sorry, I couldn't find any host named ...)"),
    ('host or domain name not found', DOMAIN_UNKNOWN, 'https://pastebin.com/SM6faCKj (Postfix: dsn=5.4.4, Host or domain name not found); https://yandex.com/support/mail/bounces/other.html'),
    ('name or service not known', DOMAIN_UNKNOWN, 'https://man.openbsd.org/OpenBSD-7.7/gai_strerror.3 (EAI_NONAME: name or service not provided, or not known); https://github.com/vdukhovni/postfix/blob/HEAD/postfix/src/smtp/smtp_addr.c (Postfix: unable to look up host %s: %s, the resolver\'s words)'),
    ("couldn't find any host", DOMAIN_UNKNOWN, 'https://cr.yp.to/proto/qsbmf.txt'),
    ('domain name not found', DOMAIN_UNKNOWN, 'https://yandex.com/support/mail/bounces/other.html'),
    ('domain not found', DOMAIN_UNKNOWN, 'https://github.com/hitobito/hitobito/issues/495'),
    ('host not found', DOMAIN_UNKNOWN, 'https://github.com/marlam/msmtp/issues/42'),
    ('host unknown', DOMAIN_UNKNOWN, 'https://web.de/email/tipps/posts/mailer-daemon/91/'),
    ('no mx record found', DOMAIN_UNKNOWN, 'https://github.com/Idirect-Tech/Breeze-Python-SDK/issues/53'),
    ('no such domain', DOMAIN_UNKNOWN, 'https://yandex.com/support/mail/bounces/other.html'),
    ('non-existent hosts', DOMAIN_UNKNOWN, 'https://github.com/lavab/web/issues/468'),
    ('nxdomain', DOMAIN_UNKNOWN, 'https://github.com/postalsys/emailengine/issues/203'),
    ('unrouteable domain', DOMAIN_UNKNOWN, 'https://web.de/email/tipps/posts/mailer-daemon/91/'),
    # user-unknown
    ('unavailable mail user', USER_UNKNOWN, 'https://www.dbmailserver.com/tui-xin-address-not-exist.htm (550 #2175041 unavailable mail user, among the replies for an address that does not exist)'),
    ('unresolvable address', USER_UNKNOWN, 'http://5dmail.cn/html/2006-11-1/2006111121222.htm (MuseMail: 554 Hi [IP], unresolvable address, the mailbox does not exist)'),
    ('is no longer valid', USER_UNKNOWN, 'RFC 7293 §3.2 (X.7.17 mailbox owner has changed: the address the sender knew is no longer valid); reasons.md (user-unknown)'),
    ('not listed in domino directory', USER_UNKNOWN, 'https://help.hcltechsw.com/domino/12.0.0/admin/conf_managingundeliverablemailinmailbox_t.html (Domino: mail to recipients not in its Directory)'),
    ("address couldn't be found", USER_UNKNOWN, "https://fone.tips/address-not-found-gmail/ (Gmail: the address couldn't be found, or is unable to receive email)"),
    ('recipient name is not recognized', USER_UNKNOWN, 'https://mskb.pkisolutions.com/kb/258678 (Exchange 2003)'),
    ('address does not exist', USER_UNKNOWN, 'https://github.com/jsdelivr/jsdelivr/issues/18728'),
    ('bad destination mailbox address', USER_UNKNOWN, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online'),
    ('does not exist', USER_UNKNOWN, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ("doesn't have a", USER_UNKNOWN, 'https://senders.yahooinc.com/smtp-error-codes/'),
    ('not our customer', USER_UNKNOWN, 'https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-to-do-when-getting-not-our-customer-hard-bounce-message-from-comcast (Comcast: 550 5.1.1 Not our customer, no such address at Comcast)'),
    ("doesnt have a", USER_UNKNOWN, "https://wanglu.net/thread/t12-245059-0.html (Yahoo: 554 delivery error: This user doesnt have a yahoo.com account, as servers write it without the apostrophe)"),
    ('exrecipnotfound', USER_UNKNOWN, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/exrecipnotfound-ndr'),
    ('invalid mailbox', USER_UNKNOWN, 'https://yandex.com/support/mail/bounces/other.html'),
    ('invalid recipient', USER_UNKNOWN, 'https://yandex.com/support/mail/bounces/other.html'),
    ('unknown recipient', USER_UNKNOWN, 'https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event (the bounce event\'s sample reason, "500 unknown recipient")'),
    ('mailbox does not exist', USER_UNKNOWN, 'https://github.com/stalwartlabs/stalwart/issues/2460'),
    ('mailbox not found', USER_UNKNOWN, 'http://help.aol.co.uk/mailer-daemon-email-message/article/20060816080909990020'),
    ('no mailbox here by that name', USER_UNKNOWN, 'https://edu.newpages.com.my/article/349/email-error-message'),
    ('no such mailbox', USER_UNKNOWN, 'https://github.com/mailcow/mailcow-dockerized/issues/3435'),
    ('no such user', USER_UNKNOWN, 'https://yandex.com/support/mail/bounces/yandex.html'),
    ('no such user here', USER_UNKNOWN, 'https://yandex.com/support/mail/bounces/other.html'),
    ('not a valid rfc 5321 address', USER_UNKNOWN, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('recipient not found', USER_UNKNOWN, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/recipientnotfound-ndr'),
    ('recipientnotfound', USER_UNKNOWN, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/recipientnotfound-ndr'),
    ('recipnotfound', USER_UNKNOWN, 'https://pastebin.com/2SNHTj4Y'),
    ('unknown or illegal alias', USER_UNKNOWN, 'http://uit.tufts.edu/print.php?pid=548'),
    ('unknown user', USER_UNKNOWN, 'https://support.gmx.com/email/composing-and-sending/bounce-reject.html'),
    ('unrouteable address', USER_UNKNOWN, 'https://yandex.com/support/mail/bounces/other.html'),
    ('user is unknown', USER_UNKNOWN, 'https://newsroom.web.de/2015/03/28/die-fuenf-haeufigsten-fehlermeldungen-beim-mailversand/'),
    ('user not found', USER_UNKNOWN, 'https://yandex.com/support/mail/bounces/other.html'),
    ('user unknown', USER_UNKNOWN, 'https://yandex.com/support/mail/bounces/other.html'),
    ('addressee unknown', USER_UNKNOWN, "https://man.freebsd.org/cgi/man.cgi?query=sysexits (EX_NOUSER, <sysexits.h>'s 'addressee unknown': the user specified did not exist)"),
    # disabled
    ('account has been disabled', DISABLED, 'https://www.socketlabs.com/blog/yahoo-email-delivery/ (Yahoo: This account has been disabled or discontinued)'),
    ('mailbox is frozen', DISABLED, 'https://pastebin.com/UWADPXYL (550 Mailbox is frozen)'),
    ('user suspended', DISABLED, 'https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0'),
    ('is disabled', DISABLED, 'https://github.com/jbostoen/itop-jb-mail-to-ticket-automation-v2/issues/35'),
    ('is inactive', DISABLED, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('user disabled', DISABLED, 'https://github.com/anonaddy/anonaddy/issues/624'),
    # mailbox-full
    ('too much mail data', MAILBOX_FULL, 'https://note.com/sendmagic/n/neb6bbe7e51cf (docomo: 552 Too much mail data, the mailbox is full)'),
    ('quota', MAILBOX_FULL, '../shared/reference/reasons.md (452 and 552 with quota: mailbox-full; a sending quota is in its own wordings)'),
    ('quota error', MAILBOX_FULL, 'https://bitbucket.org/analogic/mailserver/issues/413/550-quota-error-for-disabled-non-existing (Poste.io: 550 Quota Error)'),
    ('quota violation', MAILBOX_FULL, 'https://foxydog.tistory.com/180 (550 (Mailbox) Quota Violation)'),
    ('overquota', MAILBOX_FULL, 'https://pastebin.com/MMGUFmXp (550 ...User account is overquota)'),
    ('account is full', MAILBOX_FULL, 'https://yandex.com/support/mail/bounces/other.html'),
    ('disk quota exceeded', MAILBOX_FULL, 'https://yandex.com/support/mail/bounces/other.html'),
    ('exceeded storage allocation', MAILBOX_FULL, 'https://newsroom.gmx.net/2017/09/28/unzustellbar-fehlermeldungen-email/'),
    ('full mailbox', MAILBOX_FULL, 'http://www.chilipepperweb.net/email-support/mail-quota-exceeded.html'),
    ('mail quota exceeded', MAILBOX_FULL, 'http://www.chilipepperweb.net/email-support/mail-quota-exceeded.html'),
    ('mailbox exceeds allowed size', MAILBOX_FULL, 'http://www.montevallo.edu/cs/email/FullMailbox.shtm (IMail: User mailbox exceeds allowed size)'),
    ('mailbox full', MAILBOX_FULL, 'https://support.gmx.com/email/composing-and-sending/bounce-reject.html'),
    ('mailbox is full', MAILBOX_FULL, 'https://yandex.com/support/mail/bounces/yandex/mailbox-size-limit-exceeded.html?lang=en'),
    ('mailbox size limit exceeded', MAILBOX_FULL, 'https://yandex.com/support/mail/bounces/yandex/mailbox-size-limit-exceeded.html?lang=en'),
    ('out of storage space', MAILBOX_FULL, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('over quota', MAILBOX_FULL, 'http://help.yahoo.com/l/in/yahoo/mail/original/abuse/abuse-57.html'),
    ('over the quota', MAILBOX_FULL, 'https://edu.newpages.com.my/article/349/email-error-message'),
    ('quota exceeded', MAILBOX_FULL, 'https://newsroom.web.de/2015/03/28/die-fuenf-haeufigsten-fehlermeldungen-beim-mailversand/'),
    ('too many messages on server', MAILBOX_FULL, 'https://support.gmx.com/email/composing-and-sending/bounce-reject.html'),
    ('too many messages on the server', MAILBOX_FULL, 'https://newsroom.web.de/2015/03/28/die-fuenf-haeufigsten-fehlermeldungen-beim-mailversand/'),
    # system-error
    ('maildir', SYSTEM_ERROR, "https://github.com/notqmail/notqmail/blob/HEAD/qmail-local.c (qmail-local: Timeout on maildir delivery. (#4.3.0); Unable to chdir to maildir. (#4.2.1)); https://github.com/vdukhovni/postfix/blob/HEAD/postfix/src/local/maildir.c (Postfix local: maildir delivery failed); https://github.com/sagredo-dev/vpopmail/blob/HEAD/vdelivermail.c (vpopmail: Auto creation of maildir failed. (#5.9.8)): the recipient's own mailbox store failing, whatever the code"),
    ('out of memory', SYSTEM_ERROR, 'https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (450 out of memory.); https://manpages.ubuntu.com/manpages/bionic/man5/qmail-log.5.html (qmail-send: alert: out of memory, it will try again)'),
    ('lock for exclusive access', SYSTEM_ERROR, 'https://github.com/vdukhovni/postfix/blob/HEAD/postfix/src/global/deliver_flock.c (Postfix: unable to lock for exclusive access, the mailbox held by another process)'),
    ('lockmailbox', SYSTEM_ERROR, "https://github.com/freebsd/freebsd-src/blob/0088d6ea99200615d65845be8e97a7e4f1097e9b/mail.local/mail.local.c (sendmail's mail.local: lockmailbox ... failed, 451 4.3.0)"),
    ('address verification in progress', SYSTEM_ERROR, "https://www.postfix.org/ADDRESS_VERIFICATION_README.html (Postfix: 450 4.1.1 unverified address: Address verification in progress, the receiving system has not yet found out; not an unknown user)"),
    ('resources unavailable temporarily', SYSTEM_ERROR, 'https://wanglu.net/thread/t12-245059-0.html (Yahoo: 420 Resources unavailable temporarily. Please try later)'),
    ('configuration error', SYSTEM_ERROR, 'https://github.com/hmailserver/hmailserver/blob/master/hmailserver/source/Server/SMTP/RecipientParser.cpp (hMailServer: 550 Mail server configuration error. Too many recursive forwards.)'),
    ('internal server error', SYSTEM_ERROR, 'https://github.com/foxcpp/maddy/issues/535 (maddy: 554 5.0.0 Internal server error)'),
    ('insufficient disk space', SYSTEM_ERROR, 'https://oreilly.com/library/view/sendmail-3rd-edition/1565928393/re770.html (452 4.4.5 Insufficient disk space; try again later)'),
    ('temporary server error', SYSTEM_ERROR, 'https://c7solutions.com/category/error (Exchange: 451 4.7.0 Temporary server error. Please try again later. PRX2)'),
    ("can't create output", SYSTEM_ERROR, 'http://helpdesk.umd.edu/documents/3/3025/'),
    ('insufficient system resources', SYSTEM_ERROR, 'https://github.com/MicrosoftDocs/OfficeDocs-Exchange/pull/2292'),
    ('insufficient system storage', SYSTEM_ERROR, 'RFC 5321 §4.2.3 (452 Requested action not taken: insufficient system storage)'),
    ('internal resource temporarily unavailable', SYSTEM_ERROR, 'https://github.com/tianon/dockerfiles/issues/96'),
    ('local error in processing', SYSTEM_ERROR, 'RFC 5321 §4.2.3 (451 Requested action aborted: local error in processing)'),
    ('mailbox busy', SYSTEM_ERROR, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/remote-server-returned-mailbox-busy'),
    ('resources temporarily unavailable', SYSTEM_ERROR, 'http://help.yahoo.com/l/in/yahoo/mail/original/abuse/abuse-57.html'),
    ('temporary local problem', SYSTEM_ERROR, 'https://github.com/mautic/mautic/issues/9822'),
    ('temporary lookup failure', SYSTEM_ERROR, 'https://github.com/mailcow/mailcow-dockerized/issues/4113'),
    ('table lookup failure', SYSTEM_ERROR, 'https://github.com/vdukhovni/postfix/blob/HEAD/postfix/src/local/mailbox.c (Postfix local: table lookup failure)'),
    ('system error', SYSTEM_ERROR, 'https://github.com/sagredo-dev/vpopmail/blob/HEAD/vdelivermail.c (vpopmail: system error calling qmail-inject); reasons.md (system-error: the receiving system failed)'),
    ('user lookup error', SYSTEM_ERROR, 'https://github.com/vdukhovni/postfix/blob/HEAD/postfix/src/local/mailbox.c (Postfix local: user lookup error)'),
    ('cannot update mailbox', SYSTEM_ERROR, 'https://github.com/vdukhovni/postfix/blob/HEAD/postfix/src/local/mailbox.c (Postfix local: cannot update mailbox %s for user %s)'),
    # expired
    ('in the queue too long', EXPIRED, "https://cr.yp.to/qmail.html (qmail-send's own message: I'm not going to try again; this message has been in the queue too long); reasons.md (expired: the sender gave up)"),
    ('after a long failure period', EXPIRED, 'https://www.exim.org/exim-html-current/doc/html/spec_html/ch-retry_configuration.html (Exim: retry time not reached for any host after a long failure period, its give-up)'),
    ('envelope expired', EXPIRED, 'https://github.com/OpenSMTPD/OpenSMTPD/issues/687 (OpenSMTPD: Envelope expired)'),
    ('have been failing for a long time', EXPIRED, "https://vcs.fsf.org/?a=commitdiff&h=93afd6be7efaf2acae325968b38484b0f4dc40a0&p=exim.git (Exim's smtp transport, delay_after_cutoff)"),
    ('could not be delivered for', EXPIRED, 'http://www.helpdesk.umd.edu/topics/troubleshooting/email/3024/'),
    ('inaccessible for too long', EXPIRED, 'https://support.google.com/postini/answer/140349?hl=en'),
    ('message timeout', EXPIRED, 'https://github.com/cividesk/com.cividesk.email.sparkpost/pull/98 (SparkPost: 554 5.4.7 [internal] message timeout (exceeded max time, ...), it gave up retrying)'),
    ('exceeded max time', EXPIRED, 'https://github.com/cividesk/com.cividesk.email.sparkpost/pull/98 (SparkPost: 554 5.4.7 [internal] message timeout (exceeded max time, ...))'),
    ('message expired', EXPIRED, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-4-4-7-in-exchange-online'),
    ('retry timeout exceeded', EXPIRED, 'https://www.ramahost.net/knowledge-base/email-services~8/email-bounce-retry-timeout-exceeded~4'),
    ('time limit', EXPIRED, 'http://www.madvigsolutions.com/helpdesk/Non-Delivery.htm'),
    # network
    ('greeting failed', NETWORK, "https://cr.yp.to/qmail.html (qmail-remote's own message: Connected to x but greeting failed); reasons.md (network: no connection)"),
    ('resolver error', NETWORK, 'https://github.com/haraka/Haraka/blob/master/plugins/mail_from.is_resolvable.js (Haraka: 450 Temp. resolver error (ESERVFAIL), its DNS lookup failed); ../shared/reference/reasons.md (network: a DNS lookup failure)'),
    ('lookup failure', NETWORK, 'https://github.com/corecode/dma/issues/30 (dma: remote delivery deferred: DNS lookup failure); ../shared/reference/reasons.md (network: a DNS lookup failure)'),
    ('lookup failed', NETWORK, "https://pl.com.uy/?P=ne&S=do&pg=nedoerrorescorreo (qmail: CNAME lookup failed temporarily.); ../shared/reference/reasons.md (network: a DNS lookup failure)"),
    ('servfail', NETWORK, 'RFC 1035 §4.1.1 (RCODE 2, SERVFAIL: the name server could not answer the query)'),
    ('host name lookup failure', NETWORK, "../shared/reference/reasons.md (network: a DNS lookup failure; sendmail's Deferred: Name server: x: host name lookup failure)"),
    ('could not send message for past', NETWORK, "../shared/reference/reasons.md (network: the mail still queued; sendmail's Warning: could not send message for past 4 hours)"),
    ('looping', NETWORK, '../shared/reference/reasons.md (network: X.4.x loops)'),
    ('loop detected', NETWORK, 'RFC 3463 §3.5 (X.4.6 Routing loop detected)'),
    ('network error on destination mxs', NETWORK, 'https://github.com/OpenSMTPD/OpenSMTPD/issues/687 (OpenSMTPD: Network error on destination MXs)'),
    ('tried all mxs', NETWORK, 'https://github.com/haraka/Haraka/issues/2507 (Haraka: Temp fail for: Tried all MXs)'),
    ('host not found, try again', NETWORK, 'https://github.com/mail-in-a-box/mailinabox/issues/1607 (Postfix: a temporary DNS failure, dsn=4.4.3)'),
    ('socket error', NETWORK, 'https://github.com/ruffrey/mailsac/issues/21 (Gmail: [... socket error])'),
    ('mx host not found', DOMAIN_UNKNOWN, 'https://docs.rackspace.com/docs/common-email-bounces (Rackspace: Host or domain name not found. MX host not found: the domain has no MX records)'),
    ('no mx found', DOMAIN_UNKNOWN, 'https://github.com/OpenSMTPD/OpenSMTPD/blob/HEAD/usr.sbin/smtpd/mta.c (OpenSMTPD: No MX found for domain)'),
    ('no mail servers appear to', DOMAIN_UNKNOWN, "https://github.com/hmailserver/hmailserver/blob/HEAD/hmailserver/source/Server/SMTP/ExternalDelivery.cpp (hMailServer: No mail servers appear to exists for the recipient's address)"),
    ('cannot connect', NETWORK, 'https://learn.microsoft.com/en-us/defender-office-365/connectors-mail-flow-intelligence'),
    ('could not connect', NETWORK, 'https://pastebin.com/S3dz220t (Halon, One.com relay: 400 Could not connect to [xitek.co.uk->MX]:25)'),
    ("couldn't connect", NETWORK, '../shared/reference/reasons.md (network: no connection; "cannot connect", as a server may write it)'),
    ('unable to connect', NETWORK, '../shared/reference/reasons.md (network: no connection; "cannot connect", as a server may write it)'),
    ('failed to connect', NETWORK, '../shared/reference/reasons.md (network: no connection; "cannot connect", as a server may write it)'),
    ("can't connect", NETWORK, '../shared/reference/reasons.md (network: no connection; "cannot connect", as a server may write it)'),
    ('actively refused', NETWORK, 'https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2 (WSAECONNREFUSED 10061: No connection could be made because the target computer actively refused it)'),
    ('connection refused from', BLOCKED, 'https://github.com/OpenSMTPD/OpenSMTPD/issues/483 (Aruba: 554 ... Connection refused from [the client IP]. See http://csi.cloudmark.com/...: the server, answering, refuses the client)'),
    ('connection refused', NETWORK, 'https://github.com/1it/docker-mail/issues/2'),
    ('connection reset by peer', NETWORK, 'https://www.gnu.org/software/libc/manual/html_node/Error-Codes.html (ECONNRESET)'),
    ('hop count exceeded', NETWORK, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-4-6-through-5-4-20-in-exchange-online'),
    ('host is unreachable', NETWORK, 'https://man7.org/linux/man-pages/man3/errno.3.html (EHOSTUNREACH)'),
    ('closed connection', NETWORK, 'https://github.com/haraka/Haraka/issues/2520 (Haraka: Remote end 173.194.219.27:25 closed connection while we were processing mail)'),
    ('context deadline exceeded', NETWORK, 'https://pkg.go.dev/context#DeadlineExceeded (Go: "context deadline exceeded", the time a connection was given ran out); https://github.com/foxcpp/maddy/issues/842'),
    ('dns error', NETWORK, 'https://github.com/zone-eu/zone-mta/issues/418 (ZoneMTA: DNS Error: DNS error occurred while resolving the Mail Exchange (MX) server)'),
    ('temporary failure in name resolution', NETWORK, 'https://man.openbsd.org/OpenBSD-7.7/gai_strerror.3 (EAI_AGAIN: temporary failure in name resolution)'),
    ('temporary failure in mx lookup', NETWORK, 'https://github.com/OpenSMTPD/OpenSMTPD/blob/HEAD/usr.sbin/smtpd/mta.c (OpenSMTPD: Temporary failure in MX lookup)'),
    ('lost connection with', NETWORK, 'https://github.com/mail-in-a-box/mailinabox/issues/1523'),
    ('mail loop', NETWORK, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-4-6-through-5-4-20-in-exchange-online'),
    ('name service error', NETWORK, 'https://github.com/mail-in-a-box/mailinabox/issues/1607'),
    ('network is unreachable', NETWORK, 'https://github.com/chatmail/relay/pull/919'),
    ('no valid route', NETWORK, 'https://github.com/OpenSMTPD/OpenSMTPD/blob/HEAD/usr.sbin/smtpd/mta.c (OpenSMTPD: No valid route to remote MX; No valid route to destination, both temporary)'),
    ('relay server could not be found', NETWORK, "https://github.com/hmailserver/hmailserver/blob/HEAD/hmailserver/source/Server/SMTP/ExternalDelivery.cpp (hMailServer: The host specified as SMTP relay server could not be found)"),
    ('host map: lookup', NETWORK, 'http://www.brandonhutchinson.com/host_map__lookup_(domain)__deferred.html (Sendmail: host map: lookup (domain): deferred, a DNS lookup of the destination domain failed and the mail was queued)'),
    ('no route to host', NETWORK, 'https://www.gnu.org/software/libc/manual/html_node/Error-Codes.html (EHOSTUNREACH)'),
    ('operation timed out', NETWORK, 'https://github.com/bokysan/docker-postfix/issues/21'),
    ('routing loop', NETWORK, 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online'),
    ('timed out', NETWORK, 'https://learn.microsoft.com/en-us/defender-office-365/connectors-mail-flow-intelligence'),
    ('timeout', NETWORK, 'https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes'),
    ('too many hops', NETWORK, 'http://helpdesk.umd.edu/documents/3/3025/'),
    # documented wordings a refusal sentence (SENTENCES) does not compose
    ('authentication unsuccessful', SECURITY, 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-smtpntlm/62888982-a911-40fa-b587-50b5c69f7334 (535 5.7.3: authentication terminated unsuccessfully)'),
    ('must be authenticated', SECURITY, 'https://www.ionos.com/help/email/troubleshooting-mail-basicmail-business/error-messages-caused-by-undeliverable-email/ (550 must be authenticated)'),
    ('banned sender', BLOCKED, 'https://pastebin.com/JEGXAxrE (Microsoft: 550 5.7.511 Access denied, banned sender[IP])'),
    ('previously hard-bounced', SUPPRESSED, 'https://github.com/yegor256/netbout/issues/736 (a relay: 550 previously hard-bounced, refused from its own list)'),
    ('previously bounced address', SUPPRESSED, 'https://pastebin.com/PBCjgYGX (Mailgun: 605 Not delivering to previously bounced address)'),
    ('cannot send message for', EXPIRED, 'http://ftp.zx.net.nz/rom/V5.0Ar1094_D1/DOCS/HTML/ARH9CATE/MLRRRXXX.HTM (sendmail: Cannot send message for 3 days)'),
    ('local configuration error', SYSTEM_ERROR, 'https://docs.oracle.com/cd/E36784_01/html/E36828/mailadmin-219.html (sendmail: 554 hostname... Local configuration error)'),
    ('reputation database', BLOCKED, 'https://hardwaresecrets.com/understanding-email-bounce-messages/4/ (Mail from [IP] deferred using Trend Micro Email Reputation database)'),
    ('allowed rcpthosts', RELAY_DENIED, 'http://www.ehosted.com/index.php?option=com_content&view=article&id=114:553-sorry-that-domain-isnt-in-my-list-of-allowed-rcpthosts&catid=8:e-mail-settings-&Itemid=6 (qmail: 553 sorry, that domain isn\'t in my list of allowed rcpthosts)'),
    ('quarantined', POLICY, "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages (Exchange: 5.2.1 Content Filter agent quarantined this message); https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-director-(consolidated-mode)-53-patch-1-online-help-quarantine-reasons (a filter holds a message in quarantine for its content, spam or malware: a filter's refusal, reasons.md policy)"),
    ('banned content', POLICY, 'https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html (554 Rejected due to banned content)'),
    ('max concurrent sessions', RATE_LIMITED, 'http://docs.ftgate.com/ftgate-documentation/error-messages/service-error-messages/ (FTGate: 451 4.5.1 Max concurrent sessions)'),
    ('sending limit', RATE_LIMITED, 'https://github.com/nodemailer/nodemailer/issues/1137 (User ... has exceeded its 24-hour sending limit); ../shared/reference/reasons.md (rate-limited: too many messages from the sender)'),
    ('dictionary attack', RATE_LIMITED, 'http://www.email.kdinteractive.com/Section/Business_Email_Solutions/Hosted_Exchange/Technology/Spam_Filtering/Directory_Harvests.html (a "Dictionary Attack": senders to too many unknown recipients disconnected, then throttled); https://postmaster.tdc.dk/fejlmeddelser/fpo/452-4-5-0-policy-based-throttling (TDC: directory harvesting throttled)'),
    ('directory harvest', RATE_LIMITED, 'https://postmaster.tdc.dk/fejlmeddelser/fpo/452-4-5-0-policy-based-throttling (TDC: 452 4.5.0 policy based throttling, for directory harvesting)'),
    ('too many invalid recipients', RATE_LIMITED, 'https://martin-kamenov.com/web/images/upload/maksoft/sym/root/usr/share/webmin/sendmail/help/opt_BadRcptThrottle.html (sendmail BadRcptThrottle: a client that tries too many invalid recipients is disconnected)'),
    ('too many unknown recipients', RATE_LIMITED, 'http://www.email.kdinteractive.com/Section/Business_Email_Solutions/Hosted_Exchange/Technology/Spam_Filtering/Directory_Harvests.html (senders to too many unknown recipients disconnected, then throttled)'),
    ('too many bad recipients', RATE_LIMITED, 'https://martin-kamenov.com/web/images/upload/maksoft/sym/root/usr/share/webmin/sendmail/help/opt_BadRcptThrottle.html (sendmail BadRcptThrottle: too many bad recipients)'),
    ('too many auth failures', RATE_LIMITED, 'https://docs.oracle.com/fr-fr/iaas/Content/Email/Concepts/troubleshooting.htm (Oracle Email Delivery: 421 Too many auth failures, the IP throttled)'),
    ('bare cr', POLICY, 'https://github.com/marlam/msmtp/issues/145 (552 5.2.0 Message contains bare CR and is violating 822.bis section 2.3)'),
    ('smtputf8', PROTOCOL, 'RFC 6531 (a message that needs the SMTPUTF8 extension cannot go to a server that does not offer it); https://github.com/hardware/mailserver/issues/166 (Postfix: SMTPUTF8 is required, but was not offered by host)'),
    ('unknown mail transport error', SYSTEM_ERROR, 'https://pastebin.com/KWuEsmHn (Postfix: status=deferred (unknown mail transport error), its delivery agent failed)'),
    ('forwarding loop', NETWORK, 'https://pastebin.com/z0KWDExk (Postfix: mail forwarding loop for ...); ../shared/reference/reasons.md (network: X.4.x loops)'),
    ('no mx or a for domain', DOMAIN_UNKNOWN, 'https://support.sparkpost.com/momentum/4/message-responses (Momentum: 454 4.4.4 [internal] no MX or A for domain)'),
    ('sender is not same as smtp authenticate username', SENDER_REJECTED, 'https://docs.iredmail.org/errors.html (iRedMail: Sender is not same as SMTP authenticate username, the login may not send as that sender)'),
    ('not allowed to send', POLICY, 'https://github.com/baserow/baserow/issues/1776 (Mailgun: 421 Domain sandbox....mailgun.org is not allowed to send: the sender may not send through it)'),
    ('not allowed to send mail to', POLICY, 'https://pastebin.com/Y6mnKJ1Z (Bell: 550 you are not allowed to send mail to ...)'),
    ('delivery attempts failed', EXPIRED, 'https://pastebin.com/vwWmqmaT (multiple delivery attempts failed: the sender gave up retrying)'),
    ('hostname lookup', NETWORK, 'https://wanglu.net/thread/t12-245059-0.html (RETRY.17 Temporary failure of hostname lookup); ../shared/reference/reasons.md (network: a DNS lookup failure)'),
    ('valid sender domain', SENDER_REJECTED, 'http://worldnet.att.net/general-info/bls_info/block_enduser.html (BellSouth: 550 [permfail] bellsouth.net requires valid sender domain)'),
    ('in envelope-from', SENDER_REJECTED, "https://www.strato-hosting.co.uk/faq/product/why-are-my-emails-not-being-delivered (Strato: 550 Forbidden domain 'x' in Envelope-From, the sender's address)"),
    ('server busy', SYSTEM_ERROR, 'https://smtp.codes/exchangeonline (Exchange Online: 451 4.7.500 Server busy. Please try again later); RFC 5321 §4.2.2 (4yz: the server cannot take the mail now)'),
    ('bare lf', POLICY, 'https://github.com/Dolibarr/dolibarr/issues/33871 (Free: 550 mail dropped, bare LF found); https://www.postfix.org/smtp-smuggling.html (bare LF refused against SMTP smuggling)'),
    ('bare line-feed', POLICY, 'https://github.com/haraka/Haraka/blob/HEAD/connection.js (Haraka: 451 Bare line-feed; see http://haraka.github.com/barelf.html)'),
    ('daily send limit', RATE_LIMITED, 'http://wiki.polarismail.com/display/Support/Common+Problems (462 Daily send limit reached)'),
    ('no mx records', DOMAIN_UNKNOWN, 'http://support.rackteam.com/kb/a136/common-email-delivery-errors-you-may-receive.aspx (SmarterMail: No MX records were found for the domain)'),
    ('out of disk space', SYSTEM_ERROR, 'http://docs.ftgate.com/ftgate-documentation/error-messages/service-error-messages/ (FTGate: Out of disk space)'),
    ('badmailfrom', SENDER_REJECTED, 'https://pl.com.uy/?P=ne&S=do&pg=nedoerrorescorreo (qmail: Sorry, your envelope sender is in my badmailfrom list)'),
    ('no relaying', RELAY_DENIED, 'https://www.weboke.nl/knowledgebase/6/Email-foutmeldingen-Mail-delivery-failed-returning-message-to-sender.html (Postini: 554 No relaying allowed - psmtp)'),
    ('forward-path is not allowed', RELAY_DENIED, 'https://success.trendmicro.com/dcx/s/solution/1106332 (Trend Micro IMSS: 550 domain of forward-path is not allowed)'),
    ('handshake failed', SECURITY, 'https://github.com/stalwartlabs/stalwart/issues/734 (TLS error ...: Handshake failed)'),
    ('failed to verify certificate', SECURITY, 'https://github.com/hyvor/relay/issues/488 (tls: failed to verify certificate: x509)'),
    ('tls error', SECURITY, 'https://github.com/stalwartlabs/stalwart/issues/61 (Stalwart: TLS error from ...: I/O error: tls handshake eof)'),
    ('establish a tls connection', SECURITY, 'https://github.com/stalwartlabs/stalwart/issues/1345 (Stalwart: It was not possible to establish a TLS connection)'),
    ('does not match certificate', SECURITY, "https://github.com/nodemailer/nodemailer/issues/1646 (Node.js TLS: Hostname/IP does not match certificate's altnames)"),
    ('permissions to send as this sender', SECURITY, 'https://www.parrot-media.de/mediathek/help-center/exchange-e-mail-postfaecher/probleme-beim-versenden-oder-empfangen-von-e-mails/ (Exchange: Anonymous client does not have permissions to send as this sender)'),
    ('destinatario sconosciuto', USER_UNKNOWN, 'https://guide.pec.it/posta-pec/faq-errori-comuni/errori-comuni/errori-comuni-durante-invio-ricezione-pec.aspx (Aruba: Indirizzo destinatario sconosciuto)'),
    ('exceeds size limit', TOO_LARGE, 'http://support.kagoya.jp/kir/faq/index.php?action=artikel&cat=5&id=328&artlang=ja (Postfix: message size 5545579 exceeds size limit 4310016 of server)'),
    ('mailsize limit', TOO_LARGE, 'https://www.emailhost.com.cn/service.html?article_category=25&brd=1 (exceeded mailsize limit)'),
    ('sorbs', BLOCKED, 'https://pl.com.uy/?P=ne&S=do&pg=nedoerrorescorreo (Your address is listed as dynamic on SORBS)'),
    ('message sending for this account', SENDER_REJECTED, 'https://mailout.ru/2015/09 (Mail.ru: 550 message sending for this account is disabled: the sender\'s account)'),
    ('storage limit', MAILBOX_FULL, 'http://ix-one.com/domainhostingFAQ/article/MS_27771.html (GoDaddy: Account storage limit)'),
    ('junk mail', SPAM, "../shared/reference/reasons.md (spam: the message judged spam, which mail systems also call junk mail)"),
    ('loops back to myself', NETWORK, 'https://exim.org/exim-html-4.00/doc/html/FAQ_3.html (mail loops back to myself)'),
    ('bad reputation', BLOCKED, "../shared/reference/reasons.md (blocked: the sending IP or domain is blocked for a bad reputation)"),
    ('cannot start tls', SECURITY, 'https://github.com/mailcow/mailcow-dockerized/issues/3110 (Cannot start TLS: handshake failure)'),
    ('no space left on device', SYSTEM_ERROR, 'https://www.gnu.org/software/libc/manual/html_node/Error-Codes.html (ENOSPC: No space left on device); https://www.yunweiku.com/thread-113836-1-1.html (sendmail: cannot create the queue file: No space left on device)'),
    ('resource temporarily unavailable', SYSTEM_ERROR, 'https://www.gnu.org/software/libc/manual/html_node/Error-Codes.html (EAGAIN: Resource temporarily unavailable)'),
    ('cannot assign requested address', NETWORK, 'https://www.gnu.org/software/libc/manual/html_node/Error-Codes.html (EADDRNOTAVAIL); https://github.com/docker-mailserver/docker-mailserver/issues/1524 (Postfix: connect to ...: Cannot assign requested address)'),
    ('host lookup did not complete', NETWORK, 'https://pastebin.com/ihDqUYvj (Exim: R=dnslookup defer (-1): host lookup did not complete)'),
    ('closed connection in response to', NETWORK, 'https://pastebin.com/RdnkQ3GM (Exim: Remote host ... closed connection in response to EHLO)'),
    ('synchronization error', PROTOCOL, 'https://bitbucket.org/sshguard/sshguard/issues/111/proposal-exim-signature-smtp-protocol (Exim: SMTP protocol synchronization error (input sent without waiting for greeting))'),
    ('syntactically invalid', PROTOCOL, 'https://github.com/roundcube/roundcubemail/issues/6408 (Exim: rejected EHLO ...: syntactically invalid argument(s))'),
    ('connection denied', BLOCKED, 'https://blog.csdn.net/weixin_31487917/article/details/119692776 (QQ Mail: 550 Connection denied, the sending IP refused for its rate); ../shared/reference/reasons.md (blocked: the sending IP refused)'),
    ('denies the sender', SENDER_REJECTED, 'https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (553 host denies the sender.)'),
    ('denies relay', RELAY_DENIED, 'https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (553 host denies relay.)'),
    ('vba macros', POLICY, 'https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html (552 MS-Office file containing VBA macros found inside of the email: a filter on attachments)'),
    ('inappropriate words', POLICY, 'https://github.com/sansan0/TrendRadar/issues/373 (550 The mail may contain inappropriate words or content.)'),
    ('inappropriate content', POLICY, 'https://github.com/sansan0/TrendRadar/issues/373 (550 The mail may contain inappropriate words or content.)'),
    ('source of spam', BLOCKED, 'http://mailenable.com/documentation/10.0/Enterprise/IP%20Blocking.html (MailEnable: 452 The IP Address you are sending from was reported as a source of Spam)'),
    ('no reverse lookup', BLOCKED, 'https://techjourney.net/?p=4273 (550 Not sent - no reverse lookup); reasons.md (blocked: no reverse DNS)'),
    ('postgrey', POLICY, 'https://github.com/docker-mailserver/docker-mailserver/issues/1397 (Postfix: 450 4.2.0 Recipient address rejected: Delayed by postgrey); reasons.md (greylisting: policy)'),
    ('certificate verification failed', SECURITY, 'https://github.com/hashbang/shell-etc/pull/181 (sendmail: TLS certificate verification failed)'),
    ('unsolicited bulk', SPAM, 'https://github.com/docker-mailserver/docker-mailserver/issues/1471 (was considered unsolicited bulk e-mail (UBE))'),
    ('would exceed maximum mailbox size', MAILBOX_FULL, 'https://www.mailutils.org/manual/html_node/Mailbox-Quotas.html (GNU Mailutils: message would exceed maximum mailbox size for this recipient)'),
    ('does not have an account', USER_UNKNOWN, 'https://www.icoremail.vip/support/index.php?cate_id=84&page=8&start=225 (Coremail: recipient does not have an account)'),
    ('user hangup', DISABLED, 'https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0 (Coremail: User hangup, the account suspended)'),
    ('retry time not reached for any host', NETWORK, "https://docs.huihoo.com/exim/4/spec/ch32.html (Exim: a remote host's earlier temporary failure, most often a host down or a network problem, holds the mail on the queue until its retry time; https://github.com/Exim/exim/wiki/Q0608)"),
    ('points to local host', NETWORK, "https://github.com/Exim/exim/wiki/Q0301 (Exim: lowest numbered MX record points to local host; the domain's DNS routes its mail back to the sender's own host, a routing failure)"),
    ('address is the local host', NETWORK, "https://github.com/Exim/exim/wiki/Q0301 (Exim: remote host address is the local host, a routing failure)"),
    ('failure to reach any mx', NETWORK, "https://github.com/cmail-mta/cmail/issues/56 (cmail-dispatchd: Failure to reach any MX, no MX of the domain took the mail)"),
    ('routing server failure', NETWORK, 'RFC 3463 §3.5 (X.4.3 Routing server failure)'),
    ('unusual sending activity', POLICY, 'https://help.zoho.com/portal/en/community/topic/unable-to-send-message-reason-550-5-4-6-unusual-sending-activity-detected (Zoho: the sending account held)'),
    # in languages other than English, as providers write them
    ('usuario inexistente', USER_UNKNOWN, 'https://alexborras.com/errores-y-warnings-habituales-en-retorno-de-email/ab_md/ (Spanish: Usuario inexistente)'),
    ('no se encuentra en el directorio de domino', USER_UNKNOWN, 'https://alexborras.com/errores-y-warnings-habituales-en-retorno-de-email/ab_md/ (Domino in Spanish: not in the Domino Directory)'),
    ('tiempo de entrega vencido', EXPIRED, 'https://alexborras.com/errores-y-warnings-habituales-en-retorno-de-email/ab_md/ (Spanish: tiempo de entrega vencido, the delivery time expired)'),
    ('casilla ha expirado', DISABLED, 'https://alexborras.com/errores-y-warnings-habituales-en-retorno-de-email/ab_md/ (Spanish: Esta casilla ha expirado por falta de uso, expired for lack of use)'),
    ('indirizzo ip bloccato', BLOCKED, 'https://guide.pec.it/posta-pec/faq-errori-comuni/errori-comuni/errori-comuni-durante-invio-ricezione-pec.aspx (Aruba PEC: Indirizzo IP bloccato temporaneamente per sospetto abuso)'),
    ('erhält zu schnell e-mails', RATE_LIMITED, 'https://support.google.com/a/answer/3726730?hl=de (Gmail in German: 450 4.2.1 Der Nutzer ... erhält zu schnell E-Mails, its ReceivingRate)'),
    ('用户不存在', USER_UNKNOWN, 'https://qqmailbox.com/transceivers/169.html (QQ Mail: 该用户不存在, the user does not exist)'),
    ('地址不存在', USER_UNKNOWN, 'http://aliyuntx.com/news_in/351 (Alibaba Mail: 收件人邮件地址不存在, the recipient address does not exist)'),
    ('收件人不存在', USER_UNKNOWN, 'https://www.emailhost.com.cn/service.html?article_category=25&brd=1 ([退信] 收件人不存在: user not exist, the recipient does not exist)'),
    ('域名不存在', DOMAIN_UNKNOWN, 'https://www.emailhost.com.cn/service.html?article_category=25&brd=1 ([退信] 域名不存在: DNS query error, the domain does not exist); https://github.com/dreamhunter2333/cloudflare_temp_email/issues/8 (QQ Mail: 所属域名不存在, 邮件无法送达)'),
    ('收件容量满', MAILBOX_FULL, 'https://www.emailhost.com.cn/service.html?article_category=25&brd=1 ([退信] 收件容量满: Quota exceeded, the receiving capacity is full)'),
    ('网络异常', NETWORK, 'https://www.emailhost.com.cn/service.html?article_category=25&brd=1 ([退信] 网络异常: rcpt handle timeout, a network fault)'),
    ('未开通qq邮箱', USER_UNKNOWN, 'https://qqmailbox.com/transceivers/169.html (QQ Mail: 该用户未开通QQ邮箱, the user has no QQ mailbox)'),
    ('收件人空间不足', MAILBOX_FULL, "https://qqmailbox.com/transceivers/169.html (QQ Mail: the recipient's space is not enough)"),
    ('收件箱已满', MAILBOX_FULL, 'http://aliyuntx.com/news_in/351 (Alibaba Mail: 收信人收件箱已满, the inbox is full)'),
    ('休眠状态', DISABLED, 'http://mysdqq.cn/a460000-show/news-1981.html (Alibaba Mail: 用户由于长时间未登录处于休眠状态, dormant after a long time without login)'),
    ('垃圾邮件', SPAM, 'http://mysdqq.cn/a460000-show/news-1981.html (Alibaba Mail: 邮件被反垃圾系统认定为垃圾邮件, judged spam)'),
    ('域名有错误', DOMAIN_UNKNOWN, 'http://aliyuntx.com/news_in/351 (Alibaba Mail: 主机或者对方域名有错误,无法被系统解析, the domain is wrong and does not resolve)'),
    ('无法识别的错误命令', PROTOCOL, 'http://aliyuntx.com/news_in/351 (Alibaba Mail: an unrecognised command)'),
    ('连接被拒绝', NETWORK, 'http://aliyuntx.com/news_in/351 (Alibaba Mail: 对方服务器连接被拒绝, the connection was refused)'),
    ('连接收件方邮件系统失败', NETWORK, "https://github.com/lisijie/webcron/issues/14 (QQ Mail: connecting to the recipient's mail system failed)"),
    ('受信トレイがいっぱい', MAILBOX_FULL, 'https://urashita.com/?p=36286 (Gmail in Japanese: 宛先の受信トレイがいっぱいか, the inbox is full)'),
    ('空き容量不足', MAILBOX_FULL, 'https://urashita.com/?p=36286 (Gmail in Japanese: 宛先の受信トレイの空き容量不足, too little free space)'),
    ('アカウントが存在しません', USER_UNKNOWN, 'http://support.microsoft.com/kb/300681/ja (Exchange in Japanese: この電子メール アカウントが存在しません)'),
    ('アカウントは存在しません', USER_UNKNOWN, 'https://support.google.com/mail/answer/6596?hl=ja (Gmail in Japanese: 送信先のメール アカウントは存在しません, the recipient account does not exist)'),
    ('ユーザーは登録されていません', USER_UNKNOWN, 'http://dream.jp/support/techinfo/mail/error/error05.html (DTI: <address> のユーザーは登録されていません, the user is not registered: the address was not found)'),
    ('涉嫌大量群发', SPAM, 'https://github.com/testerSunshine/12306/issues/135 (NetEase 163: 该邮件内容涉嫌大量群发, 并且被多数用户投诉为垃圾邮件, suspected bulk mailing)'),
    ('アドレスが見つからなかった', USER_UNKNOWN, 'https://trialtype.work/2025/12/03/gmailerror-memo (Gmail in Japanese: アドレスが見つからなかったか、メールを受信できないアドレスである, the address could not be found)'),
    ('メールボックスがいっぱい', MAILBOX_FULL, 'https://learn.microsoft.com./ja-jp/exchange/troubleshoot/email-delivery/cannot-send-mail-mepf (Exchange Online in Japanese: 554 5.2.2 メールボックスがいっぱい, the mailbox is full)'),
    ('ユーザーが見つかりません', USER_UNKNOWN, 'https://support.microsoft.com/ja-jp/topic/f711b1bd-c517-9cc4-10fd-58acfac6ca59 (Microsoft: an NDR whose reason says ユーザーが見つかりません, the user was not found)'),
    ('無効な受信者', USER_UNKNOWN, 'https://support.microsoft.com/ja-jp/kb/940620 (Exchange in Japanese: invalid recipient)'),
    ('メールがブロックされました', POLICY, 'http://xn--9ckkn0019c8wwb.jp/gmail-email-blocked (Gmail in Japanese: the message was blocked)'),
    ('주소를 찾을 수 없', USER_UNKNOWN, 'https://github.com/openspeech-team/openspeech/issues/69 (Gmail in Korean: 주소를 찾을 수 없음, address not found)'),
    ('메일함 용량이 가득', MAILBOX_FULL, "https://github.com/specinfra/specref/pull/873 (Dooray!: 받는 사람의 메일함 용량이 가득 찼습니다, the recipient's mailbox is full)"),
    ('수신차단', POLICY, 'https://github.com/sparcs-kaist/taxi-front/pull/80 (Dooray!, NAVER: 받는 사람이 회원님의 메일을 수신차단 하였습니다, the recipient blocks your mail)'),
    ('수신을 제한', POLICY, 'https://github.com/aishwaryanr/awesome-generative-ai-guide/pull/91 (Dooray!: 받는 사람이 현재 메일 수신을 제한하고 있습니다, the recipient restricts what it receives)'),
    ('크기가 커서', TOO_LARGE, 'https://foxydog.tistory.com/69 (NAVER: 보내신 메일의 크기가 커서, the message is too big)'),
    ('크기가 너무커서', TOO_LARGE, 'https://foxydog.tistory.com/69 (Daum: 발송하신 편지의 크기가 너무커서, the message is too big)'),
    ('benutzer nicht bekannt', USER_UNKNOWN, 'http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (WEB.DE: 550 Benutzer nicht bekannt/User unknown)'),
    ('konnte nicht gefunden werden', USER_UNKNOWN, 'https://pastebin.com/BsjRCWQL (Exchange in German: Die eingegebene E-Mail-Adresse konnte nicht gefunden werden)'),
    ('postfach des empfängers ist voll', MAILBOX_FULL, "https://github.com/corona-warn-app/cwa-quicktest-onboarding/issues/47 (Exchange in German: the recipient's mailbox is full)"),
    ('speichervolumen ueberschritten', MAILBOX_FULL, 'http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (WEB.DE: 550 Benutzer hat das Speichervolumen ueberschritten)'),
    ('zuviele mails auf dem server', MAILBOX_FULL, 'http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (WEB.DE: 550 Benutzer hat zuviele Mails auf dem Server)'),
    ('speicherplatz des kontos ueberschritten', MAILBOX_FULL, 'https://www.bytecamp.net/de/faq/email/zustellen.html (422 4.2.2 Quota limit exceeded (Speicherplatz des Kontos ueberschritten))'),
    ('als spam eingestuft', SPAM, 'https://www.bytecamp.net/de/faq/email/zustellen.html (571 5.7.1 message classified as spam (Nachricht als Spam eingestuft))'),
    ('destinataire invalide', USER_UNKNOWN, 'https://pastebin.com/XQgFD6m9 (Orange: 550 5.1.1 Adresse d au moins un destinataire invalide, OFR_416)'),
    ('emetteur invalide', SENDER_REJECTED, 'https://pastebin.com/2m8NY2fW (Orange: 550 5.1.0 Emetteur invalide. Invalid Sender. OFR_415)'),
    ('mail rejete', POLICY, 'https://pastebin.com/yp07hTUs (Orange: 550 5.2.0 Mail rejete. Mail rejected. ofr_506)'),
    ("quota d'envoi", RATE_LIMITED, "https://github.com/roundcube/roundcubemail/issues/5908 (Quota d'envoi de mails dépassé: French for a sending quota exceeded, the sender's, which cleared the next day; not a mailbox's quota)"),
    ('trop de connexions', RATE_LIMITED, 'https://bentonow.com/smtp-errors/orange (Orange: 421 OFR004_104 Trop de connexions)'),
    ('boîte aux lettres du destinataire est pleine', MAILBOX_FULL, "https://github.com/ForumPostAssistant/FPA/issues/136 (Exchange in French: the recipient's mailbox is full)"),
    ("l'adresse électronique du destinataire a changé", MOVED, "https://uitranslation.com/Images/?lang=fr-fr&term=04a5485eb88d (Exchange's French NDR text: the recipient's address has changed)"),
    ('buzón del destinatario está lleno', MAILBOX_FULL, "https://pastebin.com/HGKcccQU (Exchange in Spanish: the recipient's mailbox is full)"),
    ('no se pudo encontrar la dirección de correo', USER_UNKNOWN, 'https://pastebin.com/JHaPQHk7 (Gmail in Spanish: the address could not be found)'),
    ('no se encontraba en el dominio de destino', USER_UNKNOWN, 'https://pastebin.com/qSHqkmLq (IONOS in Spanish: the address was not at the destination domain)'),
    ('indirizzo non valido', USER_UNKNOWN, 'https://servicedesk.namirial.com/hc/it/articles/4418366332177 (certified mail (PEC): invalid address)'),
    # The titles of RFC 3463's and the registry's enhanced codes, as servers write them without
    # the code ("550 Delivery time expired"): each reads as its code does (ENHANCED).
    # Not the "Other or undefined ..." titles, which say nothing.
    ('destination mailbox address ambiguous', USER_UNKNOWN, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.1.4 destination mailbox address ambiguous)'),
    ('mailing list expansion problem', SYSTEM_ERROR, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.2.4 mailing list expansion problem)'),
    ('mail system full', SYSTEM_ERROR, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.3.1 mail system full)'),
    ('system not accepting network messages', SYSTEM_ERROR, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.3.2 system not accepting network messages)'),
    ('system not capable of selected features', SYSTEM_ERROR, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.3.3 system not capable of selected features)'),
    ('system incorrectly configured', SYSTEM_ERROR, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.3.5 system incorrectly configured)'),
    ('no answer from host', NETWORK, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.4.1 no answer from host)'),
    ('bad connection', NETWORK, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.4.2 bad connection)'),
    ('directory server failure', NETWORK, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.4.3 directory server failure)'),
    ('unable to route', NETWORK, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.4.4 unable to route)'),
    ('mail system congestion', NETWORK, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.4.5 mail system congestion)'),
    ('delivery time expired', EXPIRED, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.4.7 delivery time expired)'),
    ('invalid command', PROTOCOL, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.5.1 invalid command)'),
    ('invalid command arguments', PROTOCOL, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.5.4 invalid command arguments)'),
    ('wrong protocol version', PROTOCOL, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.5.5 wrong protocol version)'),
    ('authentication exchange line is too long', PROTOCOL, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.5.6 authentication exchange line is too long)'),
    ('media not supported', POLICY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.6.1 media not supported)'),
    ('conversion required and prohibited', POLICY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.6.2 conversion required and prohibited)'),
    ('conversion required but not supported', POLICY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.6.3 conversion required but not supported)'),
    ('conversion with loss performed', POLICY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.6.4 conversion with loss performed)'),
    ('conversion failed', POLICY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.6.5 conversion failed)'),
    ('message content not available', POLICY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.6.6 message content not available)'),
    ('non-ascii addresses not permitted', POLICY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.6.7 non-ascii addresses not permitted)'),
    ('utf-8 string reproduction required', POLICY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.6.8 utf-8 string reproduction required)'),
    ('mailing list expansion prohibited', POLICY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.7.2 mailing list expansion prohibited)'),
    ('security conversion required but not possible', SECURITY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.7.3 security conversion required but not possible)'),
    ('security features not supported', SECURITY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.7.4 security features not supported)'),
    ('cryptographic failure', SECURITY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.7.5 cryptographic failure)'),
    ('cryptographic algorithm not supported', SECURITY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.7.6 cryptographic algorithm not supported)'),
    ('message integrity failure', SECURITY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.7.7 message integrity failure)'),
    ('authentication credentials invalid', SECURITY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.7.8 authentication credentials invalid)'),
    ('authentication mechanism is too weak', SECURITY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.7.9 authentication mechanism is too weak)'),
    ('encryption needed', SECURITY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.7.10 encryption needed)'),
    ('password transition is needed', SECURITY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.7.12 password transition is needed)'),
    ('trust relationship required', SECURITY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.7.14 trust relationship required)'),
    ('priority level is too low', POLICY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.7.15 priority level is too low)'),
    ('mailbox owner has changed', USER_UNKNOWN, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.7.17 mailbox owner has changed)'),
    ('domain owner has changed', DOMAIN_UNKNOWN, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.7.18 domain owner has changed)'),
    ('rrvs test cannot be completed', POLICY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.7.19 rrvs test cannot be completed)'),
    ('multiple authentication checks failed', AUTHENTICATION, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.7.26 multiple authentication checks failed)'),
    ('mail flood detected', RATE_LIMITED, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.7.28 mail flood detected)'),
    ('arc validation failure', AUTHENTICATION, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.7.29 arc validation failure)'),
    ('requiretls support required', POLICY, 'https://www.iana.org/assignments/smtp-enhanced-status-codes (X.7.30 requiretls support required)'),
)

# What a disabled mailbox is called, in sentences that name it first or last (SENTENCES,
# NAMED): "Account disabled", "inactive account".
ACCOUNTS: "tuple[str, ...]" = (
    "account", "user account", "email account", "mail account", "mailbox", "user", "recipient",
)

# What an account that exists but is switched off is said to be: the recipient's (SENTENCES:
# "Account has been disabled"), or the client's own ("Your account has been suspended").
SWITCHED_OFF: "tuple[str, ...]" = (
    "disabled", "suspended", "deactivated", "inactive", "closed", "frozen", "locked", "expired",
    "not activated", "not active",
)

# What a sender's limit is called, in sentences that name it first or last (SENTENCES,
# NAMED): "Daily message limit exceeded", "have reached your message limit". Not a mailbox's
# limit ("mailbox limit exceeded": full), nor a size ("message size limit": too large), nor a
# quota ("quota exceeded" is a mailbox's; "sending quota exceeded" is in PHRASES).
SENDING_LIMITS: "tuple[str, ...]" = (
    "sending limit", "send limit", "message limit", "daily message limit", "email limit",
    "mail limit", "daily limit", "hourly limit", "daily sending limit", "spam limit",
    "connection limit", "sending rate", "message rate", "relay limit", "smtp relay limit",
    "request limit", "concurrency limit",
)

# Refusals written as a sentence: what is refused, then what became of it ("Sender denied",
# "Account has been disabled", "Relay operation rejected", "Recipient address was suppressed").
# Servers word the same refusal with many subjects and states, so the rule composes each
# row's every subject with every state, linked as such sentences link them (LINKS): "account
# disabled", "account is disabled", "account has been disabled". A subject or a state alone
# says nothing; where a wording of PHRASES says otherwise ("message content rejected" is
# spam), PRIORITY decides, as between any two wordings. A shorter wording or sentence that
# a longer sentence found holds whole is passed over: "HELO hostname does not exist" names
# the client's greeting (policy), not "hostname does not exist" (domain-unknown). Each row
# cites replies written so.
LINKS: "tuple[str, ...]" = (
    "", "is ", "are ", "was ", "has ", "has been ", "have been ", "is now ", "currently ",
    "is currently ", "temporarily ", "is temporarily ", "has been temporarily ",
)
# The links a negated state takes its "not" into ("isn't allowed", "has not been verified"):
# a row's every state that starts with "not " is read after them too, without it. Servers
# write the short form as often as the long one (qmail-smtpd.c's "553 sorry, that domain
# isn't in my list of allowed rcpthosts", http://www.ehosted.com/index.php?option=com_content&view=article&id=114),
# and without the apostrophe too, as servers by non-native speakers, or without one, do.
NEGATED_LINKS: "tuple[str, ...]" = (
    "isn't ", "isnt ", "aren't ", "arent ", "wasn't ", "wasnt ", "weren't ", "hasn't been ",
    "has not been ", "haven't been ", "have not been ",
)
# Words of a subject as servers misspell them, each subject of SENTENCES and NAMED read in
# both spellings: "adress" in Strato's "550 recipient e-mail adress unknown"
# (https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/) and spam-mail-blocker.de's
# "5.6.2 Sender ip adress rejected" (https://www.spam-mail-blocker.de/greylisted.html), the
# spelling of the word in German, French and Dutch (Adresse, adresse, adres).
SPELLINGS: "tuple[tuple[str, str], ...]" = (("address", "adress"),)
SENTENCES: "tuple[tuple[tuple[str, ...], tuple[str, ...], Reason, str], ...]" = (
    (
        ACCOUNTS,
        (*SWITCHED_OFF, "not accepting messages", "not accepting mail"),
        DISABLED,
        "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (550 user is locked.);"
        " https://www.socketlabs.com/blog/yahoo-email-delivery/ (Yahoo: account has been disabled);"
        " https://puffinknight.tistory.com/102 (550 Account disabled);"
        " http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html"
        " (Recipient address rejected: Account Closed); RFC 3463 §3.3 (X.2.1 Mailbox disabled, not"
        " accepting messages); https://github.com/hmailserver/hmailserver/blob/master/hmailserver/"
        "source/Server/SMTP/RecipientParser.cpp (hMailServer: 550 ... is not active.)",
    ),
    (
        # The client's own account, at the service it sends through (CLIENT_NAMED: a reply is
        # written to the client): not the recipient's mailbox.
        ("your account", "your email account", "your mail account", "your user account"),
        SWITCHED_OFF,
        POLICY,
        "http://help.socketlabs.com/docs/451-471-your-account-has-been-temporarily-suspended"
        " (SocketLabs: 451 4.7.1 Your account has been temporarily suspended);"
        " https://support.webs.com/hc/en-us/articles/222242147-Email-Services-Mailbox-Account-Suspended"
        " (Your account has been suspended for a violation of the terms of usage)",
    ),
    (
        ("user", "recipient", "address", "recipient address", "email address", "mail user",
         "local part", "local user", "mailbox", "account", "email account", "addressee",
         "user name", "username", "e-mail address", "e-mail account"),
        ("unknown", "not found", "not exist", "does not exist", "doesn't exist", "nonexistent",
         "non-existent", "not known", "no longer exists", "no longer valid", "not exists",
         "does not exists", "doesnt exist"),
        USER_UNKNOWN,
        "https://clinician.rgnmed.com/support-admin/bounced-emails (550 Address unknown);"
        " https://www.emailhost.com.cn/service.html?article_category=25&brd=1 (user not exist);"
        " https://www.dbmailserver.com/tui-xin-address-not-exist.htm (550 abcd:user not exist);"
        " reasons.md (user-unknown: no such mailbox; \"not exists\" and \"doesnt exist\" are how"
        " servers written by non-native speakers, or without the apostrophe, put it)",
    ),
    (
        ("address", "recipient address", "email address", "destination address", "recipient",
         "mailbox"),
        ("invalid", "not valid", "marked as invalid"),
        USER_UNKNOWN,
        "https://www.dbmailserver.com/tui-xin-address-not-exist.htm (550 ... address invalid);"
        " https://yandex.com/support/mail/bounces/other.html (invalid mailbox);"
        " https://www.spambrella.com/faq/email-delivery-error-codes/ (Recipient address rejected:"
        " User email address is marked as invalid); reasons.md (X.1.3, a bad address syntax, can"
        " never deliver: user-unknown)",
    ),
    (
        ("recipient address", "recipient", "destination address"),
        ("syntax error",),
        USER_UNKNOWN,
        "https://www.iana.org/assignments/smtp-enhanced-status-codes (RFC 3463's X.1.3 Bad"
        " destination mailbox address syntax: it can never deliver; reasons.md: user-unknown)."
        " Not a bare address, which may be the sender's",
    ),
    (
        ("host name", "hostname", "domain name", "recipient domain", "mail domain", "domain"),
        ("unknown", "not found", "does not exist", "not exist", "cannot be resolved",
         "could not be resolved", "not exists", "does not exists", "doesnt exist"),
        DOMAIN_UNKNOWN,
        "https://www.hocoroco.net/internet_lifeguide/errormail.html (host name is unknown; user"
        " name is unknown); https://openfind.freshdesk.com/support/solutions/articles/35000001323"
        " (Openfind Mail2000: Hostname cannot be resolved); https://github.com/contao/contao/issues/4572"
        " (521 5.1.2 Domain does not exist: 'xxx.de')",
    ),
    (
        ("helo", "ehlo", "helo host name", "helo hostname", "helo name", "ehlo name",
         "helo argument"),
        ("rejected", "denied", "refused", "invalid", "not allowed", "malformed", "must be",
         "should be", "must have", "not fully qualified", "dynamic", "does not exist",
         "did not resolve"),
        POLICY,
        "https://pl.com.uy/?P=ne&S=do&pg=nedoerrorescorreo (qmail: 553 sorry, your HELO host"
        " name has been denied); https://github.com/haraka/Haraka/blob/HEAD/plugins/helo.checks.js"
        " (HELO must have a dot; HELO is dynamic, a name that holds the client's IP); https://github.com/smtpd/qpsmtpd/blob/HEAD/plugins/helo (HELO"
        " name is not fully qualified; HELO hostname does not exist, did not resolve: the name"
        " the client greeted with, not the recipient's domain); http://docs.ftgate.com/ftgate-documentation/error-messages/"
        "service-error-messages/ (FTGate: Invalid EHLO); https://pastebin.com/UfXPSPxY (MagicSpam:"
        " 550 5.7.0 HELO argument [localhost.localdomain] is malformed);"
        " https://netbit.com.br/suporte/kb_E-mail_Problemas-comuns-no-envio.php (550 R1: HELO should"
        " be a FQDN or address literal)",
    ),
    (
        ("sender", "sender address", "sender domain", "sending domain", "sender ip", "sending ip",
         "your ip", "your ip address", "ip address", "client ip", "client host", "ip", "ips",
         "ip addresses", "sending ips", "your domain", "your server", "sending server",
         "your mail server", "sending", "email sending", "mail sending"),
        ("blocked", "banned", "blacklisted", "blocklisted", "denylisted"),
        BLOCKED,
        "https://support.forpsi.com/kb/a3302/incoming-emails-limitiation-on-the-mailserver-mxavas_forpsi_com.aspx"
        " (550 5.1.1 sender is blocklisted); https://electronicaportatil.com/smtp-error-codes/"
        " (421 Sender address blocked); https://www.rackaid.com/blog/how-to-remove-your-email-"
        "server-ip-from-earthlinks-blacklist/ (EarthLink: 550 Dynamic/zombied/spam IPs blocked);"
        " https://forums.cox.com/discussions/internet/aupcxsndr----error-trigger-depends-upon-message-content/109845"
        " (Cox: Email sending blocked due to suspicious account activity);"
        " https://www.gordano.com/knowledge-base/what-is-alert-8002/ (Gordano GMS: 550 Your server has"
        " been banned from this server)",
    ),
    (
        ("your ip", "your ip address", "sending ip", "sender ip", "client ip", "ip address", "client host",
         "ip", "remote ip"),
        ("rejected", "refused", "denied", "not allowed", "filtered", "forbidden", "invalid",
         "restricted"),
        BLOCKED,
        "https://github.com/tutao/tutanota/issues/2082 (Postfix: Client host rejected);"
        " https://puffinknight.tistory.com/102 (Naver: 421 4.3.2 Your IP is filtered);"
        " https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes"
        " (554 5.5.4 Spam IP rejected); https://www.fobhost.com/jishuzhichi/jishuzhichi59.html (remote ip"
        " is forbidden); https://www.telserco.com/hosting-notices/throttling-sending/ (Your IP address has"
        " been restricted due to heavy usage)",
    ),
    (
        ("sender", "sender address", "envelope sender", "sender domain", "sender's domain",
         "mail from", "envelope from", "from domain", "mail from domain", "from address",
         "sender email", "sender email address", "your domain", "your address",
         "your email address", "envelope sender domain", "return-path", "return-path domain",
         "return path", "return address", "sender's address", "sender's email address"),
        ("denied", "rejected", "refused", "not allowed", "not accepted", "invalid", "not trusted",
         "forbidden", "does not have any mx records", "has no mx record", "has no mx records",
         "unknown", "not found", "does not exist", "doesn't exist", "not exist", "nonexistent",
         "non-existent", "not exists", "does not exists", "doesnt exist", "does not resolve", "must exist", "has no mx or a record",
         "not verified", "unverified", "unvalidated", "not validated", "null mx",
         "syntax error"),
        SENDER_REJECTED,
        "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (552 mail from invalid.); "
        "RFC 7505 §4.2 (a sender's domain with a null MX: 550 5.7.27 Sender address has null MX); "
        "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html"
        " (554 5.1.0 Sender denied); https://github.com/docker-mailserver/docker-mailserver/issues/1744"
        " (Postfix: Sender address rejected); https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html"
        " (554 sender is unvalidated.); https://docs.selectel.ru/en/email-service/smtp-errors/"
        " (Selectel: 501 from domain not trusted); https://github.com/hmailserver/hmailserver/issues/260"
        " (hMailServer: 554 Sender domain does not have any MX records);"
        " https://github.com/PHPMailer/PHPMailer/issues/2683 (SMTP2GO: 550 From header sender domain"
        " not verified); https://emailit.com/es/docs/kb/smtp-530-from-domain-not-verified/ (Emailit:"
        " 530 From/Sender domain is not verified); https://help.socketlabs.com/docs/"
        "554-510-the-senders-address-was-not-allowed (SocketLabs: 554 5.1.0 The Sender's Address Was Not Allowed); reasons.md (X.1.2:"
        " sender-rejected when it is the sender's domain; X.1.7, X.1.8: the sender's address)",
    ),
    (
        ("message", "message content", "content", "attachment", "attachments", "file type", "mail",
         "email", "e-mail"),
        ("rejected", "refused", "blocked", "denied", "not allowed", "not accepted", "not welcome",
         "filtered"),
        POLICY,
        "https://qqmailbox.com/transceivers/169.html (550 Error: content rejected);"
        " https://maxclicksonline.com/client-area/knowledgebase.php?action=displayarticle&id=10095"
        " (500 These attachments are not allowed); https://github.com/kootenpv/yagmail/issues/267"
        " (550 ... Mail rejected); reasons.md (X.7.1: \"Message blocked\" names the message;"
        " policy: filters)",
    ),
    (
        ("message size", "mail size", "email size", "message length"),
        ("exceeded", "exceeds", "exceed", "too large", "too big"),
        TOO_LARGE,
        "https://github.com/nodemailer/nodemailer/issues/1047 (550 Error reading data, max message"
        " size exceeded); https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html"
        " (5.2.0 Email size exceeded the policy); https://github.com/iredmail/iRedAPD/blob/HEAD/libs/__init__.py"
        " (iRedAPD: Message size exceed)",
    ),
    (
        ("message", "message body", "email", "mail", "attachment", "attachments"),
        ("too big", "too large", "too long"),
        TOO_LARGE,
        "https://esupport.icewarp.com/index.php?/Knowledgebase/Article/View/12/29/interpretation-of-5xx-errors-in-icewarp-smtp"
        " (IceWarp: 501 5.7.1 Message is too long); https://riudoms.xarxa-omnia.org/email/annex/msg_err.html"
        " (552 Message body is too big); https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (554"
        " attachment is too long.)",
    ),
    (
        ("mailbox", "mail box", "mailbox size", "inbox", "quota", "mailbox quota", "user quota",
         "mailbox storage", "mailbox limit", "storage quota", "diskspace quota", "disk quota",
         "mailfolder", "mail folder"),
        ("full", "exceeded", "reached its maximum", "reached its limit", "reached its quota"),
        MAILBOX_FULL,
        "https://yandex.com/support/mail/bounces/yandex/mailbox-size-limit-exceeded.html?lang=en"
        " (mailbox is full); https://www.mailutils.org/manual/html_node/Mailbox-Quotas.html"
        " (mailbox quota exceeded for this recipient); https://agnx.com/helpdesk/doku.php?id=faq:email:smtp_error_codes"
        " (The recipient's mailbox has reached its maximum allowed size); qmail-ldap calls the"
        " mailbox a mailfolder, as quoted in https://github.com/hippich/PHPMailer-BMH/blob/HEAD/phpmailer-bmh_rules.php"
        " (rule 0182: The users mailfolder is over the allowed quota (size). (#5.2.2))",
    ),
    (
        # The connection's end, as the sending side reports it (ECONNRESET, ETIMEDOUT) or a
        # server says it: network. Not "refused" (PHRASES: a server that answers "Connection
        # refused from" the client refuses it).
        ("connection", "smtp connection", "tcp connection"),
        ("reset", "timed out", "dropped", "lost", "closed", "died", "went away", "interrupted",
         "broken"),
        NETWORK,
        "https://www.gnu.org/software/libc/manual/html_node/Error-Codes.html (ECONNRESET, ETIMEDOUT);"
        " https://emailtopia.com/2016/11/23/list-of-mail-log-error-notifications/ (OUT ERR 451"
        " Connection reset); https://learn.microsoft.com/en-us/defender-office-365/connectors-mail-flow-intelligence"
        " (connection timed out); https://github.com/hardware/mailserver/issues/290 (AOL: 421"
        " Connection went away); https://sumari.jp/mail-error-message (qmail: Connected to ... but"
        " connection died); https://nathanwinters.co.uk/2006/08/30/troubleshooting-421-4-0-0-error/"
        " (Exchange: The connection was dropped by the remote host); reasons.md (network: no"
        " connection)",
    ),
    (
        ("tls", "starttls", "tls negotiation", "tls handshake", "smtp auth", "auth",
         "authentication", "smtp authentication", "encryption", "session encryption"),
        ("required", "failed", "failure", "cancelled", "canceled", "refused", "rejected"),
        SECURITY,
        "https://github.com/alterrebe/docker-mail-relay/pull/2 (Postfix: TLS is required, but was"
        " not offered by host); https://github.com/mailcow/mailcow-dockerized/issues/3110 (AUTH failed);"
        " https://github.com/rhansen/postfix/blob/HEAD/src/smtpd/smtpd_check.c (450 4.7.1 Session"
        " encryption is required);"
        " RFC 4954 §6 (530 5.7.0 Authentication required); http://sh-aliyun.com/index.php/Products/"
        "detail/cid/0/pid/87.html (Alibaba Mail: 526 Authentication failure);"
        " https://postmaster-earthlink.vadesecure.com/outbound_error_codes (EarthLink: 550 5.7.1"
        " Authentication refused)",
    ),
    (
        ("credentials", "login credentials", "smtp credentials", "login", "password",
         "username or password", "user name or password", "login or password"),
        ("invalid", "not valid", "no longer valid", "incorrect", "wrong", "rejected", "expired"),
        SECURITY,
        "https://github.com/hmailserver/hmailserver/blob/master/hmailserver/source/Server/SMTP/"
        "SMTPConnection.cpp (hMailServer: 550 Login credentials no longer valid. Please"
        " re-authenticate.); RFC 4954 §6 (535 5.7.8 Authentication credentials invalid): the"
        " sender's SMTP AUTH, security",
    ),
    (
        ("certificate", "server certificate", "tls certificate", "peer certificate"),
        ("not verified", "untrusted", "not trusted", "expired", "invalid"),
        SECURITY,
        "https://github.com/csware/postfix-tls-policy/issues/9 (Postfix: Server certificate not"
        " verified); reasons.md (security: TLS required, or an encryption step failed)",
    ),
    (
        ("relay", "relaying", "relay access", "relay operation", "relay attempt"),
        ("denied", "rejected", "refused", "not permitted", "not allowed", "prohibited", "disallowed"),
        RELAY_DENIED,
        "https://puffinknight.tistory.com/102 (554 Relay operation rejected);"
        " https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html (relaying disallowed)",
    ),
    (
        SENDING_LIMITS,
        ("reached", "exceeded", "exceeds"),
        RATE_LIMITED,
        "https://emailit.com/docs/kb/429-rate-limit-exceeded.md (452 4.5.3 Daily message limit"
        " exceeded); http://www.muug.ca/pipermail/roundtable/2008-March/001665.html (4.5.9 Spam"
        " limit has been reached); https://support.google.com/a/answer/3726730 (Gmail: 550 5.4.5"
        " Daily SMTP relay limit exceeded for user); http://developer.contactlab.com/documentation/"
        "contactsend/smartrelay/ServiceUnavailableConcurrencyLimit (Contactlab SmartRelay: 421 4.4.5"
        " Service unavailable, concurrency limit reached)",
    ),
    (
        ("header", "headers", "from header", "\"from\" header", "message header", "message headers",
         "message-id", "message-id header", "date header", "subject", "subject header",
         "subject line", "header field", "mime header", "required headers"),
        ("missing", "invalid", "malformed", "missing or invalid", "not valid",
         "contains invalid characters", "mandatory", "required", "too far in the past",
         "too far in the future", "error", "syntax", "fail syntax check",
         "not found"),
        POLICY,
        "https://github.com/songquanpeng/message-pusher/issues/127 (QQ Mail: 550 The \"From\""
        " header is missing or invalid. Please follow RFC5322); https://www.vdx.nl/faq/email/"
        "email-overige/waarom-krijg-ik-de-melding-550-subject-contains-invalid-characters (550"
        " Subject contains invalid characters); https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html"
        " (ZeptoMail: 5.2.1 Subject is Mandatory.); https://github.com/smtpd/qpsmtpd/blob/HEAD/plugins/headers"
        " (qpsmtpd: The Date header is too far in the past); http://www.icglink.net/cgi-bin/icglink/"
        "helpdesk/kb.cgi?view=73 (553 Header Error: a header line that cannot be parsed);"
        " https://github.com/Eugeny/ajenti-v/issues/177"
        " (Exim: Message headers fail syntax check); https://github.com/SparkPost/developers.sparkpost.com/"
        "blob/HEAD/web-ref/responses-by-message.md (Momentum: Required headers not found (see RFC2822"
        " section 3.6)); reasons.md (policy: RFC compliance)",
    ),
    (
        ("user", "mailbox", "recipient", "account", "address", "email address",
         "recipient address", "destination mailbox", "addressee"),
        ("moved", "relocated"),
        MOVED,
        "https://falconyte.com/help/smtp-errors/551-user-not-local (551 User moved; please try"
        " <forward-path>); https://senderreputation.org/bounce-codes/5-1-6 (Exchange: 550 5.1.6"
        " RESOLVER.ADR.RecipMoved; recipient moved); RFC 3463 §3.2 (X.1.6 Destination mailbox has moved, no forwarding"
        " address); https://github.com/cyrusimap/cyrus-imapd/blob/HEAD/imap/lmtpengine.c"
        " (Cyrus lmtpd: 451 4.2.1 Mailbox Moved, temporary: TEMPORARY_SENTENCE_READINGS)",
    ),
    (
        ("address", "recipient", "recipient address", "email address"),
        ("suppressed",),
        SUPPRESSED,
        "https://support.sparkpost.com/docs/tech-resources/preparing-for-async-suppressions"
        " (Recipient address was suppressed due to system policy)",
    ),
    (
        ("dns query", "dns lookup", "dns resolution", "dns request"),
        ("failed", "failure", "timed out"),
        NETWORK,
        "https://github.com/hmailserver/hmailserver/blob/HEAD/hmailserver/source/Server/SMTP/"
        "ExternalDelivery.cpp (hMailServer: Unable to find the recipient's email server. The DNS"
        " query has failed.); https://learn.microsoft.com/en-us/defender-office-365/connectors-mail-flow-intelligence"
        " (Microsoft 365: DNS query failed); https://github.com/foxcpp/maddy/pull/845 (maddy: DNS"
        " lookup failures as 451 4.4.4, to be retried); reasons.md (network: a DNS lookup failure)",
    ),
    (
        ("database", "user database", "mail database"),
        ("down", "error", "temporary error", "unavailable", "not available", "failure"),
        SYSTEM_ERROR,
        "https://github.com/sagredo-dev/vpopmail/blob/HEAD/vdelivermail.c (vpopmail: vdelivermail: deferred, database down);"
        " https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (450 database temporary error.):"
        " the receiving system's own store failing",
    ),
    (
        ("distribution list", "alias"),
        ("disabled", "not active", "inactive"),
        DISABLED,
        "https://github.com/hmailserver/hmailserver/blob/master/hmailserver/source/Server/SMTP/"
        "RecipientParser.cpp (hMailServer: 550 Distribution list is not active.; 550 Alias is not"
        " active.)",
    ),
)

# Refusals that name the state first ("Unknown local part", "banned sending IP", "Invalid
# EHLO"): each row's every state, then a space, then every subject.
NAMED: "tuple[tuple[tuple[str, ...], tuple[str, ...], Reason, str], ...]" = (
    (
        ("requires", "require"),
        ("authentication", "smtp authentication", "basic authentication", "smtp auth", "tls",
         "starttls", "encryption", "ssl"),
        SECURITY,
        "https://github.com/PHPMailer/PHPMailer/issues/533 (Locaweb: This mail server requires"
        " authentication); https://github.com/mailcow/mailcow-dockerized/issues/2301 (Exchange:"
        " 451 5.7.3 Require basic authentication)",
    ),
    (
        ("unknown", "invalid", "nonexistent", "non-existent", "inexistent", "no such",
         "not a valid"),
        ("user", "recipient", "local part", "mailbox", "recipient address", "email address",
         "mail user", "addressee", "account", "email account", "person", "local user",
         "e-mail address", "e-mail account", "rcpt to address", "rcpt address"),
        USER_UNKNOWN,
        "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html"
        " (550 Unknown local part); https://yandex.com/support/mail/bounces/other.html (invalid"
        " mailbox, invalid recipient); https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari"
        " (550 No such person at this address); https://pastebin.com/pnX6jKVc (550 ... is not a"
        " valid user); https://github.com/knadh/listmonk/issues/1629 (Amazon SES: 501 Invalid RCPT"
        " TO address provided)",
    ),
    (
        ("bad",),
        ("recipient", "recipient address", "mailbox address", "destination address",
         "destination mailbox address", "mailbox"),
        USER_UNKNOWN,
        "https://www.iana.org/assignments/smtp-enhanced-status-codes (RFC 3463's X.1.1 Bad"
        " destination mailbox address, X.1.3 Bad destination mailbox address syntax: an address"
        " that can never deliver)",
    ),
    (
        ("incorrect", "invalid", "bad", "wrong"),
        ("authentication", "credentials", "login", "password", "username or password",
         "user name or password"),
        SECURITY,
        "https://github.com/apache/james-project/blob/master/protocols/smtp/src/main/java/org/"
        "apache/james/protocols/smtp/core/AbstractSenderAuthIdentifyVerificationHook.java (Apache"
        " James: 503 5.7.1 Incorrect Authentication for Specified Email Address);"
        " https://support.google.com/a/answer/3726730 (Gmail: 550 5.7.1 Invalid credentials for"
        " relay); https://github.com/marcpope/borgbackupserver/issues/16 (535 5.7.0 Invalid login"
        " or password); RFC 4954 §6 (535"
        " 5.7.8 Authentication credentials invalid)",
    ),
    (
        # A recipient's domain that cannot be a domain (X.1.2, bad destination system address).
        ("invalid", "malformed", "bad"),
        ("destination domain", "recipient domain", "destination system address"),
        DOMAIN_UNKNOWN,
        "https://www.iana.org/assignments/smtp-enhanced-status-codes (RFC 3463's X.1.2 Bad"
        " destination system address); https://yandex.com/support/mail/bounces/other.html (bad"
        " destination system address); https://github.com/albertito/chasquid/blob/master/internal/"
        "smtpsrv/conn.go (chasquid: 501 5.1.2 Malformed destination domain (IDNA conversion"
        " failed))",
    ),
    (
        ("unknown", "no such", "nonexistent", "non-existent"),
        ("host", "domain", "domain name", "recipient domain", "mail domain"),
        DOMAIN_UNKNOWN,
        "http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73 (sendmail: Host unknown"
        " (Name server: host not found)); reasons.md (domain-unknown: the domain does not exist)",
    ),
    (
        ("disabled", "suspended", "deactivated", "inactive", "closed", "frozen"),
        ACCOUNTS,
        DISABLED,
        "https://support.google.com/a/answer/3726730 (Gmail: 550 5.2.1 The email account that you"
        " tried to reach is inactive; inactive account)",
    ),
    (
        ("banned", "blocked", "blacklisted", "blocklisted", "denylisted"),
        ("sender", "sending ip", "sender ip", "ip address", "sending domain", "client host"),
        BLOCKED,
        "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-606-649-in-exchange-online"
        " (Access denied, banned sending IP); https://pastebin.com/JEGXAxrE (banned sender)",
    ),
    (
        # Not "too many hops" (a loop), "too many errors" (the dialogue's), nor "too many
        # messages on server" (a full mailbox, a longer wording that holds this one).
        ("too many", "too frequent"),
        ("connections", "connects", "smtp connections", "concurrent connections",
         "concurrent smtp connections", "simultaneous connections", "simultaneous smtp connections",
         "parallel connections", "open connections", "active connections", "connection attempts",
         "sessions", "active sessions",
         "smtp sessions", "concurrent sessions", "simultaneous sessions", "messages", "mails",
         "emails", "e-mails", "recipients", "rcpts", "rcpt commands", "requests"),
        RATE_LIMITED,
        "https://nixcp.com/error-421-too-many-concurrent-smtp-connections/ (Exim's"
        " smtp_accept_max_per_host: 421 Too many concurrent SMTP connections from this IP address;"
        " please try again later); https://www.bytecamp.net/de/faq/email/zustellen.html (Postfix:"
        " 421 4.7.0 Error: too many connections from ...); http://security.comcast.net/get-help/"
        "Mail-Delivery-Error-Messages.aspx (Comcast: 421 - [Too many sessions opened]);"
        " https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-"
        "reports-in-exchange-online (too many messages); https://github.com/Mailu/Mailu/issues/2416"
        " (too many emails too fast); https://puffinknight.tistory.com/102 (550 5.7.1 ... Since you"
        " sent too many e-mails); https://knowledge.workspace.google.com/admin/support/"
        "troubleshooting/gmail-smtp-errors-and-codes (too many recipients); RFC 3463 §3.6 (X.5.3"
        " Too many recipients); https://github.com/sendgrid/docs/blob/main/content/docs/for-developers/"
        "sending-email/smtp-errors-and-troubleshooting.md (SendGrid quotes 450 too frequent connects"
        " from ..., please try again later); https://github.com/knadh/listmonk/issues/2509"
        " (MailerSend: 450 Too many requests. Try again later.); https://faq.cyberimpact.com/en/articles/1531"
        " (Cyberimpact: 454 4.7.0 Too many active sessions for IP address)",
    ),
    (
        # A connection or session the receiver requires encrypted (TLS): not a message that is.
        ("encrypted", "secure", "tls-encrypted"),
        ("connection", "connections", "session", "smtp session", "smtp connection", "channel"),
        SECURITY,
        "https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons"
        " (VIPRE: Your sender domain is required to send via an encrypted SMTP session); RFC 3207"
        " §4 (530 Must issue a STARTTLS command first)",
    ),
    (
        # A count of what the sender sent in a span of time, or in one session or message: a
        # rate, whoever's limit it is.
        ("mails per", "messages per", "message per", "messages sent per", "emails per",
         "e-mails per", "recipients per", "connections per"),
        ("hour", "minute", "day", "second", "session", "connection", "message"),
        RATE_LIMITED,
        "https://www.gn2-hosting.de/blog/neues-versandlimit-von-e-mails-zum-kampf-gegen-spam-ab-05-04-18/"
        " (GN2: 550 Limit of 250 mails per hour exceeded, please try again in 60min.);"
        " https://docs.oracle.com/ja-jp/iaas/Content/Email/Concepts/troubleshooting.htm (Oracle"
        " Email Delivery: 455 Maximum messages sent per minute / per day reached);"
        " https://github.com/root-io/vmail/issues/67 (Postfix submission: only 10 messages per"
        " day); https://emailit.com/docs/kb/429-rate-limit-exceeded.md (452 4.4.5 Messages per"
        " second limit exceeded); https://smtp.codes/yahoo (421 Max message per connection"
        " reached);"
        " https://www.bluehost.com/help/article/what-does-my-email-bounce-mean (Bluehost: 550 max"
        " messages per session); https://faq.cyberimpact.com/en/articles/1531 (452 4.5.3 Too many"
        " recipients (max 50 per message))",
    ),
    (
        ("failed to resolve", "unable to resolve", "could not resolve", "couldn't resolve",
         "cannot resolve", "can't resolve"),
        ("mx", "mx record", "mx records", "mx host", "mail exchanger", "host", "hostname",
         "host name", "domain", "domain name", "recipient domain", "ip address"),
        NETWORK,
        "https://github.com/OpenSMTPD/OpenSMTPD/issues/742 (OpenSMTPD: Failed to resolve MX for"
        " [...], while its DNS server refused lookups); https://github.com/zone-eu/zone-mta/issues/154"
        " (ZoneMTA: 550 Failed to resolve IP address for ... of the MX server); reasons.md (network: a DNS lookup failure;"
        " a lookup that failed does not say the domain does not exist)",
    ),
    (
        # Not a host (qmail's "couldn't find any host named": no such domain).
        ("can't find an", "cannot find an", "could not find an", "unable to find an",
         "can't find any", "cannot find any", "could not find any", "unable to find any"),
        ("mx", "mx server", "mx record", "mx host", "mail exchanger"),
        NETWORK,
        "https://github.com/Mailtrain-org/mailtrain/issues/297 (ZoneMTA: 450 Can't find an MX"
        " server for example.com); reasons.md (network: a DNS lookup failure)",
    ),
    (
        ("reached your", "exceeded your", "reached the", "exceeded the", "over your", "over the"),
        SENDING_LIMITS,
        RATE_LIMITED,
        "https://www.weboke.nl/knowledgebase/31/You-uw-accountnaam-have-reached-your-message-limit-"
        "or-XX-emails-have-been-sent-yesterday-by-XXX.html (DirectAdmin: You (account) have reached"
        " your message limit)",
    ),
    (
        # A reply speaks to the client: "your" quota is the sender's, not the recipient's
        # mailbox (which a reply names in the third person: "the recipient's quota").
        ("exceeded your", "reached your", "over your"),
        ("quota", "sending quota", "outmail quota", "daily quota", "message quota", "email quota"),
        RATE_LIMITED,
        "https://support.prolateral.com/index.php?/Knowledgebase/Article/View/187/35/what-does-"
        "smtp-554-571-mean (Prolateral: 554 5.7.1 ... You have exceeded your Outmail quota, its"
        " outgoing service's sending limit)",
    ),
    (
        ("exceeded their", "exceeded his", "exceeded its", "reached their", "reached its"),
        ("mailbox limit", "quota", "mailbox quota", "storage limit", "storage quota",
         "mailbox size limit"),
        MAILBOX_FULL,
        "https://www.exedo.nl/mailmeldingen (The recipient has exceeded their mailbox limit)",
    ),
    (
        # Not "unknown sender": AT&T's "Blocked for status: <unknown sender>" is a client it
        # cannot identify, blocked, not a sender address that does not exist.
        ("invalid", "illegal", "bad", "unauthorised", "unauthorized", "nonexistent",
         "non-existent"),
        ("sender", "sender address", "envelope sender", "from address", "mail from address",
         "sender domain", "sender's domain", "sender email", "sender email address",
         "envelope from", "mail from", "return path", "return-path"),
        SENDER_REJECTED,
        "https://pastebin.com/2m8NY2fW (Orange: 550 5.1.0 Emetteur invalide. Invalid Sender);"
        " http://help.url.com.tw/index.php/%E4%BF%A1%E7%AE%B1%E5%B8%B8%E8%A6%8B%E9%80%80%E4%BF%A1%E8%A8%8A%E6%81%AF"
        " (550 illegal sender.); https://github.com/kjolley/BIGSdb/issues/465 (Imperial College:"
        " 550 Unauthorised Envelope Sender)",
    ),
    (
        ("missing", "no", "missing required", "invalid", "malformed", "require a valid",
         "requires a valid"),
        ("header", "headers", "from header", "'from' header", "\"from\" header", "from: header",
         "date header", "message-id header", "required header", "required headers", "mime header",
         "header field"),
        POLICY,
        "https://github.com/symfony/symfony/issues/48643 (SendGrid: 550 MIME message is missing"
        " 'From' header); https://github.com/smtpd/qpsmtpd/blob/HEAD/plugins/check_basicheaders"
        " (qpsmtpd: We require a valid Date header); http://jeremygustafson.blogspot.com/2010/02/"
        "red-condor-visi-bouncing-emails-with.html (Red Condor: 554 Failed: Malformed MIME header);"
        " reasons.md (policy: RFC compliance)",
    ),
    (
        ("rejected your", "refused your", "rejected the", "refused the"),
        ("return address", "sender address", "envelope sender", "from address"),
        SENDER_REJECTED,
        "https://techjourney.net/?p=4273 (550 The destination mail system rejected your return"
        " address)",
    ),
    (
        ("invalid", "bad", "illegal"),
        ("helo", "ehlo", "helo name", "ehlo name", "helo hostname"),
        POLICY,
        "http://docs.ftgate.com/ftgate-documentation/error-messages/service-error-messages/"
        " (FTGate: 451 4.9.9 Invalid EHLO)",
    ),
    (
        ("rejected", "banned", "blocked", "forbidden", "prohibited", "disallowed", "unwanted",
         "unwanted binary", "dangerous", "unsafe", "executable"),
        ("content", "attachment", "attachments", "attachment type", "file type", "file extension"),
        POLICY,
        "https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes"
        " (554 5.5.7 e-mail Rejected Content Attachment); https://knowledge.broadcom.com/external/"
        "article/169925/common-external-spam-filtering-error-cod.html (Rejected due to banned content;"
        " 550 Message contained unsafe content); https://errors24.ru/2023/06/25/oshibka-servera-550-"
        "previous-cached-callout-verification-failure (This message contains an unwanted binary"
        " Attachment); http://webmail.hrnoc.net/info/smtp.html (If your message contains an"
        " Executable attachment, please package before mailing)",
    ),
    (
        # Not "bad content": Amazon SES's Reject event names a virus so (_webhooks/ses.py).
        ("bad",),
        ("attachment", "attachments", "attachment type", "file type", "file extension"),
        POLICY,
        "https://github.com/poolpOrg/filter-rspamd/pull/5 (550 Rejected due to bad file"
        " extension in attachment)",
    ),
)
# fmt: on

# Where in the SMTP dialogue the server refused, as MTAs write it beside the reply. A refusal of
# MAIL FROM, or of the connection itself, came before any recipient was named (RFC 5321
# §3.3): it is about the sender, whatever words that say "no such user" it quotes.
STAGES: "tuple[tuple[str, Reason, str], ...]" = (
    (
        "in reply to mail from command",
        SENDER_REJECTED,
        "https://github.com/tutao/tutanota/issues/7113 (Postfix: in reply to MAIL FROM command)",
    ),
    (
        "after mail from",
        SENDER_REJECTED,
        "https://github.com/PHPMailer/PHPMailer/issues/787 (Exim: SMTP error ... after MAIL FROM)",
    ),
    (
        "helo command rejected",
        POLICY,
        "http://www.poetrysoftware.com.au/bounce/ (Postfix: 550 <host>: Helo command rejected: Host not found)",
    ),
    (
        "after initial connection",
        BLOCKED,
        "https://pastebin.com/ttzFAhDJ (Exim: SMTP error from remote mail server after initial connection)",
    ),
    (
        "not accepting connections",
        BLOCKED,
        "https://support.onlydomains.com/hc/en-gb/articles/10864798714653--ESMTP-not-accepting-connections",
    ),
    (
        "refused to talk to me",
        BLOCKED,
        "https://github.com/mailcow/mailcow-dockerized/issues/2532 (Postfix: the greeting refused)",
    ),
)

# The client as a reply names it: a reply is written to the client (RFC 5321 §4.2: the server
# answers each of the client's commands), so "you" is the client and "your" host, domain or
# account the sender's. Where neither the words nor the codes say why, a refusal that names
# the client as who is or did something, or as the owner of what was refused, refuses the
# sender (policy); not "your message", nor "tell you", nor "the user you are trying to
# contact" (Gmail's 4.2.1), which name the message and its recipient. "Your IP" is the IP
# rule's. Servers write the short forms as often as the long ones (NEGATED_LINKS).
# fmt: off
CLIENT_NAMED: "tuple[tuple[str, str], ...]" = (
    ("you are not", "https://github.com/haraka/Haraka/blob/HEAD/plugins/helo.checks.js (Haraka: You are not who you say you are); https://github.com/smtpd/qpsmtpd/blob/HEAD/plugins/helo (qpsmtpd: You are not localhost)"),
    ("you say you are", "https://github.com/haraka/Haraka/blob/HEAD/plugins/helo.checks.js (Haraka: You are not who you say you are)"),
    ("you were", "https://github.com/smtpd/qpsmtpd/blob/HEAD/plugins/karma (qpsmtpd: 550 You were naughty. You are penalized for ... more days)"),
    ("you must", "https://github.com/mingodad/citadel/blob/HEAD/citadel/modules/smtp/serv_smtp.c (Citadel: 550 You must log in to send mail from ...); https://github.com/andrewdavey/postal/issues/127 (If MAIL FROM is local then you must authenticate)"),
    ("you do not", "https://github.com/mingodad/citadel/blob/HEAD/citadel/modules/smtp/serv_smtp.c (Citadel: 551 <...> - you do not have permission to send Internet mail)"),
    ("you don't", "https://github.com/mingodad/citadel/blob/HEAD/citadel/modules/smtp/serv_smtp.c (Citadel: you do not have permission, in the short form servers write as often)"),
    ("you have been", "https://help.socketlabs.com/docs/421-451-too-many-errors-you-have-been-temporarily-blacklisted (SocketLabs: 421 4.5.1 Too many errors, you have been temporarily blacklisted)"),
    ("you talk", "https://github.com/haraka/Haraka/blob/HEAD/plugins/karma.js (Haraka: You talk too soon, the client's early talking)"),
    ("from you", "https://github.com/haraka/Haraka/blob/HEAD/plugins/mail_from.blocklist.js (Haraka: Mail from you is not allowed here)"),
    ("your domain", "https://github.com/schampeo/EnemieslistM4/blob/HEAD/dist/etc/mail/cf/cf/allerrordefines.m4 (554 ... we do not accept mail from your domain)"),
    ("your account", "http://help.socketlabs.com/docs/451-471-your-account-has-been-temporarily-suspended (SocketLabs: 451 4.7.1 Your account has been temporarily suspended); https://support.webs.com/hc/en-us/articles/222242147-Email-Services-Mailbox-Account-Suspended (Your account has been suspended for a violation of the terms of usage)"),
    ("your access", "https://headwayapp.co/mxroute-changelog/adjustments-to-outbound-rejections-137432 (Microsoft: Your access to submit messages to this e-mail system has been rejected)"),
    ("your server", "https://github.com/schampeo/EnemieslistM4/blob/HEAD/dist/etc/mail/cf/cf/allerrordefines.m4 (554 ... we do not accept mail from your server as it does not provide adequate tracking)"),
    ("your host", "https://github.com/schampeo/EnemieslistM4/blob/HEAD/dist/etc/mail/cf/cf/allerrordefines.m4 (554 ... we do not accept mail from your host, which issues bogus challenge/response messages)"),
    ("your helo", "https://github.com/smtpd/qpsmtpd/blob/HEAD/plugins/helo (qpsmtpd: Your HELO hostname is not allowed)"),
)
# fmt: on

# The end of DATA, as MTAs write it beside the reply. Its recipients were accepted at RCPT TO
# (RFC 5321 §3.3), so a refusal there refuses the message: where neither the words nor the
# codes say why, a rule about the message refused it (policy). Not over LMTP, whose server
# answers for each recipient after the data (RFC 2033 §4.2), where the text says so (Exim's
# "LMTP error after end of data"; Postfix names the LMTP host only before "said:", which the
# reply's text leaves out). The words may break across lines.
MESSAGE_STAGES: "tuple[tuple[str, Reason, str], ...]" = (
    (
        "in reply to end of data command",
        POLICY,
        "https://github.com/mailcow/mailcow-dockerized/issues/1403 (Postfix: 554 5.7.1 Gtube"
        " pattern (in reply to end of DATA command))",
    ),
    (
        "after end of data",
        POLICY,
        "https://github.com/justingit/dada-mail/issues/717 (Exim: SMTP error from remote mail"
        " server after end of data)",
    ),
    (
        "after pipelined end of data",
        POLICY,
        "https://github.com/cloudflare/cloudflare-docs/issues/11542 (Exim: SMTP error from"
        " remote mail server after pipelined end of data)",
    ),
)

# Wordings that mean another reason when the reply is temporary (class 4): a reputation
# deferral is a rate limit, a permanent IP refusal a block (reasons.md).
TEMPORARY_READINGS: "tuple[tuple[str, Reason, str], ...]" = (
    (
        "host or domain name not found",
        NETWORK,
        "https://github.com/mail-in-a-box/mailinabox/issues/1607 (Postfix: dsn=4.4.3, a temporary DNS failure)",
    ),
    (
        "name or service not known",
        NETWORK,
        REASONS_MD + " (a lookup failure while the mail is still queued: network)",
    ),
    (
        "dns query error",
        NETWORK,
        REASONS_MD + " (a lookup failure while the mail is still queued: network)",
    ),
    ("low reputation", RATE_LIMITED, REASONS_MD),
    ("poor reputation", RATE_LIMITED, REASONS_MD),
    ("ip reputation", RATE_LIMITED, "https://github.com/sendgrid/docs/issues/6275"),
    ("reputation", RATE_LIMITED, REASONS_MD),
    ("bad reputation", RATE_LIMITED, REASONS_MD),
    ("reputation of the sending", RATE_LIMITED, REASONS_MD),
    ("originating from your ip", RATE_LIMITED, GMAIL_CODES),
    ("unusual rate of unsolicited mail", RATE_LIMITED, GMAIL_CODES),
)

# A sentence row's reason that cannot hold in a temporary reply (class 4), and what such a
# reply means instead, with where that is documented.
TEMPORARY_SENTENCE_READINGS: "dict[Reason, tuple[Reason, str]]" = {
    MOVED: (
        SYSTEM_ERROR,
        "RFC 3463 §3.2 (X.1.6 'is only useful for permanent failures'); a mailbox moved in a"
        " temporary reply is being moved between the receiver's own servers, as in a Cyrus"
        " murder (https://github.com/cyrusimap/cyrus-imapd/blob/HEAD/imap/lmtpengine.c: 451"
        " 4.2.1 Mailbox Moved): its system's, to retry",
    ),
}

# An enhanced code's subject and detail (RFC 3463 §3, the registry, and Microsoft's
# three-digit details): its reason when no words say one. Class 4 and 5 alike.
ENHANCED: "dict[tuple[int, int], tuple[Reason, str]]" = {
    (0, 0): (UNKNOWN, "RFC 3463 §3.1 (X.0.0 other undefined status)"),
    (1, 0): (USER_UNKNOWN, "RFC 3463 §3.2 (X.1.0 other address status)"),
    (1, 1): (USER_UNKNOWN, "RFC 3463 §3.2 (X.1.1 bad destination mailbox address)"),
    (1, 2): (DOMAIN_UNKNOWN, "RFC 3463 §3.2 (X.1.2 bad destination system address)"),
    (1, 3): (USER_UNKNOWN, "RFC 3463 §3.2 (X.1.3 bad destination mailbox address syntax)"),
    (1, 4): (USER_UNKNOWN, "RFC 3463 §3.2 (X.1.4 destination mailbox address ambiguous)"),
    (1, 6): (MOVED, "RFC 3463 §3.2 (X.1.6 destination mailbox has moved)"),
    (1, 7): (SENDER_REJECTED, "RFC 3463 §3.2 (X.1.7 bad sender's mailbox address syntax)"),
    (1, 8): (SENDER_REJECTED, "RFC 3463 §3.2 (X.1.8 bad sender's system address)"),
    (1, 10): (NO_MAIL, "RFC 7505 §3.2 (X.1.10 recipient address has null MX)"),
    (2, 0): (DISABLED, "RFC 3463 §3.3 (X.2.0 other or undefined mailbox status)"),
    (2, 1): (DISABLED, "RFC 3463 §3.3 (X.2.1 mailbox disabled, not accepting messages)"),
    (2, 2): (MAILBOX_FULL, "RFC 3463 §3.3 (X.2.2 mailbox full)"),
    (2, 3): (TOO_LARGE, "RFC 3463 §3.3 (X.2.3 message length exceeds administrative limit)"),
    (2, 4): (SYSTEM_ERROR, "RFC 3463 §3.3 (X.2.4 mailing list expansion problem)"),
    (2, 122): (RATE_LIMITED, MICROSOFT_NDR + " (5.2.122: the recipient's hourly limit)"),
    (3, 4): (TOO_LARGE, "RFC 3463 §3.4 (X.3.4 message too big for system)"),
    (4, 7): (EXPIRED, "RFC 3463 §3.5 (X.4.7 delivery time expired)"),
    (4, 312): (EXPIRED, MICROSOFT_CONNECTORS + " (5.4.312: could not deliver in 24 hours)"),
    (4, 316): (EXPIRED, MICROSOFT_CONNECTORS + " (5.4.316: connection refused for 24 hours)"),
    (5, 3): (RATE_LIMITED, "RFC 3463 §3.6 (X.5.3 too many recipients)"),
    (7, 0): (SECURITY, "RFC 3463 §3.8 (X.7.0 other or undefined security status)"),
    (7, 1): (POLICY, "RFC 3463 §3.8 (X.7.1 delivery not authorized, message refused)"),
    (7, 2): (POLICY, "RFC 3463 §3.8 (X.7.2 mailing list expansion prohibited)"),
    (7, 3): (SECURITY, "RFC 3463 §3.8 (X.7.3 security conversion required but not possible)"),
    (7, 4): (SECURITY, "RFC 3463 §3.8 (X.7.4 security features not supported)"),
    (7, 5): (SECURITY, "RFC 3463 §3.8 (X.7.5 cryptographic failure)"),
    (7, 6): (SECURITY, "RFC 3463 §3.8 (X.7.6 cryptographic algorithm not supported)"),
    (7, 7): (SECURITY, "RFC 3463 §3.8 (X.7.7 message integrity failure)"),
    (7, 8): (SECURITY, RFC5248 + " (X.7.8 authentication credentials invalid, RFC 4954)"),
    (7, 9): (SECURITY, RFC5248 + " (X.7.9 authentication mechanism is too weak, RFC 4954)"),
    (7, 10): (SECURITY, RFC5248 + " (X.7.10 encryption needed, RFC 5248)"),
    (7, 11): (
        SECURITY,
        RFC5248 + " (X.7.11 encryption required for requested authentication mechanism, RFC 4954)",
    ),
    (7, 12): (SECURITY, RFC5248 + " (X.7.12 a password transition is needed, RFC 4954)"),
    (7, 14): (SECURITY, RFC5248 + " (X.7.14 trust relationship required, RFC 5248)"),
    (7, 13): (DISABLED, RFC5248 + " (X.7.13 user account disabled)"),
    (7, 17): (USER_UNKNOWN, "RFC 7293 §3.2 (X.7.17 mailbox owner has changed)"),
    (7, 18): (DOMAIN_UNKNOWN, "RFC 7293 §3.2 (X.7.18 domain owner has changed)"),
    (7, 20): (AUTHENTICATION, "RFC 7372 §3.1 (X.7.20 no passing DKIM signature found)"),
    (7, 21): (AUTHENTICATION, "RFC 7372 §3.1 (X.7.21 no acceptable DKIM signature found)"),
    (7, 22): (AUTHENTICATION, "RFC 7372 §3.1 (X.7.22 no valid author-matched DKIM signature)"),
    (7, 23): (AUTHENTICATION, "RFC 7372 §3.2 (X.7.23 SPF validation failed)"),
    (7, 24): (AUTHENTICATION, "RFC 7372 §3.2 (X.7.24 SPF validation error)"),
    (7, 25): (BLOCKED, "RFC 7372 §3.3 (X.7.25 reverse DNS validation failed)"),
    (7, 26): (AUTHENTICATION, "RFC 7372 §3.4 (X.7.26 multiple authentication checks failed)"),
    (7, 27): (SENDER_REJECTED, "RFC 7505 §3.3 (X.7.27 sender address has null MX)"),
    (7, 28): (RATE_LIMITED, RFC5248 + " (X.7.28 mail flood detected)"),
    (7, 29): (AUTHENTICATION, "RFC 8617 §5.2 (X.7.29 ARC validation failure)"),
    (7, 54): (RELAY_DENIED, MICROSOFT_NDR + " (5.7.54: unable to relay recipient)"),
    (7, 57): (SECURITY, MICROSOFT_NDR + " (5.7.57: client was not authenticated)"),
    (7, 64): (RELAY_DENIED, MICROSOFT_NDR + " (5.7.64: relay access denied)"),
    (7, 133): (POLICY, MICROSOFT_NDR + " (5.7.133: sender not authenticated for group)"),
    (7, 139): (SECURITY, MICROSOFT_NDR + " (5.7.139: SMTP AUTH is disabled)"),
    (7, 509): (AUTHENTICATION, MICROSOFT_NDR + " (5.7.509: DMARC verification failed)"),
    (7, 515): (AUTHENTICATION, MICROSOFT_NDR + " (5.7.515: required authentication level)"),
    (7, 520): (POLICY, MICROSOFT_NDR + " (5.7.520: message blocked)"),
    (7, 650): (RATE_LIMITED, REASONS_MD + " (4.7.650: rate limited due to IP reputation)"),
    (7, 651): (RATE_LIMITED, REASONS_MD + " (4.7.651: rate limited)"),
    (7, 652): (
        RATE_LIMITED,
        "https://www.spamresource.com/2025/07/microsoft-says-too-many-connections.html (Outlook.com:"
        " 451 4.7.652 The mail server [x.x.x.x] has exceeded the maximum number of connections. (S3115))",
    ),
    (7, 705): (BLOCKED, MICROSOFT_700 + " (5.7.705: tenant exceeded threshold)"),
    (7, 708): (BLOCKED, MICROSOFT_700 + " (5.7.708: traffic not accepted from this IP)"),
    **{
        (7, detail): (BLOCKED, MICROSOFT_NDR + " (5.7.606-649: banned sending IP)")
        for detail in range(606, 650)
    },
}

# A subject's reason for the details above does not name (RFC 3463 §3's subject titles).
SUBJECTS: "dict[int, tuple[Reason, str]]" = {
    0: (UNKNOWN, "RFC 3463 §3.1 (X.0.x other or undefined status)"),
    1: (USER_UNKNOWN, "RFC 3463 §3.2 (X.1.x addressing status)"),
    2: (DISABLED, "RFC 3463 §3.3 (X.2.x mailbox status)"),
    3: (SYSTEM_ERROR, "RFC 3463 §3.4 (X.3.x mail system status)"),
    4: (NETWORK, "RFC 3463 §3.5 (X.4.x network and routing status)"),
    5: (PROTOCOL, "RFC 3463 §3.6 (X.5.x mail delivery protocol status)"),
    6: (POLICY, "RFC 3463 §3.7 (X.6.x message content or media status)"),
    7: (POLICY, "RFC 3463 §3.8 (X.7.x security or policy status)"),
}
# A subject RFC 3463 defines none for (8 and 9: the grammar reads them, no registry names them).
OTHER_SUBJECT: "tuple[Reason, str]" = (UNKNOWN, "RFC 3463 §3 (subjects 0 to 7 only)")

# A basic code's reason when neither words nor an enhanced code say one (RFC 5321 §4.2.2-3).
# 450, 550, 553 and 554 say nothing of why (their default texts are "mailbox unavailable",
# "transaction failed"): they are UNKNOWN, as is any code not here.
BASIC: "dict[int, tuple[Reason, str]]" = {
    421: (SYSTEM_ERROR, RFC5321 + " (421 service not available)"),
    451: (SYSTEM_ERROR, RFC5321 + " (451 local error in processing)"),
    452: (SYSTEM_ERROR, RFC5321 + " (452 insufficient system storage)"),
    454: (SECURITY, "RFC 3207 §4 and RFC 4954 §6 (454 TLS or authentication unavailable)"),
    500: (PROTOCOL, RFC5321 + " (500 syntax error, command unrecognized)"),
    501: (PROTOCOL, RFC5321 + " (501 syntax error in parameters)"),
    502: (PROTOCOL, RFC5321 + " (502 command not implemented)"),
    503: (PROTOCOL, RFC5321 + " (503 bad sequence of commands)"),
    504: (PROTOCOL, RFC5321 + " (504 command parameter not implemented)"),
    521: (NO_MAIL, "RFC 7504 §3 (521 host does not accept mail)"),
    530: (SECURITY, "RFC 3207 §4 (530 must issue a STARTTLS command first)"),
    534: (SECURITY, "RFC 4954 §6 (534 authentication mechanism is too weak)"),
    535: (SECURITY, "RFC 4954 §6 (535 authentication credentials invalid)"),
    538: (SECURITY, "RFC 4954 §6 (538 encryption required for requested mechanism)"),
    551: (USER_UNKNOWN, RFC5321 + " (551 user not local)"),
    555: (PROTOCOL, RFC5321 + " (555 MAIL FROM/RCPT TO parameters not recognized)"),
    556: (NO_MAIL, "RFC 7504 §3 (556 domain does not accept mail)"),
}

# A local delivery program's exit status (<sysexits.h>), which Sendmail gives as the whole
# diagnostic of a delivery to a program or a file ("Diagnostic-Code: X-Unix; 77", RFC 3464
# §2.3.6's diagnostic type of the local mailer): the mailer's own word on why. Any other
# status is the mailer failing (Sendmail: "unknown mailer error" for one not in the header).
SYSEXITS = "https://man.freebsd.org/cgi/man.cgi?query=sysexits"
EXIT_STATUSES: "dict[int, tuple[Reason, str]]" = {
    67: (USER_UNKNOWN, SYSEXITS + " (EX_NOUSER: addressee unknown)"),
    68: (DOMAIN_UNKNOWN, SYSEXITS + " (EX_NOHOST: host name unknown)"),
}
OTHER_EXIT_STATUS: "tuple[Reason, str]" = (
    SYSTEM_ERROR,
    "https://www.mhonarc.org/archive/html/procmail/1997-05/msg00334.html (Sendmail's reply for each mailer exit status: 69-78 are the mailer's or the system's failures)",
)

# Words that change what a code says, read only when no wording above said why: Gmail's
# 4.7.0 "Try again later" is a rate limit, not a security status (reasons.md); Microsoft's
# 5.4.1 "Access denied" is its directory saying that no such recipient exists, not a network
# status (where Postfix's own "Access denied" with 5.7.1 is a local rule's refusal); X.4.4
# (unable to route) of an "invalid domain" is the address's domain (reasons.md: X.4.4 with
# "host not found" is domain-unknown), where "invalid domain name" with 5.0.0 may be a
# refused HELO name.
# Reply codes that mean another thing with their own words, where no enhanced code decided:
# reasons.md reads 521 and 556 as no-mail "unless the words say blocked".
BASIC_WITH_WORDS: "tuple[tuple[int, str, Reason, str], ...]" = (
    # A deferral whose words only ask for a retry is greylisting-style (reasons.md: 450/451
    # "Try again later": policy), not the server failing, which says so ("local error").
    *(
        (code, "try again later", POLICY, REASONS_MD + f" ({code} Try again later: policy)")
        for code in (450, 451)
    ),
    (521, "blocked", BLOCKED, REASONS_MD + " (521: no-mail, unless the words say blocked)"),
    (556, "blocked", BLOCKED, REASONS_MD + " (556: no-mail, unless the words say blocked)"),
    (
        421,
        "block temporarily",
        BLOCKED,
        "https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes (421 Block temporarily)",
    ),
    (
        521,
        "block permanently",
        BLOCKED,
        "https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes (521 Block permanently)",
    ),
    (
        421,
        "blocked",
        BLOCKED,
        "https://pl.com.uy/?P=ne&S=do&pg=nedoerrorescorreo (421 Blocked (...). See .../blocked/)",
    ),
    (
        550,
        "blocked",
        BLOCKED,
        "http://worldnet.att.net/general-info/bls_info/block_enduser.html (AT&T: 550 Error."
        " Blocked for status: <unknown sender>)",
    ),
)

WORDS_WITH_CODES: "tuple[tuple[tuple[int, int], str, Reason, str], ...]" = (
    (
        (4, 1),
        "recipient address rejected: access denied",
        USER_UNKNOWN,
        "https://github.com/zone-eu/zone-mta/pull/214 (Microsoft 365 directory-based edge blocking: 550 5.4.1 Recipient address rejected: Access denied. AS(201806281))",
    ),
    ((7, 0), "try again later", RATE_LIMITED, GMAIL_CODES + " (421 4.7.0 Try again later)"),
    (
        (5, 0),
        "requested action not taken: mailbox unavailable",
        USER_UNKNOWN,
        "https://pastebin.com/r35f04G9 (Outlook.com: 550 5.5.0 Requested action not taken: mailbox"
        " unavailable, for a mailbox that does not exist; reasons.md: Outlook.com uses it so)",
    ),
    (
        (4, 4),
        "invalid domain",
        DOMAIN_UNKNOWN,
        "https://clinician.rgnmed.com/support-admin/bounced-emails (smtp; 550 5.4.4 Invalid domain: the domain part of the address is invalid)",
    ),
)
