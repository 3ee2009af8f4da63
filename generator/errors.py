"""The user's mistakes, as values with a location. Only the CLI and the plugin turn them into text."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in a source file, located at a line and column (both counted from 1)."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return _printable(f"{self.file}:{self.line}:{self.column}: {self.message}")


# Messages quote contributed text; a line break or terminal escape in it must not forge another
# message line or restyle the terminal, so such characters are shown as escapes (\n, \x1b).
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _printable(text: str) -> str:
    return _UNPRINTABLE.sub(lambda match: match.group().encode("unicode_escape").decode(), text)


class CatalogError(Exception):
    """exercises.toml could not be turned into a catalogue; `problems` says every reason found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
