"""Pydantic models of what a coach writes in exercises.toml. No I/O here.

Cross-references between exercises (ids that must exist, duplicates) are checked in
`catalog.py`, which sees the whole file; these models check one value at a time.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    AnyHttpUrl,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
    field_validator,
    model_validator,
)

from generator.vocabulary import Equipment, Formula, Muscle, Pattern, Unit

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
MAX_TABLE_ROWS = 40

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=64)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]


class Strict(BaseModel):
    """Every table rejects keys it does not know, so a typo like `safty` is an error."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class IntRange(Strict):
    """A count that is either one number or an inclusive range, e.g. `reps = [6, 10]`."""

    low: int
    high: int

    @model_validator(mode="before")
    @classmethod
    def _from_toml(cls, value: Any) -> Any:
        return _parse_range(value, minimum=1, maximum=100, whole=True)


class PercentRange(Strict):
    """Percentages of a reference lift's one-repetition maximum, e.g. `percent = [70, 100]`."""

    low: Decimal
    high: Decimal

    @model_validator(mode="before")
    @classmethod
    def _from_toml(cls, value: Any) -> Any:
        return _parse_range(value, minimum=Decimal("0.5"), maximum=150, whole=False)


def _parse_range(value: Any, *, minimum: Decimal | int, maximum: int, whole: bool) -> Any:
    """`8` means 8 to 8 and `[6, 10]` means 6 to 10; one clear message for whatever is wrong."""
    if isinstance(value, dict):
        return value  # already a range (a model built in Python)
    numbers = value if isinstance(value, list) else [value]
    if len(numbers) not in {1, 2}:
        raise ValueError(f"a range is [lowest, highest], got {len(numbers)} numbers")
    kind = "a whole number" if whole else "a number"
    for number in numbers:
        valid_type = isinstance(number, int) or (not whole and isinstance(number, Decimal))
        if isinstance(number, bool) or not valid_type:
            raise ValueError(f"expected {kind} or a range [lowest, highest], got {_show(number)}")
        if not minimum <= number <= maximum:
            raise ValueError(f"{number} is out of range: use {kind} from {minimum} to {maximum}")
    low, high = numbers[0], numbers[-1]
    if low > high:
        raise ValueError(
            f"the range starts at {low} but ends at {high}; write the lower number first"
        )
    return {"low": low, "high": high}


