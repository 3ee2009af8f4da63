"""Every pattern, muscle, equipment, level and mechanic an exercise names must be a word of the
vocabulary. Checked on the parsed data, so an exercise with other mistakes is still checked."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

from generator.catalogue.model.vocabulary import (
    EQUIPMENT,
    LEVELS,
    MECHANICS,
    MUSCLES,
    PATTERNS,
    Kind,
    Vocabulary,
)
from generator.catalogue.problems import Problem
from generator.catalogue.source import KeyPath, SourceDocument
from generator.catalogue.suggest import likely_typo
from generator.catalogue.validation import describe

# Where each kind of word sits in an exercise: (key path inside the exercise, kind).
_FIELDS: tuple[tuple[tuple[str, ...], Kind], ...] = (
    (("pattern",), PATTERNS),
    (("muscles", "primary"), MUSCLES),
    (("muscles", "secondary"), MUSCLES),
    (("equipment",), EQUIPMENT),
    (("level",), LEVELS),
    (("mechanic",), MECHANICS),
)


def word_problems(
    source: SourceDocument,
    vocabulary: Vocabulary,
    vocabulary_file: str,
    skip: Collection[KeyPath] = (),
) -> Iterator[Problem]:
    """A problem for each word the vocabulary lacks, but none for a placeholder (in `skip`)."""
    exercises = source.data.get("exercises")
    for index, exercise in enumerate(exercises if isinstance(exercises, list) else []):
        if not isinstance(exercise, dict):
            continue
        for keys, kind in _FIELDS:
            for path, word in _words_at(exercise, keys):
                where: KeyPath = ("exercises", index, *path)
                if word not in vocabulary.words(kind) and where not in skip:
                    subject, field = describe(where, source.data)
                    problem_kind, message = unknown_word(word, kind, vocabulary, vocabulary_file)
                    yield source.problem(where, f"{subject}: {field}: {message}", problem_kind)


def unknown_word(
    word: str, kind: Kind, vocabulary: Vocabulary, vocabulary_file: str
) -> tuple[str, str]:
    """Why `word` is refused, and what to write instead: the word it spells, a likely typo's
    word, or where to add a new word. Returns (problem kind, message)."""
    meant = vocabulary.word_for(kind, word)
    if meant is not None:
        name = vocabulary.name(kind, meant)
        message = f"'{word}' is how people may say '{meant}' ({name}); write '{meant}'"
        return f"{kind.noun} written by another name", message
    problem_kind = f"{kind.noun} not in {vocabulary_file}"
    message = f"'{word}' is not {kind.with_article} of {vocabulary_file}"
    typo_of = likely_typo(word, vocabulary.words(kind), known=vocabulary.terms)
    if typo_of:
        return problem_kind, f"{message}; did you mean '{typo_of}'?"
    return problem_kind, (
        f"{message}; use one of its [{kind.table}] words, or add a word for it there "
        "(CONTRIBUTING.md shows how)"
    )


def _words_at(exercise: dict[str, Any], keys: tuple[str, ...]) -> Iterator[tuple[KeyPath, str]]:
    value: Any = exercise
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    if isinstance(value, str):
        yield keys, value
    elif isinstance(value, list):
        for position, item in enumerate(value):
            if isinstance(item, str):
                yield (*keys, position), item
