"""The units of weight the guide computes in, and the heaviest numbers it takes in each. No I/O."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum


class Unit(StrEnum):
    """Units of weight for the load tables."""

    KG = "kg"
    LB = "lb"

    @property
    def kilograms(self) -> Decimal:
        """What one of this unit weighs in kilograms (the international pound: 0.45359237 kg)."""
        return Decimal(1) if self is Unit.KG else Decimal("0.45359237")


# The heaviest one-repetition maximum the guide takes, in either unit: the rows of a load table,
# a 1RM given to `sheet --max`, and one typed into a page's calculator or program form.
MAX_ONE_REP_MAX = Decimal(1000)

# The heaviest load the in-page calculator knows of, per unit: above any lift a guide reader makes.
CALCULATOR_LIMIT = {Unit.KG: Decimal(500), Unit.LB: Decimal(1100)}

# A yard is 0.9144 m exactly (the international yard): distances in metres show in yards too.
YARD_IN_METRES = Decimal("0.9144")


def yards(metres: int | Decimal) -> int:
    """`metres` in whole yards, a half going up: 40 m is 44 yd."""
    return int((Decimal(metres) / YARD_IN_METRES).to_integral_value(rounding=ROUND_HALF_UP))


def pounds(kilograms: Decimal) -> int:
    """A weight added to the body (a belt, a vest), in whole pounds, a half going up: 10 kg is 22 lb."""
    return int((kilograms / Unit.LB.kilograms).to_integral_value(rounding=ROUND_HALF_UP))
