"""The docs are code: the generated table matches the registry; every public name is documented.

The examples in README.md and docs/*.md run as doctests in the same suite (pyproject.toml).
"""

from __future__ import annotations

import importlib.util
import re
from typing import Any

import pytest

import bouncecodes
from bouncecodes._cli import markdown_table
from tests.conftest import ROOT

DOCS = ROOT / "docs"


def _generate() -> Any:
    spec = importlib.util.spec_from_file_location("generate", DOCS / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("page", sorted(_generate().PAGES))
def test_generated_pages_have_not_drifted(page: str) -> None:
    assert (DOCS / page).read_text(encoding="utf-8") == _generate().PAGES[page](), (
        f"docs/{page} has drifted: run `python docs/generate.py`"
    )


def test_codes_md_holds_every_row() -> None:
    rows = re.findall(r"^\| (\d{3}) \| (Hard|Soft) \| (.*) \|$", markdown_table(), re.MULTILINE)
    assert [(int(code), type_, text) for code, type_, text in rows] == [
        (row.code, row.type.value, row.description) for row in bouncecodes.CODES.values()
    ]


@pytest.mark.parametrize("name", sorted(set(bouncecodes.__all__) - {"__version__"}))
def test_every_public_name_is_in_the_api_docs(name: str) -> None:
    assert f"`{name}" in (DOCS / "api.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "page",
    [
        "index.md",
        "api.md",
        "cli.md",
        "classification.md",
        "codes.md",
        "design.md",
        "performance.md",
        "logs.md",
        "webhooks.md",
        "sending.md",
    ],
)
def test_readme_links_every_page(page: str) -> None:
    assert f"(docs/{page})" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert (DOCS / page).is_file()
