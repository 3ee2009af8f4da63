"""The German site's pages, made in this process as the plugin makes them for mkdocs.de.yml: the
catalogue's German texts, and numbers with a decimal comma in the load tables and the data the
calculators read."""

from __future__ import annotations

import json

import pytest

from generator.catalogue.in_language import catalogue_in
from generator.catalogue.load import load_catalog
from generator.site.pages import render_site
from generator.site.paths import LOADS_FILE, exercise_page
from tests.conftest import REAL_EXERCISE_IDS, ROOT


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
