"""The catalogue in another language: each text its translation where that translates the English
of today, else the English, with the key path of every text that stayed English, so that a page
can mark it (never a blank). No I/O.

Search needs more than translated names: an exercise's names in the language come first (its
translated name and the translation's own aliases), then its English name and aliases, since a
lifter may well type "RDL" on the German site. The same holds for a vocabulary word's synonyms.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from generator.catalogue.model import Fault
from generator.catalogue.model.vocabulary import KINDS
from generator.catalogue.placeholders import PLACEHOLDER
from generator.catalogue.problems import CatalogError, Problem
from generator.catalogue.translatable import english_texts, fault_text
from generator.catalogue.translations import (
    ENGLISH,
    TRANSLATIONS_DIR,
    load_translations,
    source_hash,
    translations_beside,
)

if TYPE_CHECKING:
    from pathlib import Path

    from generator.catalogue.load import Catalog
    from generator.catalogue.model import Exercise, Program, Session, SessionEntry
    from generator.catalogue.model.translation import (
        ExerciseTranslation,
        ProgramTranslation,
        WordTranslation,
    )
    from generator.catalogue.model.vocabulary import Vocabulary, Word
    from generator.catalogue.source import KeyPath
    from generator.catalogue.translations import Translation


@dataclasses.dataclass(frozen=True)
class InLanguage:
    """The catalogue as a language's site shows it."""

    language: str
    catalog: Catalog
    in_english: frozenset[KeyPath]
    """Each text shown in English: not translated, or translated from an older English."""

    def is_english(self, *path: str | int) -> bool:
        """Whether the text at `path` (`"exercises", "clean", "cues", 2`) is shown in English."""
        return path in self.in_english


def catalogue_in(language: str, catalog: Catalog, catalogue: Path) -> InLanguage:
    """`catalog` (read from the file `catalogue`) in `language`, from the translation beside it
    (English is the catalogue as it is); a `CatalogError` when a translation file has a mistake
    or the language has none."""
    if language == ENGLISH:
        return InLanguage(ENGLISH, catalog, frozenset())
    translations = {
        t.language: t for t in load_translations(translations_beside(catalogue), catalog)
    }
    if language not in translations:
        name = f"{TRANSLATIONS_DIR}/{language}.toml"
        message = (
            f"there is no such file, so there is no site in '{language}': "
            f"`python -m generator translate {language}` begins one"
        )
        raise CatalogError([Problem(name, 1, 1, message, "no translation")])
    return in_language(catalog, translations[language])


def in_language(catalog: Catalog, translation: Translation) -> InLanguage:
    """`catalog` with the texts of `translation` that translate its English as it is now."""
    current = _Current(catalog, translation)
    file = translation.file
    exercises = [_exercise(e, file.exercises.get(e.id), current) for e in catalog.exercises]
    programs = [_program(p, file.programs.get(p.id), current) for p in catalog.programs]
    document = catalog.document.model_copy(update={"exercises": exercises, "programs": programs})
    vocabulary = _vocabulary(catalog.vocabulary, translation, current)
    shown = dataclasses.replace(catalog, document=document, vocabulary=vocabulary)
    return InLanguage(translation.language, shown, frozenset(current.english))


class _Current:
    """Picks, text by text, the translation or the English, and notes each English one."""

    def __init__(self, catalog: Catalog, translation: Translation) -> None:
        self._texts = translation.texts()
        self.english: set[KeyPath] = set(english_texts(catalog))  # until translated

    def translates(self, path: KeyPath, english: str) -> bool:
        """Whether the translation at `path` translates `english` as it is now; if so, the text
        at `path` is no longer noted as English."""
        found = self._texts.get(path)
        if found is None or found[0].startswith(PLACEHOLDER) or found[1] != source_hash(english):
            return False
        self.english.discard(path)
        return True

    def text(self, path: KeyPath, english: str) -> str:
        return self._texts[path][0] if self.translates(path, english) else english

    def fault(self, path: KeyPath, english: Fault, translated: Fault | None) -> Fault:
        current = self.translates(path, fault_text(english.fault, english.fix))
        return translated if current and translated is not None else english

    def texts(self, path: KeyPath, english: Sequence[str]) -> list[str]:
        return [self.text((*path, i), text) for i, text in enumerate(english)]


