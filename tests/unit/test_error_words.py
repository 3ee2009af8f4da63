"""No message of the validation library reaches a user: bad values in every field of the real
catalogue give our own words, each with a kind that reads as a phrase."""

from __future__ import annotations

import copy
import re
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from generator.catalogue.model import Document
from generator.catalogue.source import KeyPath, SourceDocument, parse_toml
from generator.catalogue.validation import explain_validation_error
from generator.catalogue.wording import shown
from tests.conftest import ROOT

REAL = parse_toml((ROOT / "exercises.toml").read_text("utf-8"), "exercises.toml")


def _with_every_field(data: dict[str, Any]) -> dict[str, Any]:
    """The real catalogue plus the optional fields it leaves out: addresses, media, warm-up sets,
    a plate there are only so many of."""
    data = copy.deepcopy(data)
    next(iter(data["sources"].values()))["url"] = "https://example.org/article"
    first = data["exercises"][0]
    first["media"] = [{"title": "Demo", "url": "https://example.org/v", "credit": "A. Coach"}]
    first["prescription"]["warmup"] = [Decimal(40), Decimal(60)]
    first["source_note"] = "A note."
    data["settings"]["kg"]["plates"].append({"weight": Decimal(50), "pairs": 1})
    return data


BASE = _with_every_field(REAL.data)

BAD_VALUES: list[Any] = [
    "", "   ", "x" * 2100, "three", "Not_A_Slug", "javascript:alert(1)", "ftp://example.org",
    "example.org/page", "\u202eevil", 3, 0, -1, 10**23, -(10**23), Decimal("NaN"),
    Decimal("Infinity"), Decimal("-Infinity"), Decimal("1E+309"), Decimal("-0.0"), Decimal("2.5"),
    Decimal("1E-999999"), True, False, [], [1, "a"], ["x"] * 30, [{}], {}, {"unknown": 1},
    {"low": 1}, date(1979, 5, 27), datetime(1979, 5, 27, 7, 32), time(7, 32),
]  # fmt: skip

# Pydantic's wording, and our own fallbacks for an error type nobody gave words to ("should" as
# a word: the muscle list names the shoulders).
FOREIGN = [
    "should", "after validation", "input", "value error", "validation error", "pydantic",
    "url scheme", "cannot be used here", "another kind of value", "a value of another type",
]  # fmt: skip


FOREIGN_WORDS = re.compile("|".join(rf"\b{re.escape(phrase)}\b" for phrase in FOREIGN), re.I)


def _shapes(data: Any, path: KeyPath = ()) -> dict[tuple[Any, ...], KeyPath]:
    """One path per place in the document's shape (every exercise's `sets` is one place)."""
    found: dict[tuple[Any, ...], KeyPath] = {}
    children: list[tuple[str | int, Any]] = []
    if isinstance(data, dict):
        children = list(data.items())
    elif isinstance(data, list):
        children = list(enumerate(data))
    for key, value in children:
        child = (*path, key)
        # Keys the user chooses (source ids) are one place too.
        shape = tuple(0 if isinstance(p, int) or (path[:1] == ("sources",) and i == 1) else p
                      for i, p in enumerate(child))  # fmt: skip
        found.setdefault(shape, child)
        for inner_shape, inner in _shapes(value, child).items():
            found.setdefault(inner_shape, inner)
    return found


PLACES = sorted(_shapes(BASE).values(), key=str)


def _replaced(path: KeyPath, value: Any) -> dict[str, Any]:
    """BASE with one value replaced (or deleted), keeping of its exercises and programs only the
    one on the path (or the first): the tables and lists on the way to the value are copied, the
    rest is shared, since validation reads its input and never changes it."""
    data: dict[str, Any] = dict(BASE)
    for table in ("exercises", "programs"):
        keep = path[1] if path[0] == table and len(path) > 1 else 0
        data[table] = [BASE[table][keep]]
    if path[0] in ("exercises", "programs") and len(path) > 1:
        path = (path[0], 0, *path[2:])
    parent: Any = data
    for part in path[:-1]:
        child = parent[part]
        parent[part] = child = dict(child) if isinstance(child, dict) else list(child)
        parent = child
    if value is _DELETE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return data


_DELETE = object()


def _messages(data: dict[str, Any]) -> list[tuple[str, str]]:
    try:
        Document.model_validate(data)
    except ValidationError as error:
        source = SourceDocument("exercises.toml", data, "")
        return [(p.kind, p.message) for p in explain_validation_error(error, source)]
    return []


def test_the_base_is_valid() -> None:
    assert _messages(BASE) == []


def test_validation_leaves_its_input_as_it_was() -> None:
    """What `_replaced` shares between cases stays as it was (a before-validator that changed its
    input would leak one case's bad value into the next)."""
    before = copy.deepcopy(BASE)
    for path in PLACES[::7]:
        _messages(_replaced(path, "three"))
    assert before == BASE


def test_the_places_cover_the_catalogue() -> None:
    dotted = {".".join("0" if isinstance(p, int) else p for p in path) for path in PLACES}
    for expected in ("settings.kg.bar", "exercises.0.prescription.sets", "programs.0.sessions.0.exercises.0.load.percent", "exercises.0.media.0.url", "settings.kg.plates.0.pairs"):  # fmt: skip
        assert expected in dotted
    assert len(PLACES) > 60


@pytest.mark.parametrize("path", PLACES, ids=[".".join(map(str, p)) for p in PLACES])
def test_bad_values_anywhere_are_told_in_our_words(path: KeyPath) -> None:
    told: list[tuple[str, str]] = []
    for value in [*BAD_VALUES, _DELETE]:
        if isinstance(path[-1], int) and value is _DELETE:
            continue
        told += _messages(_replaced(path, value))
    for kind, message in told:
        assert kind and "_" not in kind, (kind, message)  # a phrase, not an error type
        assert not FOREIGN_WORDS.search(message), message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (True, "true"),
        (Decimal("NaN"), "nan"),
        (Decimal("-Infinity"), "-inf"),
        (Decimal("1E+309"), "1E+309"),
        ('say "hi"', '"say \\"hi\\""'),
        ("x" * 50, '"' + "x" * 39 + '…"'),
        (10**50, "10000000000000000000…00000 (51 digits)"),
        ([1], "a list"),
        ({}, "a table"),
        (date(1979, 5, 27), "the date or time 1979-05-27"),
    ],
)
def test_values_are_shown_as_toml_has_them(value: Any, expected: str) -> None:
    assert shown(value) == expected
