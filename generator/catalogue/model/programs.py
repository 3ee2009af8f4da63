"""A program of exercises.toml: sessions of the catalogue's exercises, over one week or several,
printed one page per session per week. What changes by week is in progression.py; the checks that
need the whole program (a wave as long as the program, supersets in one place) are in
generator/catalogue/program_checks.py, which locates each mistake."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, StrictBool, Tag, field_validator, model_validator

from generator.catalogue.model.fields import ShortText, Slug, Strict, Text, tagged
from generator.catalogue.model.ids import EntryId
from generator.catalogue.model.intensity import (
    INTENSITY_FORMS,
    BandIntensity,
    BodyweightIntensity,
    DescribedIntensity,
    EffortIntensity,
    PercentIntensity,
    own_lift,
)
from generator.catalogue.model.numbers import finite_number, whole_number
from generator.catalogue.model.progression import (
    MAX_SETS_ON_SHEET,
    MAX_WEEKS,
    Deload,
    PlannedSet,
    Sets,
    Step,
    Wave,
    WeekValues,
    program_load_kind,
)
from generator.catalogue.model.ranges import DistanceRange, DurationRange, IntRange
from generator.catalogue.wording import invalid, shown

AS_PRESCRIBED: Literal["as-prescribed"] = "as-prescribed"
MAX_ENTRIES_PER_SESSION = 8
SUPERSET_LETTERS = "ABCDEFGH"

_NOT_A_LOAD = (
    f'a load is {INTENSITY_FORMS}, or "as-prescribed" (the exercise page\'s own prescription)'
)
ProgramLoad = Annotated[
    Annotated[PercentIntensity, Tag("percent")]
    | Annotated[DescribedIntensity, Tag("described")]
    | Annotated[BodyweightIntensity, Tag("bodyweight")]
    | Annotated[BandIntensity, Tag("band")]
    | Annotated[EffortIntensity, Tag("effort")]
    | Annotated[Literal["as-prescribed"], Tag("as-prescribed")],
    tagged(program_load_kind, "not a load", _NOT_A_LOAD),
]


def _superset_letter(value: Any) -> Any:
    if not (isinstance(value, str) and len(value) == 1 and value in SUPERSET_LETTERS):
        raise invalid(
            "not a superset letter",
            f"a group is a capital letter from {SUPERSET_LETTERS[0]} to {SUPERSET_LETTERS[-1]}, "
            f"got {shown(value)}",
        )
    return value


class SessionEntry(Strict):
    """One row of a program sheet: an exercise with its sets, reps (or seconds, or metres), rest and
    load, which may change by week (`wave`, `step`, `by_week`)."""

    exercise: Slug = Field(description="Id of an exercise of the catalogue.")
    sets: Sets | None = Field(
        default=None,
        description="Sets: a count (the sheet prints a box per set), or a list of sets that each "
        "have their own reps and load. Leave out with a `wave`.",
    )
    reps: IntRange | None = None
    """Repetitions per set: `8` or a range such as `[6, 10]`."""
    seconds: DurationRange | None = None
    """Seconds per set (a hold, a timed set): `30` or `[20, 40]`; with `reps`, each rep."""
    metres: DistanceRange | None = None
    """Metres per set (a carry, a sled push): `40`; sheets in pounds show yards."""
    per_side: StrictBool = False
    """Whether the reps, seconds or metres are for each side in turn."""
    rest: ShortText | None = None
    """Rest between sets, e.g. "90 seconds"."""
    load: ProgramLoad = Field(
        default=AS_PRESCRIBED,
        description="A percentage of a lift (of the exercise itself without `of`), a load in words, "
        "bodyweight, a band, an effort, or the exercise page's own.",
    )
    of: Slug | None = None
    """The lift that the percentages of `sets` and `wave` are of; the exercise itself when left out."""
    wave: Slug | None = None
    """Id of one of the program's `waves`: the entry's sets, week by week."""
    step: Step | None = None
    """What the load adds each week after the first."""
    by_week: list[WeekValues] | None = Field(default=None, max_length=MAX_WEEKS)
    """The entry's values week by week, one table per week of the program; `{}` keeps the entry's."""
    group: Annotated[str, BeforeValidator(_superset_letter)] | None = None
    """A letter shared by two or three entries in a row, done back to back (a superset): the sheet
    numbers them A1, A2."""
    cue: Text | None = Field(
        default=None,
        description="The one cue printed on the sheet; by default the exercise's first cue.",
    )
    note: ShortText | None = Field(default=None, description="Printed in the notes column.")

    @model_validator(mode="before")
    @classmethod
    def _own_lift(cls, data: Any) -> Any:
        """A percentage without `of` is of the entry's own exercise."""
        if isinstance(data, dict) and "load" in data:
            return {**data, "load": own_lift(data["load"], data.get("exercise"))}
        return data

    @field_validator("sets")
    @classmethod
    def _sets_fit_the_sheet(cls, sets: IntRange | list[PlannedSet] | None) -> object:
        if isinstance(sets, IntRange) and sets.high > MAX_SETS_ON_SHEET:
            raise invalid(
                "too many sets for a sheet",
                f"{sets.high} sets do not fit on a sheet: at most {MAX_SETS_ON_SHEET} per exercise",
            )
        return sets

    @model_validator(mode="after")
    def _says_what_to_do(self) -> SessionEntry:
        if self.wave is not None:
            if self.sets is not None or self.by_week is not None:
                raise invalid(
                    "wave with sets",
                    "an entry with a wave takes its sets from the wave: leave out sets and by_week",
                )
            return self
        if self.sets is None:
            raise invalid("no sets", "give sets (a count, or a list of sets), or a wave")
        if isinstance(self.sets, IntRange) and not (self.reps or self.seconds or self.metres):
            raise invalid(
                "no reps, seconds or metres",
                "say what a set is: reps, seconds (a hold) or metres (a carry)",
            )
        if self.step is not None and self.by_week is not None:
            raise invalid(
                "step with by_week", "give the weeks' values in by_week or a step, not both"
            )
        return self


