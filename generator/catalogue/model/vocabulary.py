"""The model of vocabulary.toml: the words exercises may use. No I/O.

The movement patterns, muscles, equipment, levels and mechanics are data: a site owner adds a word
to vocabulary.toml without touching Python, and every page, filter and schema follows. Units and
1RM formulas are not words but arithmetic: they live in generator/loads/.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Annotated

from pydantic import AfterValidator, Field, StrictBool, StringConstraints, WithJsonSchema

from generator import PROJECT
from generator.catalogue.model.body import REGIONS
from generator.catalogue.model.fields import ShortText, Slug, Strict, Text
from generator.catalogue.wording import invalid

VOCABULARY_FILE = "vocabulary.toml"
# The project's own vocabulary, used when a catalogue has no vocabulary.toml beside it.
DEFAULT_VOCABULARY = PROJECT / VOCABULARY_FILE


@dataclass(frozen=True)
class Kind:
    """One kind of word: its table in vocabulary.toml and how messages and the schema name it."""

    table: str  # [patterns.<id>] in vocabulary.toml
    noun: str  # "'x' is not a <noun> of vocabulary.toml"
    schema_name: str  # "#/$defs/<schema_name>" in exercises.schema.json

    @property
    def with_article(self) -> str:
        return f"{'an' if self.noun[0] in 'aeiou' else 'a'} {self.noun}"


PATTERNS = Kind("patterns", "movement pattern", "Pattern")
MUSCLES = Kind("muscles", "muscle", "Muscle")
EQUIPMENT = Kind("equipment", "equipment word", "Equipment")
LEVELS = Kind("levels", "level", "Level")
MECHANICS = Kind("mechanics", "mechanic", "Mechanic")
KINDS = (PATTERNS, MUSCLES, EQUIPMENT, LEVELS, MECHANICS)


# Plain strings to the model: whether one is a word of the vocabulary is checked against the
# catalogue's vocabulary.toml (catalog.py). In the JSON Schema, schema.py replaces each value marked
# with VOCABULARY_MARK by a reference to an enum of that kind's words.
VOCABULARY_MARK = "x-vocabulary"
_WORD = StringConstraints(min_length=1, max_length=120)
PatternWord = Annotated[str, _WORD, WithJsonSchema({VOCABULARY_MARK: "Pattern"})]
MuscleWord = Annotated[str, _WORD, WithJsonSchema({VOCABULARY_MARK: "Muscle"})]
EquipmentWord = Annotated[str, _WORD, WithJsonSchema({VOCABULARY_MARK: "Equipment"})]
LevelWord = Annotated[str, _WORD, WithJsonSchema({VOCABULARY_MARK: "Level"})]
MechanicWord = Annotated[str, _WORD, WithJsonSchema({VOCABULARY_MARK: "Mechanic"})]


class Word(Strict):
    """One word of the vocabulary: `[equipment.trap-bar]` with its name, and what else people call it."""

    name: ShortText
    """How pages, filters and tags show the word: "Trap bar"."""
    description: Text | None = None
    """What the word covers, in a sentence, for contributors choosing between words."""
    synonyms: list[ShortText] = Field(default_factory=list, max_length=20)
    """Other words people use for it ("hex bar"): search finds its exercises by them, and `check`
    points a contributor who writes one to the word to use."""


class Equipment(Word):
    """A word of [equipment], with what a substitute's reason ("dumbbells instead of a barbell") needs
    to know of it. The reason's wording is templates/macros.md.j2's; these are facts about the thing."""

    phrase: ShortText | None = None
    """How a sentence names it, with its article: "a barbell", "dumbbells", "an EZ bar". By default
    its name in lower case."""
    goes_with: list[Slug] = Field(default_factory=list, max_length=20)
    """Equipment it only serves, such as the bars that weight plates load: a reason leaves it out where
    one of these is named too ("dumbbells instead of a barbell", not "... a barbell and weight plates")."""
    always_at_hand: StrictBool = False
    """Whether every lifter has it ("no equipment"): the "equipment I have" filter never asks about it."""


def _drawn_region(region: str) -> str:
    if region not in REGIONS:
        raise invalid(
            "unknown region",
            f"'{region}' is not a region of the muscle map; the regions are: {', '.join(REGIONS)}",
        )
    return region


RegionName = Annotated[str, AfterValidator(_drawn_region)]


class Muscle(Word):
    """A muscle: a word, and where the muscle map draws it."""

    regions: list[RegionName] = Field(default_factory=list, max_length=8)
    """The regions of the muscle map that show this muscle ("glutes"); none, and the muscle is
    named on pages but not drawn."""


class Vocabulary(Strict):
    """The whole of vocabulary.toml: every word an exercise may use, by kind."""

    patterns: dict[Slug, Word] = Field(min_length=1)
    """Movement patterns: one per exercise."""
    muscles: dict[Slug, Muscle] = Field(min_length=1)
    """Muscles: an exercise's primary and secondary muscles."""
    equipment: dict[Slug, Equipment] = Field(min_length=1)
    """Equipment an exercise needs; give "no equipment" a word of its own."""
    levels: dict[Slug, Word] = Field(default_factory=dict)
    """How much experience an exercise asks for (optional in an exercise)."""
    mechanics: dict[Slug, Word] = Field(default_factory=dict)
    """Compound or isolation (optional in an exercise)."""

    def words(self, kind: Kind) -> Mapping[str, Word]:
        words: Mapping[str, Word] = getattr(self, kind.table)
        return words

    def name(self, kind: Kind, word_id: str) -> str:
        """The display name of a word, or the id itself for a word the vocabulary lacks."""
        word = self.words(kind).get(word_id)
        return word.name if word else word_id

    @cached_property
    def at_hand(self) -> frozenset[str]:
        """The equipment every lifter has: words marked `always_at_hand`."""
        return frozenset(i for i, word in self.equipment.items() if word.always_at_hand)

    @cached_property
    def _spellings(self) -> dict[str, dict[str, str]]:
        """By kind: every id, name and synonym, case-folded, -> the id it spells."""
        return {
            kind.table: {
                spelling.casefold(): word_id
                for word_id, word in self.words(kind).items()
                for spelling in (*word.synonyms, word.name, word_id)
            }
            for kind in KINDS
        }

    def word_for(self, kind: Kind, text: str) -> str | None:
        """The id of the word of `kind` whose id, name or a synonym is `text` (ignoring case)."""
        return self._spellings[kind.table].get(text.casefold())

    @cached_property
    def terms(self) -> frozenset[str]:
        """Every id, name and synonym of every kind, case-folded: real words, never typos."""
        return frozenset(term for spellings in self._spellings.values() for term in spellings)
