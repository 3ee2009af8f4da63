"""The German site's program sheets as HTML, as the plugin prints them to PDF for mkdocs.de.yml
(generator/site/sheet_document.py) and `python -m generator sheet --language de` writes them:
the templates' German wording, numbers with a decimal comma, and each text still English marked
so, as on the pages; and a number a script or an input reads keeps its decimal point in German."""

from __future__ import annotations

import re
import shutil
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from generator.catalogue.in_language import catalogue_in
from generator.catalogue.load import load_catalog
from generator.engines.cli.mkdocs_settings import language_config, mkdocs_settings
from generator.site.pages import render_site
from generator.site.paths import exercise_page, program_page, program_pdf
from generator.site.sheet_document import blank_sheets, render_sheet_document, sheets_of
from generator.site.templating import TEMPLATES
from tests.cli import generator
from tests.conftest import ROOT
from tests.unit.test_in_language import with_a_changed_cue

if TYPE_CHECKING:
    from pathlib import Path

    from generator.catalogue.in_language import InLanguage

PROGRAM = "lower-back-assistance"
SITE = "https://exercise-guide.github.io/exercise-guide/de/"


def _german(source: Path = ROOT / "exercises.toml") -> InLanguage:
    return catalogue_in("de", load_catalog(source), source)


def _text(html: str) -> str:
    """What a reader of the sheet sees: the HTML without its tags (and the QR codes' drawings)."""
    return " ".join(re.sub(r"<[^>]+>", " ", re.sub(r"<svg.*?</svg>", "", html)).split())


@pytest.fixture(scope="module")
def blank() -> str:
    german = _german()
    sheets = blank_sheets(
        german.catalog, TEMPLATES, "", SITE, language="de", in_english=german.in_english
    )
    return sheets[program_pdf(PROGRAM, "a4")]


@pytest.fixture(scope="module")
def filled() -> str:
    german = _german()
    sheets = sheets_of(
        german.catalog,
        german.catalog.program(PROGRAM),
        maxes={"clean": Decimal("102.5")},
        site_url=SITE,
    )
    return render_sheet_document(
        german.catalog,
        sheets,
        page_size="A4",
        stylesheet="",
        language="de",
        in_english=german.in_english,
    )


def test_the_german_site_prints_its_sheets_in_german(blank: str) -> None:
    text = _text(blank)
    assert '<html lang="de">' in blank
    assert "Übung und wichtigster Hinweis Sätze × Wdh. Ziellast" in text
    assert "Rumänisches Kreuzheben" in text
    assert "70–100 % vom 1RM (Umsetzen)" in text
    assert "Wärm dich zuerst auf" in text
    assert "Allgemeine Information, keine medizinische Beratung." in text
    assert "<title>Adresse der Seite „Rumänisches Kreuzheben“</title>" in blank
    assert f"{SITE}exercises/romanian-deadlift/" in blank
    english = [
        "Exercise and key cue",
        "Target load",
        "% of umsetzen",
        "Date",
        "As on the exercise page",
        "Safety: warm up",
        "General information, not medical advice",
        "Address of the",
        '"sheet__name">Romanian deadlift',
    ]
    assert [phrase for phrase in english if phrase in blank] == []


def test_a_filled_german_sheet_writes_its_loads_with_a_comma(filled: str) -> None:
    text = _text(filled)
    assert "1RM Umsetzen 102,5 kg" in text
    assert "70–100 % vom 1RM (Umsetzen) 72,5–102,5 kg" in text
    assert "Die Lasten sind auf Gewichte gerundet" in text
    assert "102.5" not in text
    assert "72.5" not in text


def test_the_german_sheet_marks_what_it_prints_in_english(blank: str, tmp_path: Path) -> None:
    mark = '<span class="eg-untranslated">(auf Englisch: noch nicht übersetzt)</span>'
    # What no translation file takes yet: a load in words.
    assert f"Moderate to heavy; add a pause at the top {mark}</p>" in blank
    # A program's own cue and its rests are translated, so they are German and unmarked.
    assert "der untere Rücken bleibt still.</p>" in blank
    assert "Satzpause 2 min</span>" in blank
    # A cue translated from an older English: printed in English, and said so; the others not.
    source = with_a_changed_cue(tmp_path)
    german = _german(source)
    sheets = blank_sheets(
        german.catalog, TEMPLATES, "", "", language="de", in_english=german.in_english
    )
    changed = sheets[program_pdf(PROGRAM, "a4")]
    cues = re.findall(r'<p class="sheet__cue">(.*?)</p>', changed)
    rdl = catalogue_in("de", load_catalog(source), source).catalog.exercise("romanian-deadlift")
    assert [cue for cue in cues if mark in cue] == [f"{rdl.cues[0]} {mark}"]
    english = blank_sheets(load_catalog(ROOT / "exercises.toml"), TEMPLATES, "", "")
    assert not any("eg-untranslated" in sheet for sheet in english.values())


