"""[settings] of exercises.toml: the units shown, and the bar and plates loads are rounded to."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, Tag, field_validator, model_validator

from generator.catalogue.model.fields import Strict, tagged
from generator.catalogue.model.numbers import Number, WholeNumber, finite_number
from generator.catalogue.model.ranges import RowRange
from generator.catalogue.wording import invalid
from generator.loads import BarSetup, Formula, Unit

MIN_PLATE_STEP = Decimal("0.25")


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


_NOT_A_PLATE = (
    "a plate is a weight (20), or a weight and how many pairs there are: { weight = 20, pairs = 1 }"
)
Plate = Annotated[
    Annotated[PlateWeight, Tag("weight")] | Annotated[PlatePairs, Tag("counted")],
    tagged(_plate_kind, "not a plate", _NOT_A_PLATE),
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
        """The bar, plates and table rows of `unit`; a `ValueError` for a unit the guide lacks."""
        return {Unit.KG: self.kg, Unit.LB: self.lb}[Unit(unit)]