class Session(Strict):
    """One training session: one printed page a week."""

    name: ShortText
    """What the session is called on its sheet: "Day 1: hinge"."""
    notes: list[Text] = Field(default_factory=list, max_length=4)
    """Notes printed under the session's title: warm-up, order, how to progress."""
    exercises: list[SessionEntry] = Field(
        min_length=1,
        max_length=MAX_ENTRIES_PER_SESSION,
        description="In the order they are done; at most 8, so the session prints on one page.",
    )


# A training max from half the 1RM to all of it: the bounds of `training_max.percent`, of `sheet
# --training-max` and of the program page's training-max inputs, whose script reads them there.
TRAINING_MAX_PERCENT = (Decimal(50), Decimal(100))


class TrainingMax(Strict):
    """The training max the program's percentages are of: `{ percent = 90 }`, for every lift the
    program loads from, or `{ percent = 90, lifts = ["back-squat", "deadlift"] }` for those only."""

    percent: Annotated[
        Decimal,
        Field(ge=TRAINING_MAX_PERCENT[0], le=TRAINING_MAX_PERCENT[1]),
        BeforeValidator(finite_number),
    ]
    """The training max as a percentage of the 1RM; 90 is common."""
    lifts: list[Slug] = Field(default_factory=list, max_length=20)
    """Ids of the lifts that have a training max; every lift of the program when left out."""

    def covers(self, lift: str) -> bool:
        """Whether the percentages of `lift` are of its training max."""
        return not self.lifts or lift in self.lifts


class Program(Strict):
    """A training program: sessions of exercises from the catalogue, over one week or several,
    printed one page per session per week."""

    id: EntryId = Field(
        description="Lower-case words joined by hyphens; the page is programs/<id>/."
    )
    name: ShortText
    """The program's title."""
    goal: Text
    """Who the program is for and what it builds, in a sentence or two."""
    notes: list[Text] = Field(default_factory=list, max_length=10)
    """How to run the program: how often, how to progress, when to stop."""
    weeks: Annotated[int, Field(ge=1, le=MAX_WEEKS), BeforeValidator(whole_number)] = 1
    """How many weeks the program runs; every session is done once a week."""
    week_names: list[ShortText] = Field(default_factory=list, max_length=MAX_WEEKS)
    """What each week is called on its sheets ("Week 4: deload"); one per week, or none."""
    training_max: TrainingMax | None = None
    """The training max, a percentage of the 1RM, that the program's percentages (of its `lifts`)
    are of. A lifter can set their own per lift on the program page."""
    waves: dict[Slug, Wave] = Field(default_factory=dict)
    """Waves of percentages that entries follow, by id: `[programs.waves.five-three-one]`."""
    deload: Deload | None = None
    """Lighter weeks, at a share of the first week's percentages."""
    sessions: list[Session] = Field(min_length=1, max_length=14)
    """The training sessions of a week, in order; each prints as one page a week."""
    sources: list[Slug] = Field(
        min_length=1, max_length=10, description="Ids of entries in [sources]."
    )
    source_note: Text | None = Field(
        default=None, description="Where the program goes beyond its sources, say so here."
    )