def test_a_session_exercises_rest_without_its_german_is_marked_alone(tmp_path: Path) -> None:
    source = with_a_changed_cue(tmp_path)
    german_file = tmp_path / "translations" / "de.toml"
    text = german_file.read_text("utf-8")
    german_file.write_text(text.replace('rest = {text = "90 s"', 'rest = {text = "TODO: x"', 1))
    german = _german(source)
    sheet = blank_sheets(
        german.catalog, TEMPLATES, "", "", language="de", in_english=german.in_english
    )[program_pdf(PROGRAM, "a4")]
    rests = re.findall(r'<span class="sheet__rest">(.*?)</span>(?=</td>)', sheet)
    mark = '<span class="eg-untranslated">(auf Englisch: noch nicht übersetzt)</span>'
    # Day A's second exercise, on each week's sheet: its English rest, marked; the rest German.
    assert rests[:4] == [
        "Satzpause 2 min",
        f"Satzpause 90 s {mark}",
        "Satzpause 2 min",
        "Satzpause 90 s",
    ]


def test_sheet_in_german_reads_the_german_sites_address_and_refuses_a_language_without_one(
    tmp_path: Path,
) -> None:
    german = language_config(ROOT / "exercises.toml", "de")
    assert mkdocs_settings(ROOT / "exercises.toml", german).site_url == SITE
    assert mkdocs_settings(ROOT / "exercises.toml").site_url == SITE.removesuffix("de/")

    result = generator("sheet", PROGRAM, "--language", "fr", "-o", str(tmp_path / "fr.pdf"))
    assert result.returncode == 1
    assert "translations/fr.toml:1:1: there is no such file, so there is no site in 'fr'" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "fr.pdf").exists()


# --- numbers a script reads ---------------------------------------------------------------------


def _with_decimals(folder: Path) -> Path:
    """A copy of the project whose Romanian deadlift takes 72.5-100 % of the clean, whose waves'
    training max is 87.5 % and whose Romanian deadlift there steps up 2.5 kg a week."""
    for name in ("exercises.toml", "vocabulary.toml"):
        shutil.copy(ROOT / name, folder / name)
    shutil.copytree(ROOT / "translations", folder / "translations")
    text = (folder / "exercises.toml").read_text("utf-8")
    for english, changed in (
        ('{ of = "clean", percent = [70, 100] },\n', '{ of = "clean", percent = [72.5, 100] },\n'),
        ("training_max = { percent = 90,", "training_max = { percent = 87.5,"),
        ("step = { percent = 5 }", "step = { kg = 2.5, lb = 5 }"),
    ):
        assert english in text
        text = text.replace(english, changed, 1)
    (folder / "exercises.toml").write_text(text, "utf-8")
    return folder / "exercises.toml"


def _attributes(page: str) -> list[str]:
    """What scripts and styles read of a page (as test_messages.py compares an exercise page)."""
    found = re.findall(r'(?:data-[\w-]+|id|class|name|for|min|max|value)="[^"]*"', page)
    language_own = ("data-lift-name=", 'class="eg-untranslated"')
    return [a for a in found if not a.startswith(language_own)]


def test_a_number_a_script_reads_keeps_its_decimal_point_in_german(tmp_path: Path) -> None:
    catalog = load_catalog(_with_decimals(tmp_path))
    # The English catalogue on both: the pages differ by the templates' language alone.
    de = render_site(catalog, language="de")
    en = render_site(catalog)

    for path in (exercise_page("romanian-deadlift"), program_page("squat-and-deadlift-waves")):
        assert _attributes(de[path]) == _attributes(en[path]), path
    rdl = de[exercise_page("romanian-deadlift")]
    assert 'data-low="72.5"' in rdl  # the calculator's
    assert "72,5–100 % deines 1RM" in rdl  # the reader's
    waves = de[program_page("squat-and-deadlift-waves")]
    assert 'value="87.5" name="tm-back-squat"' in waves
    assert 'data-add-kg="2.5"' in waves
    assert '<span class="sheet__tm-value" data-lift="back-squat">87,5</span> % des 1RM' in waves
