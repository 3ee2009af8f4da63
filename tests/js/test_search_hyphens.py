"""The search box's query reaches Material's search with hyphens inside words written as spaces
and each whole word also searched as itself.

The script (docs/assets/javascripts/search-hyphens.js) runs in Node; tests/browser/test_browser.py and
tests/build/test_search_ranking.py show what it changes in the ranking.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT
from tests.material_search import run_node

SCRIPT = ROOT / "docs" / "assets" / "javascripts" / "search-hyphens.js"
NODE_RUNNER = """
const script = require(process.argv[1]);
const { name, queries } = JSON.parse(require("fs").readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(queries.map(script[name])));
"""


def run_script(name: str, *queries: str) -> list[str]:
    request = json.dumps({"name": name, "queries": queries})
    answer: list[str] = json.loads(run_node(NODE_RUNNER, request, str(SCRIPT), timeout=60))
    return answer


def search_queries(*queries: str) -> list[str]:
    return run_script("spacedHyphens", *queries)


@pytest.mark.parametrize(
    ("typed", "searched"),
    [
        ("High-bar squat", "High bar squat"),
        ("Bababasi High-bar squat", "Bababasi High bar squat"),
        ("stiff-leg", "stiff leg"),
        ("Stiff--leg", "Stiff leg"),
        ("one-and-a-half squat", "one and a half squat"),
        ("rdl", "rdl"),
    ],
)
def test_a_hyphen_inside_a_word_is_searched_as_a_space(typed: str, searched: str) -> None:
    assert search_queries(typed) == [searched]


@pytest.mark.parametrize("typed", ["squat -front", "-front squat", "High-", "High- bar", "-", ""])
def test_other_hyphens_stay_as_typed(typed: str) -> None:
    """A leading hyphen leaves a word out (lunr's syntax); a trailing one is a word still being typed."""
    assert search_queries(typed) == [typed]


@pytest.mark.parametrize(
    ("typed", "searched"),
    [
        ("Deadlift", "Deadlift^10 Deadlift"),
        ("chin up", "chin^10 chin up^10 up"),
        ("3/4 sit", "3/4^10 3/4 sit^10 sit"),
        ("squat -front", "squat^10 squat -front"),
        ("title:squat bar^2 bar~1 bar* +bar", "title:squat bar^2 bar~1 bar* +bar"),
        ('"back squat" bar', '"back squat" bar'),
        ("squat ", "squat^10 squat "),
        (
            "Calf Press On The Leg press Machine",
            "Calf^10 Calf Press^10 Press On^10 On The^10 The Leg^10 Leg Machine^10 Machine",
        ),
    ],
)
def test_a_whole_word_is_also_searched_as_itself(typed: str, searched: str) -> None:
    """Material completes every word as a prefix; a word as typed counts more, Material's own
    syntax (fields, boosts, edit distances, wildcards, presence, phrases) stays as typed."""
    assert run_script("wholeWordsFirst", typed) == [searched]


def test_the_query_has_its_hyphens_spaced_then_its_whole_words_doubled() -> None:
    assert run_script("searchQuery", "High-bar squat") == ["High^10 High bar^10 bar squat^10 squat"]
