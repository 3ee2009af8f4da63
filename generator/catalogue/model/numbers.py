"""The numbers of the models: TOML integers and finite decimals, never a boolean or a string.

TOML floats are parsed as exact `Decimal`s, so nan, inf, 1e309 and -0.0 reach the models; pydantic
would also turn `true` into 1 and "20" into 20. These types let no such value through, and they run
before any bound is compared, so no comparison ever meets NaN (which raises rather than answers).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from pydantic import BeforeValidator

from generator.catalogue.wording import invalid, shown

# Finer than a tenth of a gram or of a percent means nothing on a bar, and a number written with a
# million decimals (TOML allows 1e-999999) would make exact load arithmetic build million-digit integers.
MAX_DECIMAL_PLACES = 4


def finite_number(value: Any) -> Any:
    """A TOML integer or float that arithmetic can use: not a boolean or string, not nan or inf,
    and with few enough decimals."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise invalid("not a number", f"expected a number, got {shown(value)}")
    if isinstance(value, Decimal):
        check_decimal(value)
    return value


def check_decimal(value: Decimal) -> None:
    """Raises unless `value` is finite and has at most MAX_DECIMAL_PLACES decimals."""
    if not value.is_finite():
        raise invalid("number not finite", f"expected a finite number, got {shown(value)}")
    digits, exponent = value.as_tuple()[1:]
    assert isinstance(exponent, int)
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    places = -(exponent + trailing_zeros) if any(digits) else 0
    if places > MAX_DECIMAL_PLACES:
        raise invalid(
            "number with too many decimals",
            f"{shown(value)} has {places} decimal places; at most {MAX_DECIMAL_PLACES} are allowed",
        )


def whole_number(value: Any) -> Any:
    """A TOML integer: not a boolean, a string or a float (pydantic would take "3", true or 3.0)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise invalid("not a whole number", f"expected a whole number, got {shown(value)}")
    return value


# Bounds of a number inside a list go before the validator (Annotated[Decimal, Field(gt=0),
# BeforeValidator(finite_number)]): after it, pydantic checks them apart and the JSON Schema loses them.
Number = Annotated[Decimal, BeforeValidator(finite_number)]
WholeNumber = Annotated[int, BeforeValidator(whole_number)]
