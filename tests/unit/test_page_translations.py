"""docs/'s hand-written pages in a language (translations/pages/<language>/, generator/catalogue/
page_translations.py): a page that translates today's English replaces it on that language's site;
an English change makes it stale, which `check` sums up (located) without failing and
--strict-translations fails on; a translation of no page, or of no named English, is refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.catalogue.page_translations import page_translations, pages_beside
from generator.catalogue.problems import CatalogError
from generator.catalogue.translations import source_hash
from tests.cli import generator
from tests.conftest import ROOT

ENGLISH = "---\nwritten_in: en\ntitle: Safety\n---\n\n# Safety\n\nWarm up.\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A catalogue with its German translation, and a docs/ of two English pages, one translated."""
    for name in ("exercises.toml", "vocabulary.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "translations", tmp_path / "translations")
    shutil.rmtree(tmp_path / "translations" / "pages")
    (tmp_path / "docs" / "tags").mkdir(parents=True)
    (tmp_path / "docs" / "safety.md").write_text(ENGLISH, "utf-8")
    (tmp_path / "docs" / "tags" / "muscles.md").write_text(ENGLISH, "utf-8")
    (tmp_path / "docs" / "index.md").write_text("# A page no language needs\n", "utf-8")
    write_german(tmp_path, "safety.md", source_hash(ENGLISH))
    return tmp_path


def write_german(project: Path, path: str, translates: str) -> Path:
    german = pages_beside(project / "exercises.toml", "de") / path
    german.parent.mkdir(parents=True, exist_ok=True)
    text = f"---\n# the German\ntranslates: {translates}\ntitle: Sicherheit\n---\n\n# Sicherheit\n"
    german.write_text(text, "utf-8")
    return german


def test_a_current_translation_replaces_its_page_and_the_rest_is_missing(project: Path) -> None:
    found = page_translations(
        pages_beside(project / "exercises.toml", "de"), project / "docs", "de"
    )
    german = project / "translations" / "pages" / "de" / "safety.md"
    assert found.current == {"safety.md": german}
    assert found.status.translated == 1
    assert [problem.file for problem in found.status.missing] == ["docs/tags/muscles.md"]
    assert found.status.stale == []


def test_an_english_change_makes_a_page_stale_and_check_says_where(project: Path) -> None:
    english = project / "docs" / "safety.md"
    english.write_text(ENGLISH + "Stop when it hurts.\n", "utf-8")

    found = page_translations(
        pages_beside(project / "exercises.toml", "de"), project / "docs", "de"
    )
    checked = generator("check", cwd=project)
    strict = generator("check", "--strict-translations", "de", cwd=project)

    assert found.current == {}, "a stale page leaves the English in its place"
    assert checked.returncode == 0
    now = source_hash(english.read_text("utf-8"))
    assert (
        "translations/pages/de (de): 0 of 2 pages translated; 1 stale, first at "
        f"translations/pages/de/safety.md:3:1 (docs/safety.md changed since this was translated "
        f"(now {now}))" in checked.stdout
    )
    assert strict.returncode == 1
    assert "translations/pages/de/safety.md:3:1: docs/safety.md changed" in strict.stderr
    assert "docs/tags/muscles.md:1:1: not translated into de" in strict.stderr
    assert "Traceback" not in strict.stderr


@pytest.mark.parametrize(
    ("path", "translates", "message"),
    [
        ("data.md", "0123abcd", "docs/ has no page data.md for this to translate"),
        ("tags/muscles.md", "", "front matter names no `translates: <hash>` of the English page"),
    ],
)
def test_a_bad_page_translation_is_refused_located(
    project: Path, path: str, translates: str, message: str
) -> None:
    write_german(project, path, translates)
    with pytest.raises(CatalogError) as raised:
        page_translations(pages_beside(project / "exercises.toml", "de"), project / "docs", "de")
    assert [str(problem) for problem in raised.value.problems] == [
        f"translations/pages/de/{path}:1:1: {message}"
    ]
    checked = generator("check", cwd=project)
    assert checked.returncode == 1
    assert f"translations/pages/de/{path}:1:1: {message}" in checked.stderr
    assert "Traceback" not in checked.stderr


def test_every_german_page_of_this_project_translates_todays_english() -> None:
    found = page_translations(pages_beside(ROOT / "exercises.toml", "de"), ROOT / "docs", "de")
    assert found.status.stale == []
    assert sorted(found.current) == [
        "data.md",
        "safety.md",
        "tags/equipment.md",
        "tags/muscles.md",
        "tags/patterns.md",
    ]
