"""An exercise of exercises.toml: what it trains, how to coach it, how the source prescribes it,
and how heavy, as a percentage of a reference lift or in words (which programs use too)."""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Annotated, Any

from pydantic import (
    AnyHttpUrl,
    BeforeValidator,
    Field,
    StrictBool,
    field_validator,
    model_validator,
)

from generator.catalogue.model.fields import ShortText, Slug, Strict, Text
from generator.catalogue.model.ids import EntryId
from generator.catalogue.model.intensity import Intensity, PercentIntensity, own_lift
from generator.catalogue.model.numbers import finite_number
from generator.catalogue.model.ranges import DistanceRange, DurationRange, IntRange, RowRange
from generator.catalogue.model.vocabulary import (
    EquipmentWord,
    LevelWord,
    MechanicWord,
    MuscleWord,
    PatternWord,
)
from generator.catalogue.wording import invalid
from generator.loads import Unit


class Prescription(Strict):
    """How the source prescribes the exercise: sets, reps, tempo, rest and how heavy."""

    sets: IntRange | None = None
    """How many work sets: `3` or a range such as `[3, 4]`."""
    reps: IntRange | None = None
    """Repetitions per set: `8` or a range such as `[6, 10]`."""
    seconds: DurationRange | None = None
    """How long each set is held or done, in seconds: `30` or `[20, 40]`; with `reps`, each rep."""
    metres: DistanceRange | None = None
    """How far each set goes, in metres: `40` or `[20, 40]` (shown in yards beside pounds)."""
    per_side: StrictBool = False
    """Whether the sets, reps, seconds or metres are for each side (or each arm or leg) in turn."""
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


class TableRows(Strict):
    """The rows of a reference lift's own load tables, per unit; a unit left out uses [settings]."""

    kg: RowRange | None = None
    """Rows of the kilogram table; leave out to use [settings.kg] rows."""
    lb: RowRange | None = None
    """Rows of the pound table; leave out to use [settings.lb] rows."""

    def for_unit(self, unit: Unit) -> RowRange | None:
        """The rows of `unit`'s table, if given; a `ValueError` for a unit the guide lacks."""
        return {Unit.KG: self.kg, Unit.LB: self.lb}[Unit(unit)]


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
    substitutes: list[Slug] = Field(default_factory=list, max_length=6)
    """Ids of exercises to offer first as substitutes, whichever the generator would choose: those it
    chooses (same movement pattern and a primary muscle, other equipment) fill the list up to three."""
    not_substitutes: list[Slug] = Field(default_factory=list, max_length=20)
    """Ids of exercises never to offer as substitutes for this one, though pattern, muscles and
    equipment fit."""
    not_duplicates: list[Slug] = Field(default_factory=list, max_length=20)
    """Ids of exercises named with the same words as this one (in another order, with a hyphen
    for a space, in the singular for the plural) that are other exercises on purpose: `check`
    warns of such names as a likely duplicate, except for these."""
    media: list[Media] = Field(default_factory=list, max_length=10)
    """Pictures or videos that show the movement, with their credit."""
    sources: list[Slug] = Field(
        min_length=1, max_length=10, description="Ids of entries in [sources]."
    )
    source_note: Text | None = Field(
        default=None, description="Where the page goes beyond its sources, say so here."
    )

    @model_validator(mode="before")
    @classmethod
    def _own_lift(cls, data: Any) -> Any:
        """A percentage without `of` is of this exercise's own 1RM."""
        prescription = data.get("prescription") if isinstance(data, dict) else None
        if not isinstance(prescription, dict):
            return data
        intensities = prescription.get("intensity")
        if not isinstance(intensities, list):
            return data
        own = [own_lift(intensity, data.get("id")) for intensity in intensities]
        return {**data, "prescription": {**prescription, "intensity": own}}

    @property
    def percent_intensities(self) -> list[PercentIntensity]:
        """Its loads given as a percentage of a lift's 1RM: one load table each."""
        return self.prescription.percent_intensities if self.prescription else []
