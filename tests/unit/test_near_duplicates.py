"""Likely duplicates: two exercises named with the same words, which `check` warns of, located,
naming the other entry, without failing; `not_duplicates` says that two differ on purpose."""

from __future__ import annotations

import pytest

from generator.catalogue.load import parse_catalog
from generator.catalogue.near_duplicates import LIKELY_DUPLICATE, name_words
from generator.catalogue.problems import Problem
from tests.located import assert_one_problem, location

SOURCES = """\
[sources.book]
title = "Weightlifting basics"
author = "A. Coach"
publisher = "Barbell Press"
"""


def entry(exercise_id: str, name: str, *lines: str) -> str:
    """An `[[exercises]]` entry with every required key; `lines` are added at its end."""
    return "\n".join(
        [
            "",
            "[[exercises]]",
            f'id = "{exercise_id}"',
            f'name = "{name}"',
            'summary = "A pull to the bar."',
            'pattern = "vertical-pull"',
            'muscles = { primary = ["lats"] }',
            'equipment = ["pull-up-bar"]',
            'cues = ["Pull the chest to the bar."]',
            'safety = ["Lower under control."]',
            'sources = ["book"]',
            *lines,
            "",
        ]
    )


def warnings(text: str) -> list[Problem]:
    """What `check` warns of in `text`, a valid catalogue (it would raise otherwise)."""
    return parse_catalog(text, "exercises.toml").warnings


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Chin-Up", "Chin-ups"),  # a hyphen, the plural, the case
        ("Decline Bench Press Barbell", "Barbell Decline Bench Press"),  # the order
        ("Bench Press: Dumbbell", "Dumbbell Bench Press"),  # punctuation
        ("Lunges: Dumbbell (Rear)", "Dumbbell Rear Lunge"),
        ("Farmer's Walk", "Farmers Walk"),
        ("Dumbbell Flies", "dumbbell fly"),
        ("Cable Crunches", "Cable Crunch"),
        ("Shoulder Presses", "Shoulder Press"),
        ("Calf Raises", "Calf Raise"),
        ("Biceps Curl", "Bicep Curl"),
        ("Push Ups", "Push-Up"),
        ("Split Squat", "SPLIT  SQUAT"),
    ],
)
def test_names_with_the_same_words_are_one_name(one: str, other: str) -> None:
    assert name_words(one) == name_words(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Front Squat", "Back Squat"),
        ("Squat", "Squat Jump"),
        ("Press", "Cross"),
        # A word counts as often as it is written.
        ("Calf Press On The Leg Press Machine", "Calf Press On The Leg Machine"),
    ],
)
def test_names_with_other_words_are_other_names(one: str, other: str) -> None:
    assert name_words(one) != name_words(other)


def test_a_likely_duplicate_is_a_located_warning_that_names_the_other_entry() -> None:
    text = SOURCES + entry("chin-up", "Chin-Up") + entry("chin-ups", "Chin-ups")
    first_line, _ = location(text, 'name = "Chin-Up"')

    found = warnings(text)  # parsed: a warning fails nothing

    assert found == [
        Problem(
            "exercises.toml",
            *location(text, 'name = "Chin-ups"'),
            "exercise 'chin-ups': name: 'Chin-ups' has the words of 'Chin-Up', the name of "
            f"exercise 'chin-up' (line {first_line}): probably one exercise entered twice; merge "
            'the two, or if they differ on purpose, add not_duplicates = ["chin-up"] to this one',
            LIKELY_DUPLICATE,
        )
    ]
    assert found[0].as_warning().startswith(f"exercises.toml:{found[0].line}:1: warning: ")


def test_an_alias_with_the_words_of_another_exercise_is_a_likely_duplicate_too() -> None:
    text = (
        SOURCES
        + entry("pull-up", "Pull-up", 'aliases = ["Overhand chin-up"]')
        + entry("overhand-chin-ups", "Chin-ups: overhand")
    )

    (found,) = warnings(text)

    assert (found.line, found.column) == location(text, 'name = "Chin-ups: overhand"')
    assert found.message.startswith(
        "exercise 'overhand-chin-ups': name: 'Chin-ups: overhand' has the words of "
        "'Overhand chin-up', an alias of exercise 'pull-up' (line "
    )


def test_a_later_alias_is_located_at_the_alias() -> None:
    text = (
        SOURCES
        + entry("chin-up", "Chin-Up")
        + entry("pull-up", "Pull-up", 'aliases = ["Wide pull-up", "Chin ups"]')
    )

    (found,) = warnings(text)

    assert (found.line, found.column) == location(text, '"Wide pull-up", ^"Chin ups"')
    assert found.message.startswith("exercise 'pull-up': aliases[1]: 'Chin ups' has the words")


def test_an_exercise_may_hold_the_same_words_in_its_name_and_an_alias() -> None:
    text = SOURCES + entry("chin-up", "Chin-Up", 'aliases = ["Chin ups"]')
    assert warnings(text) == []


@pytest.mark.parametrize("on", ["first", "second"])
def test_not_duplicates_on_either_entry_says_they_differ_on_purpose(on: str) -> None:
    first = ('not_duplicates = ["chin-ups"]',) if on == "first" else ()
    second = ('not_duplicates = ["chin-up"]',) if on == "second" else ()
    text = SOURCES + entry("chin-up", "Chin-Up", *first) + entry("chin-ups", "Chin ups", *second)

    assert warnings(text) == []


def test_not_duplicates_leaves_out_only_the_exercises_it_names() -> None:
    text = (
        SOURCES
        + entry("chin-up", "Chin-Up")
        + entry("chin-ups", "Chin ups")
        + entry("chinup-chin", "Chin-ups", 'not_duplicates = ["chin-up"]')
    )

    found = warnings(text)

    assert [(p.line, p.message.split(" has the words of ")[1].split(" (")[0]) for p in found] == [
        (location(text, 'name = "Chin ups"')[0], "'Chin-Up', the name of exercise 'chin-up'"),
        (location(text, 'name = "Chin-ups"')[0], "'Chin ups', the name of exercise 'chin-ups'"),
    ]


def test_an_unknown_id_in_not_duplicates_is_located_with_the_id_meant() -> None:
    text = (
        SOURCES
        + entry("chin-up", "Chin-Up")
        + entry("chin-ups", "Chin ups", 'not_duplicates = ["chinup"]')
    )
    assert_one_problem(
        text,
        'not_duplicates = [^"chinup"]',
        "exercise 'chin-ups': not_duplicates[0]: there is no exercise with the id 'chinup'; "
        "did you mean 'chin-up'?",
    )


def test_an_exercise_is_not_a_duplicate_of_itself() -> None:
    text = SOURCES + entry("chin-up", "Chin-Up", 'not_duplicates = ["chin-up"]')
    assert_one_problem(
        text,
        'not_duplicates = [^"chin-up"]',
        "exercise 'chin-up': not_duplicates[0]: an exercise cannot refer to itself",
    )
