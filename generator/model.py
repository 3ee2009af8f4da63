"""Pydantic models of what a coach writes in exercises.toml. No I/O here.

Cross-references between exercises (ids that must exist, duplicates) are checked in
`catalog.py`, which sees the whole file; these models check one value at a time.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AnyHttpUrl,
    BaseModel,
    BeforeValidator,
    Discriminator,
    Field,
    GetJsonSchemaHandler,
    Tag,
    field_validator,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from generator.error_words import invalid, shown
from generator.fields import ShortText, Slug, Strict, Text
from generator.loads import MAX_ONE_REP_MAX, BarSetup
from generator.numbers import Number, WholeNumber, check_decimal, finite_number
from generator.vocabulary import (
    EquipmentWord,
    Formula,
    LevelWord,
    MechanicWord,
    MuscleWord,
    PatternWord,
    Unit,
)

MAX_TABLE_ROWS = 40
MIN_PLATE_STEP = Decimal("0.25")

# Paths the site itself uses, next to or above the generated pages.
RESERVED_IDS = frozenset(
    {"index", "tags", "assets", "search", "programs", "exercises", "load-tables", "safety"}
    | {"sitemap", "404", "stylesheets", "javascripts", "images", "site", "docs", "new", "edit"}
)


def _not_reserved(entry_id: str) -> str:
    if entry_id in RESERVED_IDS:
        raise ValueError(
            f"the id '{entry_id}' is reserved for the site's own pages; choose another"
        )
    return entry_id


EntryId = Annotated[Slug, AfterValidator(_not_reserved)]


class IntRange(Strict):
    """A count that is either one number or an inclusive range, e.g. `reps = [6, 10]`."""

    low: int
    """The smallest number of the range."""
    high: int
    """The largest number of the range (the same as `low` for a single number)."""

    @model_validator(mode="before")
    @classmethod
    def _from_toml(cls, value: Any) -> Any:
        return _parse_range(value, minimum=1, maximum=100, whole=True)

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return _range_schema(cls, minimum=1, maximum=100, whole=True)


class PercentRange(Strict):
    """Percentages of a reference lift's one-repetition maximum, e.g. `percent = [70, 100]`."""

    low: Decimal
    """The lightest percentage of the range."""
    high: Decimal
    """The heaviest percentage of the range (the same as `low` for a single percentage)."""

    @model_validator(mode="before")
    @classmethod
    def _from_toml(cls, value: Any) -> Any:
        return _parse_range(value, minimum=Decimal("0.5"), maximum=150, whole=False)

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return _range_schema(cls, minimum=Decimal("0.5"), maximum=150, whole=False)


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


class PercentIntensity(Strict):
    """A load as a percentage range of a reference lift: `{ of = "clean", percent = [70, 100] }`."""

    of: Slug = Field(description="Id of the reference lift, an exercise of the catalogue.")
    percent: PercentRange
    """How heavy, as a percentage of the reference lift's one-repetition maximum: `80` or `[70, 100]`."""


class DescribedIntensity(Strict):
    """A load in words, where the source gives no number: `{ describe = "moderate to heavy" }`."""

    describe: ShortText
    """The load in a few words, as the source puts it: "moderate to heavy", "bodyweight"."""


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
        custom_error_type="not an intensity",
        custom_error_message='an intensity is a table: { of = "clean", percent = [70, 100] } '
        'or { describe = "moderate to heavy" }',
    ),
]


