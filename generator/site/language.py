"""What a language's site writes differently besides its words: numbers ("72,5 kg" in German, from
Babel's locale data, CLDR), names in a sentence, and the links of its language switcher. No I/O.
"""

from __future__ import annotations

from decimal import Decimal

from babel import Locale
from babel.numbers import format_decimal, get_decimal_symbol

from generator.catalogue.translations import ENGLISH  # the catalogue's own language

__all__ = ["ENGLISH", "decimal_mark", "in_prose", "number_text", "page_alternates"]


def number_text(value: Decimal | int, language: str = ENGLISH) -> str:
    """A number as `language` writes it, every digit kept and no grouping: 72.5 -> "72,5" in
    German; 100.00 -> "100" in every language."""
    if isinstance(value, int):
        return str(value)
    normal = value.normalize()
    if language == ENGLISH:
        return f"{normal:f}"
    text: str = format_decimal(
        normal,
        locale=_locale(language),
        group_separator=False,
        decimal_quantization=False,
    )
    return text


# Languages that write a noun with a capital letter in the middle of a sentence too.
_CAPITALISED_NOUNS = frozenset({"de", "lb"})


def in_prose(name: str, language: str = ENGLISH) -> str:
    """A lift's or a word's name as a sentence holds it: "your deadlift 1RM", but German "dein
    1RM im Kreuzheben" keeps the noun's capital."""
    return name if language.split("-", maxsplit=1)[0] in _CAPITALISED_NOUNS else name.lower()


def decimal_mark(language: str) -> str:
    """The mark between whole and fraction ("," in German), which the page's scripts are given."""
    mark: str = get_decimal_symbol(_locale(language))
    return mark


def _locale(language: str) -> Locale:
    """Babel's locale of a language code as translations/ names its files: "de", "pt-br"."""
    return Locale.parse(language, sep="-")


def page_alternates(alternates: list[dict[str, str]], page_url: str) -> list[dict[str, str]]:
    """The theme's language links (mkdocs.yml, extra.alternate), each made the address of the
    page at `page_url` in that language: every page has the same address in each."""
    return [{**alternate, "link": alternate["link"] + page_url} for alternate in alternates]
