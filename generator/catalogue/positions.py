"""Where each key and array item of a TOML text starts, and how deep its arrays and tables nest. No I/O.

tomli keeps no positions, so this scanner walks the (already valid) text once more and records
where each value was written, which lets a validation error point at `exercises.toml:LINE:COL`;
the tokenizer itself does not recurse, so it can also find where a text too deep to parse nests
deepest (`Nesting`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

import tomli

KeyPath = tuple[str | int, ...]
Position = tuple[int, int]


def key_positions(text: str) -> dict[KeyPath, Position]:
    """Where each key path of the valid TOML `text` starts (RecursionError past what it follows)."""
    return _Scanner(text).positions()


@dataclass
class Nesting:
    """How deep the text nests, and where the outermost thing holding that depth starts. Arrays
    and inline tables are a level each, and a key opens a table for each of its parts: `[a.b.c]`
    three deep, `a.b.c = 1` two. tomli refuses a key of more parts than Python's recursion limit."""

    deepest: int = 0
    where: Position = (1, 1)
    opened: list[str] = field(default_factory=list)  # the "[" and "{" of values, innermost last
    outermost: Position = (1, 1)  # where the outermost of them starts
    key_at: Position | None = None  # where the key being read (or its header) starts
    key_dots: int = 0
    header_at: Position | None = None  # where the header being read starts: [a.b] or [[a.b]]
    expect_key: bool = True

    def follow(self, token: Token) -> None:
        kind = token.kind
        if self.key_at is not None:
            if kind in {"bare", "string"}:
                self.key_dots += token.text.count(".") if kind == "bare" else 0
                return
            # The "=" after a key, or the "]" closing a header.
            tables = self.key_dots + (1 if self.header_at else 0)
            self._reach(len(self.opened) + tables, self.outermost if self.opened else self.key_at)
            self.key_at, self.key_dots, self.header_at, self.expect_key = None, 0, None, False
        if kind == "newline":
            self.expect_key = self.expect_key or not self.opened
        elif self.expect_key and kind == "[" and not self.opened:
            self.header_at = self.header_at or (token.line, token.column)
        elif (self.expect_key or self.header_at) and kind in {"bare", "string"}:
            self.key_at = self.header_at or (token.line, token.column)
            self.key_dots = token.text.count(".") if kind == "bare" else 0
        elif kind in {"[", "{"}:
            if not self.opened:
                self.outermost = (token.line, token.column)
            self.opened.append(kind)
            self._reach(len(self.opened), self.outermost)
            self.expect_key = kind == "{"
        elif kind in {"]", "}"} and self.opened:
            self.opened.pop()
        elif kind == ",":
            self.expect_key = self.opened[-1:] == ["{"]

    def _reach(self, level: int, where: Position) -> None:
        if level > self.deepest:
            self.deepest, self.where = level, where


class Token(NamedTuple):
    kind: str  # one of: newline [ ] { } , = string bare
    text: str
    line: int
    column: int


_TOKEN = re.compile(
    r"""
    (?P<newline>\n)
    | [\ \t\r]+ | \#[^\n]*                        # spaces and comments: no token
    | (?P<punctuation>[\[\]{},=])
    | (?P<string>
        \"\"\"(?:\\[\s\S]|[^\\])*?\"\"\"\"{0,2}   # up to two quotes before the end are text
      | '''[\s\S]*?''''{0,2}
      | "(?:\\.|[^"\\\n])*"
      | '[^'\n]*'
    )
    | (?P<bare>[^\s\[\]{},=\#"']+)
    | (?P<unended>["'])
    """,
    re.VERBOSE,
)


def tokens(text: str) -> Iterator[Token]:
    """Split valid TOML into the few token kinds needed to follow its structure. A string that
    does not end is a ValueError."""
    line, line_start = 1, 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind is None:
            continue
        start = match.start()
        if kind == "newline":
            yield Token("newline", "\n", line, start - line_start + 1)
            line, line_start = line + 1, start + 1
        elif kind == "string":
            raw = match[kind]
            yield Token("string", _unquote(raw), line, start - line_start + 1)
            if newlines := raw.count("\n"):
                line += newlines
                line_start = start + raw.rfind("\n") + 1
        elif kind == "unended":
            raise ValueError(f"a string that does not end at {line}:{start - line_start + 1}")
        else:
            text_of = match[kind]
            yield Token(
                text_of if kind == "punctuation" else kind, text_of, line, start - line_start + 1
            )


