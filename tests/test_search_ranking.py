"""On a site of real exercise names, typing a name (or an alias) finds that exercise first.

One real `mkdocs build` of a catalogue of about 870 real names, shared by the tests of this module:
Material's own search worker, run in Node (tests/material_search.py), scores every name and alias;
a real Chromium types a sample of names into the search box.

The catalogue is the one fixture `catalogue_toml`. For now its names are those of free-exercise-db
(public domain), written as entries of our own by `interim_catalogue`, with words of our vocabulary
and short text of our own; only the names are real, and they are what this module tests.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from .conftest import ROOT, copy_project, run, serve
from .material_search import search_ranks

if TYPE_CHECKING:
    from playwright.sync_api import Browser

pytestmark = pytest.mark.site

# free-exercise-db's 873 exercises, a JSON list of objects with a `name`: the copy committed for
# its converter (benchmarks/free_exercise_db.py), else this machine's.
FREE_EXERCISE_DB = next(
    (
        path
        for path in (ROOT / "tests" / "data" / "free-exercise-db.json", Path("/tmp/fedb.json"))
        if path.is_file()
    ),
    None,
)
# Names that share words with each other and with vocabulary words, as real catalogues have them.
SHARED_WORD_NAMES = ["Barbell Squat", "Back Squat", "Bench Press", "Chin-Up", "Back extension"]
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
    """exercises.toml of the site under test: the one place to point at another catalogue."""
    if FREE_EXERCISE_DB is None:
        pytest.skip("free-exercise-db's exercises are not on this machine")
    names = [entry["name"] for entry in json.loads(FREE_EXERCISE_DB.read_text("utf-8"))]
    return interim_catalogue(names)


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
    assert sum(len(e.aliases) for e in exercises) >= 30


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
        # Material counts each part of "Pull-In" twice: the script spaces the hyphen.
        "Flat Bench Leg Pull-In",
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


@pytest.mark.browser
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


# --- the interim catalogue ------------------------------------------------------------------------


def interim_catalogue(names: Sequence[str]) -> str:
    """The real exercises.toml with an entry for each of `names` appended.

    A name the real catalogue already has, as a name or an alias, is left out: two exercises
    with one name cannot both come first. Each entry gets the vocabulary words its name mentions
    (else words taken in turn), and every fifth name of three or four words its initials as an
    alias ("RDL"), when no other name or alias has them.
    """
    real = (ROOT / "exercises.toml").read_text("utf-8")
    vocabulary = tomllib.loads((ROOT / "vocabulary.toml").read_text("utf-8"))
    taken = {
        title.casefold()
        for e in tomllib.loads(real)["exercises"]
        for title in (e["name"], *e.get("aliases", []))
    }
    ids: set[str] = {e["id"] for e in tomllib.loads(real)["exercises"]}
    entries = []
    for position, listed in enumerate([*SHARED_WORD_NAMES, *names]):
        # " -Pronated" is lunr's "leave out Pronated": no one could search such a name as typed.
        name = re.sub(r"(?<=\s)-(?=\S)", "- ", listed)
        if name.casefold() in taken:
            continue
        taken.add(name.casefold())
        slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
        entry_id = slug
        while entry_id in ids:
            entry_id += "-again"
        ids.add(entry_id)
        entries.append(_entry(position, entry_id, name, vocabulary))
    _give_initials(entries, taken)
    return real + "".join(_toml_entry(entry) for entry in entries)


def _entry(position: int, entry_id: str, name: str, vocabulary: dict[str, Any]) -> dict[str, Any]:
    words = set(re.split(r"[^a-z]+", name.casefold()))

    def pick(kind: str, turn: int) -> str:
        mentioned = [key for key, w in vocabulary[kind].items() if w["name"].casefold() in words]
        choices = [key for key in vocabulary[kind] if key != "back-extension-bench"]
        return mentioned[0] if mentioned else choices[turn % len(choices)]

    pattern, muscle, equipment = (
        pick("patterns", position),
        pick("muscles", position * 7),
        pick("equipment", position * 3),
    )
    shown = {
        "pattern": vocabulary["patterns"][pattern]["name"].lower(),
        "muscle": vocabulary["muscles"][muscle]["name"].lower(),
        "equipment": vocabulary["equipment"][equipment]["name"].lower(),
    }
    return {
        "id": entry_id,
        "name": name,
        "aliases": [],
        "summary": (
            f"A {shown['pattern']} movement with {shown['equipment']} that trains the "
            f"{shown['muscle']}."
        ),
        "pattern": pattern,
        "muscles": {"primary": [muscle]},
        "equipment": [equipment],
        "cues": [
            "Set up in a stable position before the first repetition.",
            "Move under control through the whole range you own.",
        ],
        "safety": ["Stop the set if a movement causes sharp pain."],
        "sources": ["free-exercise-db"],
    }


def _give_initials(entries: list[dict[str, Any]], taken: set[str]) -> None:
    words = {w for title in taken for w in re.split(r"[\s\-]+", title)}
    long_names = [e for e in entries if 3 <= len(e["name"].split()) <= 4]
    for entry in long_names[::5]:
        initials = "".join(word[0] for word in entry["name"].split()).upper()
        clear = not any(w.startswith(initials.casefold()) for w in words)
        if initials.isalpha() and clear and initials.casefold() not in taken:
            taken.add(initials.casefold())
            entry["aliases"] = [initials]


def _toml_entry(entry: dict[str, Any]) -> str:
    lines = ["", "[[exercises]]"]
    for key, value in entry.items():
        if value != []:
            lines.append(f"{key} = {_toml(value)}")
    return "\n".join(lines) + "\n"


def _toml(value: Any) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"no TOML for {value!r}")
