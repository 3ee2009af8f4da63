"""Exact load arithmetic: percentages of a lift, rounded to weights that can be put on a bar.

All numbers are `Decimal`s, so 70 % of 102.5 kg is 71.75 and never 71.74999.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from functools import cache
from math import gcd

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class BarSetup:
    """A bar and the plates that can go on it, in pairs, as many of each as needed."""

    bar: Decimal
    plates: tuple[Decimal, ...]

    @property
    def step(self) -> Decimal:
        """The finest jump between loads: a pair of the plates' common unit (2 x 1.25 kg = 2.5 kg)."""
        unit, _ = _grid(self.plates)
        return _normal(2 * unit)


def percent_of(one_rep_max: Decimal, percent: Decimal) -> Decimal:
    """`percent` % of `one_rep_max`, exactly."""
    return one_rep_max * percent / HUNDRED


def round_to_loadable(target: Decimal, setup: BarSetup) -> Decimal:
    """The loadable weight nearest to `target`; halfway cases go to the lighter weight.

    A target at or below the empty bar gives the bar, the lightest load there is.
    """
    if target <= setup.bar:
        return setup.bar
    per_side = (target - setup.bar) / 2
    below = _reachable_below(per_side, setup.plates)
    above = _reachable_above(per_side, setup.plates)
    chosen = below if per_side - below <= above - per_side else above
    return _normal(setup.bar + 2 * chosen)


def percent_columns(low: Decimal, high: Decimal) -> list[Decimal]:
    """The percentages a load table shows for a prescribed range: both ends and even steps between.

    Steps of 5 % (or 10 % when that would give more than seven columns); the ends are always kept
    even when they fall between steps, e.g. 72.5-90 % gives 72.5, 75, 80, 85, 90.
    """
    if low == high:
        return [_normal(low)]
    step = Decimal(5) if (high - low) / 5 <= 6 else Decimal(10)
    inner_start = (low // step + 1) * step
    columns = [low]
    value = inner_start
    while value < high:
        columns.append(value)
        value += step
    columns.append(high)
    return [_normal(c) for c in columns]


def table_rows(minimum: Decimal, maximum: Decimal, step: Decimal) -> list[Decimal]:
    """One-repetition maximums from `minimum` to `maximum` (included when on a step)."""
    rows: list[Decimal] = []
    value = minimum
    while value <= maximum:
        rows.append(_normal(value))
        value += step
    return rows


def _normal(value: Decimal) -> Decimal:
    """72.50 -> 72.5 and 1E+2 -> 100: the form a lifter reads."""
    normal = value.normalize()
    return normal.quantize(Decimal(1)) if normal == normal.to_integral_value() else normal


# Reachable per-side sums are found on a grid of the plates' greatest common divisor, so the
# search is exact for any plate set (with 15s and 20s only, 5 per side cannot be built).


def _reachable_below(per_side: Decimal, plates: tuple[Decimal, ...]) -> Decimal:
    unit, sizes = _grid(plates)
    steps = int((per_side / unit).to_integral_value(rounding=ROUND_FLOOR))
    reachable = _reachable_sums(sizes, steps)
    best = max(s for s in range(steps + 1) if reachable[s])
    return best * unit


def _reachable_above(per_side: Decimal, plates: tuple[Decimal, ...]) -> Decimal:
    unit, sizes = _grid(plates)
    start = int((per_side / unit).to_integral_value(rounding=ROUND_CEILING))
    limit = start + max(sizes)
    reachable = _reachable_sums(sizes, limit)
    best = min(s for s in range(start, limit + 1) if reachable[s])
    return best * unit


@cache
def _grid(plates: tuple[Decimal, ...]) -> tuple[Decimal, tuple[int, ...]]:
    exponent = min(p.as_tuple().exponent for p in plates)
    assert isinstance(exponent, int)
    scale = Decimal(10) ** -min(exponent, 0)
    scaled = [int(p * scale) for p in plates]
    unit = gcd(*scaled)
    return Decimal(unit) / scale, tuple(size // unit for size in scaled)


@cache
def _reachable_sums(sizes: tuple[int, ...], limit: int) -> tuple[bool, ...]:
    reachable = [False] * (limit + 1)
    reachable[0] = True
    for total in range(1, limit + 1):
        reachable[total] = any(size <= total and reachable[total - size] for size in sizes)
    return tuple(reachable)