def _names(first: Sequence[str], then: Sequence[str]) -> list[str]:
    """Names in order, each once (whatever its case)."""
    seen: set[str] = set()
    names = []
    for name in (*first, *then):
        if name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names


def _exercise(
    exercise: Exercise, translation: ExerciseTranslation | None, current: _Current
) -> Exercise:
    at: KeyPath = ("exercises", exercise.id)
    name = current.text((*at, "name"), exercise.name)
    own_aliases = translation.aliases if translation else []
    update: dict[str, object] = {
        "name": name,
        "aliases": [
            n for n in _names(own_aliases, [exercise.name, *exercise.aliases]) if n != name
        ],
        "summary": current.text((*at, "summary"), exercise.summary),
        "cues": current.texts((*at, "cues"), exercise.cues),
        "safety": current.texts((*at, "safety"), exercise.safety),
        "goals": current.texts((*at, "goals"), exercise.goals),
        "faults": [
            current.fault((*at, "faults", i), fault, _translated_fault(translation, i))
            for i, fault in enumerate(exercise.faults)
        ],
    }
    if exercise.placement:
        update["placement"] = current.text((*at, "placement"), exercise.placement)
    if prescription := exercise.prescription:
        said: dict[str, object] = {
            field: current.text((*at, f"prescription_{field}"), text)
            for field in ("tempo", "pause", "rest")
            if (text := getattr(prescription, field))
        }
        said["notes"] = current.texts((*at, "prescription_notes"), prescription.notes)
        update["prescription"] = prescription.model_copy(update=said)
    return exercise.model_copy(update=update)


def _translated_fault(translation: ExerciseTranslation | None, index: int) -> Fault | None:
    if translation is None or index >= len(translation.faults):
        return None
    fault = translation.faults[index]
    return Fault(fault=fault.fault, fix=fault.fix)


def _program(
    program: Program, translation: ProgramTranslation | None, current: _Current
) -> Program:
    at: KeyPath = ("programs", program.id)
    sessions: list[Session] = [
        session.model_copy(
            update={
                "name": current.text((*at, "sessions", s, "name"), session.name),
                "notes": current.texts((*at, "sessions", s, "notes"), session.notes),
                "exercises": [
                    _entry(entry, (*at, "sessions", s, "exercises", e), current)
                    for e, entry in enumerate(session.exercises)
                ],
            }
        )
        for s, session in enumerate(program.sessions)
    ]
    return program.model_copy(
        update={
            "name": current.text((*at, "name"), program.name),
            "goal": current.text((*at, "goal"), program.goal),
            "notes": current.texts((*at, "notes"), program.notes),
            "week_names": current.texts((*at, "week_names"), program.week_names),
            "sessions": sessions,
        }
    )


def _entry(entry: SessionEntry, at: KeyPath, current: _Current) -> SessionEntry:
    """A session's exercise with its rest and cue in the language where they are translated."""
    said = {
        field: current.text((*at, field), text)
        for field in ("rest", "cue")
        if (text := getattr(entry, field))
    }
    return entry.model_copy(update=said) if said else entry


def _vocabulary(vocabulary: Vocabulary, translation: Translation, current: _Current) -> Vocabulary:
    update: dict[str, object] = {}
    for kind in KINDS:
        translated: dict[str, WordTranslation] = getattr(translation.file.vocabulary, kind.table)
        update[kind.table] = {
            word_id: _word(
                word, translated.get(word_id), ("vocabulary", kind.table, word_id), current
            )
            for word_id, word in vocabulary.words(kind).items()
        }
    return vocabulary.model_copy(update=update)


def _word(word: Word, translation: WordTranslation | None, at: KeyPath, current: _Current) -> Word:
    name = current.text((*at, "name"), word.name)
    own = translation.synonyms if translation else []
    update: dict[str, object] = {
        "name": name,
        "synonyms": [n for n in _names(own, [word.name, *word.synonyms]) if n != name],
    }
    if word.description:
        update["description"] = current.text((*at, "description"), word.description)
    return word.model_copy(update=update)
