"""TOML text -> plain data, plus the line and column where every key and array item starts.

`tomli` parses the document and reports syntax errors; it keeps no positions, so a small
scanner (positions.py) walks the (already valid) text once more and records where each value
was written. Those positions let a validation error point at `exercises.toml:LINE:COL`. Only a
document with a problem needs them, so the scanner runs on the first question, not on every
parse: on a catalogue of thousands of exercises it costs as much as parsing.

tomli is the standard library's `tomllib` (same code, same messages) published with wheels
compiled by mypyc, which parse a large catalogue more than twice as fast; where no wheel fits,
pip installs its pure-Python build, which behaves the same.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Any

import tomli

from generator.catalogue.positions import KeyPath, Nesting, Position, key_positions, tokens
from generator.catalogue.problems import CatalogError, Problem

__all__ = ["KeyPath", "Position", "SourceDocument", "decode_toml", "parse_toml"]


_TOML_ERROR_AT = re.compile(r"^(?P<message>.*) \(at line (?P<line>\d+), column (?P<col>\d+)\)$")
_HUGE_NUMBER = re.compile(r"[0-9_]{4000,}")
_TOML_ERROR_AT_END = re.compile(r"^(?P<message>.*) \(at end of document\)$")


@dataclass(frozen=True)
class SourceDocument:
    """A parsed TOML file: its data and where each path (`("exercises", 0, "cues", 2)`) starts."""

    filename: str
    data: dict[str, Any]
    text: str = field(repr=False)

    @cached_property
    def positions(self) -> dict[KeyPath, Position]:
        try:
            return key_positions(self.text)
        except RecursionError:  # nested deeper than the scanner follows: every place is (1, 1)
            return {}

    def position(self, path: KeyPath) -> Position:
        """Where `path` was written, or where its closest written ancestor was."""
        for end in range(len(path), 0, -1):
            found = self.positions.get(path[:end])
            if found is not None:
                return found
        return (1, 1)

    def problem(self, path: KeyPath, message: str, kind: str) -> Problem:
        line, column = self.position(path)
        return Problem(self.filename, line, column, message, kind)


def decode_toml(raw: bytes, filename: str) -> str:
    """The text of a TOML file's bytes; a byte-order mark, as some Windows editors write, is fine.
    Bytes that are not UTF-8 are a `CatalogError` located at the first of them."""
    body = raw.removeprefix(codecs.BOM_UTF8)
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        before = body[: error.start]  # valid UTF-8, up to the bad byte
        line_start = before.rfind(b"\n") + 1
        line, column = before.count(b"\n") + 1, len(before[line_start:].decode("utf-8")) + 1
        message = "the file is not UTF-8 text; save it as UTF-8"
        raise CatalogError([Problem(filename, line, column, message, "not UTF-8 text")]) from None


def parse_toml(text: str, filename: str) -> SourceDocument:
    """Parse TOML text; floats become exact `Decimal`s. Raises `CatalogError` on a syntax error."""
    try:
        data = tomli.loads(text, parse_float=Decimal)
    except tomli.TOMLDecodeError as error:
        raise CatalogError([_syntax_problem(str(error), text, filename)]) from None
    except ValueError as error:
        if "digits" not in str(error):
            raise
        # Python refuses to read an integer of more than 4,300 digits (a denial-of-service guard).
        raise CatalogError([_huge_number_problem(text, filename)]) from None
    except RecursionError:
        raise CatalogError([_too_deep_problem(text, filename)]) from None
    return SourceDocument(filename, data, text)


def _too_deep_problem(text: str, filename: str) -> Problem:
    """Points at what holds the deepest nesting; the tokenizer itself does not recurse."""
    nesting = Nesting()
    try:
        for token in tokens(text):
            nesting.follow(token)
    except (ValueError, IndexError):
        pass  # text that is not valid TOML either: keep the deepest point seen so far
    message = (
        f"arrays or tables nested {nesting.deepest} deep here; the generator reads far fewer levels"
    )
    return Problem(filename, *nesting.where, message, "nesting too deep")


def _huge_number_problem(text: str, filename: str) -> Problem:
    line, column = 1, 1
    if match := _HUGE_NUMBER.search(text):
        line = text.count("\n", 0, match.start()) + 1
        column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
    message = "this number has too many digits to be read"
    return Problem(filename, line, column, message, "number too long to read")


def _syntax_problem(message: str, text: str, filename: str) -> Problem:
    if match := _TOML_ERROR_AT.match(message):
        line, col = int(match["line"]), int(match["col"])
        return Problem(filename, line, col, f"TOML syntax: {match['message']}", _SYNTAX)
    if match := _TOML_ERROR_AT_END.match(message):
        lines = text.splitlines() or [""]
        message = f"TOML syntax: {match['message']}"
        return Problem(filename, len(lines), len(lines[-1]) + 1, message, _SYNTAX)
    return Problem(filename, 1, 1, f"TOML syntax: {message}", _SYNTAX)


_SYNTAX = "TOML syntax error"