def _unquote(raw: str) -> str:
    """Key text of a quoted key; keys are single-line, so a TOML parse of `k = <raw>` is enough."""
    if "\n" in raw:
        return raw
    if "\\" not in raw and not raw.startswith(raw[0] * 3):
        return raw[1:-1]  # nothing escaped: the text between the quotes
    value = tomli.loads(f"k = {raw}")["k"]
    return value if isinstance(value, str) else raw


_END = Token("end", "", 0, 0)  # after the last token, so that looking ahead needs no bounds check


class _Scanner:
    """Follows tables, keys, arrays and inline tables, recording the position of each path."""

    def __init__(self, text: str) -> None:
        self._tokens = [*tokens(text), _END]
        self._index = 0
        self._positions: dict[KeyPath, Position] = {}
        self._array_tables: dict[KeyPath, int] = {}

    def positions(self) -> dict[KeyPath, Position]:
        table: KeyPath = ()
        while (kind := self._tokens[self._index].kind) != "end":
            if kind == "newline":
                self._index += 1
            elif kind == "[":
                table = self._header()
            else:
                self._key_value(table)
        return self._positions

    def _next(self) -> Token:
        token = self._tokens[self._index]
        self._index += 1
        return token

    def _record(self, path: KeyPath, token: Token) -> None:
        self._positions.setdefault(path, (token.line, token.column))

    def _key(self, stop: str) -> tuple[list[str], Token]:
        first = self._tokens[self._index]
        parts: list[str] = []
        while (token := self._tokens[self._index]).kind not in {stop, "end"}:
            self._index += 1
            if token.kind == "string":
                parts.append(token.text)
            else:
                parts.extend(piece for piece in token.text.split(".") if piece)
        return parts, first

    def _header(self) -> KeyPath:
        opening = self._next()
        following = self._tokens[self._index]
        is_array = following.kind == "[" and (following.line, following.column) == (
            opening.line,
            opening.column + 1,
        )
        if is_array:
            self._index += 1
        names, _ = self._key("]")
        self._index += 2 if is_array else 1
        path: KeyPath = ()
        for position, name in enumerate(names):
            path = (*path, name)
            last = position == len(names) - 1
            if last and is_array:
                count = self._array_tables.get(path, 0)
                self._array_tables[path] = count + 1
                path = (*path, count)
            elif path in self._array_tables:
                path = (*path, self._array_tables[path] - 1)
            self._record(path, opening)
        return path

    def _key_value(self, table: KeyPath) -> None:
        names, first = self._key("=")
        self._index += 1  # the "="
        path = table
        for name in names:
            path = (*path, name)
            self._record(path, first)
        self._value(path)

    def _value(self, path: KeyPath) -> None:
        token = self._next()
        if token.kind == "[":
            self._array(path)
        elif token.kind == "{":
            self._inline_table(path)
        else:
            # A string or a bare value (number, boolean, date); dates may hold a space.
            while self._tokens[self._index].kind == "bare":
                self._index += 1

    def _array(self, path: KeyPath) -> None:
        index = 0
        tokens = self._tokens
        while True:
            token = tokens[self._index]
            kind = token.kind
            if kind in {"newline", ","}:
                self._index += 1
                continue
            if kind == "]":
                self._index += 1
                return
            assert kind != "end"
            item = (*path, index)
            self._positions.setdefault(item, (token.line, token.column))
            self._value(item)
            index += 1

    def _inline_table(self, path: KeyPath) -> None:
        while True:
            kind = self._tokens[self._index].kind
            if kind == "}":
                self._index += 1
                return
            if kind in {",", "newline"}:
                self._index += 1
                continue
            assert kind != "end"
            names, first = self._key("=")
            self._index += 1
            inner = path
            for name in names:
                inner = (*inner, name)
                self._record(inner, first)
            self._value(inner)
