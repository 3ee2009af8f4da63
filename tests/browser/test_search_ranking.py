"""On a site of real exercise names, typing a name (or an alias) finds that exercise first,
whatever punctuation it holds.

One real `mkdocs build` of a catalogue of about 950 names, shared by the tests of this module:
Material's own search worker, run in Node (tests/material_search.py), scores every name and alias;
a real Chromium types a sample of names into the search box.

The catalogue is the one fixture `catalogue_toml`: the real exercises.toml with its aliases, the
873 exercises of free-exercise-db (public domain) converted by benchmarks/free_exercise_db.py from
their names and labels, less those whose names the real catalogue already has, and names made
from those with each punctuation mark a name may hold, in every place in the name
(`punctuated_names`).
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import pytest
from playwright.sync_api import expect

from generator.catalogue.near_duplicates import name_words
from generator.engines.cli.scaffold import exercise_id, toml_string
from tests.conftest import ROOT, copy_project, run, serve, zensical_build
from tests.material_search import search_ranks
from tests.zensical_search import zensical_search_ranks

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
# Characters a name may hold: those lunr reads as query syntax (field:, +required, -left out,
# ~edit distance, ^boost, *wildcard, Material's "phrase") and others the index ends a word at.
PUNCTUATION = [":", "+", "-", "~", "^", "*", '"', "(", ")", "/", "'", ","]
# Where a mark goes in a name made of a real name ("Clean Pull") and a word ("Paused").
PLACES = [
    "{mark}{name} {word}",  # before the name
    "{name} {mark}{word}",  # before a word
    "{name}{mark}{word}",  # inside a word
    "{name}{mark} {word}",  # after a word: "Lunges: Dumbbell"
    "{name} {mark} {word}",  # between words: "Squat + Press"
    "{name} {word}{mark}",  # after the name
]
WORDS = ["Paused", "Banded", "Deficit", "Tempo", "Isometric", "Chained", "Pin"]


class Exercise(NamedTuple):
    page: str  # its location in the search index: "exercises/back-squat/"
    name: str
    aliases: list[str]


@pytest.fixture(scope="module")
def catalogue_toml() -> str:
    """exercises.toml of the site under test: the real catalogue, with its aliases, after it
    every exercise of free-exercise-db whose name it does not have, as the converter writes them,
    and the punctuated names."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import free_exercise_db  # noqa: PLC0415 (a script of benchmarks/, not a package)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    real = (ROOT / "exercises.toml").read_text("utf-8")
    records = json.loads(FREE_EXERCISE_DB.read_text("utf-8"))
    catalogue = real + "\n" + free_exercise_db.convert(records, beside=real)
    return catalogue + "\n" + punctuated_entries(catalogue)


class Punctuated(NamedTuple):
    name: str  # "Clean Pull:Banded"
    made_from: str  # the real name in it: "Clean Pull"


def punctuated_names(names: list[str]) -> list[Punctuated]:
    """Each mark of PUNCTUATION in each of PLACES, in a name made of one of `names` (two plain
    words each, a different one every time) and one of WORDS."""
    plain = sorted(n for n in names if re.fullmatch(r"[A-Za-z]+ [A-Za-z]+", n))
    made = []
    for number, (mark, place) in enumerate((m, p) for m in PUNCTUATION for p in PLACES):
        name = plain[number * 7 % len(plain)]
        word = WORDS[number % len(WORDS)]
        made.append(Punctuated(place.format(mark=mark, name=name, word=word), name))
    return made


def punctuated_entries(catalogue: str) -> str:
    """Entries for `punctuated_names` of the catalogue's names, each with the movement pattern,
    muscles and equipment of the exercise its name is made from."""
    exercises = tomllib.loads(catalogue)["exercises"]
    by_name = {e["name"]: e for e in exercises}
    taken = {e["id"] for e in exercises}
    entries = []
    for name, made_from in punctuated_names(list(by_name)):
        entry_id = exercise_id(name)
        assert entry_id not in taken, entry_id
        taken.add(entry_id)
        real = by_name[made_from]
        muscles = ", ".join(map(toml_string, real["muscles"]["primary"]))
        equipment = ", ".join(map(toml_string, real["equipment"]))
        entries.append(
            f"""[[exercises]]
id = {toml_string(entry_id)}
name = {toml_string(name)}
summary = "A variation made for the search tests: its name holds a punctuation mark."
pattern = {toml_string(real["pattern"])}
muscles = {{ primary = [{muscles}] }}
equipment = [{equipment}]
cues = ["Move as in the exercise this one varies."]
safety = ["Stop if it hurts."]
sources = ["free-exercise-db"]
"""
        )
    return "\n".join(entries)


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


