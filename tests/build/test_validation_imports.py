"""Validating the catalogue, in a fresh process, imports none of the page code."""

from __future__ import annotations

from tests.conftest import run
from tests.unit.test_catalog import EXERCISES_TOML

# The page code: a Markdown renderer, an HTML sanitiser, the templates.
PAGE_PACKAGES = ("markdown", "nh3", "jinja2", "markupsafe")


def test_validating_the_catalogue_loads_no_page_code() -> None:
    """`check` and the pre-commit hook validate without rendering: none of the page code is imported."""
    script = f"""
import sys
from pathlib import Path
from generator.catalogue.load import load_catalog
catalog = load_catalog(Path({str(EXERCISES_TOML)!r}))
assert len(catalog.exercises) > 1
print(sorted(m for m in sys.modules if m.split(".")[0] in {set(PAGE_PACKAGES)!r}))
"""
    result = run("-c", script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
