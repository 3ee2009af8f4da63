"""The German site's pages, made in this process as the plugin makes them for mkdocs.de.yml: the
catalogue's German texts, the templates' German wording (the English a page had is gone), the
scripts' wording in German, and numbers with a decimal comma where a reader reads them, a decimal
point where a script does."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

import pytest
import yaml

from generator.catalogue.in_language import catalogue_in
from generator.catalogue.load import load_catalog
from generator.site.offline import offline_files
from generator.site.pages import render_site
from generator.site.paths import (
    APP_MANIFEST,
    BUILDER_PAGE,
    HOME_PAGE,
    LOADS_FILE,
    MESSAGES_FILE,
    MUSCLE_MAP_FILE,
    MUSCLES_INDEX,
    PROGRAMS_PAGE,
    exercise_page,
    muscle_page,
    program_page,
)
from generator.site.templating import TEMPLATES
from tests.conftest import REAL_EXERCISE_IDS, ROOT
from tests.unit.test_in_language import CHANGED_CUE, with_a_changed_cue

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    german = catalogue_in("de", load_catalog(ROOT / "exercises.toml"), ROOT / "exercises.toml")
    return render_site(german.catalog, language="de", in_english=german.in_english)


def test_every_exercise_page_is_in_german(pages: dict[str, str]) -> None:
    german = catalogue_in("de", load_catalog(ROOT / "exercises.toml"), ROOT / "exercises.toml")
    for exercise_id in REAL_EXERCISE_IDS:
        exercise = german.catalog.exercise(exercise_id)
        page = pages[exercise_page(exercise_id)]
        assert f"title: {exercise.name}" in page or f'title: "{exercise.name}"' in page
        for note in exercise.safety:  # every safety note, in German
            assert note.split(";")[0][:40] in page


def test_load_tables_write_decimals_with_a_comma(pages: dict[str, str]) -> None:
    page = pages[exercise_page("romanian-deadlift")]
    assert "72,5" in page
    assert "72.5" not in page


def test_the_calculators_data_gives_the_decimal_comma(pages: dict[str, str]) -> None:
    assert json.loads(pages[LOADS_FILE])["decimal"] == ","


def test_the_scripts_messages_file_gives_them_the_german(pages: dict[str, str]) -> None:
    # What a calculator says of an empty 1RM it refuses: "Ein leerer Wert ist kein 1RM, ...".
    assert '"An empty value": "Ein leerer Wert"' in pages[MESSAGES_FILE]
    assert '"Copied.": "Kopiert."' in pages[MESSAGES_FILE]


def test_a_text_the_translation_lacks_is_english_and_says_so(tmp_path: Path) -> None:
    source = with_a_changed_cue(tmp_path)
    german = catalogue_in("de", load_catalog(source), source)

    page = render_site(german.catalog, language="de", in_english=german.in_english)[
        exercise_page("romanian-deadlift")
    ]

    marked = re.findall(r"^1\. (.*)$", page, re.MULTILINE)[0]
    assert marked.startswith(CHANGED_CUE)
    assert marked.endswith(
        '<span class="eg-untranslated">(auf Englisch: noch nicht übersetzt)</span>'
    )
    second = re.findall(r"^2\. (.*)$", page, re.MULTILINE)[0]
    assert "eg-untranslated" not in second  # its translation is of today's English


def test_goals_tempo_and_rest_are_german_and_a_goal_without_its_german_says_so(
    pages: dict[str, str], tmp_path: Path
) -> None:
    rdl = pages[exercise_page("romanian-deadlift")]
    goals = "Kraft, Schutz vor Verletzungen, Kraft der hinteren Kette</li>"
    assert f"<strong>Ziele:</strong> {goals}" in rdl
    assert "<strong>Tempo:</strong> Kontrolliert, vor allem auf dem Weg nach unten</li>" in rdl
    carry = pages[exercise_page("farmers-carry")]
    assert "<strong>Satzpause:</strong> 1 bis 2 Minuten</li>" in carry

    source = with_a_changed_cue(tmp_path)
    german_file = tmp_path / "translations" / "de.toml"
    text = german_file.read_text("utf-8")
    german_file.write_text(
        text.replace('{text = "Kraft der hinteren Kette"', '{text = "TODO: translate"', 1), "utf-8"
    )
    german = catalogue_in("de", load_catalog(source), source)
    page = render_site(german.catalog, language="de", in_english=german.in_english)[
        exercise_page("romanian-deadlift")
    ]
    mark = '<span class="eg-untranslated">(auf Englisch: noch nicht übersetzt)</span>'
    assert f"Kraft, Schutz vor Verletzungen, Posterior chain force {mark}</li>" in page


def test_the_english_site_marks_nothing(pages: dict[str, str]) -> None:
    english = render_site(load_catalog(ROOT / "exercises.toml"))
    assert not any("eg-untranslated" in page for page in english.values())
    # On the German site, only what no translation file translates yet (a rest, a tempo).
    rdl = pages[exercise_page("romanian-deadlift")]
    assert "eg-untranslated" not in "\n".join(
        line for line in rdl.splitlines() if line.startswith(("1. ", "# ", "    - "))
    )


# --- the templates' own wording on the other pages ------------------------------------------------


@pytest.fixture(scope="module")
def english() -> dict[str, str]:
    return render_site(load_catalog(ROOT / "exercises.toml"))


def _shows_no_english(german: str, english: str, phrases: list[str]) -> None:
    """None of `phrases`, each on the English page (so the list stays true), is on the German."""
    assert [phrase for phrase in phrases if phrase not in english] == []
    assert [phrase for phrase in phrases if phrase in german] == []


def _front_matter(page: str) -> dict[str, object]:
    matter: dict[str, object] = yaml.safe_load(page.split("---\n")[1])
    return matter


def test_the_german_home_page_is_in_german(pages: dict[str, str], english: dict[str, str]) -> None:
    home = pages[HOME_PAGE]
    assert _front_matter(home)["title"] == "Leitfaden für Kraftübungen"
    assert "# Leitfaden für Kraftübungen" in home
    assert "## Katalog" in home
    assert '!!! warning "Sicher trainieren"' in home
    # The filters and the columns say the same German, by which catalogue.js matches them.
    assert '<label for="filter-patterns">Bewegungsmuster</label>' in home
    assert 'data-column="Bewegungsmuster"' in home
    assert '<th scope="col" role="columnheader">Hauptmuskeln</th>' in home
    assert "<summary>Meine Ausrüstung</summary>" in home
    assert "10 Übungen. Für eine neue Übung bearbeite `exercises.toml`" in home
    # The vocabulary's words by their German names (translations/de.toml).
    assert '<option value="hinge">Hüftbeuge</option>' in home
    assert (
        'data-words="barbell plates squat-rack">Langhantel, Hantelscheiben, Kniebeugenständer'
        in home
    )
    _shows_no_english(
        home,
        english[HOME_PAGE],
        [
            "Strength exercise guide",
            "Train safely",
            "## Catalogue",
            ">Primary muscles<",
            ">Any<",
            "Equipment I have",
            "Untick what you do not have",
            "This browser remembers your choice",
            "10 exercises. To add one",
            "Hinge",
            "Barbell",
        ],
    )


def test_a_german_muscle_page_and_the_muscles_list_are_in_german(
    pages: dict[str, str], english: dict[str, str]
) -> None:
    glutes = pages[muscle_page("glutes")]
    assert _front_matter(glutes) == {
        "title": "Gesäßmuskulatur",
        "description": "Gesäßmuskulatur: wo diese Muskulatur liegt und welche Übungen des "
        "Leitfadens sie trainieren.",
    }
    assert "<strong>Auf der Karte markiert:</strong> Gesäßmuskulatur" in glutes
    assert "## Übungen, die diese Muskulatur am meisten fordern" in glutes
    assert '<a href="../exercises/romanian-deadlift.md">Rumänisches Kreuzheben</a>' in glutes
    assert "[Alle Muskeln](index.md)" in glutes
    _shows_no_english(
        glutes,
        english[muscle_page("glutes")],
        [
            "Glutes",
            "a map of the muscle",
            "Marked on the map",
            "Exercises that work it most",
            "It is a primary muscle of these exercises",
            "It helps in these exercises",
            "All muscles",
            "Romanian deadlift",
        ],
    )
    listed = pages[MUSCLES_INDEX]
    assert "# Muskeln" in listed
    assert "- [Hintere Oberschenkelmuskulatur](../muscles/hamstrings.md)" in listed
    _shows_no_english(
        listed, english[MUSCLES_INDEX], ["# Muscles", "Each muscle has a page", "[Hamstrings]"]
    )


def test_the_muscle_maps_views_are_named_in_german(pages: dict[str, str]) -> None:
    drawing = pages[MUSCLE_MAP_FILE]
    assert ">Vorne</text>" in drawing
    assert ">Hinten</text>" in drawing
    assert ">Front</text>" not in drawing


def test_a_german_program_page_and_its_sheets_are_in_german(
    pages: dict[str, str], english: dict[str, str]
) -> None:
    page = pages[program_page("squat-and-deadlift-waves")]
    assert "## Trainingsblätter drucken" in page
    assert "eine Seite pro Einheit für jede der 4 Wochen" in page
    assert "<legend>Deine 1RM-Werte</legend>" in page
    assert "<label>1RM Kniebeuge <input" in page
    assert "<label>Trainingsmaximum Kniebeuge, in % des 1RM <input" in page
    assert '<option value="">Rumänisches Kreuzheben, wie geplant</option>' in page
    assert "## Woche 4: Entlastung" in page
    assert '<th scope="col">Übung und wichtigster Hinweis</th>' in page
    assert '<p class="sheet__of">% vom Trainingsmaximum (Kniebeuge):</p>' in page
    assert '<strong class="sheet__amrap">5+ Wdh.</strong> × 85 %, so viele du schaffst' in page
    assert "<title>Adresse der Seite „Kniebeuge“</title>" not in page  # no address, no code
    assert "Dieses Programm ist eine allgemeine Information" in page
    _shows_no_english(
        page,
        english[program_page("squat-and-deadlift-waves")],
        [
            "Print the sheets",
            "Each session prints on one page",
            "Your one-rep maxes",
            "training max, % of the 1RM",
            "Swap an exercise",
            ", as planned",
            "Exercise and key cue",
            "Target load",
            "as many as you can",
            "3 sets",
            ">rest ",
            "Safety:</strong> warm up first",
            "General information, not medical advice",
            "This program is general information",
        ],
    )
    programs = pages[PROGRAMS_PAGE]
    assert "4 Wochen, 2 Einheiten pro Woche: Tag 1: Kniebeuge; Tag 2: Kreuzheben." in programs
    _shows_no_english(
        programs, english[PROGRAMS_PAGE], ["# Programs", "2 sessions a week", "program builder"]
    )


def test_the_german_builder_page_is_in_german(
    pages: dict[str, str], english: dict[str, str]
) -> None:
    page = pages[BUILDER_PAGE]
    assert _front_matter(page)["title"] == "Ein Programm zusammenstellen"
    assert '<label for="eg-builder-muscle">Hauptmuskel</label>' in page
    assert 'placeholder="z. B. RDL"' in page
    assert 'data-action="add-session">Trainingseinheit hinzufügen</button>' in page
    assert '<label><span data-show="lift"></span> 1RM' not in page
    assert '<label>1RM <span data-show="lift"></span> <input' in page
    _shows_no_english(
        page,
        english[BUILDER_PAGE],
        [
            "Build a program",
            "Nothing you\ntype leaves this browser",
            "Your one-rep maxes",
            "Search by name",
            ">Movement pattern<",
            ">Main muscle<",
            "Add a session",
            "Copy the link",
            "Remove this session",
            "This builder is general information",
        ],
    )


@pytest.mark.parametrize(
    ("language", "short_name"), [("en", "Exercise guide"), ("de", "Übungsleitfaden")]
)
def test_the_installed_app_is_named_in_the_sites_language(language: str, short_name: str) -> None:
    files = offline_files({}, TEMPLATES, site_name="Strength Exercise Guide", language=language)
    manifest = json.loads(files[APP_MANIFEST])
    assert manifest["short_name"] == short_name
    assert manifest["name"] == "Strength Exercise Guide"