def test_the_catalogue_holds_every_punctuation_mark_in_every_place(
    exercises: list[Exercise],
) -> None:
    names = {e.name for e in exercises}
    made = punctuated_names(sorted(names))
    assert len(made) == len(PUNCTUATION) * len(PLACES)
    assert {p.name for p in made} <= names
    for mark in PUNCTUATION:
        assert len([p for p in made if mark in p.name]) >= len(PLACES), mark


def test_each_punctuated_name_is_the_only_name_with_its_words(exercises: list[Exercise]) -> None:
    """Otherwise two exercises would compete for its query, which `check` warns of."""
    titles = [name_words(t) for e in exercises for t in {e.name, *e.aliases}]
    made = punctuated_names(sorted(e.name for e in exercises))
    assert all(titles.count(name_words(p.name)) == 1 for p in made)


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
        # "Squats" is a rarer word: the script has a whole word count more.
        "Squat with Bands",
        # lunr's syntax: a field name (the word is lost), a word left out, an edit distance
        # and a boost (each a word lost, or the query unreadable).
        "Circus Bell Chained:",
        "Leverage Deadlift -Pin",
        "Rope Jumping~Pin",
        "Thigh Abductor^Chained",
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
    sample = sample[:BROWSER_SAMPLE] + punctuated_sample(exercises)
    shown = first_titles_typed(browser, site, sample, MATERIAL_SEARCH)
    assert len(shown) == BROWSER_SAMPLE + len(PUNCTUATION)
    assert {name: first for name, first in shown.items() if first != name} == {}


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory: pytest.TempPathFactory, catalogue_toml: str) -> Path:
    """The same catalogue, built as `make site ENGINE=zensical` does."""
    project = copy_project(tmp_path_factory.mktemp("ranking-zensical"))
    (project / "exercises.toml").write_text(catalogue_toml, "utf-8")
    return zensical_build(project)


def test_every_punctuated_name_finds_its_exercise_first_in_zensical(
    zensical_site: Path, exercises: list[Exercise]
) -> None:
    """Zensical ends a word at the separator of mkdocs.yml in the index and the query alike, so a
    name's punctuation costs it nothing there. Its ranking is its own (the README says how it
    differs): a name that only has hyphens may come after a longer name that begins with it."""
    made = {p.name for p in punctuated_names(sorted(e.name for e in exercises))}
    queries = [
        (e.name, e.page)
        for e in exercises
        if e.name in made or re.search(r"[^\w\s-]", e.name)  # the data set's: ( ) / ' ,
    ]
    missed = [r for r in zensical_search_ranks(zensical_site, queries) if r.rank != 1]
    assert len(queries) >= len(made) + 20
    assert not missed, "; ".join(f"{r.query!r} ranks {r.rank}, {r.first} first" for r in missed)


def test_typing_a_punctuated_name_in_zensicals_search_box_shows_its_exercise_first(
    browser: Browser, zensical_site: Path, exercises: list[Exercise]
) -> None:
    sample = punctuated_sample(exercises)
    shown = first_titles_typed(browser, zensical_site, sample, ZENSICAL_SEARCH)
    assert len(shown) == len(PUNCTUATION)
    assert {name: first for name, first in shown.items() if first != name} == {}


def punctuated_sample(exercises: list[Exercise]) -> list[str]:
    """One punctuated name for each mark, each in another place."""
    made = punctuated_names(sorted(e.name for e in exercises))
    return [made[n * len(PLACES) + n % len(PLACES)].name for n in range(len(PUNCTUATION))]


class SearchBox(NamedTuple):
    """Where a reader searches a site of one engine (CSS, through shadow roots)."""

    opener: str  # what they click to search
    box: str  # what they type in
    first_title: str  # the title of the first result


MATERIAL_SEARCH = SearchBox(
    "input.md-search__input", "input.md-search__input", ".md-search-result__item h1"
)
ZENSICAL_SEARCH = SearchBox(
    ".md-search__button", 'input[role="combobox"]', '[role="listbox"] [role="option"] h2'
)


def first_titles_typed(
    browser: Browser, site: Path, names: list[str], search: SearchBox
) -> dict[str, str]:
    """Each name typed into the search box of `site`, served: the title it shows first."""
    shown = {}
    with serve(site) as url:
        page = browser.new_page()
        try:
            page.goto(url)
            page.locator(search.opener).click()
            box = page.locator(search.box)
            first_title = page.locator(search.first_title).first
            for name in names:
                box.fill("")
                page.keyboard.type(name, delay=20)
                try:
                    expect(first_title).to_have_text(name, timeout=15_000)
                    # Search runs one query a keystroke, one after another: the first result
                    # must still be the name once the last keystroke's query has run.
                    page.wait_for_timeout(1_000)
                except AssertionError:
                    pass  # the caller's assertion says what came first instead
                shown[name] = first_title.inner_text().strip()
        finally:
            page.close()
    return shown


def _has_word_starting(title: str, prefix: str) -> bool:
    return any(w.startswith(prefix.casefold()) for w in re.split(r"[\s\-]+", title.casefold()))
