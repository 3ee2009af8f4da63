"""The German site's pages, made in this process as the plugin makes them for mkdocs.de.yml: the
catalogue's German texts, numbers with a decimal comma in the load tables and the data the
calculators read, and the scripts' wording in German."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

import pytest

from generator.catalogue.in_language import catalogue_in
from generator.catalogue.load import load_catalog
from generator.site.pages import render_site
from generator.site.paths import LOADS_FILE, MESSAGES_FILE, exercise_page
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


def test_the_english_site_marks_nothing(pages: dict[str, str]) -> None:
    english = render_site(load_catalog(ROOT / "exercises.toml"))
    assert not any("eg-untranslated" in page for page in english.values())
    # On the German site, only what no translation file translates yet (a rest, a tempo).
    rdl = pages[exercise_page("romanian-deadlift")]
    assert "eg-untranslated" not in "\n".join(
        line for line in rdl.splitlines() if line.startswith(("1. ", "# ", "    - "))
    )
