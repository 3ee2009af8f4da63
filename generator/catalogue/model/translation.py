"""The model of a translation file, translations/<language>.toml: the catalogue's texts in another
language, keyed as exercises.toml and vocabulary.toml key them, each with the short hash of the
English it translates (`source`), so that an English change shows the translation is stale. No I/O.

Translated texts are contributed text like the English: the same limits, the same refusal of
invisible characters and of links that leave for anything but an http(s) address.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, WithJsonSchema

from generator.catalogue.model.fields import ShortText, Slug, Strict, Text
from generator.catalogue.wording import invalid, shown

SOURCE_HASH_LENGTH = 8
_HASH = re.compile(f"^[0-9a-f]{{{SOURCE_HASH_LENGTH}}}$")


def _source_hash(value: Any) -> Any:
    if not (isinstance(value, str) and _HASH.match(value)):
        raise invalid(
            "not a source hash",
            f"{shown(value)} is not the hash of an English text: {SOURCE_HASH_LENGTH} hex digits, "
            "as `python -m generator translate` writes them",
        )
    return value


SourceHash = Annotated[
    str,
    BeforeValidator(_source_hash),
    WithJsonSchema({"type": "string", "pattern": _HASH.pattern}),
]


class Translated(Strict):
    """A text in the file's language: `{ text = "...", source = "3f2a9c1b" }`."""

    text: Text
    """The translation. "TODO: ..." (as `python -m generator translate` writes it) counts as missing."""
    source: SourceHash
    """The first 8 hex digits of the SHA-256 of the English text it translates."""


class ShortTranslated(Translated):
    """A short text in the file's language: a name, a title."""

    text: ShortText


class TranslatedFault(Strict):
    """A fault and its fix: `{ fault = "...", fix = "...", source = "..." }` (the hash is of both)."""

    fault: Text
    fix: Text
    source: SourceHash


class ExerciseTranslation(Strict):
    """An exercise's texts: `[exercises.<id>]`. Lists follow the English order; a shorter list leaves
    the rest in English."""

    name: ShortTranslated | None = None
    aliases: list[ShortText] = Field(default_factory=list, max_length=12)
    """Names lifters search for in this language; not translations of the English aliases."""
    summary: Translated | None = None
    placement: Translated | None = None
    cues: list[Translated] = Field(default_factory=list, max_length=20)
    faults: list[TranslatedFault] = Field(default_factory=list, max_length=20)
    safety: list[Translated] = Field(default_factory=list, max_length=12)
    goals: list[ShortTranslated] = Field(default_factory=list, max_length=10)
    prescription_tempo: ShortTranslated | None = None
    """The tempo, pause, rest and notes of `[exercises.prescription]`."""
    prescription_pause: ShortTranslated | None = None
    prescription_rest: ShortTranslated | None = None
    prescription_notes: list[Translated] = Field(default_factory=list, max_length=20)


class EntryTranslation(Strict):
    """The texts of one exercise of a session, in the session's order: `[[programs.<id>.sessions.
    exercises]]`, an empty table for an exercise with nothing to translate."""

    rest: ShortTranslated | None = None
    cue: Translated | None = None


class SessionTranslation(Strict):
    name: ShortTranslated | None = None
    notes: list[Translated] = Field(default_factory=list, max_length=4)
    exercises: list[EntryTranslation] = Field(default_factory=list, max_length=8)


class ProgramTranslation(Strict):
    """A program's texts: `[programs.<id>]`, its sessions in the English order."""

    name: ShortTranslated | None = None
    goal: Translated | None = None
    notes: list[Translated] = Field(default_factory=list, max_length=10)
    week_names: list[ShortTranslated] = Field(default_factory=list, max_length=16)
    sessions: list[SessionTranslation] = Field(default_factory=list, max_length=14)


class WordTranslation(Strict):
    """A vocabulary word's texts: `[vocabulary.muscles.glutes]`."""

    name: ShortTranslated | None = None
    description: Translated | None = None
    synonyms: list[ShortText] = Field(default_factory=list, max_length=20)
    """Words people use in this language, for search; not translations of the English synonyms."""


class VocabularyTranslation(Strict):
    patterns: dict[Slug, WordTranslation] = Field(default_factory=dict)
    muscles: dict[Slug, WordTranslation] = Field(default_factory=dict)
    equipment: dict[Slug, WordTranslation] = Field(default_factory=dict)
    levels: dict[Slug, WordTranslation] = Field(default_factory=dict)
    mechanics: dict[Slug, WordTranslation] = Field(default_factory=dict)


class TranslationFile(Strict):
    """The whole of translations/<language>.toml."""

    exercises: dict[Slug, ExerciseTranslation] = Field(default_factory=dict)
    programs: dict[Slug, ProgramTranslation] = Field(default_factory=dict)
    vocabulary: VocabularyTranslation = Field(default_factory=VocabularyTranslation)
