"""How heavy, or how hard, a coach prescribes a set: a percentage of a lift's 1RM, words, bodyweight
(with a load added), a band, or an effort (RPE, reps in reserve). Exercises and programs share them.

Only a percentage gives a load the guide can work out; the other kinds are said in words on the
pages and sheets, so that no number is made up where the source gives none.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from pydantic import BeforeValidator, ConfigDict, Field, Tag, model_validator

from generator.catalogue.model.fields import ShortText, Slug, Strict, tagged
from generator.catalogue.model.ranges import BoundedRange, PercentRange
from generator.catalogue.wording import invalid


def _of_may_be_left_out(schema: dict[str, Any]) -> None:
    schema["required"] = [key for key in schema.get("required", []) if key != "of"]


def own_lift(intensity: Any, exercise_id: Any) -> Any:
    """A percentage without `of`, as TOML has it, made one of `exercise_id`'s own 1RM."""
    if isinstance(intensity, dict) and "percent" in intensity and "of" not in intensity:
        return {"of": exercise_id, **intensity}
    return intensity


class PercentIntensity(Strict):
    """A load as a percentage range of a reference lift: `{ of = "clean", percent = [70, 100] }`;
    without `of`, of the exercise's own 1RM."""

    # Filled in with the exercise's own id where left out (`own_lift`), before validation: the
    # schema says it may be left out.
    model_config = ConfigDict(**Strict.model_config, json_schema_extra=_of_may_be_left_out)

    of: Slug = Field(
        description="Id of the reference lift, an exercise of the catalogue; leave out for the exercise's own 1RM."
    )
    percent: PercentRange
    """How heavy, as a percentage of the reference lift's one-repetition maximum: `80` or `[70, 100]`."""


class DescribedIntensity(Strict):
    """A load in words, where the source gives no number: `{ describe = "moderate to heavy" }`."""

    describe: ShortText
    """The load in a few words, as the source puts it: "moderate to heavy"."""


class AddedKg(BoundedRange):
    """Kilograms added to the body's weight (a belt, a vest, a dumbbell held): `10` or `[5, 10]`."""

    _minimum = Decimal("0.5")
    _maximum = 200
    _whole = False
    low: Decimal
    """The lightest added load, in kilograms."""
    high: Decimal
    """The heaviest added load, in kilograms."""


def _true(value: Any) -> Any:
    if value is not True:
        raise invalid(
            "not bodyweight",
            "bodyweight is true or left out: for a load that is not the body, "
            "write another kind of load",
        )
    return value


class BodyweightIntensity(Strict):
    """The lifter's own body: `{ bodyweight = true }`, or with a load added,
    `{ bodyweight = true, added_kg = [5, 10] }` (shown in pounds too)."""

    bodyweight: Annotated[bool, BeforeValidator(_true), Field(json_schema_extra={"const": True})]
    """Always `true`: the load is the lifter's body."""
    added_kg: AddedKg | None = None
    """A load added to the body, in kilograms: `10` or `[5, 10]`."""


class BandIntensity(Strict):
    """An elastic band, named as the lifter's set of bands names it: `{ band = "light" }`."""

    band: ShortText
    """Which band: "light", "red", "one lighter than you can do 15 reps with"."""


class EffortRange(BoundedRange):
    """An effort on the 1-10 scale of rating of perceived exertion, halves allowed: `8` or `[7, 8.5]`."""

    _minimum = 1
    _maximum = 10
    _whole = False
    low: Decimal
    """The easiest rating of the range."""
    high: Decimal
    """The hardest rating of the range."""


class RepsInReserve(BoundedRange):
    """Repetitions left in reserve at the end of a set: `2` or `[1, 3]`; 0 means to failure."""

    _minimum = 0
    _maximum = 10
    _whole = True
    low: int
    """The fewest repetitions left in reserve."""
    high: int
    """The most repetitions left in reserve."""


class EffortIntensity(Strict):
    """How hard a set should feel, where the load is the lifter's choice: `{ rpe = 8 }` (a rating
    of perceived exertion) or `{ rir = 2 }` (repetitions in reserve), one of the two."""

    rpe: EffortRange | None = None
    """Rating of perceived exertion on the 1-10 scale: 10 is a set with no rep left."""
    rir: RepsInReserve | None = None
    """Repetitions the lifter could still have done when the set ends."""

    @model_validator(mode="after")
    def _one_scale(self) -> EffortIntensity:
        if (self.rpe is None) == (self.rir is None):
            raise invalid(
                "not an effort",
                "an effort is { rpe = 8 } or { rir = 2 }: give one of the two",
            )
        return self


def intensity_kind(value: Any) -> str | None:
    """Which kind of intensity `value` is (a TOML table, or a validated model)."""
    if isinstance(value, dict):
        for key, kind in _KEYS.items():
            if key in value:
                return kind
        return "described"
    for model, kind in _MODELS.items():
        if isinstance(value, model):
            return kind
    return None


_KEYS = {
    "of": "percent",
    "percent": "percent",
    "bodyweight": "bodyweight",
    "added_kg": "bodyweight",
    "band": "band",
    "rpe": "effort",
    "rir": "effort",
}
_MODELS: dict[type[Strict], str] = {
    PercentIntensity: "percent",
    DescribedIntensity: "described",
    BodyweightIntensity: "bodyweight",
    BandIntensity: "band",
    EffortIntensity: "effort",
}

INTENSITY_TAGS = frozenset(_MODELS.values())
"""The tags that name the kinds in a location pydantic gives (`intensity[0].percent.of`)."""

INTENSITY_FORMS = (
    '{ of = "clean", percent = [70, 100] }, { percent = 80 } (of the exercise\'s own 1RM), '
    '{ describe = "moderate" }, { bodyweight = true }, { bodyweight = true, added_kg = 10 }, '
    '{ band = "light" }, { rpe = 8 } or { rir = 2 }'
)
_NOT_AN_INTENSITY = f"an intensity is a table: {INTENSITY_FORMS}"

AnyIntensity = (
    Annotated[PercentIntensity, Tag("percent")]
    | Annotated[DescribedIntensity, Tag("described")]
    | Annotated[BodyweightIntensity, Tag("bodyweight")]
    | Annotated[BandIntensity, Tag("band")]
    | Annotated[EffortIntensity, Tag("effort")]
)
Intensity = Annotated[AnyIntensity, tagged(intensity_kind, "not an intensity", _NOT_AN_INTENSITY)]
"""Every kind of intensity, told apart by its keys."""

KindOfIntensity = (
    PercentIntensity | DescribedIntensity | BodyweightIntensity | BandIntensity | EffortIntensity
)