def _show(value: Any) -> str:
    """A value as the user wrote it in TOML: 2.5, "three", true."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)


def _check_ordered(low: Decimal | int, high: Decimal | int) -> None:
    if low > high:
        raise ValueError(
            f"the range starts at {low} but ends at {high}; write the lower number first"
        )


class PercentIntensity(Strict):
    """A load as a percentage range of a reference lift: `{ of = "clean", percent = [70, 100] }`."""

    of: Slug = Field(description="Id of the reference lift, an exercise of the catalogue.")
    percent: PercentRange


class DescribedIntensity(Strict):
    """A load in words, where the source gives no number: `{ describe = "moderate to heavy" }`."""

    describe: ShortText


def _intensity_kind(value: Any) -> str | None:
    if isinstance(value, dict):
        return "percent" if ("of" in value or "percent" in value) else "described"
    if isinstance(value, PercentIntensity):
        return "percent"
    if isinstance(value, DescribedIntensity):
        return "described"
    return None


Intensity = Annotated[
    Annotated[PercentIntensity, Tag("percent")] | Annotated[DescribedIntensity, Tag("described")],
    Discriminator(
        _intensity_kind,
        custom_error_type="intensity_kind",
        custom_error_message='an intensity is a table: { of = "clean", percent = [70, 100] } '
        'or { describe = "moderate to heavy" }',
    ),
]


class Prescription(Strict):
    sets: IntRange | None = None
    reps: IntRange | None = None
    intensity: list[Intensity] = Field(
        default_factory=list,
        max_length=6,
        description="Alternatives: a lifter uses one of them (70-100 % of the clean, or 50-60 % of the deadlift).",
    )
    warmup: list[Annotated[Decimal, Field(gt=0, lt=100)]] = Field(
        default_factory=list,
        max_length=8,
        description="Warm-up sets as percentages of the working load, lightest first: [40, 60, 80].",
    )
    tempo: ShortText | None = None
    pause: ShortText | None = None
    rest: ShortText | None = None
    notes: list[Text] = Field(default_factory=list, max_length=20)

    @field_validator("warmup")
    @classmethod
    def _ramp_goes_up(cls, warmup: list[Decimal]) -> list[Decimal]:
        for lighter, heavier in itertools.pairwise(warmup):
            if heavier <= lighter:
                raise ValueError(
                    f"warm-up sets go up: {heavier} % comes after {lighter} %; list them lightest first"
                )
        return warmup

    @property
    def percent_intensities(self) -> list[PercentIntensity]:
        return [i for i in self.intensity if isinstance(i, PercentIntensity)]


class Muscles(Strict):
    primary: list[Muscle] = Field(min_length=1, max_length=8)
    secondary: list[Muscle] = Field(default_factory=list, max_length=12)

    @model_validator(mode="after")
    def _each_muscle_once(self) -> Muscles:
        both = [m.value for m in self.primary if m in self.secondary]
        if both:
            raise ValueError(f"{', '.join(both)} listed as both primary and secondary; keep one")
        listed = self.primary + self.secondary
        repeated = sorted({m.value for m in listed if listed.count(m) > 1})
        if repeated:
            raise ValueError(f"{', '.join(repeated)} listed more than once")
        return self


class Fault(Strict):
    fault: Text
    fix: Text


class Media(Strict):
    title: ShortText
    url: AnyHttpUrl
    credit: ShortText


class Source(Strict):
    """A published work that the facts on a page come from."""

    title: Text
    author: ShortText
    publisher: ShortText
    url: AnyHttpUrl | None = Field(
        default=None, description="Leave out rather than guess when the address is not known."
    )


class RowRange(Strict):
    """The one-repetition maximums listed as rows of a load table, in one unit."""

    min: Decimal = Field(gt=0, le=1000)
    max: Decimal = Field(gt=0, le=1000)
    step: Decimal = Field(gt=0, le=500)

    @model_validator(mode="after")
    def _sane(self) -> RowRange:
        _check_ordered(self.min, self.max)
        if (self.max - self.min) // self.step + 1 > MAX_TABLE_ROWS:
            raise ValueError(
                f"more than {MAX_TABLE_ROWS} rows; use a larger step or a narrower range"
            )
        return self


class TableRows(Strict):
    kg: RowRange | None = None
    lb: RowRange | None = None

    def for_unit(self, unit: Unit) -> RowRange | None:
        return self.kg if unit is Unit.KG else self.lb


class Exercise(Strict):
    id: Slug = Field(description="Lower-case words joined by hyphens; the page is exercises/<id>/.")
    name: ShortText
    aliases: list[ShortText] = Field(default_factory=list, max_length=12)
    summary: Text
    pattern: Pattern
    muscles: Muscles
    equipment: list[Equipment] = Field(min_length=1, max_length=10)
    goals: list[ShortText] = Field(default_factory=list, max_length=10)
    placement: Text | None = None
    cues: list[Text] = Field(min_length=1, max_length=20)
    faults: list[Fault] = Field(default_factory=list, max_length=20)
    safety: list[Text] = Field(min_length=1, max_length=12)
    prescription: Prescription | None = None
    load_table_rows: TableRows | None = Field(
        default=None,
        description="When other exercises are loaded as a percentage of this one: the 1RMs to list as table rows.",
    )
    related: list[Slug] = Field(default_factory=list, max_length=20)
    variations: list[Slug] = Field(default_factory=list, max_length=20)
    media: list[Media] = Field(default_factory=list, max_length=10)
    sources: list[Slug] = Field(
        min_length=1, max_length=10, description="Ids of entries in [sources]."
    )
    source_note: Text | None = Field(
        default=None, description="Where the page goes beyond its sources, say so here."
    )


class PlatePairs(Strict):
    """A plate of which there are only so many: `{ weight = 20, pairs = 1 }` (a home gym with one pair of 20s)."""

    weight: Decimal = Field(gt=0, le=100)
    pairs: int = Field(ge=1, le=50)


def _plate_kind(value: Any) -> str | None:
    if isinstance(value, dict | PlatePairs):
        return "counted"
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return "weight"
    return None


Plate = Annotated[
    Annotated[Decimal, Tag("weight")] | Annotated[PlatePairs, Tag("counted")],
    Discriminator(
        _plate_kind,
        custom_error_type="plate_kind",
        custom_error_message="a plate is a weight (20), or a weight and how many pairs there are: "
        "{ weight = 20, pairs = 1 }",
    ),
]


class UnitSettings(Strict):
    """The bar and plates a lifter loads, in one unit; loads are rounded to what these can build."""

    bar: Decimal = Field(gt=0, le=100)
    plates: list[Plate] = Field(
        min_length=1,
        max_length=20,
        description="Weights of plates there are as many pairs of as needed, and "
        "{ weight = 20, pairs = 1 } for plates there are only so many of.",
    )
    rows: RowRange

    @field_validator("plates")
    @classmethod
    def _positive_plates(cls, plates: list[Decimal | PlatePairs]) -> list[Decimal | PlatePairs]:
        for plate in plates:
            if isinstance(plate, Decimal) and (plate <= 0 or plate > 100):
                raise ValueError(f"a plate weighs more than 0 and at most 100, got {plate}")
        counted = [p.weight for p in plates if isinstance(p, PlatePairs)]
        for weight in counted:
            if counted.count(weight) > 1 or weight in plates:
                raise ValueError(f"the {weight} plate is listed more than once; list it once")
        unlimited = set(p for p in plates if isinstance(p, Decimal))
        return sorted(
            [*unlimited, *(p for p in plates if isinstance(p, PlatePairs))],
            key=_weight,
            reverse=True,
        )

    @property
    def weights(self) -> tuple[Decimal, ...]:
        """Every plate's weight, heaviest first."""
        return tuple(_weight(p) for p in self.plates)

    @property
    def pairs(self) -> tuple[int | None, ...]:
        """How many pairs there are of each plate of `weights`; `None` for as many as needed."""
        return tuple(p.pairs if isinstance(p, PlatePairs) else None for p in self.plates)