class Prescription(Strict):
    """How the source prescribes the exercise: sets, reps, tempo, rest and how heavy."""

    sets: IntRange | None = None
    """How many work sets: `3` or a range such as `[3, 4]`."""
    reps: IntRange | None = None
    """Repetitions per set: `8` or a range such as `[6, 10]`."""
    intensity: list[Intensity] = Field(
        default_factory=list,
        max_length=6,
        description="Alternatives: a lifter uses one of them (70-100 % of the clean, or 50-60 % of the deadlift).",
    )
    warmup: list[Annotated[Decimal, Field(gt=0, lt=100), BeforeValidator(finite_number)]] = Field(
        default_factory=list,
        max_length=8,
        description="Warm-up sets as percentages of the working load, lightest first: [40, 60, 80].",
    )
    tempo: ShortText | None = None
    """How fast each phase of a repetition goes, e.g. "3 seconds down, 1 second up"."""
    pause: ShortText | None = None
    """Where and how long to hold still in a repetition, e.g. "1 second at the bottom"."""
    rest: ShortText | None = None
    """Rest between sets, e.g. "2 to 3 minutes"."""
    notes: list[Text] = Field(default_factory=list, max_length=20)
    """Anything else a lifter should know about the sets and reps, one sentence per note."""

    @field_validator("warmup")
    @classmethod
    def _ramp_goes_up(cls, warmup: list[Decimal]) -> list[Decimal]:
        for lighter, heavier in itertools.pairwise(warmup):
            if heavier <= lighter:
                raise invalid(
                    "warm-up sets out of order",
                    f"warm-up sets go up: {heavier} % comes after {lighter} %; list them lightest first",
                )
        return warmup

    @property
    def percent_intensities(self) -> list[PercentIntensity]:
        return [i for i in self.intensity if isinstance(i, PercentIntensity)]


class Muscles(Strict):
    """The muscles an exercise trains, words of vocabulary.toml's [muscles] (so the tag pages group them)."""

    primary: list[MuscleWord] = Field(min_length=1, max_length=8)
    """The muscles the exercise mainly trains: the reason to do it."""
    secondary: list[MuscleWord] = Field(default_factory=list, max_length=12)
    """Muscles that help or hold the position but are not the main target."""

    @model_validator(mode="after")
    def _each_muscle_once(self) -> Muscles:
        both = [m for m in self.primary if m in self.secondary]
        if both:
            raise ValueError(f"{', '.join(both)} listed as both primary and secondary; keep one")
        listed = self.primary + self.secondary
        repeated = sorted({m for m in listed if listed.count(m) > 1})
        if repeated:
            raise ValueError(f"{', '.join(repeated)} listed more than once")
        return self


class Fault(Strict):
    """A common mistake and how to correct it."""

    fault: Text
    """A mistake you see lifters make, described as you would spot it from the side of the platform."""
    fix: Text
    """What the lifter should do instead: a cue or a change of load or range."""


class Media(Strict):
    """A picture or video of the movement that may be shown with credit."""

    title: ShortText
    """What the picture or video shows."""
    url: AnyHttpUrl
    """Where it is published (https://...)."""
    credit: ShortText
    """Who made it and under which licence it may be shown."""


