"""Placeholders that `python -m generator new` writes and `check` refuses until they are filled in.

Pure: finds them in parsed data; the scaffold writes them and the catalogue reports them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.catalogue.source import KeyPath

PLACEHOLDER = "TODO:"


def is_placeholder(value: Any) -> bool:
    return isinstance(value, str) and value.lstrip().startswith(PLACEHOLDER)


def may_hold_placeholders(text: str) -> bool:
    """False when TOML text cannot hold a placeholder: "TODO:" is nowhere in it, and no escape
    (`\\u0054`) could spell it. Saves walking every value of a big catalogue."""
    return PLACEHOLDER in text or "\\u" in text or "\\U" in text


def find_placeholders(data: Any, path: KeyPath = ()) -> Iterator[tuple[KeyPath, str]]:
    """Every (path, text) whose value still starts with "TODO:", in document order."""
    if is_placeholder(data):
        yield path, data.strip()
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from find_placeholders(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from find_placeholders(value, (*path, index))
