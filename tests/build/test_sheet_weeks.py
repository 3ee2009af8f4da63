"""A program over weeks as a printed PDF (`python -m generator sheet`): one page per session per
week, each week's loads those Python works out for the 1RMs given, a timed and a distance
prescription in the chosen units, AMRAP sets and supersets printed as such."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

import pypdf
import pytest

from generator.catalogue.load import load_catalog
from generator.loads import Unit
from generator.site.sheet_document import sheets_of
from tests.build.test_sheet import page_texts
from tests.cli import generator
from tests.conftest import ROOT

if TYPE_CHECKING:
    from pathlib import Path

PROGRAM = "squat-and-deadlift-waves"
MAXES = {"back-squat": Decimal(180), "deadlift": Decimal(200), "clean": Decimal(100)}


def printed(tmp_path: Path, *args: str) -> list[str]:
    output = tmp_path / "sheet.pdf"
    result = generator("sheet", PROGRAM, *args, "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return page_texts(pypdf.PdfReader(output))


def max_options(maxes: dict[str, Decimal]) -> list[str]:
    return [part for lift, weight in maxes.items() for part in ("--max", f"{lift}={weight}")]


def python_loads(unit: Unit, maxes: dict[str, Decimal], **training: Decimal) -> list[list[str]]:
    """Each page's loads as Python works them out, in the order the sheet prints them."""
    catalog = load_catalog(ROOT / "exercises.toml")
    sheets = sheets_of(
        catalog, catalog.program(PROGRAM), unit=unit, maxes=maxes, training_maxes=training
    )
    pages = []
    for session in sheets.sessions:
        loads = []
        for row in session.rows:
            sets = [s.load for s in row.sets if s.load]
            for load in sets if len(sets) == len(row.sets) and sets else row.loads + sets:
                if load.low is not None:
                    span = (
                        f"{load.low:f}" if load.low == load.high else f"{load.low:f}–{load.high:f}"
                    )
                    loads.append(f"{span.replace('.0 ', ' ')} {unit.value}")
        pages.append(loads)
    return pages


def in_order(text: str, parts: list[str]) -> bool:
    position = 0
    for part in parts:
        found = re.search(rf"(?<![\d.]){re.escape(part)}", text[position:])
        if not found:
            return False
        position += found.end()
    return True


@pytest.mark.parametrize(
    ("unit", "maxes"),
    [
        (Unit.KG, MAXES),
        (Unit.LB, {"back-squat": Decimal(400), "deadlift": Decimal(455), "clean": Decimal(225)}),
    ],
    ids=["kg", "lb"],
)
def test_every_weeks_loads_print_as_python_works_them_out(
    tmp_path: Path, unit: Unit, maxes: dict[str, Decimal]
) -> None:
    pages = printed(tmp_path, *max_options(maxes), "--units", unit.value)

    expected = python_loads(unit, maxes)
    assert len(pages) == len(expected) == 8  # two sessions a week, four weeks
    for number, (text, loads) in enumerate(zip(pages, expected, strict=True)):
        assert loads, number
        assert in_order(text, loads), (number, loads, text)
    assert "WEEK 1: FIVES" in pages[0] and "Day 1: squat" in pages[0]  # small capitals in print
    assert "WEEK 4: DELOAD" in pages[7] and "Day 2: deadlift" in pages[7]


def test_the_loads_printed_are_those_worked_out_by_hand(tmp_path: Path) -> None:
    """Back squat 180 kg, training max 90 %: 162 kg; 65/75/85 % of it are 105.3, 121.5 and 137.7 kg."""
    pages = printed(tmp_path, *max_options(MAXES), "--units", "kg")

    assert in_order(pages[0], ["105 kg", "122.5 kg", "137.5 kg", "70 kg"])
    assert in_order(pages[2], ["112.5 kg", "130 kg", "145 kg", "75 kg"])  # week 2


def test_a_lifters_training_max_changes_the_printed_loads(tmp_path: Path) -> None:
    pages = printed(tmp_path, *max_options(MAXES), "--training-max", "back-squat=85")

    # 85 % of 180 kg is 153 kg: 99.45, 114.75 and 130.05 kg make 100, 115 and 130.
    assert in_order(pages[0], ["100 kg", "115 kg", "130 kg"])
    assert "back squat 85 % of the 1RM" in pages[0]


@pytest.mark.parametrize(("unit", "distance"), [("kg", "30 m"), ("lb", "33 yd")])
def test_a_timed_and_a_distance_prescription_print_in_the_chosen_units(
    tmp_path: Path, unit: str, distance: str
) -> None:
    pages = printed(tmp_path, "--units", unit)

    squat_day, deadlift_day = pages[0], pages[1]
    assert "3 × 2–6 × 10 s each side" in squat_day
    assert f"3 × {distance}" in deadlift_day
    assert ("30 m" if unit == "lb" else "33 yd") not in deadlift_day


def test_amrap_sets_and_supersets_print_as_such(tmp_path: Path) -> None:
    pages = printed(tmp_path)

    week_1, week_4 = pages[0], pages[6]
    assert "5+ reps × 85 %, as many as you can" in week_1
    assert "AMRAP, as many reps as possible" in week_1
    assert "+ reps" not in week_4 and "AMRAP" not in week_4  # the deload week has none
    assert in_order(week_1, ["A1 Side plank", "A2 Push-up"])
    assert "2 reps in reserve" in week_1
