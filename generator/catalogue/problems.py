"""The user's mistakes, as values with a location. Only the CLI and the plugin turn them into text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in a source file, located at a line and column (both counted from 1).

    `kind` is a short phrase that stays the same for every problem of one sort ("unknown key",
    "number out of range"): a closing summary counts the problems by it, so a mistake made
    hundreds of times reads as one thing to fix.
    """

    file: str
    line: int
    column: int
    message: str
    kind: str

    def __str__(self) -> str:
        return _printable(f"{self.file}:{self.line}:{self.column}: {self.message}")

    @property
    def location(self) -> str:
        return _printable(f"{self.file}:{self.line}:{self.column}")

    def as_warning(self) -> str:
        """The line that reports it as a warning, which stops nothing: `file:line:col: warning: ...`."""
        return _printable(f"{self.file}:{self.line}:{self.column}: warning: {self.message}")


@dataclass(frozen=True)
class KindCount:
    """How many problems share a kind, and the first of them (in file order)."""

    kind: str
    count: int
    first: Problem


def by_kind(problems: Iterable[Problem]) -> list[KindCount]:
    """The kinds of `problems`, the most frequent first; ties in the order their first one appears."""
    ordered = sorted(problems)
    counts: dict[str, int] = {}
    first: dict[str, Problem] = {}
    for problem in ordered:
        counts[problem.kind] = counts.get(problem.kind, 0) + 1
        first.setdefault(problem.kind, problem)
    kinds = [KindCount(kind, counts[kind], first[kind]) for kind in first]
    return sorted(kinds, key=lambda k: -k.count)  # stable: equal counts keep file order


def summary(problems: Iterable[Problem]) -> str:
    """The closing lines of a report: "630 problems of 5 kinds:", then one line per kind, the most
    frequent first, with its count and where it first occurs; "1 problem found" for one."""
    kinds = by_kind(problems)
    total = sum(k.count for k in kinds)
    if total <= 1:
        return f"{total} problem{'' if total == 1 else 's'} found"
    width = len(str(kinds[0].count))
    lines = [f"{total} problems of {len(kinds)} kind{'' if len(kinds) == 1 else 's'}:"]
    for kind in kinds:
        lines.append(f"  {kind.count:>{width}} × {kind.kind} (first at {kind.first.location})")
    return "\n".join(lines)


# Messages quote contributed text; a line break or terminal escape in it must not forge another
# message line or restyle the terminal, so such characters are shown as escapes (\n, \x1b).
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _printable(text: str) -> str:
    return _UNPRINTABLE.sub(lambda match: match.group().encode("unicode_escape").decode(), text)


class CatalogError(Exception):
    """exercises.toml could not be turned into a catalogue; `problems` says every reason found.

    Its text is the report both the CLI and the plugin show: one line per problem, then the summary.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join([*(str(p) for p in self.problems), summary(self.problems)]))
