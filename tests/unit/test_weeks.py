"""Programs over weeks: what each week asks for (waves, steps, deloads, values by week, supersets)
and the loads its sheets give for a lifter's 1RMs, worked out by hand for the real program."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from generator.catalogue.load import load_catalog, parse_catalog
from generator.catalogue.weeks import program_weeks
from generator.loads import Unit, pounds, yards
from generator.site.load_tables import bar_setup
from generator.site.pages import render_site
from generator.site.sheet import ProgramSheets, program_sheets
from generator.site.sheet_document import render_sheet_document, sheets_of
from tests.conftest import ROOT

D = Decimal
REAL = (ROOT / "exercises.toml").read_text("utf-8")
WAVES = "squat-and-deadlift-waves"
RDL_ROW = (
    '{ exercise = "romanian-deadlift", sets = 3, reps = 8, rest = "2 min", '
    'load = { of = "clean", percent = 70 }, step = { percent = 5 } }'
)
MAXES = {"back-squat": D(180), "deadlift": D(200), "clean": D(100)}


def changed(old: str, new: str) -> str:
    assert old in REAL
    return REAL.replace(old, new, 1)


def sheets(
    text: str = REAL,
    unit: Unit = Unit.KG,
    maxes: dict[str, Decimal] = MAXES,
    training_maxes: dict[str, Decimal] | None = None,
) -> ProgramSheets:
    catalog = parse_catalog(text, "exercises.toml")
    return program_sheets(
        catalog,
        catalog.program(WAVES),
        unit=unit,
        setup=bar_setup(catalog.settings, unit),
        maxes=maxes,
        training_maxes=training_maxes,
    )


def loads(found: ProgramSheets, week: int, session: int, row: int) -> list[object]:
    """The loads a row prints in a week: each set's, for sets that each have their own, else the row's."""
    sessions = [s for s in found.sessions if s.week == week]
    the_row = sessions[session].rows[row]
    if the_row.sets:
        return [s.load.low if s.load else None for s in the_row.sets]
    return [load.low for load in the_row.loads]


def test_each_week_of_the_real_program_takes_its_wave() -> None:
    program = load_catalog(ROOT / "exercises.toml").program(WAVES)

    weeks = program_weeks(program)

    assert [week.name for week in weeks] == [
        "Week 1: fives",
        "Week 2: threes",
        "Week 3: five, three, one",
        "Week 4: deload",
    ]
    assert [week.deload for week in weeks] == [False, False, False, True]
    squat = [week.sessions[0].entries[0] for week in weeks]
    assert [[(s.reps.low, s.percent.low, s.amrap) for s in e.planned] for e in squat] == [
        [(5, 65, False), (5, 75, False), (5, 85, True)],
        [(3, 70, False), (3, 80, False), (3, 90, True)],
        [(5, 75, False), (3, 85, False), (1, 95, True)],
        [(5, 40, False), (5, 50, False), (5, 60, False)],  # the wave's own deload: no AMRAP
    ]
    rdl = [week.sessions[0].entries[1].load.percent.low for week in weeks]  # type: ignore[union-attr]
    assert rdl == [70, 75, 80, D(42)]  # 5 points a week, then 60 % of week 1's in the deload
    assert [e.label for e in weeks[0].sessions[0].entries] == ["", "", "A1", "A2"]


def test_every_weeks_loads_for_given_1rms_worked_out_by_hand() -> None:
    found = sheets()

    # Back squat 1RM 180 kg, training max 90 %: 162 kg. Week 1, 65/75/85 %: 105.3, 121.5 and
    # 137.7 kg, rounded to the 2.5 kg steps of the plates: 105, 122.5, 137.5.
    assert loads(found, 1, 0, 0) == [D(105), D("122.5"), D("137.5")]
    # Week 2, 70/80/90 % of 162: 113.4, 129.6, 145.8 kg.
    assert loads(found, 2, 0, 0) == [D("112.5"), D(130), D(145)]
    # Week 3, 75/85/95 %: 121.5, 137.7, 153.9 kg.
    assert loads(found, 3, 0, 0) == [D("122.5"), D("137.5"), D(155)]
    # Week 4, 40/50/60 %: 64.8, 81, 97.2 kg.
    assert loads(found, 4, 0, 0) == [D(65), D(80), D("97.5")]
    # Deadlift 1RM 200 kg, training max 180 kg; week 1: 117, 135, 153 kg.
    assert loads(found, 1, 1, 0) == [D("117.5"), D(135), D("152.5")]
    # Romanian deadlift, of the clean's 1RM (100 kg, no training max): 70, 75, 80, then 42 %.
    assert [loads(found, week, 0, 1) for week in (1, 2, 3, 4)] == [
        [D(70)],
        [D(75)],
        [D(80)],
        [D("42.5")],
    ]
    assert found.training_maxes == {"back-squat": D(90), "deadlift": D(90)}


def test_a_lifters_own_training_max_changes_that_lifts_loads_only() -> None:
    found = sheets(training_maxes={"back-squat": D(85)})

    # 85 % of 180 kg is 153 kg; 65/75/85 % of it: 99.45, 114.75, 130.05 kg.
    assert loads(found, 1, 0, 0) == [D(100), D(115), D(130)]
    assert loads(found, 1, 1, 0) == [D("117.5"), D(135), D("152.5")]  # the deadlift's stays 90 %


def test_a_weight_step_is_added_to_the_rounded_load_in_each_unit() -> None:
    text = changed(
        RDL_ROW, RDL_ROW.replace("step = { percent = 5 }", "step = { kg = 2.5, lb = 5 }")
    )

    in_kg = sheets(text)
    in_lb = sheets(text, Unit.LB, {"clean": D(220)})

    assert [loads(in_kg, week, 0, 1) for week in (1, 2, 3)] == [[D(70)], [D("72.5")], [D(75)]]
    # 70 % of 220 lb is 154 lb, 155 on a bar loaded in 5 lb steps; then 5 lb a week.
    assert [loads(in_lb, week, 0, 1) for week in (1, 2, 3)] == [[D(155)], [D(160)], [D(165)]]
    # The deload week has no step: 60 % of week 1's 70 % of the clean.
    assert loads(in_kg, 4, 0, 1) == [D("42.5")]


def test_values_by_week_replace_the_entrys_own_for_that_week() -> None:
    by_week = (
        'by_week = [{}, { reps = 6 }, { reps = 5, load = { of = "clean", percent = 80 } }, '
        '{ sets = 2, note = "Easy" }]'
    )
    text = changed(RDL_ROW, RDL_ROW.replace("step = { percent = 5 }", by_week))
    program = parse_catalog(text, "exercises.toml").program(WAVES)

    rdl = [week.sessions[0].entries[1] for week in program_weeks(program)]

    assert [(e.sets.low, e.reps.low if e.reps else None, e.note) for e in rdl] == [
        (3, 8, None),
        (3, 6, None),
        (3, 5, None),
        (2, 8, "Easy"),
    ]
    # Week 3 says its load; week 4 says none, so the deload scales the entry's own 70 %.
    assert [e.load.percent.low for e in rdl] == [70, 70, 80, D(42)]  # type: ignore[union-attr]


def test_the_program_page_shows_every_week_with_the_percentages_it_fills_in() -> None:
    page = render_site(load_catalog(ROOT / "exercises.toml"))[f"programs/{WAVES}.md"]

    headings = [line for line in page.splitlines() if line.startswith("## Week")]
    assert headings == [
        "## Week 1: fives",
        "## Week 2: threes",
        "## Week 3: five, three, one",
        "## Week 4: deload",
    ]
    assert page.count('<section class="sheet"') == 8  # two sessions a week, four weeks
    squat = 'data-of="back-squat" data-low="{0}" data-high="{0}" data-training-max'
    assert page.count(squat.format(85)) == 2  # weeks 1 and 3
    assert page.count(squat.format(95)) == 1
    assert 'name="tm-back-squat" data-training-max="back-squat" data-default="90"' in page
    assert '<span class="sheet__label">A1</span> Side plank' in page
    assert '<strong class="sheet__amrap">5+ reps</strong> × 85 %, as many as you can' in page


def _document(unit: Unit) -> str:
    catalog = load_catalog(ROOT / "exercises.toml")
    found = sheets_of(catalog, catalog.program(WAVES), unit=unit)
    return render_sheet_document(catalog, found, page_size="A4", stylesheet="")


def test_a_timed_and_a_distance_prescription_print_in_the_sheets_units() -> None:
    in_kg, in_lb = _document(Unit.KG), _document(Unit.LB)

    assert "3 × 2–6 × 10 s each side" in in_kg
    assert 'data-kg="30 m" data-lb="33 yd">30 m</span>' in in_kg
    assert 'data-kg="30 m" data-lb="33 yd">33 yd</span>' in in_lb
    assert in_kg.count("RPE") == 0 and "2 reps in reserve" in in_kg


@pytest.mark.parametrize(
    ("metres", "expected"), [(40, 44), (30, 33), (20, 22), (1, 1), (100, 109), (10_000, 10_936)]
)
def test_metres_in_whole_yards(metres: int, expected: int) -> None:
    assert yards(metres) == expected


@pytest.mark.parametrize(
    ("kilograms", "expected"), [(D(10), 22), (D(5), 11), (D("2.5"), 6), (D(20), 44), (D(200), 441)]
)
def test_a_weight_on_the_body_in_whole_pounds(kilograms: Decimal, expected: int) -> None:
    assert pounds(kilograms) == expected


def test_a_percentage_of_the_exercises_own_1rm_gets_its_own_load_table(tmp_path: Path) -> None:
    text = REAL.replace(
        '  { of = "clean", percent = [70, 100] },\n  { of = "deadlift", percent = [50, 60] },\n',
        "  { percent = [60, 70] },\n",
        1,
    )
    source = tmp_path / "exercises.toml"
    source.write_text(text, "utf-8")
    catalog = load_catalog(source)

    page = render_site(catalog)["exercises/romanian-deadlift.md"]

    assert catalog.exercise("romanian-deadlift").percent_intensities[0].of == "romanian-deadlift"
    assert "60–70 % of your own one-rep max in this exercise" in page
    assert "### 60–70 % of your romanian deadlift" in page


def test_weeks_the_program_does_not_name_are_numbered_and_a_deload_says_so(tmp_path: Path) -> None:
    names = 'week_names = ["Week 1: fives", "Week 2: threes", "Week 3: five, three, one", "Week 4: deload"]\n'
    source = tmp_path / "exercises.toml"
    source.write_text(changed(names, ""), "utf-8")

    page = render_site(load_catalog(source))[f"programs/{WAVES}.md"]

    headings = [line for line in page.splitlines() if line.startswith("## Week")]
    assert headings == ["## Week 1", "## Week 2", "## Week 3", "## Week 4: deload"]
    assert '<span class="sheet__week">Week 4: deload</span>' in page
