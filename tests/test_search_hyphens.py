"""The search box's query reaches Material's search with hyphens inside words written as spaces.

The script (docs/assets/javascripts/search-hyphens.js) runs in Node; tests/test_browser.py shows
what it changes in the ranking.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from .conftest import ROOT

SCRIPT = ROOT / "docs" / "assets" / "javascripts" / "search-hyphens.js"
NODE_RUNNER = """
const { searchQuery } = require(process.argv[1]);
const queries = JSON.parse(require("fs").readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(queries.map(searchQuery)));
"""


def search_queries(*queries: str) -> list[str]:
    node = shutil.which("node")
    assert node, "Node.js runs the page's JavaScript in this test; install nodejs"
    result = subprocess.run(
        [node, "-e", NODE_RUNNER, str(SCRIPT)],
        input=json.dumps(queries),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    answer: list[str] = json.loads(result.stdout)
    return answer


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
