"""The page calculator's JavaScript gives the loads and plates the Python of the load tables gives.

The JavaScript (docs/assets/javascripts/exercise-guide.js) runs in Node over a grid of 1RMs and
percentages, on the very description the site publishes for its pages (generator.site.load_tables,
loadable_json, in the data file LOADS_FILE).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from decimal import Decimal
from itertools import product
from typing import Any

import pytest

from generator.catalogue.model import PlatePairs, RowRange, Settings, UnitSettings
from generator.loads import Unit, loadable_weights, percent_of, round_to_loadable
from generator.site.load_tables import CALCULATOR_LIMIT, bar_setup, loadable_json

from .conftest import ROOT

SCRIPT = ROOT / "docs" / "assets" / "javascripts" / "exercise-guide.js"
NODE_RUNNER = """
const guide = require(process.argv[1]);
const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
const answers = input.cases.map(([unit, oneRepMax, percent]) => {
  const found = guide.nearestLoad(input.data, unit, oneRepMax, percent);
  return found && [found.load, found.platesPerSide, found.atBar];
});
const estimates = input.sets.map(([w, r, f]) => guide.estimateMax(w, r, f));
process.stdout.write(JSON.stringify({ answers, estimates }));
"""

D = Decimal
ROWS = RowRange(min=D(40), max=D(200), step=D(10))
COMMERCIAL_GYM = Settings()
HOME_GYM = Settings(
    kg=UnitSettings(
        bar=D(20),
        plates=[
            PlatePairs(weight=D(20), pairs=1),
            PlatePairs(weight=D(10), pairs=1),
            PlatePairs(weight=D(5), pairs=2),
            PlatePairs(weight=D("2.5"), pairs=1),
        ],
        rows=ROWS,
    ),
    lb=UnitSettings(
        bar=D(45),
        plates=[PlatePairs(weight=D(45), pairs=2), PlatePairs(weight=D(25), pairs=1)],
        rows=ROWS,
    ),
)
ONE_REP_MAXES = {
    Unit.KG: [D(20) + D("2.5") * i for i in range(97)] + [D("101.3"), D("77.777"), D(17)],
    Unit.LB: [D(45) + D(5) * i for i in range(110)] + [D("222.2"), D("99.999")],
}
PERCENTS = [
    D("0.5"),
    *(D(5) * i for i in range(1, 31)),
    D("72.5"),
    D("67.5"),
    D("33.3"),
    D("12.345"),
]


def run_node(
    data: str, cases: list[list[object]], sets: list[list[object]]
) -> dict[str, list[Any]]:
    node = shutil.which("node")
    assert node, "Node.js runs the page's JavaScript in this test; install nodejs"
    stdin = f'{{"data":{data},"cases":{json.dumps(cases)},"sets":{json.dumps(sets)}}}'
    result = subprocess.run(
        [node, "-e", NODE_RUNNER, str(SCRIPT)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    answers: dict[str, list[Any]] = json.loads(result.stdout)
    return answers


@pytest.mark.parametrize("settings", [COMMERCIAL_GYM, HOME_GYM], ids=["commercial", "home-gym"])
def test_javascript_rounds_every_load_as_the_tables_do(settings: Settings) -> None:
    grid = [
        (unit, orm, pct)
        for unit in settings.units
        for orm, pct in product(ONE_REP_MAXES[unit], PERCENTS)
        if percent_of(orm, pct) <= CALCULATOR_LIMIT[unit]
    ]
    cases: list[list[object]] = [[u.value, float(o), float(p)] for u, o, p in grid]

    answers = run_node(loadable_json(settings), cases, [])["answers"]

    assert len(answers) == len(grid) > 6000
    for (unit, orm, pct), answer in zip(grid, answers, strict=True):
        setup = bar_setup(settings, unit)
        load = round_to_loadable(percent_of(orm, pct), setup)
        plates = next(w.plates_per_side for w in loadable_weights(setup, load) if w.load == load)
        expected = [float(load), [float(p) for p in plates or ()], load == setup.bar]
        assert answer == expected, f"{pct} % of {orm} {unit.value}"


def test_javascript_says_so_beyond_the_heaviest_load_it_knows() -> None:
    """Unlimited plates build any load; the page's list stops at a limit, and so does the calculator."""
    cases: list[list[object]] = [["kg", 500, 100], ["kg", 501, 100], ["lb", 1000, 111]]

    answers = run_node(loadable_json(COMMERCIAL_GYM), cases, [])["answers"]

    assert answers == [[500, [25] * 9 + [15], False], None, None]


def test_a_home_gym_rounds_to_the_heaviest_load_its_plates_build() -> None:
    cases: list[list[object]] = [["kg", 300, 100]]

    answers = run_node(loadable_json(HOME_GYM), cases, [])["answers"]

    assert answers == [[105, [20, 10, 5, 5, 2.5], False]]  # 20 + 2 x 42.5: every plate there is
    assert round_to_loadable(D(300), bar_setup(HOME_GYM, Unit.KG)) == D(105)


def test_estimated_one_rep_max_by_each_formula() -> None:
    """80 kg x 5: Epley 80 x (1 + 5/30) = 93.33; Brzycki 80 x 36 / 32 = 90. More than 10 reps: none."""
    sets: list[list[object]] = [
        [80, 5, "epley"],
        [80, 5, "brzycki"],
        [80, 1, "epley"],
        [80, 11, "epley"],
    ]

    estimates = run_node(loadable_json(COMMERCIAL_GYM), [], sets)["estimates"]

    assert estimates[0] == pytest.approx(93.3333333)
    assert estimates[1] == pytest.approx(90)
    assert estimates[2:] == [80, None]


@pytest.mark.parametrize("halfway", ["lighter", "heavier"])
def test_a_load_halfway_goes_where_python_says(
    halfway: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """70 % of 75 kg is 52.5 kg: halfway between 50 and 55 kg with 2.5 kg plates only. The
    JavaScript takes the rule from the data, so it follows generator.loads.arithmetic.HALFWAY."""
    monkeypatch.setattr("generator.loads.arithmetic.HALFWAY", halfway)
    monkeypatch.setattr("generator.site.load_tables.HALFWAY", halfway)
    settings = Settings(
        kg=UnitSettings(bar=D(20), plates=[D("2.5")], rows=ROWS),
        lb=UnitSettings(bar=D(45), plates=[D(5)], rows=ROWS),
    )
    data = loadable_json(settings)
    assert json.loads(data)["halfway"] == halfway

    answers = run_node(data, [["kg", 75, 70]], [])["answers"]

    expected = round_to_loadable(percent_of(D(75), D(70)), bar_setup(settings, Unit.KG))
    assert expected == (D(50) if halfway == "lighter" else D(55))
    assert answers[0][0] == float(expected)
