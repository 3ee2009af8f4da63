"""Material's search index, tuned so that an exercise's name or alias finds it first. Pure: data in,
data out.

Material's search worker (lunr) scores a page by the words of the query it holds: per word, how
rare the word is on the site (idf), times the weight of the field that holds it (a title a
thousand times its text, a tag a million times), summed. It completes every word of a query as a
prefix, and a page that holds every word of the query gets a bonus, a page more than its sections.
Left as Material builds it, that ranks exercises by anything but their names:

- Tags outweigh titles a thousand times, so a vocabulary word ("bench", "barbell", "back") found
  an exercise tagged with it before every exercise named with it. An exercise's page entry holds
  its words (pattern, primary muscles, equipment, each with its synonyms) as text instead,
  which finds the exercise at a text's weight, below any name.
- Nothing favours a name that is the query and no more (lunr weighs no field by its length):
  "Dumbbell Raise" found "Bent Over Dumbbell Rear Delt Raise" just as well, and "Deadlift" found
  "Cable Deadlifts" first, "deadlifts" being the rarer word. Each exercise entry gets a boost of
  C / (W + 1), where W is the weight of its title's words (the sum of their idf, as lunr computes
  it, each word once) and C the largest W + 1 of any exercise: a title with words beyond the query's scores less
  the more those words weigh, one that lacks some of the query's words holds less of its weight,
  and no exercise title counts less than a hand-written page's.
- An alias in a page's text lost to any other exercise whose name has its words, and the aliases
  as one section title still lost to names: a section gets less of Material's bonus than a page,
  and a title of several aliases weighs them all. Each alias gets an entry of its own after the
  page's, titled with the alias and pointing at it on the page, boosted like a name and by the
  bonus that Material gives a page over its sections (PAGE_OVER_SECTION), so it ranks as the
  exercise's name would.
- Material's English index leaves out stop words ("on", "a", "the") but the query keeps them, and
  completed as prefixes they find other words ("on" finds "one"): "Calf Raise On A Dumbbell"
  found a longer name with "One". The tuned index keeps every word.

The query side is docs/assets/javascripts/search-hyphens.js: each character that lunr reads as
query syntax (a colon, a hyphen, + ~ ^ * " and a backslash) is searched as a space, so that a
hyphenated word is searched as its parts, each counted once; and a word typed whole counts more
where it is a whole word than where it begins a longer one. The index ends words at the same
characters (the search plugin's separator, in mkdocs.yml): the words of a name are those of the
query that types it. Material also repeats a page's tags on every section of it; exercise pages
keep none.
"""

from __future__ import annotations

import functools
import html
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from generator.catalogue.model.vocabulary import EQUIPMENT, MUSCLES, PATTERNS

if TYPE_CHECKING:
    from generator.catalogue.model import Exercise
    from generator.catalogue.model.vocabulary import Kind, Vocabulary

ALIASES_ANCHOR = "also-called"  # the id of the n-th alias on an exercise page: also-called-<n>
# How much more Material scores a page than one of its sections when either holds every word of
# the query: 1 + (1 + 1)² against 1 + 1² (its worker's search()).
PAGE_OVER_SECTION = 2.5
# Added to a title's weight: a title that lacks a word of the query then scores less than the
# query's own title (without it, a title's boost would make up for any word it lacks).
TITLE_WEIGHT_FLOOR = 1.0
_TAGS = re.compile(r"<[^>]*>")


class SearchTerms(NamedTuple):
    """What search finds an exercise by, besides its name, summary, safety notes and cues."""

    aliases: Sequence[str]
    words: Sequence[str]  # its vocabulary words and their synonyms


