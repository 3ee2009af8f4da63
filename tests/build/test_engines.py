"""One site, any engine: what `python -m generator build --out` writes, with docs/, builds with
Zensical (which runs no MkDocs plugin) into the same exercise pages, load tables, calculator,
sheet PDFs and data files as `mkdocs build` with the plugin, in English and in German."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import Files

from generator.catalogue.in_language import catalogue_in
from generator.catalogue.load import load_catalog
from generator.engines.mkdocs_plugin.plugin import ExerciseGuidePlugin
from generator.engines.prebuilt import resolve_data_addresses
from tests.conftest import REAL_EXERCISE_IDS, ROOT, copy_project, run
from tests.zensical_search import zensical_search_ranks

if TYPE_CHECKING:
    pass


DATA_FILES = [
    "exercises.json",
    "exercises.schema.json",
    "exercises.data.schema.json",
    "program.schema.json",
]
OFFLINE_FILES = ["service-worker.js", "manifest.webmanifest", "assets/images/app-icon.svg"]
PDFS = ["programs/lower-back-assistance-a4.pdf", "programs/lower-back-assistance-letter.pdf"]
# A load table's caption and cells, whatever markup each engine wraps them in.
LOAD_TABLE = re.compile(r"<table[^>]*\bdata-load-table\b.*?</table>", re.S)
TAGS = re.compile(r"<[^>]+>")
GERMAN = catalogue_in("de", load_catalog(ROOT / "exercises.toml"), ROOT / "exercises.toml").catalog


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What `python -m generator build --out` writes for the real catalogue."""
    out = tmp_path_factory.mktemp("generated")
    result = run("-m", "generator", "build", "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


def load_tables(page: Path) -> list[str]:
    """The text of each load table of a built page, cell by cell."""
    html = page.read_text("utf-8")
    return [" ".join(TAGS.sub(" ", table).split()) for table in LOAD_TABLE.findall(html)]


@pytest.mark.parametrize("language", ["", "de"], ids=["english", "german"])
@pytest.mark.parametrize("exercise_id", REAL_EXERCISE_IDS)
def test_both_engines_build_each_exercise_page_with_the_same_load_tables(
    built_site: Path, zensical_site: Path, exercise_id: str, language: str
) -> None:
    mkdocs_page = built_site / language / "exercises" / exercise_id / "index.html"
    zensical_page = zensical_site / language / "exercises" / exercise_id / "index.html"
    assert load_tables(zensical_page) == load_tables(mkdocs_page)
    name = re.search(r"<h1[^>]*>(.*?)</h1>", mkdocs_page.read_text("utf-8"), re.S)
    assert name
    assert name.group(1).split("<")[0].strip() in zensical_page.read_text("utf-8")


def test_the_load_tables_are_there_to_compare(built_site: Path) -> None:
    assert len(load_tables(built_site / "exercises" / "romanian-deadlift" / "index.html")) >= 2


@pytest.mark.parametrize(
    "path",
    [
        *DATA_FILES,
        "assets/loads.json",
        *PDFS,
        *OFFLINE_FILES,
        *(
            f"de/{path}"
            for path in ["assets/loads.json", "assets/messages.js", *PDFS, *OFFLINE_FILES]
        ),
    ],
)
def test_both_engines_publish_the_same_data_files_and_sheets(
    built_site: Path, zensical_site: Path, path: str
) -> None:
    assert (zensical_site / path).read_bytes() == (built_site / path).read_bytes()
    if path.endswith(".pdf"):
        assert (zensical_site / path).read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("exercise_id", REAL_EXERCISE_IDS)
def test_zensical_builds_the_german_site_in_german(zensical_site: Path, exercise_id: str) -> None:
    """mkdocs.de.yml as MkDocs merges it (Zensical alone would add mkdocs.yml's nav and languages
    to the German ones) and the pages `build --config mkdocs.de.yml` makes in German."""
    html = (zensical_site / "de" / "exercises" / exercise_id / "index.html").read_text("utf-8")
    assert '<html lang="de"' in html
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    assert heading
    assert heading.group(1).split("<")[0].strip() == GERMAN.exercise(exercise_id).name
    navigation = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>', html, re.S)
    assert navigation
    assert "Startseite" in navigation.group(0)
    assert "Home" not in TAGS.sub(" ", navigation.group(0)).split()
    languages = re.findall(r'class="md-select__link">([^<]+)<', html)
    assert languages == ["English", "Deutsch"]


def test_zensicals_german_site_says_which_hand_written_pages_are_english(
    zensical_site: Path,
) -> None:
    untranslated = (zensical_site / "de" / "contributing" / "index.html").read_text("utf-8")
    assert "Diese Seite ist noch nicht übersetzt: Du liest sie auf Englisch." in untranslated
    assert '<div lang="en">' in untranslated
    english = (zensical_site / "contributing" / "index.html").read_text("utf-8")
    assert "eg-untranslated-page" not in english


@pytest.mark.parametrize(
    "path", ["safety", "data", "tags/muscles", "tags/patterns", "tags/equipment"]
)
def test_both_engines_show_the_german_translation_of_a_hand_written_page(
    built_site: Path, zensical_site: Path, path: str
) -> None:
    headings = []
    for site in (built_site, zensical_site):
        html = (site / "de" / path / "index.html").read_text("utf-8")
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
        assert heading
        headings.append(heading.group(1).split("<")[0].strip())
        assert "eg-untranslated-page" not in html
    assert headings[0] == headings[1]
    assert headings[0].startswith(("Sicherheitshinweise", "Übungen nach", "Die Daten"))


def test_a_german_name_finds_its_exercise_first_in_zensicals_german_search(
    zensical_site: Path,
) -> None:
    queries = [
        (GERMAN.exercise(exercise_id).name, f"exercises/{exercise_id}/")
        for exercise_id in REAL_EXERCISE_IDS
    ]
    missed = [r for r in zensical_search_ranks(zensical_site / "de", queries) if r.rank != 1]
    assert missed == []


def test_links_between_generated_pages_work_in_the_zensical_site(zensical_site: Path) -> None:
    page = zensical_site / "exercises" / "romanian-deadlift" / "index.html"
    html = page.read_text("utf-8")
    links = re.findall(r'href="(\.\./[a-z-]+/)"', html)
    assert links
    for link in links:
        assert (page.parent / link / "index.html").resolve().is_file(), link
    assert 'data-src="../../assets/loads.json"' in html


@pytest.mark.parametrize("page", ["exercises/romanian-deadlift", "muscles/glutes"])
def test_the_muscle_map_finds_its_drawing_in_the_zensical_site(
    zensical_site: Path, page: str
) -> None:
    html = (zensical_site / page / "index.html").read_text("utf-8")
    drawings = set(re.findall(r'<use xlink:href="([^"#]+)#', html))
    assert drawings
    for drawing in drawings:
        found = (zensical_site / page / drawing).resolve()
        assert found == zensical_site / "assets" / "muscle-map.svg", drawing


@pytest.fixture(scope="module")
def plugin_files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, bytes]]:
    """The files the MkDocs plugin adds to a build, its PDFs printed, by their path in docs/."""
    project = copy_project(tmp_path_factory.mktemp("plugin"))
    config = load_config(str(project / "mkdocs.yml"))
    plugin = config.plugins["exercise-guide"]
    assert isinstance(plugin, ExerciseGuidePlugin)
    # As `mkdocs build` starts: MkDocs keeps a plugin with on_startup across configs, so one a serve
    # test left serving would otherwise still leave out the service worker.
    config.plugins.on_startup(command="build", dirty=False)
    config.plugins.on_pre_build(config=config)
    files = config.plugins.on_files(Files([]), config=config)
    plugin.on_env(config.theme.get_env(), config=config, files=files)  # the PDFs, printed
    yield {file.src_uri: file.content_bytes for file in files}
    config.plugins.on_shutdown()
    shutil.rmtree(project, ignore_errors=True)


def test_the_cli_writes_what_the_plugin_adds(
    generated: Path, plugin_files: dict[str, bytes]
) -> None:
    """The same files, the same bytes: pages with the data files they name as addresses (the
    plugin leaves that to MkDocs), data files and PDFs as they are."""
    written = {
        path.relative_to(generated).as_posix(): path.read_bytes()
        for path in generated.rglob("*")
        if path.is_file() and not path.name.startswith(".exercise-guide")
    }
    assert set(written) == set(plugin_files)
    for path, content in plugin_files.items():
        if path.endswith(".md"):
            content = resolve_data_addresses(path, content.decode("utf-8")).encode("utf-8")  # noqa: PLW2901
        assert written[path] == content, path
