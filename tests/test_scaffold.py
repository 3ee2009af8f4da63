"""`python -m generator new`: an entry to fill in, which `check` refuses until it is filled and which then builds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.catalog import parse_catalog
from generator.errors import CatalogError
from generator.scaffold import exercise_id

from .conftest import ROOT, copy_project, run

PLACEHOLDER = re.compile(r'"TODO:[^"]*"')
# What a coach writes in place of each placeholder, in the order the scaffold asks for them.
FILLED = [
    '"A kneeling hamstring exercise: a partner holds the ankles while the body lowers forward."',
    '"hinge"',
    '"hamstrings"',
    '"bodyweight"',
    '"Hamstring strength"',
    '"Assistance work, after the main lifts."',
    '"Kneel tall with the ankles held down."',
    '"Lower the body forward slowly, hips straight."',
    '"The hips bend."',
    '"Squeeze the glutes and lower less far."',
    '"Stop the set when the lowering is no longer controlled."',
    '"dewar-lower-back"',
    "3",
    "[4, 6]",
    '"bodyweight"',
    '"2 minutes"',
]


def fill_in(source: Path) -> None:
    """Replace each placeholder as a coach would, in the order the scaffold asks."""
    values = iter(FILLED)
    source.write_text(PLACEHOLDER.sub(lambda _: next(values), source.read_text("utf-8")), "utf-8")


def new(project: Path, name: str) -> tuple[int, str, str]:
    result = run("-m", "generator", "new", name, cwd=project)
    assert "Traceback" not in result.stderr + result.stdout
    return result.returncode, result.stdout, result.stderr


def check(project: Path) -> tuple[int, list[str]]:
    result = run("-m", "generator", "check", cwd=project)
    assert "Traceback" not in result.stderr + result.stdout
    return result.returncode, result.stderr.splitlines()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Nordic Curl", "nordic-curl"),
        ("  Good-Morning (Seated) ", "good-morning-seated"),
        ("Café 45° Back Extension", "cafe-45-back-extension"),
        ("Farmer's walk", "farmer-s-walk"),
    ],
)
def test_the_id_comes_from_the_name(name: str, expected: str) -> None:
    assert exercise_id(name) == expected


def test_new_appends_an_entry_and_keeps_the_file_byte_for_byte(project: Path) -> None:
    before = (project / "exercises.toml").read_bytes()

    code, out, _ = new(project, "Nordic Curl")

    after = (project / "exercises.toml").read_bytes()
    assert code == 0
    assert after.startswith(before)
    added = after[len(before) :].decode("utf-8")
    assert '[[exercises]]\nid = "nordic-curl"\nname = "Nordic Curl"\n' in added
    assert "added the exercise 'nordic-curl'" in out
    printed = [line for line in out.splitlines() if "fill in this placeholder" in line]
    assert len(printed) == len(PLACEHOLDER.findall(added)) == len(FILLED)
    assert printed[0].startswith("exercises.toml:")
    assert "exercise 'nordic-curl': summary: fill in this placeholder: TODO:" in printed[0]
    assert "make serve" in out


def test_the_round_trip_new_check_fill_check_build(project: Path, tmp_path: Path) -> None:
    assert new(project, "Nordic Curl")[0] == 0

    code, errors = check(project)
    placeholders = [line for line in errors if "fill in this placeholder" in line]
    assert code == 1
    assert len(placeholders) == len(FILLED)
    assert len(errors) == len(FILLED) + 2, "one message per placeholder, and the summary"
    assert errors[-2:] == [
        f"{len(FILLED)} problems of 1 kind:",
        f"  {len(FILLED)} × placeholder to fill in (first at {placeholders[0].split(': ')[0]})",
    ]
    fields = [line.split(": ")[2] for line in placeholders]
    assert fields[:3] == ["summary", "pattern", "muscles.primary[0]"]
    assert "sources[0]" in fields

    fill_in(project / "exercises.toml")
    code, errors = check(project)
    assert code == 0, errors

    site = tmp_path / "built"
    build = run("-m", "mkdocs", "build", "--strict", "--site-dir", str(site), cwd=project)
    assert build.returncode == 0, build.stderr
    page = (site / "exercises" / "nordic-curl" / "index.html").read_text("utf-8")
    assert "Nordic Curl" in page
    assert "Kneel tall with the ankles held down." in page


def test_new_refuses_an_id_that_is_taken(project: Path) -> None:
    before = (project / "exercises.toml").read_bytes()

    code, _, err = new(project, "Romanian Deadlift")

    line = before.decode("utf-8").splitlines().index('id = "romanian-deadlift"') + 1
    assert code == 1
    assert err.splitlines()[0] == (
        f"exercises.toml:{line}:1: there is already an exercise with the id 'romanian-deadlift'; "
        "edit it, or give the new one a different name"
    )
    assert (project / "exercises.toml").read_bytes() == before


def test_new_needs_a_name_with_letters(project: Path) -> None:
    before = (project / "exercises.toml").read_bytes()

    code, _, err = new(project, "!!!")

    assert code == 2
    assert "the name needs at least one letter or digit" in err
    assert (project / "exercises.toml").read_bytes() == before


def test_quotes_in_a_name_stay_valid_toml(project: Path) -> None:
    assert new(project, 'The "Nordic" Curl\\Raise')[0] == 0

    _, errors = check(project)

    assert not any("TOML syntax" in line for line in errors)
    assert any("exercise 'the-nordic-curl-raise': summary" in line for line in errors)


def test_new_in_a_file_with_a_syntax_error_reports_it_and_writes_nothing(project: Path) -> None:
    source = project / "exercises.toml"
    source.write_text(source.read_text("utf-8").replace("units = [", "units = ", 1), "utf-8")
    before = source.read_bytes()

    code, _, err = new(project, "Nordic Curl")

    assert code == 1
    assert "TOML syntax" in err
    assert source.read_bytes() == before


def test_the_real_catalogue_has_no_placeholders() -> None:
    assert "TODO:" not in (ROOT / "exercises.toml").read_text("utf-8")


def test_a_placeholder_spelled_with_an_escape_is_still_refused() -> None:
    """`check` skips looking for placeholders in a file without "TODO:", unless an escape could spell it."""
    text = (ROOT / "exercises.toml").read_text("utf-8")
    text = text.replace('name = "Romanian deadlift"', 'name = "\\u0054ODO: the name"', 1)
    assert "TODO:" not in text
    with pytest.raises(CatalogError) as error:
        parse_catalog(text, "exercises.toml")
    assert "exercise 'romanian-deadlift': name: fill in this placeholder: TODO: the name" in str(
        error.value
    )
