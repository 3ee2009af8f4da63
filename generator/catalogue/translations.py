"""Translations of the catalogue, translations/<language>.toml beside exercises.toml: read, checked
against the English, and summed up. No I/O but reading the files.

A translated text carries the short hash of the English it translates. When the English changes,
the hash no longer matches and the translation is stale; an English text with no translation (or
one still "TODO: ...") is missing. Neither stops a build: `check` sums them up per language, and
fails on them only for a language named in `--strict-translations`. A translation of something the
English does not have (an unknown id, a cue past the last) is a mistake, located like any other.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ValidationError

from generator.catalogue.model.translation import (
    SOURCE_HASH_LENGTH,
    TranslatedFault,
    TranslationFile,
)
from generator.catalogue.model.vocabulary import KINDS
from generator.catalogue.placeholders import PLACEHOLDER
from generator.catalogue.problems import CatalogError, Problem
from generator.catalogue.source import KeyPath, SourceDocument, decode_toml, parse_toml
from generator.catalogue.suggest import likely_typo
from generator.catalogue.translatable import english_texts, fault_text
from generator.catalogue.validation import explain_validation_error

if TYPE_CHECKING:
    from generator.catalogue.load import Catalog

TRANSLATIONS_DIR = "translations"
ENGLISH = "en"
"""The language exercises.toml and vocabulary.toml are written in: it needs no translation file."""
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})*$")


def source_hash(english: str) -> str:
    """What a translation records of the English it translates: the start of its SHA-256."""
    return hashlib.sha256(english.encode("utf-8")).hexdigest()[:SOURCE_HASH_LENGTH]


@dataclass(frozen=True)
class Translation:
    """One translation file, valid on its own and against the catalogue."""

    language: str
    filename: str
    file: TranslationFile
    source: SourceDocument

    def texts(self) -> dict[KeyPath, tuple[str, str]]:
        """Each translated text, with the hash of the English it translates, by key path."""
        return dict(_translated(self.file, ()))


@dataclass(frozen=True)
class Status:
    """How far a language's translation is: texts translated, stale (located) and missing."""

    language: str
    filename: str
    translated: int
    stale: list[Problem]
    missing: list[Problem]
    noun: str = "texts"  # what is counted: a file's texts, or a language's pages

    @property
    def total(self) -> int:
        return self.translated + len(self.stale) + len(self.missing)

    def summary(self) -> str:
        parts = [
            f"{self.filename} ({self.language}): {self.translated} of {self.total} {self.noun} translated"
        ]
        for word, found in (("stale", self.stale), ("missing", self.missing)):
            if found:
                first = found[0]
                parts.append(
                    f"{len(found)} {word}, first at {first.file}:{first.line}:{first.column} ({first.message})"
                )
        return "; ".join(parts)


def translations_beside(catalogue: Path) -> Path:
    return catalogue.parent / TRANSLATIONS_DIR


def load_translations(folder: Path, catalog: Catalog) -> list[Translation]:
    """Every translations/<language>.toml of `folder`, checked; a `CatalogError` with every
    problem of every file."""
    if not folder.is_dir():
        return []
    english = english_texts(catalog)
    translations: list[Translation] = []
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.toml")):
        name = f"{TRANSLATIONS_DIR}/{path.name}"
        try:
            translations.append(_load_one(path, name, catalog, english))
        except CatalogError as error:
            problems += error.problems
    if problems:
        raise CatalogError(problems)
    return translations


def _load_one(path: Path, name: str, catalog: Catalog, english: dict[KeyPath, str]) -> Translation:
    if not LANGUAGE_CODE.match(path.stem):
        message = (
            f"'{path.stem}' is not a language code: name the file after its language, "
            f"as {TRANSLATIONS_DIR}/de.toml or {TRANSLATIONS_DIR}/pt-br.toml"
        )
        raise CatalogError([Problem(name, 1, 1, message, "not a language code")])
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise CatalogError(
            [Problem(name, 1, 1, f"cannot read the file: {error.strerror}", "unreadable file")]
        ) from None
    source = parse_toml(decode_toml(raw, name), name)
    try:
        file = TranslationFile.model_validate(source.data)
    except ValidationError as error:
        raise CatalogError(explain_validation_error(error, source, root=TranslationFile)) from None
    translation = Translation(path.stem, name, file, source)
    problems = list(_beyond_the_english(translation, catalog, english))
    if problems:
        raise CatalogError(problems)
    return translation


