"""Python's answers for the JavaScript tests: `python -m tests.js.cases FILE` writes them as JSON.

Node's own test runner then runs tests/js/*.test.js, which hold the site's scripts to these
answers, so the page's numbers are checked against the one implementation, Python's, without a
test starting a process: `make test-js` runs the two steps.

For the calculator, each scenario is the calculator's data as the site publishes it (assets/loads.json) for a gym,
with loads ([unit, 1RM, percent] -> [load, plates per side, at the bar], or null beyond the last
load the list holds) and estimates ([weight, reps] -> the 1RM, or null for reps not taken). For
the search box's query script, the search settings of mkdocs.yml it must agree with. For the
scripts' wording, the messages file the German site publishes (assets/messages.js), which a page
runs before the scripts.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Sequence
from decimal import Decimal
from itertools import product
from pathlib import Path
from unittest import mock

import yaml

from generator.catalogue.model import PlatePairs, RowRange, Settings, UnitSettings
from generator.loads import (
    CALCULATOR_LIMIT,
    ESTIMATE_REPS,
    BarSetup,
    Formula,
    Loadable,
    Unit,
    estimate_one_rep_max,
    loadable_weights,
    percent_of,
    round_to_loadable,
)
from generator.site.load_tables import bar_setup, loadable_description, loadable_json
from generator.site.pages.page_data import script_messages

ROOT = Path(__file__).resolve().parents[2]

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
    one_rep_max_formula=Formula.BRZYCKI,
)
# Only 2.5 kg plates: 70 % of 75 kg is 52.5 kg, exactly halfway between 50 and 55.
FINE_STEPS = Settings(
    kg=UnitSettings(bar=D(20), plates=[D("2.5")], rows=ROWS),
    lb=UnitSettings(bar=D(45), plates=[D(5)], rows=ROWS),
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
# Beyond the list of a commercial gym's loads (it stops at CALCULATOR_LIMIT), and at its end.
BEYOND = [(Unit.KG, D(500), D(100)), (Unit.KG, D(501), D(100)), (Unit.LB, D(1000), D(111))]
# Whole, half and odd weights, with every number of reps and one either side of those taken.
WEIGHTS = [D(80), D("100.5"), D("62.5"), D("47.25"), D("133.3"), D(1), D(1000)]
REPS = [ESTIMATE_REPS[0] - 1, *ESTIMATE_REPS, ESTIMATE_REPS[-1] + 1]


@functools.cache
def listed_loads(setup: BarSetup, unit: Unit) -> dict[Decimal, Loadable]:
    """The loads the calculator's list holds, by load."""
    return {w.load: w for w in loadable_weights(setup, CALCULATOR_LIMIT[unit])}


def answer(
    settings: Settings,
    unit: Unit,
    one_rep_max: Decimal,
    percent: Decimal,
    share: Decimal = Decimal(100),
) -> object:
    """What the calculator must show for `percent` % of `share` % of `one_rep_max` (`share`, a
    training max as a percentage of the 1RM, as a program sheet has it): the load the tables round
    to, its plates per side and whether it is the bar; None for a target beyond the last load of
    a list that stops short of what the plates build (it cannot know what lies past its end)."""
    setup = bar_setup(settings, unit)
    listed = listed_loads(setup, unit)
    target = percent_of(percent_of(one_rep_max, share), percent)
    complete = setup.heaviest is not None and setup.heaviest <= CALCULATOR_LIMIT[unit]
    if not complete and target > max(listed):
        return None
    load = round_to_loadable(target, setup)
    return [float(load), [float(p) for p in listed[load].plates_per_side], load == setup.bar]


# Training maxes, as percentages of the 1RM, that a program's percentages may be of.
SHARES = [D(90), D(85), D("87.5"), D("92.5"), D("77.777")]


def scenario(
    name: str,
    settings: Settings,
    loads: list[tuple[Unit, Decimal, Decimal]],
    shared: Sequence[tuple[Unit, Decimal, Decimal, Decimal]] = (),
) -> dict[str, object]:
    estimates = [
        [
            float(w),
            r,
            float(estimate_one_rep_max(w, r, settings.one_rep_max_formula))
            if r in ESTIMATE_REPS
            else None,
        ]
        for w, r in product(WEIGHTS, REPS)
    ]
    return {
        "name": name,
        "data": json.loads(loadable_json(settings)),
        "loads": [[u.value, float(o), float(p), answer(settings, u, o, p)] for u, o, p in loads],
        "estimates": estimates,
        "shared": [
            [u.value, float(o), float(p), float(t), answer(settings, u, o, p, t)]
            for u, o, p, t in shared
        ],
    }


def grid(settings: Settings) -> list[tuple[Unit, Decimal, Decimal]]:
    return [
        (unit, orm, pct)
        for unit in settings.units
        for orm, pct in product(ONE_REP_MAXES[unit], PERCENTS)
        if percent_of(orm, pct) <= CALCULATOR_LIMIT[unit]
    ]


def scenarios() -> list[dict[str, object]]:
    made = [
        scenario(
            "a commercial gym",
            COMMERCIAL_GYM,
            grid(COMMERCIAL_GYM) + BEYOND,
            [
                (unit, orm, pct, share)
                for unit, orm, pct in grid(COMMERCIAL_GYM)[::7]
                for share in SHARES
            ],
        ),
        scenario(
            "a home gym of counted plates", HOME_GYM, [*grid(HOME_GYM), (Unit.KG, D(300), D(100))]
        ),
        # 75 % of 80 % of 87.5 kg is 52.5 kg: halfway again, through a training max.
        scenario(
            "a halfway load, lighter",
            FINE_STEPS,
            [(Unit.KG, D(75), D(70))],
            [(Unit.KG, D("87.5"), D(75), D(80))],
        ),
    ]
    # Where a tie goes is Python's to say; the script must follow whatever the data says.
    with (
        mock.patch("generator.loads.arithmetic.HALFWAY", "heavier"),
        mock.patch("generator.site.load_tables.HALFWAY", "heavier"),
    ):
        assert loadable_description(FINE_STEPS)["halfway"] == "heavier"
        made.append(
            scenario(
                "a halfway load, heavier",
                FINE_STEPS,
                [(Unit.KG, D(75), D(70))],
                [(Unit.KG, D("87.5"), D(75), D(80))],
            )
        )
    return made


def search_settings() -> dict[str, str]:
    """The search plugin's options of mkdocs.yml that the query script must agree with: the
    separator at which both engines end the index's words."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    return {"separator": config["plugins"]["search"]["separator"]}


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.parent.mkdir(parents=True, exist_ok=True)
    answers = {
        "calculator": scenarios(),
        "search": search_settings(),
        "messages": {"de": script_messages("de")},
    }
    target.write_text(json.dumps(answers), "utf-8")
