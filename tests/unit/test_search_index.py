"""The search index tuned for exercises (generator/site/search_index.py): words as text, an entry per
alias, titles boosted by their weight. tests/browser/test_search_ranking.py shows the ranking they give."""

from __future__ import annotations

from typing import Any

import pytest

from generator.catalogue.load import load_catalog
from generator.site.search_index import SearchTerms, for_exercises, search_terms
from tests.conftest import ROOT

TAGS = ["Pattern/Squat", "Muscle/Glutes"]
CONFIG = {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": ["stopWordFilter"], "fields": {}}


def index(*docs: dict[str, Any]) -> dict[str, Any]:
    return {"config": CONFIG, "docs": list(docs)}


def page(location: str, title: str, text: str = "", **more: Any) -> dict[str, Any]:
    return {"location": location, "title": title, "text": text, **more}


def without_boosts(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in d.items() if k != "boost"} for d in docs]


def test_each_alias_gets_an_entry_of_its_own_after_its_page() -> None:
    tuned = for_exercises(
        index(
            page("exercises/back-squat/", "Back squat", "<p>Squat.</p>", tags=TAGS),
            page("exercises/back-squat/#cues", "Cues", tags=TAGS),
            page("safety/", "Safety"),
        ),
        {"exercises/back-squat/": SearchTerms(["Barbell back squat", "High-bar squat"], [])},
    )
    assert without_boosts(tuned["docs"]) == [
        page("exercises/back-squat/", "Back squat", "<p>Squat.</p>"),
        page("exercises/back-squat/#also-called-1", "Barbell back squat"),
        page("exercises/back-squat/#also-called-2", "High-bar squat"),
        page("exercises/back-squat/#cues", "Cues"),
        page("safety/", "Safety"),
    ]


def test_vocabulary_words_are_text_of_the_page_entry_not_tags() -> None:
    """A tag weighs a thousand times a title in Material's search; text weighs a thousandth."""
    tuned = for_exercises(
        index(page("exercises/x/", "X", "<p>Summary.</p>", tags=TAGS)),
        {"exercises/x/": SearchTerms([], ["Squat", "Glutes", "Hip thrust", "Tom & Jerry"])},
    )
    (entry,) = tuned["docs"]
    assert "tags" not in entry
    assert entry["text"] == "<p>Summary.</p><p>Squat, Glutes, Hip thrust, Tom &amp; Jerry</p>"


def test_pages_that_are_not_exercises_keep_their_tags_and_weight() -> None:
    docs = [page("notes/", "Notes", tags=TAGS), page("notes/#part", "Part", tags=TAGS)]
    assert for_exercises(index(*docs), {"exercises/clean/": SearchTerms([], [])})["docs"] == docs


def test_a_title_with_more_or_rarer_words_gets_a_smaller_boost() -> None:
    """lunr weighs no title by its length: the boost has the exact name rank first."""
    entries = [
        page("exercises/a/", "Deadlift", "deadlift deadlift"),
        page("exercises/b/", "Cable Deadlifts"),
        page("exercises/c/", "Romanian deadlift"),
        page("other/", "Deadlift notes"),
    ]
    pages = {d["location"]: SearchTerms([], []) for d in entries[:3]}
    boosts = {d["location"]: d.get("boost") for d in for_exercises(index(*entries), pages)["docs"]}
    assert boosts["exercises/a/"] > boosts["exercises/c/"] > boosts["exercises/b/"] >= 1
    assert boosts["other/"] is None  # Material's own weight, 1


def test_an_alias_entry_is_boosted_by_what_a_page_gets_over_a_section() -> None:
    entries = [page("exercises/a/", "Hip bridge"), page("exercises/b/", "Glute bridge")]
    pages = {"exercises/a/": SearchTerms([], []), "exercises/b/": SearchTerms(["Hip bridge"], [])}
    boosts = {d["location"]: d["boost"] for d in for_exercises(index(*entries), pages)["docs"]}
    assert boosts["exercises/b/#also-called-1"] == pytest.approx(2.5 * boosts["exercises/a/"], 1e-3)


def test_stop_words_are_kept_as_the_query_keeps_them() -> None:
    tuned = for_exercises(index(), {})
    assert tuned["config"] == {**CONFIG, "pipeline": []}


def test_an_alias_that_looks_like_html_stays_text() -> None:
    """Material shows titles as HTML; an alias comes from a contributor."""
    tuned = for_exercises(
        index(page("exercises/x/", "X")),
        {"exercises/x/": SearchTerms(['<img src=x onerror="alert(1)">', "Tom & Jerry"], [])},
    )
    titles = [d["title"] for d in tuned["docs"][1:]]
    assert titles == ['&lt;img src=x onerror="alert(1)"&gt;', "Tom &amp; Jerry"]


def test_an_exercise_is_searched_by_its_aliases_and_its_words_with_their_synonyms() -> None:
    catalog = load_catalog(ROOT / "exercises.toml")
    (glute_bridge,) = [e for e in catalog.exercises if e.id == "glute-bridge"]
    terms = search_terms(glute_bridge, catalog.vocabulary)
    assert terms.aliases == ["Barbell glute bridge", "Hip bridge"]
    assert terms.words[:2] == ["Bridge", "hip thrust"]  # the pattern and its synonym
    assert "Barbell" in terms.words
