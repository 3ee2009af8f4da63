"""The search box's query reaches Material's search with each character of query syntax written
as a space (a hyphen too) and each whole word also searched as itself.

The script (docs/assets/javascripts/search-hyphens.js) runs in Node; tests/browser/test_browser.py and
tests/browser/test_search_ranking.py show what it changes in the ranking.
"""

from __future__ import annotations

import json
import re

import pytest
import yaml

from tests.conftest import ROOT
from tests.material_search import run_node

SCRIPT = ROOT / "docs" / "assets" / "javascripts" / "search-hyphens.js"
NODE_RUNNER = """
const script = require(process.argv[1]);
const { name, queries } = JSON.parse(require("fs").readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(queries.map(script[name])));
"""
SYNTAX_RUNNER = """
process.stdout.write(JSON.stringify([require(process.argv[1]).QUERY_SYNTAX]));
"""


def run_script(name: str, *queries: str) -> list[str]:
    request = json.dumps({"name": name, "queries": queries})
    answer: list[str] = json.loads(run_node(NODE_RUNNER, request, str(SCRIPT), timeout=60))
    return answer


def mkdocs_search_separator() -> str:
    """The search plugin's separator in mkdocs.yml, which both engines read."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    (search,) = [p["search"] for p in config["plugins"] if isinstance(p, dict) and "search" in p]
    separator: str = search["separator"]
    return separator


def literal_words(*queries: str) -> list[str]:
    return run_script("literalWords", *queries)


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
    assert literal_words(typed) == [searched]


@pytest.mark.parametrize(
    ("typed", "searched"),
    [
        # lunr's field: the word before the colon was read as a field name and lost.
        ("Lunges: Dumbbell", "Lunges  Dumbbell"),
        ("Curl:Hammer", "Curl Hammer"),
        # lunr's presence: required (+) or left out (-) before a word.
        ("Squat + Press", "Squat   Press"),
        ("+Band Press", " Band Press"),
        ("Extension -Pronated Grip", "Extension  Pronated Grip"),
        ("-front squat", " front squat"),
        ("High-", "High "),
        # lunr's edit distance (~), boost (^), wildcard (*) and escape (\\).
        ("Row ~ Wide", "Row   Wide"),
        ("Squat^2", "Squat 2"),
        ("Press*", "Press "),
        ("Back\\slash", "Back slash"),
        # Material's phrase: its words were required.
        ('"Zercher" Squat', " Zercher  Squat"),
        # Not syntax: Material splits at them where the index does (or keeps them, as "'").
        ("Front Squat (Clean Grip)", "Front Squat (Clean Grip)"),
        ("3/4 Sit-Up", "3/4 Sit Up"),
        ("Farmer's Walk, Heavy", "Farmer's Walk, Heavy"),
    ],
)
def test_a_character_of_query_syntax_is_searched_as_a_space(typed: str, searched: str) -> None:
    """Names hold the characters lunr and Material read as query syntax ("Bench Press: Barbell");
    typed into the search box, each is text, and the index ends a word there."""
    assert literal_words(typed) == [searched]


def test_the_index_ends_a_word_at_every_character_of_query_syntax() -> None:
    """The search separator of mkdocs.yml, which both engines read, splits at each character the
    script turns into a space: "Lunges:" in a name is the word "lunges" the query then holds."""
    (syntax,) = json.loads(run_node(SYNTAX_RUNNER, "", str(SCRIPT), timeout=60))
    spaced = [c for c in map(chr, range(32, 127)) if re.fullmatch(syntax, c)]  # as JavaScript
    assert set(spaced) == set(':+-~^*"\\')
    separator = mkdocs_search_separator()
    for character in spaced:
        assert re.split(separator, f"Lunges{character}Dumbbell") == ["Lunges", "Dumbbell"], (
            character
        )


@pytest.mark.parametrize(
    ("typed", "searched"),
    [
        ("Deadlift", "Deadlift^10 Deadlift"),
        ("chin up", "chin^10 chin up^10 up"),
        ("3/4 sit", "3/4^10 3/4 sit^10 sit"),
        ("Front Squat (Clean", "Front^10 Front Squat^10 Squat (Clean^10 (Clean"),
        ("squat ", "squat^10 squat "),
        ("", ""),
        (
            "Calf Press On The Leg press Machine",
            "Calf^10 Calf Press^10 Press On^10 On The^10 The Leg^10 Leg Machine^10 Machine",
        ),
    ],
)
def test_a_whole_word_is_also_searched_as_itself(typed: str, searched: str) -> None:
    """Material completes every word as a prefix; a word as typed counts more."""
    assert run_script("wholeWordsFirst", typed) == [searched]


@pytest.mark.parametrize(
    ("typed", "searched"),
    [
        ("High-bar squat", "High^10 High bar^10 bar squat^10 squat"),
        ("Lunges: Dumbbell", "Lunges^10 Lunges Dumbbell^10 Dumbbell"),
        ("squat -front", "squat^10 squat front^10 front"),
        ('"back squat" bar', " back^10 back squat^10 squat bar^10 bar"),
    ],
)
def test_the_query_has_its_syntax_spaced_then_its_whole_words_doubled(
    typed: str, searched: str
) -> None:
    assert run_script("searchQuery", typed) == [searched]
