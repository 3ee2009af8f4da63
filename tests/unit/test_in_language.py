"""The catalogue in another language (catalogue/in_language.py): each text the translation of
today's English, else the English, noted; names a lifter may type in either language kept for
search."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import pytest

from generator.catalogue.in_language import InLanguage, catalogue_in, in_language
from generator.catalogue.load import Catalog, load_catalog
from generator.catalogue.model.vocabulary import KINDS
from generator.catalogue.problems import CatalogError
from generator.catalogue.translatable import english_texts
from generator.catalogue.translations import load_translations, translations_beside
from tests.conftest import REAL_EXERCISE_IDS, ROOT

if TYPE_CHECKING:
    from pathlib import Path

RDL = "romanian-deadlift"
FIRST_CUE = "Stand tall with the bar at your hips, feet about hip-width apart, hands just outside the thighs."


@pytest.fixture(scope="module")
def english() -> Catalog:
    return load_catalog(ROOT / "exercises.toml")


@pytest.fixture(scope="module")
def german(english: Catalog) -> InLanguage:
    (translation,) = load_translations(translations_beside(ROOT / "exercises.toml"), english)
    return in_language(english, translation)


def test_the_real_german_translation_leaves_nothing_in_english(german: InLanguage) -> None:
    assert german.language == "de"
    assert german.in_english == frozenset()


def test_every_real_exercise_has_its_german_name_and_its_english_names_for_search(
    english: Catalog, german: InLanguage
) -> None:
    assert {e.id for e in german.catalog.exercises} == set(REAL_EXERCISE_IDS)
    for exercise in english.exercises:
        shown = german.catalog.exercise(exercise.id)
        assert shown.name != exercise.name or exercise.name == "Good morning", exercise.id
        names = {name.casefold() for name in (shown.name, *shown.aliases)}  # each once, any case
        assert {name.casefold() for name in (exercise.name, *exercise.aliases)} <= names
        assert len(shown.safety) == len(exercise.safety)  # every safety note there, in German
        assert not set(shown.safety) & set(exercise.safety)


def test_the_german_site_shows_german_cues_faults_and_safety(german: InLanguage) -> None:
    rdl = german.catalog.exercise(RDL)
    assert rdl.name == "Rumänisches Kreuzheben"
    assert rdl.aliases[:2] == ["RDL", "Kreuzheben mit gestreckten Beinen"]
    assert "Romanian deadlift" in rdl.aliases
    assert rdl.cues[0].startswith("Stell dich aufrecht hin")
    assert rdl.faults[0].fault.startswith("Der untere Rücken rundet sich")
    assert rdl.safety[0].startswith("Wenn du eine Verletzung der Wirbelsäule")
    assert rdl.goals == ["Kraft", "Schutz vor Verletzungen", "Kraft der hinteren Kette"]
    prescription = rdl.prescription
    assert prescription and prescription.tempo == "Kontrolliert, vor allem auf dem Weg nach unten"
    carry = german.catalog.exercise("farmers-carry").prescription
    assert carry and carry.rest == "1 bis 2 Minuten"


def test_the_vocabulary_is_in_german_with_the_english_names_as_synonyms(
    english: Catalog, german: InLanguage
) -> None:
    for kind in KINDS:
        for word_id, word in english.vocabulary.words(kind).items():
            shown = german.catalog.vocabulary.words(kind)[word_id]
            names = {name.casefold() for name in (shown.name, *shown.synonyms)}
            assert word.name.casefold() in names, (kind.table, word_id)


def test_numbers_and_ids_are_the_englishs(english: Catalog, german: InLanguage) -> None:
    for exercise in english.exercises:
        shown = german.catalog.exercise(exercise.id)
        words = ("notes", "tempo", "pause", "rest")  # the words are the translation's
        assert shown.prescription == (
            exercise.prescription.model_copy(
                update={word: getattr(shown.prescription, word) for word in words}
            )
            if exercise.prescription
            else None
        )
        assert (shown.pattern, shown.muscles, shown.equipment) == (
            exercise.pattern,
            exercise.muscles,
            exercise.equipment,
        )
    assert german.catalog.settings == english.settings


CHANGED_CUE = (
    "Stand tall, the bar at your hips, feet hip-width apart, hands just outside the thighs."
)


def with_a_changed_cue(folder: Path) -> Path:
    """A copy of the project in `folder` whose Romanian deadlift's first cue is new English that
    the German file has not translated yet: its exercises.toml."""
    for name in ("exercises.toml", "vocabulary.toml"):
        shutil.copy(ROOT / name, folder / name)
    shutil.copytree(ROOT / "translations", folder / "translations")
    text = (folder / "exercises.toml").read_text("utf-8").replace(FIRST_CUE, CHANGED_CUE, 1)
    (folder / "exercises.toml").write_text(text, "utf-8")
    return folder / "exercises.toml"


def test_a_changed_english_cue_is_shown_in_english_and_noted(tmp_path: Path) -> None:
    catalog = load_catalog(with_a_changed_cue(tmp_path))
    (translation,) = load_translations(tmp_path / "translations", catalog)

    german = in_language(catalog, translation)

    assert german.in_english == {("exercises", RDL, "cues", 0)}
    assert german.is_english("exercises", RDL, "cues", 0)
    rdl = german.catalog.exercise(RDL)
    assert rdl.cues[0] == CHANGED_CUE
    assert rdl.cues[1].startswith("Beuge die Knie leicht")


def test_a_language_not_begun_is_the_english_all_noted(english: Catalog) -> None:
    (translation,) = load_translations(translations_beside(ROOT / "exercises.toml"), english)
    empty = type(translation.file)()
    nothing = in_language(english, type(translation)("fr", "fr.toml", empty, translation.source))

    assert nothing.in_english == frozenset(english_texts(english))
    assert [e.name for e in nothing.catalog.exercises] == [e.name for e in english.exercises]
    assert nothing.catalog.exercise(RDL).cues == english.exercise(RDL).cues


def test_a_site_in_a_language_without_a_translation_is_refused_in_words(english: Catalog) -> None:
    with pytest.raises(CatalogError) as refused:
        catalogue_in("fr", english, ROOT / "exercises.toml")

    (problem,) = refused.value.problems
    assert str(problem).startswith("translations/fr.toml:1:1: there is no such file")
    assert "python -m generator translate fr" in str(problem)


def test_the_german_site_is_the_translation_beside_the_catalogue(english: Catalog) -> None:
    german = catalogue_in("de", english, ROOT / "exercises.toml")
    assert german.catalog.exercise(RDL).name == "Rumänisches Kreuzheben"
