"""likely_typo: a did-you-mean only for a likely typo, never for a word that is real on its own."""

from __future__ import annotations

import pytest

from generator.catalogue.suggest import is_real_word, likely_typo

MUSCLES = ["adductors", "glutes", "hamstrings", "quadriceps", "erectors", "trapezius"]
EQUIPMENT = ["barbell", "plates", "dumbbell", "kettlebell", "bench", "rack"]


@pytest.mark.parametrize(
    ("written", "choices", "meant"),
    [
        pytest.param("safty", ["safety", "sets", "sources"], "safety", id="missing-letter"),
        pytest.param("saftey", ["safety", "sets"], "safety", id="transposition"),
        pytest.param("glutess", MUSCLES, "glutes", id="extra-letter"),
        pytest.param("dumbell", EQUIPMENT, "dumbbell", id="missing-double-letter"),
        pytest.param("kettlebel", EQUIPMENT, "kettlebell", id="long-word-one-slip"),
        pytest.param("hamstirngs", MUSCLES, "hamstrings", id="transposition-in-a-long-word"),
        pytest.param("quadricpes", MUSCLES, "quadriceps", id="swap"),
        pytest.param("romanian-dedlfit", ["romanian-deadlift"], "romanian-deadlift", id="2-slips"),
        pytest.param("Hinge", ["hinge", "squat"], "hinge", id="case-only"),
        pytest.param("cue", ["cues", "safety"], "cues", id="singular-of-the-choice"),
    ],
)
def test_a_likely_typo_gets_its_word(written: str, choices: list[str], meant: str) -> None:
    assert likely_typo(written, choices) == meant


@pytest.mark.parametrize(
    ("written", "choices", "known"),
    [
        # The opposite muscle group, one letter away: a real word, never a typo.
        pytest.param("abductors", MUSCLES, ["abductors", "adductors", "glutes"], id="abductors"),
        pytest.param("abductors", MUSCLES, [], id="abductors-as-english"),
        # A training partner is not a plate, however a ratio of matching letters sees it.
        pytest.param("partner", EQUIPMENT, [], id="partner"),
        pytest.param("plant", ["plank", "planks-side"], [], id="an-english-word"),
        pytest.param("curl", ["curls-hammer", "cure"], ["curl"], id="a-known-word"),
    ],
)
def test_a_real_word_gets_no_suggestion(written: str, choices: list[str], known: list[str]) -> None:
    assert likely_typo(written, choices, known=known) is None


@pytest.mark.parametrize(
    ("written", "choices"),
    [
        pytest.param("lower-back", ["lower-back-assistance"], id="shortened"),
        pytest.param("deadlift", ["romanian-deadlift"], id="part-of-the-id"),
        pytest.param("xyz", ["barbell"], id="nothing-alike"),
        pytest.param("kg", ["lb"], id="two-letters"),
        pytest.param("kb", ["kg"], id="two-letters-one-slip"),
        pytest.param("bac", ["bar", "bat"], id="two-equally-close"),
        pytest.param("", ["a"], id="empty"),
        pytest.param("plates", EQUIPMENT, id="already-a-choice"),
    ],
)
def test_no_suggestion_beyond_a_slip(written: str, choices: list[str]) -> None:
    assert likely_typo(written, choices) is None


def test_repeated_choices_are_one_choice() -> None:
    assert likely_typo("saftey", ["safety", "safety"]) == "safety"


def test_real_words_ignore_case() -> None:
    assert is_real_word("Partner")
    assert is_real_word("Abductors", known=["abductors"])
    assert not is_real_word("safty")


def test_a_real_word_one_letter_from_a_choice_is_left_alone() -> None:
    """'barbel' is a fish: a reader who wrote it may mean it, so no word is put in their mouth."""
    assert likely_typo("barbel", EQUIPMENT) is None
