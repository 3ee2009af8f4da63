"""On a site of real exercise names, typing a name (or an alias) finds that exercise first.

One real `mkdocs build` of a catalogue of about 870 real names, shared by the tests of this module:
Material's own search worker, run in Node (tests/material_search.py), scores every name and alias;
a real Chromium types a sample of names into the search box.

The catalogue is the one fixture `catalogue_toml`: the real exercises.toml with its aliases, and the
873 exercises of free-exercise-db (public domain) converted by benchmarks/free_exercise_db.py from
their names and labels, less those whose names the real catalogue already has.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.conftest import ROOT, copy_project, run, serve
from tests.material_search import search_ranks

if TYPE_CHECKING:
    from playwright.sync_api import Browser


# free-exercise-db's 873 exercises (names and labels), converted by benchmarks/free_exercise_db.py.
FREE_EXERCISE_DB = ROOT / "tests" / "data" / "free-exercise-db.json"
# Names that share words with each other and with vocabulary words, as real catalogues have them.
SHARED_WORD_NAMES = [
    "Barbell Squat",
    "Back Squat",
    "Dumbbell Bench Press",
    "Bench Press - Powerlifting",
    "Chin-Up",
    "Back extension",
]
# Typed alone, each of these is a word of many names and of the vocabulary: a name must come first.
VOCABULARY_QUERIES = ["barbell", "bench", "back", "squat", "dumbbell"]
BROWSER_SAMPLE = 20
FIRST_RESULT_IS = (
    "name => document.querySelector('.md-search-result__item h1')?.textContent.trim() === name"
)


class Exercise(NamedTuple):
    page: str  # its location in the search index: "exercises/back-squat/"
    name: str
    aliases: list[str]


@pytest.fixture(scope="module")
def catalogue_toml() -> str:
    """exercises.toml of the site under test: the real catalogue, with its aliases, and after it
    every exercise of free-exercise-db whose name it does not have, as the converter writes them."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import free_exercise_db  # noqa: PLC0415 (a script of benchmarks/, not a package)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    real = (ROOT / "exercises.toml").read_text("utf-8")
    records = json.loads(FREE_EXERCISE_DB.read_text("utf-8"))
    return real + "\n" + free_exercise_db.convert(records, beside=real)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, catalogue_toml: str) -> Path:
    project = copy_project(tmp_path_factory.mktemp("ranking"))
    (project / "exercises.toml").write_text(catalogue_toml, "utf-8")
    result = run(
        "-m", "mkdocs", "build", "--strict", "--site-dir", "site", cwd=project, timeout=900
    )
    assert result.returncode == 0, result.stderr
    return project / "site"


@pytest.fixture(scope="module")
def exercises(catalogue_toml: str) -> list[Exercise]:
    entries = tomllib.loads(catalogue_toml)["exercises"]
    return [Exercise(f"exercises/{e['id']}/", e["name"], e.get("aliases", [])) for e in entries]


def test_the_catalogue_is_a_real_one(exercises: list[Exercise]) -> None:
    names = {e.name.casefold() for e in exercises}
    assert len(names) >= 800
    assert names >= {name.casefold() for name in SHARED_WORD_NAMES}
    assert sum(len(e.aliases) for e in exercises) >= 10  # the real catalogue's


def test_every_name_and_alias_finds_its_exercise_first(
    site: Path, exercises: list[Exercise]
) -> None:
    queries = [(name, e.page) for e in exercises for name in (e.name, *e.aliases)]
    missed = [r for r in search_ranks(site, queries) if r.rank != 1]
    assert not missed, (
        f"{len(missed)} of {len(queries)} names and aliases do not find their exercise first: "
        + "; ".join(f"{r.query!r} ranks {r.rank}, {r.first} first" for r in missed[:20])
    )


@pytest.mark.parametrize(
    "name",
    [
        # "Adductor/Groin" and "Squats" are rarer words: the script has a whole word count more.
        "Adductor",
        "Squat with Bands",
    ],
)
def test_some_names_need_the_query_script_to_come_first(
    site: Path, exercises: list[Exercise], name: str
) -> None:
    """Without docs/assets/javascripts/search-hyphens.js these names are not first; if they are,
    a Material update may have made (part of) the script unneeded."""
    (page,) = [e.page for e in exercises if e.name == name]
    (with_script,) = search_ranks(site, [(name, page)])
    (as_typed,) = search_ranks(site, [(name, page)], query_script=False)
    assert with_script.rank == 1
    assert as_typed.rank != 1


def test_a_vocabulary_word_alone_finds_a_name_with_that_word_first(
    site: Path, exercises: list[Exercise]
) -> None:
    """ "bench" finds a bench press, not the back extension done on a back-extension bench."""
    by_page = {e.page: e for e in exercises}
    for ranked in search_ranks(site, [(word, "") for word in VOCABULARY_QUERIES]):
        first = by_page[ranked.first or ""]
        titles = [first.name, *first.aliases]
        assert any(_has_word_starting(title, ranked.query) for title in titles), (
            f"{ranked.query!r} finds {first.name!r} first"
        )


def test_typing_a_name_in_the_search_box_shows_its_exercise_first(
    browser: Browser, site: Path, exercises: list[Exercise]
) -> None:
    shared = {name.casefold() for name in SHARED_WORD_NAMES}
    spread = exercises[:: len(exercises) // (BROWSER_SAMPLE - len(shared))]
    sample = [e.name for e in exercises if e.name.casefold() in shared]
    sample += [e.name for e in spread if e.name.casefold() not in shared]
    sample = sample[:BROWSER_SAMPLE]
    shown = {}
    with serve(site) as url:
        page = browser.new_page()
        try:
            page.goto(url)
            box = page.locator("input.md-search__input")
            box.click()
            first_title = page.locator(".md-search-result__item h1").first
            for name in sample:
                box.fill("")
                page.keyboard.type(name, delay=20)
                try:
                    page.wait_for_function(FIRST_RESULT_IS, arg=name, timeout=15_000)
                    # Material runs one query a keystroke, one after another: the first result
                    # must still be the name once the last keystroke's query has run.
                    page.wait_for_timeout(1_000)
                except PlaywrightTimeoutError:
                    pass  # the assertion says what came first instead
                shown[name] = first_title.inner_text().strip()
        finally:
            page.close()
    assert len(shown) == BROWSER_SAMPLE
    assert {name: first for name, first in shown.items() if first != name} == {}


def _has_word_starting(title: str, prefix: str) -> bool:
    return any(w.startswith(prefix.casefold()) for w in re.split(r"[\s\-]+", title.casefold()))
