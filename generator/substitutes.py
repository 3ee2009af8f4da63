"""Substitutes: for each exercise, a few others to do when its equipment is taken. No I/O.

An exercise substitutes for another when it has the same movement pattern, shares a primary muscle
and needs other equipment. Which equipment differs is worked out here, as word ids; how a page says it
("uses dumbbells instead of a barbell") is templates/macros.md.j2's, from the vocabulary's phrases.
A contributor pins substitutes (`substitutes`) or rules them out (`not_substitutes`) in exercises.toml.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from generator.catalog import Catalog
    from generator.model import Exercise
    from generator.vocabulary import Vocabulary

SHOWN = 3  # substitutes a page offers, unless more are pinned: a few links, not a second catalogue


@dataclass(frozen=True)
class Substitute:
    """An exercise to do instead of another, and how its equipment differs."""

    exercise: Exercise
    needs: tuple[str, ...]
    """Equipment words it needs that the other exercise does not, in vocabulary order."""
    spares: tuple[str, ...]
    """Equipment words the other exercise needs that it does not, in vocabulary order."""


def equipment_difference(
    exercise: Exercise, other: Exercise, vocabulary: Vocabulary
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(what `other` needs that `exercise` does not, what `exercise` needs that `other` does not).

    A word that only serves another (plates a barbell) is left out beside the one it serves.
    """
    mine, theirs = set(exercise.equipment), set(other.equipment)
    return _named(theirs - mine, vocabulary), _named(mine - theirs, vocabulary)


def _named(words: set[str], vocabulary: Vocabulary) -> tuple[str, ...]:
    kept = {
        word
        for word in words
        if word not in vocabulary.equipment
        or not words.intersection(vocabulary.equipment[word].goes_with)
    }
    order = {word: index for index, word in enumerate(vocabulary.equipment)}
    return tuple(sorted(kept, key=lambda word: (order.get(word, len(order)), word)))


def may_substitute(exercise: Exercise, other: Exercise) -> bool:
    """Whether `other` can stand in for `exercise` by the rule: same pattern, a shared primary muscle,
    other equipment."""
    return (
        other.id != exercise.id
        and other.pattern == exercise.pattern
        and not set(other.muscles.primary).isdisjoint(exercise.muscles.primary)
        and set(other.equipment) != set(exercise.equipment)
    )


def substitutes_of(catalog: Catalog) -> dict[str, list[Substitute]]:
    """Each exercise's substitutes, by its id: its pinned ones first, as written, then the best of
    those the rule finds, up to SHOWN in all."""
    by_pattern: dict[str, list[Exercise]] = defaultdict(list)
    for exercise in catalog.exercises:
        by_pattern[exercise.pattern].append(exercise)
    chosen: dict[str, list[Substitute]] = {}
    for exercise in catalog.exercises:
        pinned = [catalog.exercise(i) for i in exercise.substitutes]
        ruled_out = {exercise.id, *exercise.substitutes, *exercise.not_substitutes}
        found = [
            other
            for other in by_pattern[exercise.pattern]
            if other.id not in ruled_out and may_substitute(exercise, other)
        ]
        picked = pinned + _best(exercise, found, max(SHOWN - len(pinned), 0))
        chosen[exercise.id] = [
            Substitute(other, *equipment_difference(exercise, other, catalog.vocabulary))
            for other in picked
        ]
    return chosen


def _best(exercise: Exercise, found: Sequence[Exercise], count: int) -> list[Exercise]:
    """The `count` most useful of `found`, each with equipment of its own where there are enough.

    Most useful first: one that frees some of the exercise's equipment (the point of a substitute
    when that equipment is taken), then the most primary muscles shared, the least equipment
    shared, the most secondary muscles shared, and the name, so the choice never depends on the
    order of the file.
    """
    primary, secondary, equipment = (
        set(exercise.muscles.primary),
        set(exercise.muscles.secondary),
        set(exercise.equipment),
    )

    def rank(other: Exercise) -> tuple[bool, int, int, int, str, str]:
        return (
            equipment <= set(other.equipment),
            -len(primary.intersection(other.muscles.primary)),
            len(equipment.intersection(other.equipment)),
            -len(secondary.intersection(other.muscles.secondary)),
            other.name.casefold(),
            other.id,
        )

    ranked = sorted(found, key=rank)
    distinct = list(_one_per_kit(ranked))
    taken = {other.id for other in distinct}
    rest = [other for other in ranked if other.id not in taken]
    return (distinct + rest)[:count]


def _one_per_kit(ranked: Iterable[Exercise]) -> Iterable[Exercise]:
    """The first exercise of each set of equipment: three dumbbell variants help less than a
    dumbbell, a kettlebell and a cable one."""
    seen: set[frozenset[str]] = set()
    for other in ranked:
        kit = frozenset(other.equipment)
        if kit not in seen:
            seen.add(kit)
            yield other
