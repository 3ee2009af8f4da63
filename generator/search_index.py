"""Material's search index, tuned for finding exercises. Pure: data in, data out.

Material's search gives a section title a thousand times the weight of its text, and completes
every word of a query as a prefix. So an alias that only sits in a page's text loses to any other
exercise whose name has a word starting with one of the alias's words: with an exercise named
"Barabasi back squat" in the catalogue, "High bar squat" found it before the back squat. Each
exercise with aliases gets one more section whose title is its aliases, pointing at the line that
lists them, so searching an alias ranks its own exercise first. For an alias with a hyphenated
word ("High-bar squat") that also takes the query side, docs/assets/javascripts/search-hyphens.js:
Material's query parsing counts each part of such a word once for every part it has.

Material also repeats a page's tags on every section of it. The page's own entry is enough for a
tag to find the page, so an exercise's other sections go without them: at a thousand exercises,
that is a sixth of the index.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

ALIASES_ANCHOR = "also-called"  # the id of the "Also called" line on an exercise page


def for_exercises(index: Mapping[str, Any], aliases: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """`index` (search_index.json's content) tuned for the exercise pages in `aliases`, which maps
    each page's location in the index (`exercises/back-squat/`) to its aliases (maybe none)."""
    docs: list[dict[str, Any]] = []
    for entry in index["docs"]:
        page, _, section = entry["location"].partition("#")
        if section and page in aliases:
            entry = {key: value for key, value in entry.items() if key != "tags"}  # noqa: PLW2901
        docs.append(entry)
        if not section and aliases.get(page):
            docs.append(
                {
                    "location": f"{page}#{ALIASES_ANCHOR}",
                    # Titles are HTML to Material, and aliases are contributed text.
                    "title": html.escape(", ".join(aliases[page]), quote=False),
                    "text": "",
                }
            )
    return {**index, "docs": docs}
