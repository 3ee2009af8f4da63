"""load_catalog(path): source + model + cross-references, or a CatalogError listing every problem."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from generator.catalogue.load_vocabulary import (
    default_vocabulary,
    load_vocabulary,
    vocabulary_beside,
)
from generator.catalogue.model import Document, Exercise, Program, Source
from generator.catalogue.model.vocabulary import DEFAULT_VOCABULARY, VOCABULARY_FILE, Vocabulary
from generator.catalogue.near_duplicates import likely_duplicates
from generator.catalogue.placeholders import find_placeholders, may_hold_placeholders
from generator.catalogue.problems import CatalogError, Problem
from generator.catalogue.references import reference_problems
from generator.catalogue.source import decode_toml, parse_toml
from generator.catalogue.validation import explain_placeholder, explain_validation_error
from generator.catalogue.word_check import word_problems

# About 2,000 exercises written like the real ones; far more than the guide needs, and small
# enough that parsing and validating any file of that size takes seconds, not minutes.
MAX_FILE_BYTES = 8 * 2**20

if TYPE_CHECKING:
    from generator.catalogue.model import Settings


@dataclass(frozen=True)
class Catalog:
    """Every exercise of exercises.toml, validated, with its references resolved, and what is
    worth a look though it is no mistake (`warnings`: likely duplicates)."""

    document: Document
    filename: str
    vocabulary: Vocabulary
    warnings: list[Problem] = field(default_factory=list)

    @property
    def settings(self) -> Settings:
        return self.document.settings

    @property
    def exercises(self) -> list[Exercise]:
        return self.document.exercises

    @cached_property
    def _by_id(self) -> dict[str, Exercise]:
        return {exercise.id: exercise for exercise in self.document.exercises}

    def exercise(self, exercise_id: str) -> Exercise:
        return self._by_id[exercise_id]

    @property
    def programs(self) -> list[Program]:
        return self.document.programs

    def program(self, program_id: str) -> Program:
        """The program with this id; `KeyError` when there is none."""
        for program in self.document.programs:
            if program.id == program_id:
                return program
        raise KeyError(program_id)

    def source(self, source_id: str) -> Source:
        return self.document.sources[source_id]

    def reference_lifts(self) -> list[Exercise]:
        """Exercises that some prescription loads as a percentage of, in catalogue order."""
        used = {intensity.of for e in self.exercises for intensity in e.percent_intensities}
        return [e for e in self.exercises if e.id in used]


def load_catalog(path: Path, display_name: str | None = None) -> Catalog:
    """Read, parse and validate `path`, with the vocabulary.toml beside it (else the project's).
    Raises `CatalogError` with every problem found.

    `display_name` is how messages name the file (by default, `path` as given).
    """
    name = display_name or str(path)
    vocabulary_path = vocabulary_beside(path)
    if vocabulary_path == DEFAULT_VOCABULARY:
        vocabulary, vocabulary_name = default_vocabulary(), str(DEFAULT_VOCABULARY)
        if DEFAULT_VOCABULARY.parent == Path(name).resolve().parent:
            vocabulary_name = str(Path(name).parent / VOCABULARY_FILE)
    else:
        vocabulary_name = str(Path(name).parent / VOCABULARY_FILE)
        vocabulary = load_vocabulary(vocabulary_path, vocabulary_name)
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_FILE_BYTES + 1)  # never more: the size is checked before parsing
    except OSError as error:
        raise CatalogError(
            [Problem(name, 1, 1, f"cannot read the file: {error.strerror}", "unreadable file")]
        ) from None
    if len(raw) > MAX_FILE_BYTES:
        message = (
            f"the file is larger than {MAX_FILE_BYTES // 2**20} MiB, the most the generator reads; "
            "split long texts or remove what is not needed"
        )
        raise CatalogError([Problem(name, 1, 1, message, "file too large")])
    text = decode_toml(raw, name)
    return parse_catalog(text, name, vocabulary, vocabulary_name)


def parse_catalog(
    text: str,
    filename: str,
    vocabulary: Vocabulary | None = None,
    vocabulary_file: str = VOCABULARY_FILE,
) -> Catalog:
    """Validate TOML text against `vocabulary` (by default the project's vocabulary.toml, which
    messages call `vocabulary_file`). Raises `CatalogError` with every problem: placeholders left
    by `generator new`, mistakes in the entries, words the vocabulary lacks, and references
    between the entries that are valid. A valid catalogue carries its warnings."""
    vocabulary = vocabulary or default_vocabulary()
    source = parse_toml(text, filename)
    placeholders = list(find_placeholders(source.data)) if may_hold_placeholders(text) else []
    problems = [explain_placeholder(path, value, source) for path, value in placeholders]
    document: Document | None = None
    unfilled = {path for path, _ in placeholders}
    try:
        document = Document.model_validate(source.data)
    except ValidationError as error:
        problems += explain_validation_error(error, source, skip=unfilled)
    problems += word_problems(source, vocabulary, vocabulary_file, skip=unfilled)
    problems += reference_problems(document, source)
    if problems or document is None:
        raise CatalogError(problems)
    warnings = sorted(likely_duplicates(list(enumerate(document.exercises)), source))
    return Catalog(document, filename, vocabulary, warnings)
