"""Programs in exercises.toml: what a valid one gives, and a located message for each mistake."""

from __future__ import annotations

import pytest

from generator.catalogue.load import parse_catalog
from generator.catalogue.model import AS_PRESCRIBED, DescribedIntensity, PercentIntensity
from tests.conftest import ROOT
from tests.located import assert_one_problem, location, problems
from tests.unit.test_catalog import catalogue


def program(*entries: str, extra: str = "", program_id: str = "pulls") -> str:
    """A `[[programs]]` entry with one session holding `entries` (inline tables, one per line)."""
    rows = ",\n".join(f"  {{ {entry} }}" for entry in entries)
    return f"""
[[programs]]
id = "{program_id}"
name = "Pulling assistance"
goal = "A stronger back for pulling."
sources = ["book"]
{extra}
[[programs.sessions]]
name = "Day A"
exercises = [
{rows},
]
"""


RDL = 'exercise = "romanian-deadlift", sets = [3, 4], reps = [6, 10], load = { of = "clean", percent = [70, 100] }'


def test_a_valid_program_keeps_its_sessions_and_loads() -> None:
    text = catalogue() + program(
        RDL,
        'exercise = "deadlift", sets = 2, reps = 5, rest = "3 min", load = { describe = "Easy" }',
        'exercise = "clean", sets = 3, reps = 2',
    )

    catalog = parse_catalog(text, "exercises.toml")

    pulls = catalog.program("pulls")
    entries = pulls.sessions[0].exercises
    assert [e.exercise for e in entries] == ["romanian-deadlift", "deadlift", "clean"]
    assert isinstance(entries[0].load, PercentIntensity)
    assert (entries[0].sets.low, entries[0].sets.high) == (3, 4)
    assert entries[1].load == DescribedIntensity(describe="Easy")
    assert entries[1].rest == "3 min"
    assert entries[2].load == AS_PRESCRIBED  # the exercise page's own prescription by default


def test_the_real_program_is_valid() -> None:
    catalog = parse_catalog((ROOT / "exercises.toml").read_text(), "exercises.toml")

    sheet = catalog.program("lower-back-assistance")

    ids = {e.exercise for s in sheet.sessions for e in s.exercises}
    assert ids == {"romanian-deadlift", "good-morning", "back-extension", "glute-bridge"}


@pytest.mark.parametrize(
    ("entry", "at", "message"),
    [
        (
            'exercise = "romanian-dedlift", sets = 3, reps = 8',
            '{ ^exercise = "romanian-dedlift"',
            "program 'pulls': sessions[0].exercises[0].exercise: there is no exercise with the id "
            "'romanian-dedlift'; did you mean 'romanian-deadlift'?",
        ),
        (
            'exercise = "deadlift", sets = 3, reps = 8, load = { of = "snatch", percent = 60 }',
            '{ ^of = "snatch"',
            "program 'pulls': sessions[0].exercises[0].load.of: there is no exercise with the id "
            "'snatch'",
        ),
        (
            'exercise = "deadlift", sets = 0, reps = 8',
            "^sets = 0",
            "program 'pulls': sessions[0].exercises[0].sets: 0 is below the minimum of 1",
        ),
        (
            'exercise = "deadlift", sets = 12, reps = 8',
            "^sets = 12",
            "program 'pulls': sessions[0].exercises[0].sets: 12 sets do not fit on a sheet: at "
            "most 8 per exercise",
        ),
        (
            'exercise = "deadlift", sets = 3, reps = [10, 6]',
            "^reps = [10, 6]",
            "program 'pulls': sessions[0].exercises[0].reps: the range starts at 10 but ends at 6; "
            "write the lower number first",
        ),
        (
            'exercise = "deadlift", sets = 3, reps = 5, load = { of = "clean", percent = 170 }',
            "^percent = 170",
            "program 'pulls': sessions[0].exercises[0].load.percent: 170 is above the maximum of 150",
        ),
        (
            'exercise = "deadlift", sets = 3, reps = 5, load = "as prescribed"',
            '^load = "as prescribed"',
            "program 'pulls': sessions[0].exercises[0].load: 'as prescribed' is not a known value; "
            "write 'as-prescribed'",
        ),
        (
            'exercise = "deadlift", sets = 3, reps = 5, load = { of = "clean", percent = 60, describe = "x" }',
            "^describe",
            "program 'pulls': sessions[0].exercises[0].load.describe: unknown key 'describe'; the "
            "keys allowed here are: of, percent",
        ),
        (
            'exercise = "deadlift", set = 3, reps = 5',
            "^set =",
            "program 'pulls': sessions[0].exercises[0].set: unknown key 'set'; did you mean 'sets'?",
        ),
    ],
)
def test_a_mistake_in_a_session_is_located(entry: str, at: str, message: str) -> None:
    assert_one_problem(catalogue() + program(entry), at, message)


def test_a_missing_required_key_points_at_the_entry() -> None:
    text = catalogue() + program('exercise = "deadlift", reps = 5')

    found = problems(text)

    assert [p.message for p in found] == [
        "program 'pulls': sessions[0].exercises[0]: give sets (a count, or a list of sets), or a wave"
    ]
    assert (found[0].line, found[0].column) == location(text, '^{ exercise = "deadlift"')


def test_a_session_that_would_not_fit_on_a_page_is_refused() -> None:
    text = catalogue() + program(*['exercise = "deadlift", sets = 3, reps = 5'] * 9)

    [problem] = problems(text)

    assert problem.message.startswith("program 'pulls': sessions[0].exercises: ")
    assert "at most 8" in problem.message


def test_a_duplicate_program_id_names_the_first() -> None:
    text = catalogue() + program(RDL) + program(RDL)
    first_line, _ = location(text, "[[programs]]")

    [problem] = problems(text)

    assert (problem.line, problem.column) == location(text, 'id = "pulls"', occurrence=2)
    assert problem.message == (
        f"program 'pulls': the id 'pulls' is already used by the program at line {first_line}; "
        "each program needs its own id"
    )


def test_a_program_must_cite_a_known_source() -> None:
    text = catalogue() + program(RDL).replace('sources = ["book"]', 'sources = ["bok"]')

    assert_one_problem(
        text,
        '[^"bok"]',
        "program 'pulls': sources[0]: there is no source with the id 'bok'; did you mean 'book'?",
    )
