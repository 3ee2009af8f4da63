"""The home page: the catalogue of every exercise, with a column (and a filter) for each kind of
word it is described by (templates/home.md.j2). No I/O."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from generator.catalogue.model.vocabulary import EQUIPMENT, LEVELS, MECHANICS, MUSCLES, PATTERNS
from generator.site.paths import HOME_PAGE

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from generator.catalogue.model import Exercise
    from generator.catalogue.model.vocabulary import Kind, Vocabulary
    from generator.site.pages.rendering import Rendering


class CatalogueEntry(NamedTuple):
    """An exercise as the home page's catalogue lists it (its words are in the columns)."""

    id: str
    name: str


@dataclass(frozen=True)
class CatalogueColumn:
    """A column of the home page's catalogue, each with a filter of the words it holds."""

    name: str  # what the column is, by which the template gives its heading in the page's language
    kind: Kind
    words_of: Callable[[Exercise], Iterable[str]]


def _optional(word: str | None) -> tuple[str, ...]:
    return (word,) if word else ()


# In the order the page shows them, after the exercise's name. A column is one line here.
CATALOGUE_COLUMNS = (
    CatalogueColumn("pattern", PATTERNS, lambda e: (e.pattern,)),
    CatalogueColumn("primary-muscles", MUSCLES, lambda e: e.muscles.primary),
    CatalogueColumn("equipment", EQUIPMENT, lambda e: e.equipment),
    CatalogueColumn("level", LEVELS, lambda e: _optional(e.level)),
    CatalogueColumn("mechanic", MECHANICS, lambda e: _optional(e.mechanic)),
)


@dataclass(frozen=True)
class FilledColumn:
    """A column filled with a catalogue's words: its filter's choices, and each exercise's words."""

    name: str  # the column's name (CATALOGUE_COLUMNS): templates/home.md.j2 gives its heading
    kind: str  # the vocabulary table of its words, for the template's `word` filter
    choices: list[str]  # the words the catalogue uses, in the order of vocabulary.toml
    words: dict[str, list[str]]  # exercise id -> its words in this column


def catalogue_columns(
    exercises: Sequence[Exercise],
    vocabulary: Vocabulary,
    columns: Iterable[CatalogueColumn] = CATALOGUE_COLUMNS,
) -> list[FilledColumn]:
    """The catalogue's columns and filters; a column no exercise fills (no levels given) is left out.

    The choices keep vocabulary.toml's order, which its owner chose: beginner, intermediate, advanced.
    """
    shown = []
    for column in columns:
        words = {e.id: list(column.words_of(e)) for e in exercises}
        used = {word for each in words.values() for word in each}
        if used:
            # load_catalog has checked that each word is one of the vocabulary.
            choices = [w for w in vocabulary.words(column.kind) if w in used]
            shown.append(FilledColumn(column.name, column.kind.table, choices, words))
    return shown


def pages(rendering: Rendering) -> dict[str, str]:
    # The catalogue names each exercise and lists its words: nothing else of it, so a saved cue
    # leaves the page as it was.
    entries = [CatalogueEntry(e.id, e.name) for e in rendering.by_name]
    columns = catalogue_columns(rendering.by_name, rendering.catalog.vocabulary)
    template = rendering.env.get_template("home.md.j2")
    home = rendering.memo.file(
        HOME_PAGE,
        (entries, columns),
        lambda: template.render(rendering.context, exercises=entries, columns=columns),
    )
    return {HOME_PAGE: home}