class Source(Strict):
    """A published work that the facts on a page come from."""

    title: Text
    """The title of the article, book or study, as published."""
    author: ShortText
    """Who wrote it, with credentials if the source gives them ("Mike Dewar, CSCS")."""
    publisher: ShortText
    """The website, journal or publisher that published it."""
    url: AnyHttpUrl | None = Field(
        default=None, description="Leave out rather than guess when the address is not known."
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


class TableRows(Strict):
    """The rows of a reference lift's own load tables, per unit; a unit left out uses [settings]."""

    kg: RowRange | None = None
    """Rows of the kilogram table; leave out to use [settings.kg] rows."""
    lb: RowRange | None = None
    """Rows of the pound table; leave out to use [settings.lb] rows."""

    def for_unit(self, unit: Unit) -> RowRange | None:
        return self.kg if unit is Unit.KG else self.lb


class Exercise(Strict):
    """One exercise: one page of the guide, at exercises/<id>/."""

    id: EntryId = Field(
        description="Lower-case words joined by hyphens; the page is exercises/<id>/."
    )
    name: ShortText
    """The name coaches use most, as the page title: "Romanian deadlift"."""
    aliases: list[ShortText] = Field(default_factory=list, max_length=12)
    """Other names lifters search for: "RDL", "Stiff-leg deadlift"."""
    summary: Text
    """Two or three sentences: what the movement is and what it builds."""
    pattern: PatternWord
    """The movement pattern, a word of vocabulary.toml's [patterns]: for the catalogue and the tag pages."""
    muscles: Muscles
    """The muscles trained: `{ primary = [...], secondary = [...] }`."""
    equipment: list[EquipmentWord] = Field(min_length=1, max_length=10)
    """What a lifter needs, words of vocabulary.toml's [equipment]; ["none"] when nothing."""
    level: LevelWord | None = None
    """How much training experience the exercise asks for, a word of vocabulary.toml's [levels]."""
    mechanic: MechanicWord | None = None
    """Whether several joints move (compound) or one (isolation): a word of vocabulary.toml's [mechanics]."""
    goals: list[ShortText] = Field(default_factory=list, max_length=10)
    """What the exercise is good for, in a few words each: "Strength", "Injury resilience"."""
    placement: Text | None = None
    """Where it belongs in a session or a program."""
    cues: list[Text] = Field(min_length=1, max_length=20)
    """Step-by-step coaching cues, in the order the lifter does them; one action per cue."""
    faults: list[Fault] = Field(default_factory=list, max_length=20)
    """Common faults, each with its fix: `{ fault = "...", fix = "..." }`."""
    safety: list[Text] = Field(min_length=1, max_length=12)
    """Who should take care or get advice first, and the limits that keep the lift safe."""
    prescription: Prescription | None = None
    """Sets, reps, rest and load, as the source prescribes them."""
    load_table_rows: TableRows | None = Field(
        default=None,
        description="When other exercises are loaded as a percentage of this one: the 1RMs to list as table rows.",
    )
    related: list[Slug] = Field(default_factory=list, max_length=20)
    """Ids of exercises that train the same thing or lead on to this one."""
    variations: list[Slug] = Field(default_factory=list, max_length=20)
    """Ids of exercises that are variations of this one."""
    media: list[Media] = Field(default_factory=list, max_length=10)
    """Pictures or videos that show the movement, with their credit."""
    sources: list[Slug] = Field(
        min_length=1, max_length=10, description="Ids of entries in [sources]."
    )
    source_note: Text | None = Field(
        default=None, description="Where the page goes beyond its sources, say so here."
    )


# Checked on each plate, so that a problem points at the plate rather than the list.
PlateWeight = Annotated[Decimal, Field(gt=0, le=100), BeforeValidator(finite_number)]


class PlatePairs(Strict):
    """A plate of which there are only so many: `{ weight = 20, pairs = 1 }` (a home gym with one pair of 20s)."""

    weight: PlateWeight
    """What one plate weighs."""
    pairs: WholeNumber = Field(ge=1, le=50)
    """How many pairs of this plate there are."""


def _plate_kind(value: Any) -> str | None:
    if isinstance(value, dict | PlatePairs):
        return "counted"
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return "weight"
    return None


Plate = Annotated[
    Annotated[PlateWeight, Tag("weight")] | Annotated[PlatePairs, Tag("counted")],
    Discriminator(
        _plate_kind,
        custom_error_type="not a plate",
        custom_error_message="a plate is a weight (20), or a weight and how many pairs there are: "
        "{ weight = 20, pairs = 1 }",
    ),
]


class UnitSettings(Strict):
    """The bar and plates a lifter loads, in one unit; loads are rounded to what these can build."""

    bar: Number = Field(gt=0, le=100)
    """What the empty bar weighs."""
    plates: list[Plate] = Field(
        min_length=1,
        max_length=20,
        description="Weights of plates there are as many pairs of as needed, and "
        "{ weight = 20, pairs = 1 } for plates there are only so many of.",
    )
    rows: RowRange
    """The one-repetition maximums listed as rows of the load tables: `{ min, max, step }`."""

    @field_validator("plates")
    @classmethod
    def _positive_plates(cls, plates: list[Decimal | PlatePairs]) -> list[Decimal | PlatePairs]:
        counted = [p.weight for p in plates if isinstance(p, PlatePairs)]
        for weight in counted:
            if counted.count(weight) > 1 or weight in plates:
                raise invalid(
                    "plate listed twice",
                    f"the {weight} plate is listed more than once; list it once",
                )
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

    @model_validator(mode="after")
    def _plates_share_a_coarse_step(self) -> UnitSettings:
        # Rounding searches every reachable load per side on the plates' common step, so a very
        # fine step (0.01 beside 1.25) would make that search large; 0.25 keeps it to seconds.
        common = BarSetup(self.bar, self.weights).step / 2
        if common < MIN_PLATE_STEP:
            raise invalid(
                "plates too fine",
                f"these plates add up in steps of {common}; choose plates whose weights are "
                f"all multiples of {MIN_PLATE_STEP} or more",
            )
        return self


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
    """How loads are shown and rounded: the units and the bar and plates in each."""

    units: list[Unit] = Field(
        default_factory=lambda: [Unit.KG, Unit.LB],
        min_length=1,
        max_length=2,
        description="Units shown in the load tables, in tab order.",
    )
    kg: UnitSettings = DEFAULT_KG
    """The bar and plates in kilograms."""
    lb: UnitSettings = DEFAULT_LB
    """The bar and plates in pounds."""
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
        custom_error_type="not a load",
        custom_error_message='a load is { of = "clean", percent = [70, 80] }, '
        '{ describe = "moderate" } or "as-prescribed" (the exercise page\'s own prescription)',
    ),
]


