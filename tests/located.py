"""Helpers for tests of located problems: where in a test's TOML text a problem must point."""

from __future__ import annotations

import pytest

from generator.catalog import parse_catalog
from generator.errors import CatalogError, Problem


def location(text: str, at: str, occurrence: int = 1) -> tuple[int, int]:
    """Line and column of the `^` in `at` (or of its start), at its n-th occurrence in `text`."""
    before, marker, after = at.partition("^")
    if not marker:
        before, after = "", at
    needle = before + after
    offset = -1
    for _ in range(occurrence):
        offset = text.index(needle, offset + 1)
    offset += len(before)
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def problems(text: str) -> list[Problem]:
    """The problems `check` would report for `text` saved as exercises.toml."""
    with pytest.raises(CatalogError) as caught:
        parse_catalog(text, "exercises.toml")
    return caught.value.problems


def assert_one_problem(text: str, at: str, message: str) -> Problem:
    """Exactly one problem, pointing at `at` (which occurs once), with exactly this message."""
    assert text.count(at.replace("^", "")) == 1, f"{at!r} must occur exactly once"
    found = problems(text)
    assert len(found) == 1, found
    problem = found[0]
    assert problem.file == "exercises.toml"
    assert (problem.line, problem.column) == location(text, at), problem
    assert problem.message == message, problem.message
    return problem
