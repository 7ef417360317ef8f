"""Write the docs pages that are generated from the library: ``python docs/generate.py``.

tests/test_docs.py fails when a page here has drifted from what this script writes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bouncecodes._cli import markdown_table

DOCS = Path(__file__).resolve().parent


def codes_md() -> str:
    """docs/codes.md: the table, from CODES, as ``bouncecodes list --markdown`` prints it."""
    return (
        "# The code table\n\n"
        "Generated from `bouncecodes.CODES` by `python docs/generate.py` (the table is what\n"
        "`bouncecodes list --markdown` prints); do not edit.\n\n" + markdown_table()
    )


PAGES = {"codes.md": codes_md}


def main() -> int:
    for name, page in PAGES.items():
        (DOCS / name).write_text(page(), encoding="utf-8")
        print(f"wrote docs/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
