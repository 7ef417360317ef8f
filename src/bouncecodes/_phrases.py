"""Phrases: the wordings the readers look for, as data, each with where it is documented.

Each list is a tuple of (wording, source) pairs; a wording matches case-insensitively, as
whole words (``_wording.alternation`` builds the pattern). A wording earns its place by the
document that shows mail software writing it, not by one bounce seen in the wild. Add one
with its source.
"""

__all__ = [
    "BOUNCE_SENDERS",
    "BOUNCE_SUBJECTS",
    "BOUNCE_TEXT",
    "DELAY_WORDS",
    "ORIGINAL_MESSAGE_FIELDS",
    "ORIGINAL_MESSAGE_MARKERS",
    "ORIGINAL_MESSAGE_OPENINGS",
    "PERMANENT_WORDS",
]

# The documents the wordings come from.
RFC5321_POSTMASTER = "RFC 5321 §4.5.1: every domain has a postmaster mailbox"
QMAIL_SEND = "https://manpages.ubuntu.com/manpages/focal/man8/qmail-send.8.html (bouncefrom)"
QSBMF = "https://cr.yp.to/proto/qsbmf.txt (the qmail-send bounce message format)"
POSTFIX_BOUNCE = "https://www.postfix.org/bounce.5.html (the default bounce templates)"
EXIM_BOUNCE = (
    "https://www.exim.org/exim-html-current/doc/html/spec_html/"
    "ch-customizing_bounce_and_warning_messages.html"
)
EXIM_TEST = "https://github.com/Exim/exim/blob/master/test/mail/0224.CALLER (a bounce Exim makes)"
SENDMAIL_HPUX = (
    "http://www.helpdesk.umd.edu/topics/troubleshooting/email/3024/ (Sendmail's warning and "
    "failure notices, quoted)"
)
SENDMAIL_ERRORS = "http://www.chilipepperweb.net/email-support/mail-delivery-errors.html"
GMAIL_BOUNCES = "https://support.google.com/a/answer/6596 (Fix bounced or rejected emails)"
EXCHANGE_NDR = (
    "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/"
    "non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online"
)
EXCHANGE_SENDER = (
    "https://learn.microsoft.com/en-us/exchange/mail-flow/mail-routing/recipient-resolution "
    "(the MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e system mailbox)"
)
MDAEMON = "https://docs.mdaemon.com/MDaemon/en/delivery-status-notification-messages.html"
LOTUS = "https://help.hcl-software.com/domino/ (Domino's 'Delivery Failure Report')"
RFC3464_EXAMPLE = "RFC 3464 Appendix A: the example reports"

# Who sends bounces: a wording in the From field marks the email as sent by a mail system.
BOUNCE_SENDERS: "tuple[tuple[str, str], ...]" = (
    ("mailer-daemon", QMAIL_SEND),
    ("postmaster", RFC5321_POSTMASTER),
    ("post_master", RFC5321_POSTMASTER),  # the same role as some systems spell it
    ("mail delivery", EXIM_TEST),  # "Mail Delivery System" (Exim, Postfix)
    ("delivery subsystem", GMAIL_BOUNCES),  # "Mail Delivery Subsystem" (Sendmail, Gmail)
    ("mdaemon", MDAEMON),
    ("mail administrator", SENDMAIL_ERRORS),
    ("microsoftexchange329e71ec88ae4615bbc36ab6ce41109e", EXCHANGE_SENDER),
)

# What bounces are called: a wording in the Subject field.
BOUNCE_SUBJECTS: "tuple[tuple[str, str], ...]" = (
    ("undeliverable", EXCHANGE_NDR),  # "Undeliverable: hello"
    ("undelivered", POSTFIX_BOUNCE),  # "Undelivered Mail Returned to Sender"
    ("non-delivery", EXCHANGE_NDR),
    ("nondelivery", EXCHANGE_NDR),
    ("non-deliverable", EXCHANGE_NDR),
    ("delivery status", GMAIL_BOUNCES),  # "Delivery Status Notification (Failure)"
    ("delivery failed", EXIM_TEST),  # "Mail delivery failed: returning message to sender"
    ("delivery failure", LOTUS),  # "Delivery Failure Report"
    ("delivery notification", RFC3464_EXAMPLE),
    ("delivery problem", SENDMAIL_ERRORS),
    ("delivery report", LOTUS),  # "Delivery Failure Report", "DELIVERY REPORT"
    ("delivery has failed", EXCHANGE_NDR),
    ("delivery incomplete", SENDMAIL_ERRORS),
    ("returned mail", SENDMAIL_HPUX),  # "Returned mail: see transcript for details"
    ("mail delivery", EXIM_TEST),
    ("failure notice", QSBMF),
    ("delivery error", SENDMAIL_ERRORS),
    ("could not be delivered", POSTFIX_BOUNCE),
    ("not delivered", EXCHANGE_NDR),
    ("returning message", EXIM_TEST),
    ("bounce", SENDMAIL_ERRORS),
    ("bounced", SENDMAIL_ERRORS),
    ("delayed mail", POSTFIX_BOUNCE),  # "Delayed Mail (still being retried)"
    ("warning: could not", SENDMAIL_HPUX),  # "Warning: could not send message for past 1 day"
    ("rejected", EXCHANGE_NDR),
    ("failed", EXIM_TEST),
    ("failure", GMAIL_BOUNCES),
)

