"""Ranges of numbers a coach writes: counts (`reps = [6, 10]`), percentages (`percent = [70, 100]`)
and the one-repetition maximums listed as rows of a load table."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from pydantic import BaseModel, Field, GetJsonSchemaHandler, model_validator
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from generator.catalogue.model.fields import Strict
from generator.catalogue.model.numbers import Number, check_decimal
from generator.catalogue.wording import invalid, shown
from generator.loads import MAX_ONE_REP_MAX

MAX_TABLE_ROWS = 40


class BoundedRange(Strict):
    """A range as TOML writes it: one number, or [lowest, highest]; its bounds are the subclass's."""

    _minimum: ClassVar[Decimal | int]
    _maximum: ClassVar[int]
    _whole: ClassVar[bool]

    @model_validator(mode="before")
    @classmethod
    def _from_toml(cls, value: Any) -> Any:
        return _parse_range(value, minimum=cls._minimum, maximum=cls._maximum, whole=cls._whole)

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return _range_schema(cls, minimum=cls._minimum, maximum=cls._maximum, whole=cls._whole)


class IntRange(BoundedRange):
    """A count that is either one number or an inclusive range, e.g. `reps = [6, 10]`."""

    _minimum = 1
    _maximum = 100
    _whole = True
    low: int
    """The smallest number of the range."""
    high: int
    """The largest number of the range (the same as `low` for a single number)."""


class PercentRange(BoundedRange):
    """Percentages of a reference lift's one-repetition maximum, e.g. `percent = [70, 100]`."""

    _minimum = Decimal("0.5")
    _maximum = 150
    _whole = False
    low: Decimal
    """The lightest percentage of the range."""
    high: Decimal
    """The heaviest percentage of the range (the same as `low` for a single percentage)."""


class DurationRange(BoundedRange):
    """Seconds a set (or a rep) lasts: `30` or `[20, 40]`; at most an hour."""

    _minimum = 1
    _maximum = 3600
    _whole = True
    low: int
    """The shortest time, in seconds."""
    high: int
    """The longest time, in seconds."""


class DistanceRange(BoundedRange):
    """Metres a set covers: `40` or `[20, 40]`; at most 10 km."""

    _minimum = 1
    _maximum = 10_000
    _whole = True
    low: int
    """The shortest distance, in metres."""
    high: int
    """The longest distance, in metres."""


def _parse_range(value: Any, *, minimum: Decimal | int, maximum: int, whole: bool) -> Any:
    """`8` means 8 to 8 and `[6, 10]` means 6 to 10; one clear message for whatever is wrong."""
    if isinstance(value, dict) and set(value) == {"low", "high"}:
        numbers = [value["low"], value["high"]]  # the range as a table, as Python builds it
    else:
        numbers = value if isinstance(value, list) else [value]
    if len(numbers) not in {1, 2}:
        raise invalid("not a range", f"a range is [lowest, highest], got {len(numbers)} numbers")
    kind = "a whole number" if whole else "a number"
    for number in numbers:
        valid_type = isinstance(number, int) or (not whole and isinstance(number, Decimal))
        if isinstance(number, bool) or not valid_type:
            raise invalid(
                f"not {kind}", f"expected {kind} or a range [lowest, highest], got {shown(number)}"
            )
        if isinstance(number, Decimal):
            check_decimal(number)  # before comparing: NaN cannot be compared
        if number < minimum:
            raise invalid("number out of range", f"{number} is below the minimum of {minimum}")
        if number > maximum:
            raise invalid("number out of range", f"{number} is above the maximum of {maximum}")
    low, high = numbers[0], numbers[-1]
    _check_ordered(low, high)
    return {"low": low, "high": high}


def _range_schema(
    model: type[BaseModel], *, minimum: Decimal | int, maximum: int, whole: bool
) -> JsonSchemaValue:
    """What TOML accepts for a range: one number, or [lowest, highest] (never the {low, high} table)."""
    number: JsonSchemaValue = {
        "type": "integer" if whole else "number",
        "minimum": float(minimum) if isinstance(minimum, Decimal) else minimum,
        "maximum": maximum,
    }
    return {
        "title": model.__name__,
        "description": model.__doc__,
        "anyOf": [number, {"type": "array", "items": number, "minItems": 1, "maxItems": 2}],
    }


def _check_ordered(low: Decimal | int, high: Decimal | int) -> None:
    if low > high:
        raise invalid(
            "range in the wrong order",
            f"the range starts at {low} but ends at {high}; write the lower number first",
        )


class RowRange(Strict):
    """The one-repetition maximums listed as rows of a load table, in one unit."""

    min: Number = Field(gt=0, le=MAX_ONE_REP_MAX)
    """The lightest one-repetition maximum listed."""
    max: Number = Field(gt=0, le=MAX_ONE_REP_MAX)
    """The heaviest one-repetition maximum listed."""
    step: Number = Field(gt=0, le=500)
    """The difference between one row and the next."""

    @model_validator(mode="after")
    def _sane(self) -> RowRange:
        _check_ordered(self.min, self.max)
        # Rows are min, min + step, ... up to max; no integer division, which a tiny step overflows.
        if self.max - self.min >= self.step * MAX_TABLE_ROWS:
            raise invalid(
                "too many table rows",
                f"more than {MAX_TABLE_ROWS} rows; use a larger step or a narrower range",
            )
        return self