def search_terms(exercise: Exercise, vocabulary: Vocabulary) -> SearchTerms:
    """The aliases and vocabulary words of `exercise`, for its search entries."""
    picked: list[tuple[Kind, str]] = [
        (PATTERNS, exercise.pattern),
        *((MUSCLES, muscle) for muscle in exercise.muscles.primary),
        *((EQUIPMENT, item) for item in exercise.equipment),
    ]
    words: list[str] = []
    for kind, word_id in picked:
        word = vocabulary.words(kind).get(word_id)
        words += [word.name, *word.synonyms] if word else [word_id]
    return SearchTerms(exercise.aliases, words)


def for_exercises(index: Mapping[str, Any], pages: Mapping[str, SearchTerms]) -> dict[str, Any]:
    """`index` (search_index.json's content) tuned for the exercise pages in `pages`: each page's
    location in the index (`exercises/back-squat/`) -> its search terms."""
    config = dict(index["config"])
    config["pipeline"] = [step for step in config.get("pipeline", []) if step != "stopWordFilter"]
    docs: list[dict[str, Any]] = []
    names: list[dict[str, Any]] = []  # the entries titled with a name
    aliases: list[dict[str, Any]] = []  # the entries titled with an alias
    for entry in index["docs"]:
        page, _, section = entry["location"].partition("#")
        if page not in pages:
            docs.append(entry)
            continue
        entry = {key: value for key, value in entry.items() if key != "tags"}  # noqa: PLW2901
        docs.append(entry)
        if section:
            continue
        words = html.escape(", ".join(pages[page].words), quote=False)
        entry["text"] = f"{entry['text']}<p>{words}</p>" if words else entry["text"]
        names.append(entry)
        for number, alias in enumerate(pages[page].aliases, start=1):
            aliases.append(
                {
                    "location": f"{page}#{ALIASES_ANCHOR}-{number}",
                    # Titles are HTML to Material, and aliases are contributed text.
                    "title": html.escape(alias, quote=False),
                    "text": "",
                }
            )
            docs.append(aliases[-1])
    _boost_titles(docs, names, aliases, re.compile(config["separator"]))
    return {**index, "config": config, "docs": docs}


def _boost_titles(
    docs: Sequence[Mapping[str, Any]],
    names: Iterable[dict[str, Any]],
    aliases: Iterable[dict[str, Any]],
    separator: re.Pattern[str],
) -> None:
    """Set each entry's boost from the weight of its title's words (the module's docstring)."""
    title_weights = _title_weights(docs, separator)
    weighed = [(entry, 1.0) for entry in names] + [(entry, PAGE_OVER_SECTION) for entry in aliases]
    if not weighed:
        return
    weights = [title_weights(entry["title"]) + TITLE_WEIGHT_FLOOR for entry, _ in weighed]
    heaviest = max(weights)
    for (entry, factor), weight in zip(weighed, weights, strict=True):
        entry["boost"] = round(factor * heaviest / weight, 3)


def _title_weights(
    docs: Sequence[Mapping[str, Any]], separator: re.Pattern[str]
) -> Callable[[str], float]:
    """The weight of a title's words: the sum of each word's idf over `docs`, as lunr has it."""

    def words(text: str) -> frozenset[str]:
        return _words(text, separator)

    # lunr counts a document once for each of its fields that holds the word.
    holding: Counter[str] = Counter()
    for entry in docs:
        holding.update(words(entry.get("title", "")))
        holding.update(words(entry.get("text", "")))
        holding.update({word for tag in entry.get("tags", []) for word in words(tag)})

    def idf(word: str) -> float:
        rest = (len(docs) - holding[word] + 0.5) / (holding[word] + 0.5)
        return math.log(1 + abs(rest))

    def weight(title: str) -> float:
        # Each word once, as the query script searches a word typed twice once.
        return sum(idf(word) for word in words(title))

    return weight


# A preview tunes the index again at every save, and all but the saved page's texts are as before.
@functools.lru_cache(maxsize=1 << 16)
def _words(text: str, separator: re.Pattern[str]) -> frozenset[str]:
    """The words of an index entry's text, lower-cased, as lunr splits them."""
    return frozenset(word.lower() for word in separator.split(_TAGS.sub(" ", text)) if word)
