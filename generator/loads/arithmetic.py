"""Exact load arithmetic: percentages of a lift, rounded to weights that can be put on a bar.

All numbers are `Decimal`s, so 70 % of 102.5 kg is 71.75 and never 71.74999.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from functools import cache
from math import gcd
from typing import Literal

HUNDRED = Decimal(100)
# Where a target lies exactly halfway between two loadable weights, it goes to this one of them:
# the lighter, the safer mistake. The calculator's data file states it, and its JavaScript follows.
HALFWAY: Literal["lighter", "heavier"] = "lighter"


@dataclass(frozen=True)
class BarSetup:
    """A bar and the plates that can go on it, heaviest first, always in pairs.

    `pairs` gives how many pairs there are of each plate (`None`: as many as needed); left empty,
    every plate is unlimited, as in a commercial gym.
    """

    bar: Decimal
    plates: tuple[Decimal, ...]
    pairs: tuple[int | None, ...] = ()

    @property
    def step(self) -> Decimal:
        """The finest jump between loads: a pair of the plates' common unit (2 x 1.25 kg = 2.5 kg)."""
        unit, _ = _grid(self.plates)
        return _normal(2 * unit)

    @property
    def limits(self) -> tuple[int | None, ...]:
        """Pairs available of each plate, `None` where there is no limit."""
        return self.pairs or (None,) * len(self.plates)

    @property
    def heaviest(self) -> Decimal | None:
        """The heaviest load the plates can build, or `None` when some plate is unlimited."""
        if any(limit is None for limit in self.limits):
            return None
        plates = zip(self.plates, self.limits, strict=True)
        return _normal(self.bar + 2 * sum((p * (n or 0) for p, n in plates), Decimal(0)))


@dataclass(frozen=True)
class Loadable:
    """A load that can be built, and the plates on each side of the bar for it, heaviest first."""

    load: Decimal
    plates_per_side: tuple[Decimal, ...]


def percent_of(one_rep_max: Decimal, percent: Decimal) -> Decimal:
    """`percent` % of `one_rep_max`, exactly."""
    return one_rep_max * percent / HUNDRED


def round_to_loadable(target: Decimal, setup: BarSetup) -> Decimal:
    """The loadable weight nearest to `target`; halfway cases go to the weight HALFWAY names.

    A target at or below the empty bar gives the bar, the lightest load there is; a target beyond
    what a limited set of plates can build gives the heaviest load they can.
    """
    if target <= setup.bar:
        return setup.bar
    unit, sizes = _grid(setup.plates)
    per_side = (target - setup.bar) / 2
    floor = int((per_side / unit).to_integral_value(rounding=ROUND_FLOOR))
    ceiling = int((per_side / unit).to_integral_value(rounding=ROUND_CEILING))
    builds = _builds(sizes, setup.limits, _horizon(ceiling + max(sizes)))
    below = next(s for s in range(min(floor, len(builds) - 1), -1, -1) if builds[s] is not None)
    above = next((s for s in range(ceiling, len(builds)) if builds[s] is not None), None)
    if above is not None:
        above_gap, below_gap = above * unit - per_side, per_side - below * unit
        if above_gap < below_gap or (above_gap == below_gap and HALFWAY == "heavier"):
            return _normal(setup.bar + 2 * above * unit)
    return _normal(setup.bar + 2 * below * unit)


def loadable_weights(setup: BarSetup, up_to: Decimal) -> list[Loadable]:
    """Every load the bar and plates can build, lightest first, up to `up_to` (or all there are)."""
    unit, sizes = _grid(setup.plates)
    heaviest = setup.heaviest
    limit = up_to if heaviest is None else min(up_to, heaviest)
    steps = int(((limit - setup.bar) / 2 / unit).to_integral_value(rounding=ROUND_FLOOR))
    builds = _builds(sizes, setup.limits, _horizon(max(steps, 0)))
    found = []
    for total, counts in enumerate(builds[: steps + 1]):
        if counts is not None:
            plates = tuple(
                _normal(p) for p, n in zip(setup.plates, counts, strict=True) for _ in range(n)
            )
            found.append(Loadable(_normal(setup.bar + 2 * total * unit), plates))
    return found


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


# Per-side sums are counted on a grid of the plates' greatest common divisor, so the search is
# exact for any plate set (with 15s and 20s only, 5 per side cannot be built).


@cache
def _grid(plates: tuple[Decimal, ...]) -> tuple[Decimal, tuple[int, ...]]:
    exponent = min(p.as_tuple().exponent for p in plates)
    assert isinstance(exponent, int)
    scale = Decimal(10) ** -min(exponent, 0)
    scaled = [int(p * scale) for p in plates]
    unit = gcd(*scaled)
    return Decimal(unit) / scale, tuple(size // unit for size in scaled)


def _horizon(steps: int) -> int:
    """How far to search: `steps` rounded up to a power of two, so one search serves many loads."""
    return 1 << max(steps, 64).bit_length()


@cache
def _builds(
    sizes: tuple[int, ...], limits: tuple[int | None, ...], horizon: int
) -> tuple[tuple[int, ...] | None, ...]:
    """For each per-side sum up to `horizon` grid steps: how many of each plate make it, or `None`.

    Of the ways to make a sum, the one with the fewest plates, and then the most heavy ones.
    """
    best: list[tuple[int, ...] | None] = [()] + [None] * horizon
    for size, limit in zip(sizes, limits, strict=True):
        extended: list[tuple[int, ...] | None] = [None] * (horizon + 1)
        for total in range(horizon + 1):
            without = best[total]
            options = [] if without is None else [(*without, 0)]
            if limit is None:
                # One more of this plate on the best way to make `total - size` with it.
                fewer = extended[total - size] if total >= size else None
                if fewer is not None:
                    options.append((*fewer[:-1], fewer[-1] + 1))
            else:
                for count in range(1, min(limit, total // size) + 1):
                    rest = best[total - count * size]
                    if rest is not None:
                        options.append((*rest, count))
            extended[total] = min(options, key=_fewest_then_heaviest, default=None)
        best = extended
    return tuple(best)


def _fewest_then_heaviest(counts: tuple[int, ...]) -> tuple[int, list[int]]:
    return sum(counts), [-n for n in counts]
