"""bouncecodes: is this email bounce hard or soft, and why?

>>> import bouncecodes
>>> bouncecodes.lookup(550).type
<BounceType.HARD: 'Hard'>
"""

from bouncecodes._errors import BounceCodeError, InvalidCodeError, UnknownCodeError
from bouncecodes._lookup import CODES, classify, lookup
from bouncecodes._model import BounceCode, BounceType, Rule

__all__ = [
    "CODES",
    "BounceCode",
    "BounceCodeError",
    "BounceType",
    "InvalidCodeError",
    "Rule",
    "UnknownCodeError",
    "__version__",
    "classify",
    "lookup",
]

__version__ = "0.1.0"
