"""Bad inputs in what programs and prescriptions gained with weeks: waves, steps, deloads, values
by week, supersets, training maxes, seconds, metres, bodyweight, bands and effort. Each is a small
change to the real exercises.toml, as a coach might make, and must give `exercises.toml:LINE:COL:
message` at the right place, exit 1 and no traceback."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.unit.test_bad_inputs import BadInput, assert_located

if TYPE_CHECKING:
    from pathlib import Path

WAVES = "program 'squat-and-deadlift-waves'"
SQUAT_DAY = f"{WAVES}: sessions[0].exercises"
DEADLIFT_DAY = f"{WAVES}: sessions[1].exercises"
SQUAT_WAVE = '{ exercise = "back-squat", wave = "five-three-one", rest = "3 to 5 min" }'
RDL_ROW = (
    '{ exercise = "romanian-deadlift", sets = 3, reps = 8, rest = "2 min", '
    'load = { of = "clean", percent = 70 }, step = { percent = 5 } }'
)
PLANK_ROW = '{ exercise = "side-plank", sets = 3, reps = [2, 6], seconds = 10, per_side = true'
CARRY_ROW = '{ exercise = "farmers-carry", sets = 3, metres = 30'
FIRST_WAVE_WEEK = "[{ reps = 5, percent = 65 }, { reps = 5, percent = 75 }, { reps = 5, percent = 85, amrap = true }],"

CORPUS = [
    BadInput(
        "no weeks",
        "weeks = 4",
        "weeks = 0",
        "^weeks = 0",
        f"{WAVES}: weeks: 0 is below the minimum of 1",
        alone=False,  # the waves and week names no longer match either
    ),
    BadInput(
        "too many weeks",
        "weeks = 4",
        "weeks = 17",
        "^weeks = 17",
        f"{WAVES}: weeks: 17 is above the maximum of 16",
        alone=False,
    ),
    BadInput(
        "weeks as text",
        "weeks = 4",
        'weeks = "4"',
        '^weeks = "4"',
        f'{WAVES}: weeks: expected a whole number, got "4"',
    ),
    BadInput(
        "a week name too few",
        '"Week 4: deload"]',
        "]",
        "^week_names",
        f"{WAVES}: week_names: 3 names for 4 weeks; give one name per week, or none",
    ),
    BadInput(
        "a wave longer than the program",
        "[{ reps = 5, percent = 40 }, { reps = 5, percent = 50 }, { reps = 5, percent = 60 }],",
        "[{ reps = 5, percent = 40 }, { reps = 5, percent = 50 }, { reps = 5, percent = 60 }],\n"
        "  [{ reps = 5, percent = 40 }],",
        "^weeks = [\n  [{ reps = 5, percent = 65 }",
        f"{WAVES}: waves.five-three-one: the wave has 5 weeks and the program 4 weeks; "
        "give one list of sets per week",
    ),
    BadInput(
        "a wave week without sets",
        "[{ reps = 5, percent = 40 }, { reps = 5, percent = 50 }, { reps = 5, percent = 60 }],",
        "[],",
        "^[],",
        f"{WAVES}: waves.five-three-one.weeks[3]: is empty; at least 1 item is needed",
    ),
    BadInput(
        "an unknown wave",
        SQUAT_WAVE,
        SQUAT_WAVE.replace('"five-three-one"', '"five-three-ones"'),
        '^wave = "five-three-ones"',
        f"{SQUAT_DAY}[0].wave: the program has no wave 'five-three-ones'; "
        "did you mean 'five-three-one'?",
    ),
    BadInput(
        "a wave set over the training max",
        "{ reps = 1, percent = 95, amrap = true }",
        "{ reps = 1, percent = 105, amrap = true }",
        "^percent = 105, amrap",
        f"{WAVES}: 105 % is more than the training max the program's percentages are of "
        "(90 % of the 1RM); at most 100 %",
    ),
    BadInput(
        "a step that passes what a 1RM allows",
        RDL_ROW,
        RDL_ROW.replace(
            "percent = 70 }, step = { percent = 5 }", "percent = 95 }, step = { percent = 20 }"
        ),
        "^percent = 95 }, step",
        f"{SQUAT_DAY}[1]: 155 % by the last week, with its steps, of a 1RM is more than 150 %",
    ),
    BadInput(
        "a training max below half the 1RM",
        "training_max = { percent = 90",
        "training_max = { percent = 40",
        "training_max = { ^percent = 40",
        f"{WAVES}: training_max.percent: 40 is below the minimum of 50",
    ),
    BadInput(
        "a training max of an unknown lift",
        'lifts = ["back-squat", "deadlift"]',
        'lifts = ["back-squat", "dead-lift"]',
        '"back-squat", ^"dead-lift"',
        f"{WAVES}: training_max.lifts[1]: there is no exercise with the id 'dead-lift'; "
        "did you mean 'deadlift'?",
    ),
    BadInput(
        "a deload week after the program",
        "deload = { weeks = [4]",
        "deload = { weeks = [5]",
        "deload = { weeks = [^5]",
        f"{WAVES}: deload.weeks[0]: week 5 is after the program's last (4 weeks)",
    ),
    BadInput(
        "a deload of more than the load",
        "deload = { weeks = [4], percent = 60 }",
        "deload = { weeks = [4], percent = 120 }",
        "^percent = 120 }",
        f"{WAVES}: deload.percent: 120 is too large: it must be less than 100",
    ),
    BadInput(
        "a wave with sets of its own",
        SQUAT_WAVE,
        SQUAT_WAVE.replace('rest = "3 to 5 min"', 'rest = "3 to 5 min", sets = 3'),
        '^{ exercise = "back-squat", wave',
        f"{SQUAT_DAY}[0]: an entry with a wave takes its sets from the wave: leave out sets "
        "and by_week",
    ),
    BadInput(
        "a step as a weight in one unit only",
        "step = { percent = 5 }",
        "step = { kg = 2.5 }",
        "^step = { kg",
        f"{SQUAT_DAY}[1].step: a step is {{ percent = 2.5 }} or {{ kg = 2.5, lb = 5 }}: a weight "
        "needs both units",
    ),
    BadInput(
        "a step on a load in words",
        CARRY_ROW,
        CARRY_ROW + ", step = { percent = 5 }",
        "metres = 30, ^step",
        f"{DEADLIFT_DAY}[2].step: a step adds to a load worked out from a percentage; this "
        "entry's load is not one (give load = { percent = ... } or sets with a percent)",
    ),
    BadInput(
        "values for three of four weeks",
        RDL_ROW,
        RDL_ROW.replace("step = { percent = 5 }", "by_week = [{}, { reps = 6 }, { reps = 5 }]"),
        "^by_week = [{}",
        f"{SQUAT_DAY}[1].by_week: 3 tables for 4 weeks; give one per week ({{}} keeps the "
        "entry's values)",
    ),
    BadInput(
        "by_week with a step",
        RDL_ROW,
        RDL_ROW.replace(
            "step = { percent = 5 }", "step = { percent = 5 }, by_week = [{}, {}, {}, {}]"
        ),
        '^{ exercise = "romanian-deadlift", sets = 3, reps = 8, rest = "2 min", load = { of = "clean", percent = 70 }, step',
        f"{SQUAT_DAY}[1]: give the weeks' values in by_week or a step, not both",
    ),
    BadInput(
        "a superset of one",
        ', load = { rir = 2 }, group = "A"',
        ", load = { rir = 2 }",
        'bodyweight = true }, ^group = "A"',
        f"{WAVES}: sessions[0].exercises[2].group: group 'A' has 1 exercise; a superset is two "
        "or three exercises in a row",
    ),
    BadInput(
        "a superset letter that is not a letter",
        'group = "A", note',
        'group = "1", note',
        '^group = "1", note',
        f'{SQUAT_DAY}[2].group: a group is a capital letter from A to H, got "1"',
        alone=False,  # and the push-up's group A is left alone
    ),
    BadInput(
        "an entry that says nothing a set is",
        CARRY_ROW,
        '{ exercise = "farmers-carry", sets = 3',
        '^{ exercise = "farmers-carry"',
        f"{DEADLIFT_DAY}[2]: say what a set is: reps, seconds (a hold) or metres (a carry)",
    ),
    BadInput(
        "a hold of no seconds",
        PLANK_ROW,
        PLANK_ROW.replace("seconds = 10", "seconds = 0"),
        "^seconds = 0",
        f"{SQUAT_DAY}[2].seconds: 0 is below the minimum of 1",
    ),
    BadInput(
        "a carry of a marathon",
        CARRY_ROW,
        CARRY_ROW.replace("metres = 30", "metres = 42195"),
        "^metres = 42195",
        f"{DEADLIFT_DAY}[2].metres: 42195 is above the maximum of 10000",
    ),
    BadInput(
        "per side as text",
        PLANK_ROW,
        PLANK_ROW.replace("per_side = true", 'per_side = "yes"'),
        '^per_side = "yes"',
        f'{SQUAT_DAY}[2].per_side: expected true or false, got "yes"',
    ),
    BadInput(
        "an RPE above 10",
        "load = { rir = 2 }",
        "load = { rpe = 11 }",
        "^rpe = 11",
        f"{SQUAT_DAY}[3].load.rpe: 11 is above the maximum of 10",
    ),
    BadInput(
        "RPE and reps in reserve together",
        "load = { rir = 2 }",
        "load = { rpe = 8, rir = 2 }",
        "^load = { rpe = 8",
        f"{SQUAT_DAY}[3].load: an effort is {{ rpe = 8 }} or {{ rir = 2 }}: give one of the two",
    ),
    BadInput(
        "a weight added without bodyweight",
        "{ bodyweight = true, added_kg = [5, 10] }",
        "{ added_kg = [5, 10] }",
        "^{ added_kg = [5, 10] }",
        "exercise 'push-up': prescription.intensity[1].bodyweight: this required key is missing",
    ),
    BadInput(
        "bodyweight false",
        "  { bodyweight = true },\n",
        "  { bodyweight = false },\n",
        "^bodyweight = false",
        "exercise 'push-up': prescription.intensity[0].bodyweight: bodyweight is true or left "
        "out: for a load that is not the body, write another kind of load",
    ),
    BadInput(
        "a band without a name",
        'load = { bodyweight = true }, group = "A"',
        'load = { band = "" }, group = "A"',
        '^band = ""',
        f"{SQUAT_DAY}[2].load.band: is empty; write the text",
    ),
    BadInput(
        "an AMRAP set as text",
        "{ reps = 5, percent = 85, amrap = true }",
        '{ reps = 5, percent = 85, amrap = "yes" }',
        '^amrap = "yes"',
        f'{WAVES}: waves.five-three-one.weeks[0][2].amrap: expected true or false, got "yes"',
    ),
    BadInput(
        "sets that each carry a load and a load",
        RDL_ROW,
        RDL_ROW.replace(
            "sets = 3, reps = 8", "sets = [{ reps = 8, percent = 70 }], reps = 8"
        ).replace(", step = { percent = 5 }", ""),
        '^load = { of = "clean", percent = 70 }',
        f"{SQUAT_DAY}[1].load: the sets carry their own percentages; leave out load, or the "
        "sets' percent",
    ),
]


@pytest.mark.parametrize("case", CORPUS, ids=[case.name for case in CORPUS])
def test_check_locates_the_mistake(tmp_path: Path, case: BadInput) -> None:
    assert_located(tmp_path, case)


def test_the_corpus_has_twenty_cases_or_more() -> None:
    assert len({case.name for case in CORPUS}) >= 20