# What a notification says of itself: a wording in its text.
BOUNCE_TEXT: "tuple[tuple[str, str], ...]" = (
    ("could not be delivered", POSTFIX_BOUNCE),
    ("couldn't be delivered", EXCHANGE_NDR),
    ("couldnt be delivered", EXCHANGE_NDR),
    ("wasn't delivered", GMAIL_BOUNCES),
    ("was not delivered", GMAIL_BOUNCES),
    ("wasnt delivered", GMAIL_BOUNCES),
    ("delivery failed", EXIM_TEST),
    ("delivery has failed", EXCHANGE_NDR),
    ("permanent error", QSBMF),  # "This is a permanent error; I've given up."
    ("delivery to the following", GMAIL_BOUNCES),
    ("returned to sender", POSTFIX_BOUNCE),
    ("unable to deliver", SENDMAIL_ERRORS),
    ("trouble delivering", SENDMAIL_ERRORS),
    ("error delivering", SENDMAIL_ERRORS),
    ("following address", QSBMF),  # "...to the following addresses."
)

# A notification that is only a warning: the mail is still queued.
DELAY_WORDS: "tuple[tuple[str, str], ...]" = (
    ("delayed", POSTFIX_BOUNCE),  # "Delayed Mail (still being retried)"
    ("delay", SENDMAIL_HPUX),
    ("warning: message", EXIM_BOUNCE),  # "Warning: message 1abc-000 delayed 24 hours"
    ("will try", SENDMAIL_HPUX),
    ("will retry", POSTFIX_BOUNCE),
    ("will continue to try", EXCHANGE_NDR),
    ("will continue to retry", EXCHANGE_NDR),
    ("will keep trying", SENDMAIL_HPUX),  # "Will keep trying until message is 4 days old"
    ("will keep retrying", SENDMAIL_HPUX),
    ("still trying", SENDMAIL_HPUX),
    ("still retrying", POSTFIX_BOUNCE),
    ("still being tried", POSTFIX_BOUNCE),
    ("still being retried", POSTFIX_BOUNCE),  # "Delayed Mail (still being retried)"
    ("not yet been delivered", EXIM_BOUNCE),
)

# A notification that says the failure is final, whatever else it says.
PERMANENT_WORDS: "tuple[tuple[str, str], ...]" = (
    ("permanent", QSBMF),
    ("fatal", SENDMAIL_ERRORS),  # "permanent fatal errors"
    ("failed", EXIM_TEST),
    ("failure", GMAIL_BOUNCES),
    ("undeliverable", EXCHANGE_NDR),
    ("returned", SENDMAIL_HPUX),
)

# Where a notification ends and the returned original (or its headers) begins, each at the
# start of a line, after white space and perhaps dashes.
ORIGINAL_MESSAGE_MARKERS: "tuple[tuple[str, str], ...]" = (
    ("this is a copy", EXIM_BOUNCE),  # "------ This is a copy of the message, including..."
    ("below this line", QSBMF),  # "--- Below this line is a copy of the message."
    ("original message", EXCHANGE_NDR),  # "Original message headers:"
    ("returned message", SENDMAIL_HPUX),
    ("undelivered message", POSTFIX_BOUNCE),
    ("the original message", SENDMAIL_HPUX),
    ("message headers", EXCHANGE_NDR),
    ("headers of the original", EXIM_BOUNCE),
)

# Lines that open the returned original without dashes before them.
ORIGINAL_MESSAGE_OPENINGS: "tuple[tuple[str, str], ...]" = (
    ("below this line is a copy of the message", QSBMF),
    ("original message headers:", EXCHANGE_NDR),
)

# Header fields that, opening a line of the notification, show the original has begun.
ORIGINAL_MESSAGE_FIELDS: "tuple[tuple[str, str], ...]" = (
    ("Received", "RFC 5322 §3.6.7"),
    ("Return-Path", "RFC 5322 §3.6.7"),
    ("Message-ID", "RFC 5322 §3.6.4"),
    ("DKIM-Signature", "RFC 6376 §3.5"),
)

# --- The signatures of plain-text bounce families: what tells a reader the text is its own --