def _beyond_the_english(
    translation: Translation, catalog: Catalog, english: dict[KeyPath, str]
) -> Iterator[Problem]:
    """A translation of an entry the catalogue lacks, or of a text past the English's last."""
    entries = {
        "exercises": [e.id for e in catalog.exercises],
        "programs": [p.id for p in catalog.programs],
        **{f"vocabulary.{kind.table}": list(catalog.vocabulary.words(kind)) for kind in KINDS},
    }
    unknown: set[KeyPath] = set()
    for collection, entry_id in _entry_keys(translation.file):
        ids = entries[".".join(str(part) for part in collection)]
        if entry_id not in ids:
            where = (*collection, entry_id)
            unknown.add(where)
            what = (
                "an exercise"
                if collection == ("exercises",)
                else "a program"
                if collection == ("programs",)
                else "a word"
            )
            home = "vocabulary.toml" if collection[0] == "vocabulary" else "exercises.toml"
            message = f"{_dotted(where)}: there is no such entry in {home}; this translates {what} that is not there"
            meant = likely_typo(entry_id, ids)
            if meant:
                message += f"; did you mean '{meant}'?"
            yield translation.source.problem(where, message, "unknown id")
    for path in translation.texts():
        entry = path[:3] if path[0] == "vocabulary" else path[:2]
        if entry in unknown or path in english:
            continue
        yield translation.source.problem(
            path,
            f"{_label(path)}: the English has no such text, so there is nothing to translate; "
            "a list follows the English one item for one",
            "no English to translate",
        )


def _entry_keys(file: TranslationFile) -> Iterator[tuple[KeyPath, str]]:
    yield from ((("exercises",), entry_id) for entry_id in file.exercises)
    yield from ((("programs",), entry_id) for entry_id in file.programs)
    for kind in KINDS:
        words: dict[str, object] = getattr(file.vocabulary, kind.table)
        yield from ((("vocabulary", kind.table), word_id) for word_id in words)


def _translated(value: object, path: KeyPath) -> Iterator[tuple[KeyPath, tuple[str, str]]]:
    """(key path, (text, source hash)) of every translated text below `value`."""
    if isinstance(value, TranslatedFault):
        yield path, (fault_text(value.fault, value.fix), value.source)
    elif isinstance(value, BaseModel) and "source" in type(value).model_fields:
        yield path, (value.text, value.source)  # type: ignore[attr-defined]
    elif isinstance(value, BaseModel):
        for key in type(value).model_fields:
            yield from _translated(getattr(value, key), (*path, key))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _translated(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _translated(item, (*path, index))


def translation_status(translation: Translation, catalog: Catalog) -> Status:
    """What of the English `translation` translates, what it translates from an older English
    (located at its `source`), and what it lacks (located at its entry, or the file's start)."""
    english = english_texts(catalog)
    texts = translation.texts()
    stale: list[Problem] = []
    missing: list[Problem] = []
    translated = 0
    for path, text in english.items():
        found = texts.get(path)
        if found is None or found[0].startswith(PLACEHOLDER):
            missing.append(
                translation.source.problem(
                    path, f"{_label(path)}: not translated", "missing translation"
                )
            )
        elif found[1] != source_hash(text):
            stale.append(
                translation.source.problem(
                    (*path, "source"),
                    f"{_label(path)}: translates an older English text; translate it anew and set "
                    f'source = "{source_hash(text)}"',
                    "stale translation",
                )
            )
        else:
            translated += 1
    return Status(translation.language, translation.filename, translated, stale, missing)


def _label(path: KeyPath) -> str:
    """("exercises", "clean", "cues", 2) as "exercise 'clean': cues[2]"."""
    if path[0] == "vocabulary":
        head, rest = f"{path[1]}.{path[2]}", path[3:]
    else:
        head, rest = f"{str(path[0]).removesuffix('s')} '{path[1]}'", path[2:]
    return f"{head}: {_dotted(rest)}" if rest else head


def _dotted(path: KeyPath) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")


def untranslated(catalog: Catalog, translation: Translation | None) -> list[tuple[KeyPath, str]]:
    """The English texts `translation` (None: a language not begun) has no text for, in the
    English order, with their English: what `python -m generator translate` adds."""
    texts = translation.texts() if translation else {}
    return [
        (path, english) for path, english in english_texts(catalog).items() if path not in texts
    ]
