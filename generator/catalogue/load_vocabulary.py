"""load_vocabulary(path): vocabulary.toml -> Vocabulary, or a CatalogError locating every problem."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from generator.catalogue.model.ids import MUSCLES_INDEX_ID
from generator.catalogue.model.vocabulary import (
    DEFAULT_VOCABULARY,
    KINDS,
    VOCABULARY_FILE,
    Vocabulary,
)
from generator.catalogue.problems import CatalogError, Problem
from generator.catalogue.source import SourceDocument, decode_toml, parse_toml
from generator.catalogue.validation import explain_validation_error


def vocabulary_beside(catalogue: Path) -> Path:
    """The vocabulary a catalogue uses: vocabulary.toml in its folder, else the project's own."""
    beside = catalogue.parent / VOCABULARY_FILE
    return beside if beside.is_file() else DEFAULT_VOCABULARY


def load_vocabulary(path: Path, display_name: str | None = None) -> Vocabulary:
    """Read and validate a vocabulary file. Raises `CatalogError` with every problem found."""
    name = display_name or str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        message = f"cannot read the vocabulary: {error.strerror}"
        raise CatalogError([Problem(name, 1, 1, message, "unreadable file")]) from None
    text = decode_toml(raw, name)
    return parse_vocabulary(text, name)


@cache
def default_vocabulary() -> Vocabulary:
    """The project's own vocabulary.toml, read once."""
    return load_vocabulary(DEFAULT_VOCABULARY, VOCABULARY_FILE)


def parse_vocabulary(text: str, filename: str) -> Vocabulary:
    source = parse_toml(text, filename)
    try:
        vocabulary = Vocabulary.model_validate(source.data)
    except ValidationError as error:
        raise CatalogError(explain_validation_error(error, source, root=Vocabulary)) from None
    problems = [
        *_spelled_twice(vocabulary, source),
        *_unknown_goes_with(vocabulary, source),
        *_muscle_page_taken(vocabulary, source),
    ]
    if problems:
        raise CatalogError(problems)
    return vocabulary


def _spelled_twice(vocabulary: Vocabulary, source: SourceDocument) -> Iterator[Problem]:
    """Within a kind, an id, name or synonym names one word: a contributor who writes it, and a
    reader who searches for it, must land on one word."""
    for kind in KINDS:
        first: dict[str, str] = {}  # folded spelling -> the word that has it
        for word_id, word in vocabulary.words(kind).items():
            spellings = {word_id.casefold(), word.name.casefold()}
            for position, synonym in enumerate(word.synonyms):
                folded = synonym.casefold()
                if folded in spellings:
                    yield source.problem(
                        (kind.table, word_id, "synonyms", position),
                        f"{kind.table}.{word_id}: synonyms[{position}]: '{synonym}' is already "
                        "the word's id or name; remove it",
                        "synonym repeats its word",
                    )
                spellings.add(folded)
            for spelling in sorted(spellings):
                other = first.setdefault(spelling, word_id)
                if other != word_id:
                    yield source.problem(
                        (kind.table, word_id),
                        f"{kind.table}.{word_id}: '{spelling}' also names the word "
                        f"'{other}' (line {source.position((kind.table, other))[0]}); "
                        "each id, name and synonym names one word of a kind",
                        "two words spelt alike",
                    )


def _muscle_page_taken(vocabulary: Vocabulary, source: SourceDocument) -> Iterator[Problem]:
    """Each muscle has a page named by its id, beside the page that lists them all: no muscle
    may take that page's name, or one of the two pages would be lost."""
    for word_id in vocabulary.muscles:
        if word_id == MUSCLES_INDEX_ID:
            yield source.problem(
                ("muscles", word_id),
                f"muscles.{word_id}: '{word_id}' is the name of the page that lists the muscles; "
                "give the muscle another id",
                "id taken by a page",
            )


def _unknown_goes_with(vocabulary: Vocabulary, source: SourceDocument) -> Iterator[Problem]:
    """`goes_with` names other equipment words, which must exist for a reason to name them."""
    for word_id, word in vocabulary.equipment.items():
        for position, other in enumerate(word.goes_with):
            if other not in vocabulary.equipment or other == word_id:
                what = "itself" if other == word_id else f"'{other}', which is no equipment word"
                yield source.problem(
                    ("equipment", word_id, "goes_with", position),
                    f"equipment.{word_id}: goes_with[{position}]: names {what}; "
                    "list the ids of other [equipment] words",
                    "unknown equipment word",
                )
