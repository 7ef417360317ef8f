"""The bounce code table: data only, one row per line, in the source's order.

Source: the vendor's "Soft Bounce and Hard Bounce Code Lookup and Definitions" document, kept
verbatim in tests/data/bounce-code-table.txt, where tests/test_table.py parses it on its own and
checks every row here against it, character for character (U+2019 in 517 and 518 included).

The 5XY rows are RFC 3463 enhanced status codes 5.X.Y with the dots removed (511 is 5.1.1);
421, 450, 451 and 452 are RFC 5321 reply codes; 447 is 4.4.7; 911 stands for a bounce that
carried no code at all.
"""

from bouncecodes._model import BounceCode, BounceType

__all__ = ["ROWS"]

HARD = BounceType.HARD
SOFT = BounceType.SOFT

# fmt: off
ROWS: tuple[BounceCode, ...] = (
    # 4XX
    BounceCode(421, SOFT, "Service not available"),
    BounceCode(447, SOFT, "Temporary network or Connection issues or an anti-spam setting with the destination domain"),
    BounceCode(450, SOFT, "Mailbox unavailable"),
    BounceCode(451, SOFT, "Error in processing"),
    BounceCode(452, SOFT, "Insufficient system storage"),
    # 5XX
    BounceCode(500, HARD, "Address does not exist"),
    BounceCode(501, HARD, "Incorrect/invalid email address (check for spaces at the beginning and the end of the email)"),
    BounceCode(510, HARD, "Other address status"),
    BounceCode(511, HARD, "Bad destination mailbox address"),
    BounceCode(512, HARD, "Bad destination system address"),
    BounceCode(513, HARD, "Bad destination mailbox address syntax"),
    BounceCode(514, HARD, "Destination mailbox address ambiguous"),
    BounceCode(515, HARD, "Destination mailbox address valid"),
    BounceCode(516, HARD, "Mailbox has moved"),
    BounceCode(517, HARD, "Bad sender’s mailbox address syntax"),
    BounceCode(518, HARD, "Bad sender’s system address"),
    BounceCode(520, SOFT, "Other or undefined mailbox status"),
    BounceCode(521, SOFT, "Mailbox disabled, not accepting messages"),
    BounceCode(522, SOFT, "Mailbox full"),
    BounceCode(523, HARD, "Message length exceeds administrative limit"),
    BounceCode(524, HARD, "Mailing list expansion problem"),
    BounceCode(530, HARD, "Other or undefined mail system status"),
    BounceCode(531, SOFT, "Mail system full"),
    BounceCode(532, HARD, "System not accepting network messages"),
    BounceCode(533, HARD, "System not capable of selected features"),
    BounceCode(534, HARD, "Message too big for system"),
    BounceCode(540, HARD, "Other or undefined network or routing status or DNS cannot be resolved"),
    BounceCode(541, HARD, "No answer from host (5.4.14 - indicates a mail loop or routing problem at recipient)"),
    BounceCode(542, HARD, "Bad connection"),
    BounceCode(543, HARD, "Routing server failure"),
    BounceCode(544, HARD, "Unable to route"),
    BounceCode(545, SOFT, "Network congestion"),
    BounceCode(546, HARD, "Routing loop detected"),
    BounceCode(547, HARD, "Delivery time expired"),
    BounceCode(550, HARD, "Other or Mailbox unavailable or unverifiable or undefined protocol status"),
    BounceCode(551, HARD, "Invalid command"),
    BounceCode(552, HARD, "Syntax error"),
    BounceCode(553, SOFT, "Too many recipients"),
    BounceCode(554, HARD, "Invalid command arguments"),
    BounceCode(555, HARD, "Wrong protocol version"),
    BounceCode(560, HARD, "Other or undefined media error"),
    BounceCode(561, HARD, "Media not supported"),
    BounceCode(562, HARD, "Conversion required and prohibited"),
    BounceCode(563, HARD, "Conversion required but not supported"),
    BounceCode(564, HARD, "Conversion with loss performed"),
    BounceCode(565, HARD, "Conversion failed"),
    BounceCode(570, HARD, "Other or undefined security status"),
    BounceCode(571, HARD, "Delivery not authorized, message refused"),
    BounceCode(572, HARD, "Mailing list expansion prohibited"),
    BounceCode(573, HARD, "Security conversion required but not possible"),
    BounceCode(574, HARD, "Security features not supported"),
    BounceCode(575, HARD, "Cryptographic failure"),
    BounceCode(576, HARD, "Cryptographic algorithm not supported"),
    BounceCode(577, HARD, "Message integrity failure"),
    # 9XX
    BounceCode(911, HARD, "Hard bounce with no bounce code found It could be an invalid email or rejected email from your mail server (such as from a sending limit)"),
)
# fmt: on
