"""`python -m generator new`: an entry to fill in, which `check` refuses until it is filled and which then builds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.catalogue.load import parse_catalog
from generator.catalogue.problems import CatalogError
from generator.engines.cli import main
from generator.engines.cli.scaffold import exercise_id
from tests.cli import generator
from tests.conftest import ROOT, copy_project

PLACEHOLDER = re.compile(r'"TODO:[^"]*"')
# Each placeholder ends with an example value ("e.g. 'hinge'", "e.g. [6, 10]"), written as TOML.
EXAMPLE = re.compile(r'"TODO:[^"]*; e\.g\. ([^"]*)"')


def fill_in(source: Path) -> int:
    """Replace each placeholder the way its own words say: with its example. Returns how many."""
    text = source.read_text("utf-8")
    filled, count = EXAMPLE.subn(lambda match: match.group(1), text)
    source.write_text(filled, "utf-8")
    return count


def new(project: Path, name: str) -> tuple[int, str, str]:
    result = generator("new", name, cwd=project)
    assert "Traceback" not in result.stderr + result.stdout
    return result.returncode, result.stdout, result.stderr


def check(project: Path) -> tuple[int, list[str]]:
    result = generator("check", cwd=project)
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
    assert len(printed) == len(PLACEHOLDER.findall(added)) > 10
    assert printed[0].startswith("exercises.toml:")
    assert "exercise 'nordic-curl': summary: fill in this placeholder: TODO:" in printed[0]
    assert "make serve" in out


@pytest.mark.parametrize("name", ["Nordic Hamstring Curl", "Sissy squat", "Chin-Up"])
def test_following_the_scaffold_passes_check_whatever_the_name(project: Path, name: str) -> None:
    """The scaffold's examples and comments never lead to a mistake, such as an alias that
    repeats the exercise's own name or another exercise's."""
    assert new(project, name)[0] == 0

    fill_in(project / "exercises.toml")
    code, errors = check(project)

    assert code == 0, errors


def test_the_scaffold_lists_the_words_of_the_catalogues_own_vocabulary(project: Path) -> None:
    vocabulary = project / "vocabulary.toml"
    vocabulary.write_text(
        vocabulary.read_text("utf-8") + '\n[equipment.yoga-block]\nname = "Yoga block"\n', "utf-8"
    )

    assert new(project, "Block squat")[0] == 0

    added = (project / "exercises.toml").read_text("utf-8").split("block-squat", 1)[1]
    assert "yoga-block" in added


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


def test_new_warns_of_an_exercise_named_with_the_same_words_and_adds_the_entry(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`check` would say so only once every placeholder is filled in: `new` says it at once."""
    text = (project / "exercises.toml").read_text("utf-8")
    line = text.splitlines().index('name = "Romanian deadlift"') + 1
    monkeypatch.chdir(project)

    result = CliRunner().invoke(main, ["new", "Deadlifts: Romanian"])

    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"exercises.toml:{line}:1: warning: exercise 'romanian-deadlift': 'Romanian deadlift' has "
        "the words of 'Deadlifts: Romanian': if that is this exercise, edit it instead of the new "
        'entry; if they differ on purpose, add not_duplicates = ["romanian-deadlift"] to the new one'
    ]
    assert "added the exercise 'deadlifts-romanian'" in result.stdout


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


def test_new_in_a_file_that_is_not_utf8_locates_the_byte_and_writes_nothing(project: Path) -> None:
    source = project / "exercises.toml"
    text = source.read_text("utf-8")
    line = text.splitlines().index('name = "Good morning"') + 1
    source.write_bytes(text.replace('"Good morning"', '"Good m\u00f6rning"', 1).encode("latin-1"))
    before = source.read_bytes()

    code, _, err = new(project, "Nordic Curl")

    assert code == 1
    assert f"exercises.toml:{line}:15: the file is not UTF-8 text" in err
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