POSTFIX_SOURCE = "https://github.com/sympa-community/sympa/issues/447 (a Postfix bounce)"
EXIM_SOURCE = "https://pastebin.com/AwzuCL2f (an Exim bounce)"
SENDMAIL_AOL = (
    "http://help.aol.co.uk/mailer-daemon-email-message/article/20060816080909990020 "
    "(a Sendmail transcript)"
)
HARAKA = "https://github.com/haraka/Haraka/issues/568 (Haraka writes QSBMF)"
YAHOO_HELP = "https://help.yahoo.com/kb/mail-for-desktop/sln3275.html (Yahoo's failure notice)"
GMAIL_PERMANENT = "https://github.com/Gilwyad/mailnesia.com/issues/13 (a Gmail bounce)"
GMAIL_SPAM = "https://github.com/mail-in-a-box/mailinabox/issues/1046 (a Gmail bounce)"
EXCHANGE_2003 = "http://technet.microsoft.com/en-us/exchange/bb288511.aspx (Exchange 2003 NDRs)"
EXCHANGE_2007 = "https://pastebin.com/2SNHTj4Y (an Exchange 2007 NDR)"
EXCHANGE_2013 = "https://pastebin.com/e6yfDi5v (an Exchange 2013 NDR)"
IIS_SMTP = "https://ftp.zx.net.nz/pub/archive/ftp.microsoft.com/MISC/KB/en-us/295/734.HTM"
OPENSMTPD = "https://github.com/OpenSMTPD/OpenSMTPD/issues/499 (an OpenSMTPD bounce)"

POSTFIX_SIGNATURES: "tuple[tuple[str, str], ...]" = (
    ("This is the mail system at host", POSTFIX_BOUNCE),
    ("I'm sorry to have to inform you that your message could not", POSTFIX_BOUNCE),
)
EXIM_SIGNATURES: "tuple[tuple[str, str], ...]" = (
    ("This message was created automatically by mail delivery software", EXIM_BOUNCE),
    ("The following address(es) failed", EXIM_SOURCE),
)
SENDMAIL_SIGNATURES: "tuple[tuple[str, str], ...]" = (
    ("The following addresses had permanent fatal errors", SENDMAIL_ERRORS),
    ("The following addresses had transient non-fatal errors", SENDMAIL_HPUX),
    ("Transcript of session follows", SENDMAIL_AOL),
    ("The original message was received at", SENDMAIL_HPUX),
)
QMAIL_SIGNATURES: "tuple[tuple[str, str], ...]" = (
    ("Hi. This is the qmail-send program", QSBMF),
    ("Hi. This is the Haraka Mailer program", HARAKA),
    ("I'm afraid I wasn't able to deliver your message to the following addresses", QSBMF),
)
YAHOO_SENDERS: "tuple[tuple[str, str], ...]" = (
    ("yahoo.com", YAHOO_HELP),
    ("yahoo.co.jp", YAHOO_HELP),
    ("yahoo.co.uk", YAHOO_HELP),
    ("yahoodns.net", YAHOO_HELP),
    ("aol.com", YAHOO_HELP),  # AOL mail runs on Yahoo's since 2017
)
GMAIL_SIGNATURES: "tuple[tuple[str, str], ...]" = (
    ("Delivery to the following recipient failed permanently", GMAIL_PERMANENT),
    ("Delivery to the following recipients failed permanently", GMAIL_PERMANENT),
    ("Delivery to the following recipient has been delayed", GMAIL_PERMANENT),
    ("Technical details of permanent failure", GMAIL_PERMANENT),
    ("Technical details of temporary failure", GMAIL_PERMANENT),
    ("The error that the other server returned was", GMAIL_PERMANENT),
    ("The response from the remote server was", GMAIL_BOUNCES),
    ("Your message wasn't delivered to", GMAIL_BOUNCES),
    ("googlemail.com", GMAIL_BOUNCES),  # the sender: mailer-daemon@googlemail.com
)
EXCHANGE_SIGNATURES: "tuple[tuple[str, str], ...]" = (
    ("Diagnostic information for administrators", EXCHANGE_2007),
    ("Delivery has failed to these recipients or groups", EXCHANGE_2013),
    ("Delivery has failed to these recipients or distribution lists", EXCHANGE_2007),
    ("did not reach some or all of the intended recipients", EXCHANGE_2003),
    ("The following recipient(s) could not be reached", EXCHANGE_2003),
    ("did not reach the following recipient(s)", EXCHANGE_2003),
    ("Delivery to the following recipients failed", IIS_SMTP),
    ("Microsoft Exchange", EXCHANGE_2007),
)
OPENSMTPD_SIGNATURES: "tuple[tuple[str, str], ...]" = (
    ("This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail", OPENSMTPD),
    ("An error has occurred while attempting to deliver a message for", OPENSMTPD),
)
