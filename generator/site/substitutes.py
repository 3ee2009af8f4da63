"""Substitutes: for each exercise, a few others to do when its equipment is taken. No I/O.

An exercise substitutes for another when it has the same movement pattern, shares a primary muscle
and needs other equipment. Which equipment differs is worked out here, as word ids; how a page says it
("uses dumbbells instead of a barbell") is templates/macros.md.j2's, from the vocabulary's phrases.
A contributor pins substitutes (`substitutes`) or rules them out (`not_substitutes`) in exercises.toml.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from generator.catalogue.load import Catalog
    from generator.catalogue.model import Exercise
    from generator.catalogue.model.vocabulary import Vocabulary

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


def substitutes_of(catalog: Catalog) -> dict[str, list[Substitute]]:
    """Each exercise's substitutes, by its id: its pinned ones first, as written, then the best of
    those the rule finds, up to SHOWN in all."""
    alike: dict[str, dict[_Profile, list[Exercise]]] = defaultdict(lambda: defaultdict(list))
    for exercise in catalog.exercises:
        alike[exercise.pattern][_Profile.of(exercise)].append(exercise)
    by_pattern = {
        pattern: [
            _Alike(profile, sorted(members, key=_by_name)) for profile, members in kinds.items()
        ]
        for pattern, kinds in alike.items()
    }
    chosen: dict[str, list[Substitute]] = {}
    for exercise in catalog.exercises:
        pinned = [catalog.exercise(i) for i in exercise.substitutes]
        ruled_out = {exercise.id, *exercise.substitutes, *exercise.not_substitutes}
        count = max(SHOWN - len(pinned), 0)
        picked = pinned + _best(exercise, by_pattern[exercise.pattern], ruled_out, count)
        chosen[exercise.id] = [
            Substitute(other, *equipment_difference(exercise, other, catalog.vocabulary))
            for other in picked
        ]
    return chosen


@dataclass(frozen=True)
class _Profile:
    """What the choice reads of an exercise besides its name: exercises alike in it rank alike."""

    equipment: frozenset[str]
    primary: frozenset[str]
    secondary: frozenset[str]

    @classmethod
    def of(cls, exercise: Exercise) -> _Profile:
        muscles = exercise.muscles
        return cls(
            frozenset(exercise.equipment), frozenset(muscles.primary), frozenset(muscles.secondary)
        )


@dataclass(frozen=True)
class _Alike:
    """The exercises of one pattern with one profile, by name."""

    profile: _Profile
    members: list[Exercise]


def _by_name(exercise: Exercise) -> tuple[str, str]:
    return (exercise.name.casefold(), exercise.id)


def _best(
    exercise: Exercise, alike: Iterable[_Alike], ruled_out: set[str], count: int
) -> list[Exercise]:
    """The `count` most useful of the exercises the rule lets stand in, each with equipment of its
    own where there are enough, none of `ruled_out`.

    Most useful first: one that frees some of the exercise's equipment (the point of a substitute
    when that equipment is taken), then the most primary muscles shared, the least equipment
    shared, the most secondary muscles shared, and the name, so the choice never depends on the
    order of the file. Exercises alike rank alike, so each group is weighed once: a catalogue
    holds many copies of one movement (a grip, a stance) and this runs for every exercise.
    """
    if count == 0:
        return []
    mine = _Profile.of(exercise)

    def rank(profile: _Profile) -> tuple[bool, int, int, int]:
        return (
            mine.equipment <= profile.equipment,
            -len(mine.primary & profile.primary),
            len(mine.equipment & profile.equipment),
            -len(mine.secondary & profile.secondary),
        )

    # No group gives more than `count` picks, besides those ruled out: the rest never shows.
    enough = count + len(ruled_out)
    streams = [
        [(rank(group.profile), *_by_name(other), other) for other in group.members[:enough]]
        for group in alike
        if group.profile.equipment != mine.equipment
        and not group.profile.primary.isdisjoint(mine.primary)
    ]
    distinct: list[Exercise] = []  # the first of each set of equipment, in rank order
    rest: list[Exercise] = []
    kits: set[frozenset[str]] = set()
    for *_, other in heapq.merge(*streams, key=lambda ranked: ranked[:3]):
        if other.id in ruled_out:
            continue
        kit = frozenset(other.equipment)
        if kit not in kits:
            kits.add(kit)
            distinct.append(other)
            if len(distinct) == count:
                break
        elif len(rest) < count:
            rest.append(other)
    return (distinct + rest)[:count]