class SessionEntry(Strict):
    """One row of a program sheet: an exercise with its sets, reps, rest and load."""

    exercise: Slug = Field(description="Id of an exercise of the catalogue.")
    sets: IntRange = Field(description="Sets; the sheet prints one box per set.")
    reps: IntRange
    """Repetitions per set: `8` or a range such as `[6, 10]`."""
    rest: ShortText | None = None
    """Rest between sets, e.g. "90 seconds"."""
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
            raise invalid(
                "too many sets for a sheet",
                f"{sets.high} sets do not fit on a sheet: at most {MAX_SETS_ON_SHEET} per exercise",
            )
        return sets


class Session(Strict):
    """One training session: one printed page."""

    name: ShortText
    """What the session is called on its sheet: "Day 1: hinge"."""
    notes: list[Text] = Field(default_factory=list, max_length=4)
    """Notes printed under the session's title: warm-up, order, how to progress."""
    exercises: list[SessionEntry] = Field(
        min_length=1,
        max_length=MAX_ENTRIES_PER_SESSION,
        description="In the order they are done; at most 8, so the session prints on one page.",
    )


class Program(Strict):
    """A training program: sessions of exercises from the catalogue, printed one page per session."""

    id: EntryId = Field(
        description="Lower-case words joined by hyphens; the page is programs/<id>/."
    )
    name: ShortText
    """The program's title."""
    goal: Text
    """Who the program is for and what it builds, in a sentence or two."""
    notes: list[Text] = Field(default_factory=list, max_length=10)
    """How to run the program: how often, how to progress, when to stop."""
    sessions: list[Session] = Field(min_length=1, max_length=14)
    """The training sessions, in order; each prints as one page."""
    sources: list[Slug] = Field(
        min_length=1, max_length=10, description="Ids of entries in [sources]."
    )
    source_note: Text | None = Field(
        default=None, description="Where the program goes beyond its sources, say so here."
    )


class Document(Strict):
    """The whole of exercises.toml."""

    settings: Settings = Field(default_factory=Settings)
    """Units, bars and plates used for the load tables."""
    sources: dict[Slug, Source] = Field(default_factory=dict)
    """The published works the facts come from, each under its own id: [sources.<id>]."""
    # The guide is meant to grow for years; benchmarks/scale.py measures 10,000 exercises.
    exercises: list[Exercise] = Field(min_length=1, max_length=20_000)
    """Every exercise of the guide, one [[exercises]] table each."""
    programs: list[Program] = Field(default_factory=list, max_length=200)
    """Training programs built from the exercises, one [[programs]] table each."""
