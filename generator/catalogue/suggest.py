"""likely_typo(word, choices, known=...): the choice a misspelt word was meant to be, or None.

Every did-you-mean of the generator asks here, so they all agree on what a typo is: a word a slip
or two away from exactly one choice (a character missing, extra or wrong, or two swapped; two
slips in a word of ten characters or more, three from twenty), measured as an optimal string
alignment distance. A word that is itself a real word is never taken for a misspelling of
another: 'abductors' (the outer thigh) is no typo of 'adductors' (the inner thigh), and
'partner' none of 'plates', however close they look. Real words are the caller's `known` words
and common English words, as pyspellchecker's English word list has them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from rapidfuzz import process
from rapidfuzz.distance import OSA
from spellchecker import SpellChecker


def likely_typo(word: str, choices: Iterable[str], *, known: Iterable[str] = ()) -> str | None:
    """The one of `choices` that `word` is likely a misspelling of; None when there is none, when
    two are equally close, or when `word` is a real word of its own (in `known`, or English)."""
    candidates = list(dict.fromkeys(choices))
    if word in candidates or not word:
        return None
    folded = word.casefold()
    close = process.extract(
        folded,
        candidates,
        scorer=OSA.distance,
        processor=str.casefold,
        score_cutoff=_slips(folded),
        limit=None,
    )
    if not close:
        return None
    nearest = min(distance for _, distance, _ in close)
    best = [choice for choice, distance, _ in close if distance == nearest]
    if len(best) > 1:
        return None  # a guess between two words helps nobody
    meant = best[0]
    if not _same_word(folded, meant.casefold()) and is_real_word(word, known=known):
        return None
    return meant


def is_real_word(word: str, *, known: Iterable[str] = ()) -> bool:
    """True for one of `known` (ignoring case) and for a common English word."""
    folded = word.casefold()
    return folded in {k.casefold() for k in known} or folded in _english()


def _slips(word: str) -> int:
    """How many edits a misspelling of a word this long may hold."""
    if len(word) <= 2:
        return 0  # one edit turns any two letters into another word: only a change of case
    if len(word) < 10:
        return 1
    return 2 if len(word) < 20 else 3


def _same_word(written: str, meant: str) -> bool:
    """The same word in another case or number: 'Cue' for 'cues' is still a slip."""
    return any(
        longer == shorter + ending
        for longer, shorter in ((written, meant), (meant, written))
        for ending in ("", "s", "es")
    )


@cache
def _english() -> SpellChecker:
    """Loaded on the first question, and only then: most runs suggest nothing."""
    return SpellChecker(language="en", case_sensitive=False, distance=1)