def _weight(plate: Decimal | PlatePairs) -> Decimal:
    return plate.weight if isinstance(plate, PlatePairs) else plate


DEFAULT_KG = UnitSettings(
    bar=Decimal(20),
    plates=[Decimal(p) for p in ("25", "20", "15", "10", "5", "2.5", "1.25")],
    rows=RowRange(min=Decimal(40), max=Decimal(200), step=Decimal(10)),
)
DEFAULT_LB = UnitSettings(
    bar=Decimal(45),
    plates=[Decimal(p) for p in ("45", "35", "25", "10", "5", "2.5")],
    rows=RowRange(min=Decimal(100), max=Decimal(440), step=Decimal(20)),
)


class Settings(Strict):
    units: list[Unit] = Field(
        default_factory=lambda: [Unit.KG, Unit.LB],
        min_length=1,
        max_length=2,
        description="Units shown in the load tables, in tab order.",
    )
    kg: UnitSettings = DEFAULT_KG
    lb: UnitSettings = DEFAULT_LB
    one_rep_max_formula: Formula = Field(
        default=Formula.EPLEY,
        description="How the calculator estimates a 1RM from a set of up to 10 reps: epley or brzycki.",
    )

    @field_validator("units")
    @classmethod
    def _distinct_units(cls, units: list[Unit]) -> list[Unit]:
        if len(set(units)) != len(units):
            raise ValueError("each unit may be listed once")
        return units

    def for_unit(self, unit: Unit) -> UnitSettings:
        return self.kg if unit is Unit.KG else self.lb


AS_PRESCRIBED: Literal["as-prescribed"] = "as-prescribed"
MAX_SETS_ON_SHEET = 8
MAX_ENTRIES_PER_SESSION = 8


def _load_kind(value: Any) -> str | None:
    if isinstance(value, str):
        return "as-prescribed"
    return _intensity_kind(value)


ProgramLoad = Annotated[
    Annotated[PercentIntensity, Tag("percent")]
    | Annotated[DescribedIntensity, Tag("described")]
    | Annotated[Literal["as-prescribed"], Tag("as-prescribed")],
    Discriminator(
        _load_kind,
        custom_error_type="load_kind",
        custom_error_message='a load is { of = "clean", percent = [70, 80] }, '
        '{ describe = "moderate" } or "as-prescribed" (the exercise page\'s own prescription)',
    ),
]


class SessionEntry(Strict):
    """One row of a program sheet: an exercise with its sets, reps, rest and load."""

    exercise: Slug = Field(description="Id of an exercise of the catalogue.")
    sets: IntRange = Field(description="Sets; the sheet prints one box per set.")
    reps: IntRange
    rest: ShortText | None = None
    load: ProgramLoad = Field(
        default=AS_PRESCRIBED,
        description="A percentage of a reference lift, a load in words, or the exercise page's own.",
    )
    cue: Text | None = Field(
        default=None,
        description="The one cue printed on the sheet; by default the exercise's first cue.",
    )
    note: ShortText | None = Field(default=None, description="Printed in the notes column.")

    @field_validator("sets")
    @classmethod
    def _sets_fit_the_sheet(cls, sets: IntRange) -> IntRange:
        if sets.high > MAX_SETS_ON_SHEET:
            raise ValueError(
                f"{sets.high} sets do not fit on a sheet: at most {MAX_SETS_ON_SHEET} per exercise"
            )
        return sets


class Session(Strict):
    """One training session: one printed page."""

    name: ShortText
    notes: list[Text] = Field(default_factory=list, max_length=4)
    exercises: list[SessionEntry] = Field(
        min_length=1,
        max_length=MAX_ENTRIES_PER_SESSION,
        description="In the order they are done; at most 8, so the session prints on one page.",
    )


class Program(Strict):
    """A training program: sessions of exercises from the catalogue, printed one page per session."""

    id: Slug = Field(description="Lower-case words joined by hyphens; the page is programs/<id>/.")
    name: ShortText
    goal: Text
    notes: list[Text] = Field(default_factory=list, max_length=10)
    sessions: list[Session] = Field(min_length=1, max_length=14)
    sources: list[Slug] = Field(
        min_length=1, max_length=10, description="Ids of entries in [sources]."
    )
    source_note: Text | None = Field(
        default=None, description="Where the program goes beyond its sources, say so here."
    )


class Document(Strict):
    """The whole of exercises.toml."""

    settings: Settings = Field(default_factory=Settings)
    sources: dict[Slug, Source] = Field(default_factory=dict)
    exercises: list[Exercise] = Field(min_length=1, max_length=5000)
    programs: list[Program] = Field(default_factory=list, max_length=200)
