"""Load arithmetic: what a lifter reads in the load tables must be exact and loadable."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.catalogue.model import Settings
from generator.loads import (
    ESTIMATE_REPS,
    BarSetup,
    Formula,
    Unit,
    estimate_one_rep_max,
    loadable_weights,
    percent_columns,
    percent_of,
    round_to_loadable,
    table_rows,
)

D = Decimal
KG = BarSetup(D(20), tuple(D(p) for p in ("25", "20", "15", "10", "5", "2.5", "1.25")))
LB = BarSetup(D(45), tuple(D(p) for p in ("45", "35", "25", "10", "5", "2.5")))


def test_the_articles_example_holds_in_kilograms() -> None:
    """Clean 1RM 100 kg -> Romanian deadlift 70 kg at 70 % and 100 kg at 100 %."""
    assert round_to_loadable(percent_of(D(100), D(70)), KG) == D(70)
    assert round_to_loadable(percent_of(D(100), D(100)), KG) == D(100)


def test_percentages_are_exact() -> None:
    assert percent_of(D("102.5"), D(70)) == D("71.75")
    assert percent_of(D(220), D(70)) == D(154)


@pytest.mark.parametrize(
    ("target", "setup", "expected"),
    [
        (D("73.5"), KG, D("72.5")),  # 1.0 below vs 1.5 above
        (D("74"), KG, D("75")),
        (D("71.25"), KG, D("70")),  # exactly halfway: the lighter weight
        (D("154"), LB, D("155")),
        (D("152.5"), LB, D("150")),  # exactly halfway in pounds
        (D("15"), KG, D("20")),  # below the empty bar: the bar
        (D("20"), KG, D("20")),
    ],
    ids=["down", "up", "half-kg", "lb-up", "half-lb", "below-bar", "bar"],
)
def test_round_to_loadable(target: Decimal, setup: BarSetup, expected: Decimal) -> None:
    assert round_to_loadable(target, setup) == expected


def test_rounding_only_uses_weights_the_plates_can_build() -> None:
    """With only 15s and 20s, 5 kg a side cannot be built: 30 kg rounds to the bar or to 50 kg."""
    odd = BarSetup(D(20), (D(20), D(15)))
    assert round_to_loadable(D(30), odd) == D(20)
    assert round_to_loadable(D(38), odd) == D(50)
    assert round_to_loadable(D(55), odd) == D(50)  # 50 and 60 are equally near: lighter


def test_step_is_a_pair_of_the_smallest_common_plate() -> None:
    assert KG.step == D("2.5")
    assert LB.step == D(5)


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        ("70", "100", ["70", "75", "80", "85", "90", "95", "100"]),
        ("50", "60", ["50", "55", "60"]),
        ("72.5", "90", ["72.5", "75", "80", "85", "90"]),
        ("20", "100", ["20", "30", "40", "50", "60", "70", "80", "90", "100"]),
        ("80", "80", ["80"]),
    ],
)
def test_percent_columns_keep_both_ends(low: str, high: str, expected: list[str]) -> None:
    assert [str(c) for c in percent_columns(D(low), D(high))] == expected


def test_table_rows_include_both_ends_on_the_step() -> None:
    assert [str(r) for r in table_rows(D(60), D(100), D(10))] == ["60", "70", "80", "90", "100"]
    assert [str(r) for r in table_rows(D(60), D(95), D(10))] == ["60", "70", "80", "90"]


one_rep_maxes = st.decimals(min_value=20, max_value=500, places=1)
percents = st.decimals(min_value=1, max_value=120, places=1)


@given(one_rep_maxes, percents)
def test_rounded_load_is_loadable_and_nearest(one_rep_max: Decimal, percent: Decimal) -> None:
    target = percent_of(one_rep_max, percent)
    load = round_to_loadable(target, KG)
    # Loadable: the bar plus a whole number of 2.5 kg steps.
    assert (load - KG.bar) % KG.step == 0
    assert load >= KG.bar
    # Nearest: no loadable weight is closer, and a tie never goes up.
    if target > KG.bar:
        assert abs(load - target) <= KG.step / 2
        if abs(load - target) == KG.step / 2:
            assert load < target


@given(one_rep_maxes, percents, percents)
def test_more_percent_never_means_less_weight(
    one_rep_max: Decimal, first: Decimal, second: Decimal
) -> None:
    low, high = sorted((first, second))
    assert round_to_loadable(percent_of(one_rep_max, low), LB) <= round_to_loadable(
        percent_of(one_rep_max, high), LB
    )


@given(
    st.decimals(min_value=1, max_value=150, places=1),
    st.decimals(min_value=0, max_value=50, places=1),
)
def test_percent_columns_are_increasing_and_within_the_range(low: Decimal, width: Decimal) -> None:
    high = low + width
    columns = percent_columns(low, high)
    assert columns[0] == low and columns[-1] == high
    assert all(a < b for a, b in itertools.pairwise(columns))
    assert len(columns) <= 9


@pytest.mark.parametrize(
    ("load", "setup", "expected"),
    [
        (D(20), KG, ()),
        (D("72.5"), KG, (D(25), D("1.25"))),
        (D(140), KG, (D(25), D(25), D(10))),
        (D(225), LB, (D(45), D(45))),
        (D(60), BarSetup(D(20), (D(20), D(15))), (D(20),)),
        (D(80), BarSetup(D(20), (D(20), D(15))), (D(15), D(15))),  # 20 + 10 cannot be built
        (D(15), KG, None),  # lighter than the bar
        (D("21"), KG, None),  # 0.5 a side: no such plate
    ],
    ids=["bar", "72.5", "140", "225-lb", "one-20", "two-15s", "below-bar", "unbuildable"],
)
def test_plates_per_side_are_the_fewest_heaviest_first(
    load: Decimal, setup: BarSetup, expected: tuple[Decimal, ...] | None
) -> None:
    assert plates_per_side(load, setup) == expected


def plates_per_side(load: Decimal, setup: BarSetup) -> tuple[Decimal, ...] | None:
    """The plates per side that the calculator's list gives `load`, or None where it lists no such load."""
    return {w.load: w.plates_per_side for w in loadable_weights(setup, load)}.get(load)


