"""Exercises that are probably one exercise entered twice: named with the same words in another
order, with a hyphen for a space, in the singular for the plural, or in another case ("Chin-Up"
and "Chin-ups", "Bench Press: Dumbbell" and "Dumbbell Bench Press"). Both then compete for the
same search, and nothing else tells a contributor that the exercise is already there.

A likely duplicate is a warning, not a mistake: two exercises may differ on purpose, and either
says so with `not_duplicates`. Names and aliases are grouped by their words (`name_words`), so a
catalogue of any size is checked in one pass.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from generator.catalogue.model import Exercise
    from generator.catalogue.problems import Problem
    from generator.catalogue.source import KeyPath, SourceDocument

LIKELY_DUPLICATE = "likely duplicate"  # the kind of its warnings
_WORDS = re.compile(r"[^\W_]+")  # letters and digits: hyphens, spaces and punctuation end a word
_APOSTROPHES = re.compile(r"['\u2019]")  # inside a word: "Farmer's" is "farmers"


def name_words(name: str) -> tuple[str, ...]:
    """The words of a name, each in the singular, lower-cased, in alphabetical order: two names
    with the same words are one name to a reader, and to search."""
    words = _WORDS.findall(_APOSTROPHES.sub("", name.casefold()))
    return tuple(sorted(singular(word) for word in words))


def singular(word: str) -> str:
    """A lower-case English word in the singular, as exercise names have them: "presses" ->
    "press", "crunches" -> "crunch", "flies" -> "fly", "raises" -> "raise", "ups" -> "up".
    Both forms of a word need only come out the same, so a word read wrongly is harmless as long
    as its singular is read the same way ("biceps" and "bicep" are both "bicep")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2:
        return word[:-1]
    return word


class _Title(NamedTuple):
    """A name or an alias of an exercise, where it is written."""

    exercise: Exercise
    field: str  # "name", "aliases[0]"
    path: KeyPath
    text: str


def likely_duplicates(
    exercises: Sequence[tuple[int, Exercise]], source: SourceDocument
) -> Iterator[Problem]:
    """A warning at each exercise named (or also called) with the words of an exercise before it,
    naming the first such exercise that `not_duplicates` of neither leaves out."""
    by_words: defaultdict[tuple[str, ...], list[_Title]] = defaultdict(list)
    for index, exercise in exercises:
        written: list[tuple[str, KeyPath, str]] = [
            ("name", ("exercises", index, "name"), exercise.name)
        ]
        for position, alias in enumerate(exercise.aliases):
            written.append(
                (f"aliases[{position}]", ("exercises", index, "aliases", position), alias)
            )
        for field, path, text in written:
            words = name_words(text)
            if words:
                by_words[words].append(_Title(exercise, field, path, text))
    warned: set[tuple[str, str]] = set()
    for titles in by_words.values():
        for number, title in enumerate(titles):
            other = _first_other(titles[:number], title.exercise)
            if other is None or (other.exercise.id, title.exercise.id) in warned:
                continue
            warned.add((other.exercise.id, title.exercise.id))
            yield _warning(title, other, source)


def _first_other(before: Sequence[_Title], exercise: Exercise) -> _Title | None:
    for title in before:
        other = title.exercise
        if other.id == exercise.id:
            continue  # a name and an alias of one exercise
        if other.id in exercise.not_duplicates or exercise.id in other.not_duplicates:
            continue
        return title
    return None


def _warning(title: _Title, other: _Title, source: SourceDocument) -> Problem:
    line, _ = source.position(other.path)
    role = "the name" if other.field == "name" else "an alias"
    message = (
        f"exercise '{title.exercise.id}': {title.field}: '{title.text}' has the words of "
        f"'{other.text}', {role} of exercise '{other.exercise.id}' (line {line}): probably one "
        "exercise entered twice; merge the two, or if they differ on purpose, add "
        f'not_duplicates = ["{other.exercise.id}"] to this one'
    )
    return source.problem(title.path, message, LIKELY_DUPLICATE)
