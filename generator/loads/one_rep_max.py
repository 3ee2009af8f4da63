"""A one-repetition maximum (1RM) estimated from a set of several reps. No I/O.

Each formula is a factor of the weight lifted that depends on the reps alone, given here as an
exact fraction for every number of reps the estimate takes: the calculator's data file carries
these fractions (site/load_tables.py), so the page multiplies by them and knows no formula.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction

# The reps of a set the estimate takes: beyond ten, both formulas drift far from a tested 1RM.
ESTIMATE_REPS = range(1, 11)
# An estimate is shown to a tenth of the unit, a half going up: a finer figure would promise a
# precision no formula has.
ESTIMATE_STEP = Decimal("0.1")


class Formula(StrEnum):
    """How a set of several reps estimates a one-repetition maximum (1RM)."""

    EPLEY = "epley"
    BRZYCKI = "brzycki"

    @property
    def author(self) -> str:
        """The formula's name as a reader knows it: its author's."""
        return self.value.capitalize()


def factor(formula: Formula, reps: int) -> Fraction:
    """What the weight of a set of `reps` is multiplied by to estimate the 1RM: Epley's
    1 + reps / 30, Brzycki's 36 / (37 - reps); a single rep is the 1RM itself."""
    if reps not in ESTIMATE_REPS:
        raise ValueError(
            f"an estimate takes {ESTIMATE_REPS[0]} to {ESTIMATE_REPS[-1]} reps, not {reps}"
        )
    if reps == 1:
        return Fraction(1)
    if formula is Formula.BRZYCKI:
        return Fraction(36, 37 - reps)
    return 1 + Fraction(reps, 30)


def estimate_one_rep_max(weight: Decimal, reps: int, formula: Formula) -> Decimal:
    """The 1RM a set of `reps` at `weight` estimates, to ESTIMATE_STEP (as the calculator shows it)."""
    share = factor(formula, reps)
    exact = weight * share.numerator / share.denominator
    return exact.quantize(ESTIMATE_STEP, rounding=ROUND_HALF_UP)


def factors(formula: Formula) -> dict[int, tuple[int, int]]:
    """Every factor of the formula, by reps, as a numerator and a denominator."""
    return {reps: _pair(factor(formula, reps)) for reps in ESTIMATE_REPS}


def _pair(fraction: Fraction) -> tuple[int, int]:
    return fraction.numerator, fraction.denominator
