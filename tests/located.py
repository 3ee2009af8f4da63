"""Helpers for tests of located problems: where in a test's TOML text a problem must point."""

from __future__ import annotations

import re

import pytest

from generator.catalogue.load import parse_catalog
from generator.catalogue.problems import CatalogError, Problem


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


SUMMARY_HEAD = re.compile(r"^(?P<total>\d+) problems of (?P<kinds>\d+) kinds?:$")
SUMMARY_KIND = re.compile(r"^ +(?P<count>\d+) × (?P<kind>.+) \(first at (?P<first>.+:\d+:\d+)\)$")


def split_report(lines: list[str]) -> tuple[list[str], list[str]]:
    """A report's problem lines and its closing summary ("1 problem found", or a count by kind)."""
    if lines and lines[-1] == "1 problem found":
        return lines[:-1], lines[-1:]
    head = next((i for i, line in enumerate(lines) if SUMMARY_HEAD.match(line)), len(lines))
    return lines[:head], lines[head:]


def assert_summary_counts(problem_lines: list[str], summary: list[str]) -> None:
    """The summary's numbers add up to the problems listed, one line per kind, the most first."""
    if summary == ["1 problem found"]:
        assert len(problem_lines) == 1
        return
    head = SUMMARY_HEAD.match(summary[0])
    assert head, summary
    kinds = [SUMMARY_KIND.match(line) for line in summary[1:]]
    assert all(kinds), summary
    counts = [int(k["count"]) for k in kinds if k]
    assert int(head["total"]) == len(problem_lines) == sum(counts)
    assert int(head["kinds"]) == len(counts)
    assert counts == sorted(counts, reverse=True)
