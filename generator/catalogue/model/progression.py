"""How a program's entries change over its weeks: sets that each carry their own load and reps
(a 5/3/1 day), waves of such sets (one list per week), a step added each week, deload weeks, and
an entry's values given week by week. No I/O.

Percentages here are of the lift's 1RM, or of its training max when the program has one
(`training_max`): generator/catalogue/weeks.py works out what each week asks for.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, StrictBool, Tag, model_validator

from generator.catalogue.model.fields import ShortText, Strict, tagged
from generator.catalogue.model.intensity import INTENSITY_FORMS, AnyIntensity, intensity_kind
from generator.catalogue.model.numbers import finite_number, whole_number
from generator.catalogue.model.ranges import DistanceRange, DurationRange, IntRange, PercentRange
from generator.catalogue.wording import invalid

MAX_WEEKS = 16
MAX_SETS_ON_SHEET = 8


class PlannedSet(Strict):
    """One set of an entry whose sets differ: `{ reps = 5, percent = 85, amrap = true }`."""

    reps: IntRange
    """Repetitions of this set; with `amrap`, the fewest to do before going on as long as form holds."""
    percent: PercentRange | None = None
    """How heavy, as a percentage of the entry's lift (its `of`, else the exercise itself): of its
    1RM, or of its training max when the program has one. Leave out for the entry's `load`."""
    amrap: StrictBool = False
    """As many reps as possible: the set goes on past `reps` while every rep stays clean."""


PlannedSets = Annotated[
    list[PlannedSet],
    Field(
        min_length=1,
        max_length=MAX_SETS_ON_SHEET,
        description="Sets that each have their own reps and load, in the order they are done.",
    ),
]


def _sets_kind(value: Any) -> str:
    """`sets` is a count (`3`, `[3, 4]`) or a list of tables, one per set."""
    if isinstance(value, list) and any(isinstance(item, dict | PlannedSet) for item in value):
        return "planned"
    return "count"


Sets = Annotated[
    Annotated[IntRange, Tag("count")] | Annotated[PlannedSets, Tag("planned")],
    tagged(
        _sets_kind,
        "not sets",
        "sets is a count (3 or [3, 4]) or a list of { reps = 5, percent = 65 } tables",
    ),
]
"""How many sets, or each set with its own reps and load."""


class Step(Strict):
    """What an entry's load adds each week after the first: `{ percent = 2.5 }` (points of the 1RM
    or training max), or `{ kg = 2.5, lb = 5 }` (a weight, in each unit the guide shows)."""

    percent: Annotated[Decimal, Field(gt=0, le=20), BeforeValidator(finite_number)] | None = None
    """Percentage points added each week."""
    kg: Annotated[Decimal, Field(gt=0, le=50), BeforeValidator(finite_number)] | None = None
    """Kilograms added each week; give `lb` too."""
    lb: Annotated[Decimal, Field(gt=0, le=110), BeforeValidator(finite_number)] | None = None
    """Pounds added each week; give `kg` too."""

    @model_validator(mode="after")
    def _one_kind(self) -> Step:
        weight = self.kg is not None or self.lb is not None
        if self.percent is not None and weight:
            raise invalid(
                "not a step", "a step is { percent = 2.5 } or { kg = 2.5, lb = 5 }, not both"
            )
        if self.percent is None and (self.kg is None or self.lb is None):
            raise invalid(
                "not a step",
                "a step is { percent = 2.5 } or { kg = 2.5, lb = 5 }: a weight needs both units",
            )
        return self


class Wave(Strict):
    """A wave of percentages that entries of the program follow (`wave = "<id>"`): for each week,
    the sets of that week, as `{ reps = 5, percent = 65 }` tables."""

    weeks: list[PlannedSets] = Field(min_length=1, max_length=MAX_WEEKS)
    """One list of sets per week of the program, in order."""


class Deload(Strict):
    """Lighter weeks: `{ weeks = [4], percent = 60 }`. In them, each percentage load that no wave
    or `by_week` sets for the week is this share of the first week's, without the step."""

    weeks: list[Annotated[int, Field(ge=1, le=MAX_WEEKS), BeforeValidator(whole_number)]] = Field(
        min_length=1, max_length=MAX_WEEKS
    )
    """The deload weeks, counted from 1."""
    percent: Annotated[Decimal, Field(ge=10, lt=100), BeforeValidator(finite_number)]
    """The share of the first week's percentages lifted in a deload week."""


def program_load_kind(value: Any) -> str | None:
    if isinstance(value, str):
        return "as-prescribed"
    return intensity_kind(value)


_NOT_A_LOAD = (
    f'a load is {INTENSITY_FORMS}, or "as-prescribed" (the exercise page\'s own prescription)'
)


WeekLoad = Annotated[AnyIntensity, tagged(program_load_kind, "not a load", _NOT_A_LOAD)]
"""A load of one week: any intensity ("as-prescribed" is for the entry as a whole)."""


class WeekValues(Strict):
    """An entry's values in one week, where they differ from the entry's own: `{ reps = 3 }`;
    `{}` keeps them all."""

    sets: Sets | None = None
    """Sets this week: a count, or a list of sets that each have their own reps and load."""
    reps: IntRange | None = None
    """Repetitions per set this week."""
    seconds: DurationRange | None = None
    """Seconds per set this week."""
    metres: DistanceRange | None = None
    """Metres per set this week."""
    load: WeekLoad | None = None
    """The load this week."""
    note: ShortText | None = None
    """The note printed this week."""
