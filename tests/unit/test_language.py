"""How a language's site writes numbers and names itself (site/language.py)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from generator.site.language import decimal_mark, in_prose, number_text

# The numbers of a load table or a calculator: up to 4 decimal places, as exercises.toml allows.
LOADS = st.decimals(min_value=0, max_value=10_000, places=4, allow_nan=False, allow_infinity=False)


@given(LOADS)
def test_english_numbers_are_written_as_before(value: Decimal) -> None:
    text = number_text(value)
    assert Decimal(text) == value
    assert "," not in text and "E" not in text
    assert not (text.endswith("0") and "." in text)  # 72.50 is 72.5, 100.00 is 100


@given(LOADS)
def test_german_numbers_have_a_decimal_comma_and_every_digit(value: Decimal) -> None:
    assert number_text(value, "de") == number_text(value).replace(".", ",")


def test_a_load_in_each_language() -> None:
    assert number_text(Decimal("72.5"), "de") == "72,5"
    assert number_text(Decimal("1234.5"), "de") == "1234,5"  # no grouping: a load, not a sum
    assert number_text(Decimal("100.00"), "de") == "100"
    assert number_text(Decimal("72.5"), "en") == "72.5"
    assert number_text(Decimal("2.5"), "pt-br") == "2,5"
    assert number_text(8, "de") == "8"


def test_each_language_has_its_decimal_mark() -> None:
    assert (decimal_mark("de"), decimal_mark("en")) == (",", ".")


def test_a_name_in_a_sentence_keeps_its_capital_only_where_the_language_wants_it() -> None:
    assert in_prose("Deadlift") == "deadlift"  # "your deadlift 1RM"
    assert in_prose("Kreuzheben", "de") == "Kreuzheben"  # "dein 1RM im Kreuzheben"