HOME = BarSetup(D(20), (D(20), D(10), D(5)), pairs=(1, 1, 2))


def test_counted_plates_build_only_what_there_is() -> None:
    """One pair of 20s, one of 10s, two of 5s: 100 kg is the heaviest load, and 70 needs 20 + 5 a side."""
    assert HOME.heaviest == D(100)
    assert plates_per_side(D(70), HOME) == (D(20), D(5))
    assert plates_per_side(D(110), HOME) is None
    assert round_to_loadable(D(150), HOME) == D(100)
    assert round_to_loadable(D(47), HOME) == D(50)
    assert [w.load for w in loadable_weights(HOME, D(45))] == [D(20), D(30), D(40)]


def test_loadable_weights_list_every_load_with_its_plates() -> None:
    weights = loadable_weights(KG, D(30))
    assert [(w.load, w.plates_per_side) for w in weights] == [
        (D(20), ()),
        (D("22.5"), (D("1.25"),)),
        (D(25), (D("2.5"),)),
        (D("27.5"), (D("2.5"), D("1.25"))),
        (D(30), (D(5),)),
    ]


@pytest.mark.parametrize(
    ("weight", "reps", "formula", "expected"),
    [
        (D(80), 5, Formula.EPLEY, D("93.3")),  # 80 x (1 + 5/30) = 93.33
        (D(80), 5, Formula.BRZYCKI, D(90)),  # 80 x 36 / 32
        (D(80), 1, Formula.EPLEY, D(80)),  # a single rep is the 1RM itself
        (D(80), 1, Formula.BRZYCKI, D(80)),
        (D("100.5"), 3, Formula.EPLEY, D("110.6")),  # 110.55 exactly: a half goes up
        (D(100), 10, Formula.BRZYCKI, D("133.3")),
    ],
)
def test_a_one_rep_max_is_estimated_to_a_tenth(
    weight: Decimal, reps: int, formula: Formula, expected: Decimal
) -> None:
    assert estimate_one_rep_max(weight, reps, formula) == expected


@pytest.mark.parametrize("reps", [0, 11, -1])
def test_an_estimate_takes_one_to_ten_reps(reps: int) -> None:
    assert list(ESTIMATE_REPS) == list(range(1, 11))
    with pytest.raises(ValueError, match="1 to 10 reps"):
        estimate_one_rep_max(D(80), reps, Formula.EPLEY)


def test_for_unit_refuses_a_unit_the_guide_lacks() -> None:
    settings = Settings()
    assert settings.for_unit(Unit.LB).bar == D(45)
    with pytest.raises(ValueError, match="stone"):
        settings.for_unit("stone")  # type: ignore[arg-type]
