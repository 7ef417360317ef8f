"""``python -m bouncecodes``: the command line."""

import sys

from bouncecodes._cli import main

sys.exit(main())
