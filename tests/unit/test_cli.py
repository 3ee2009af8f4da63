"""`python -m generator`, run as a user runs it: messages, exit codes, and no tracebacks."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.catalogue.problems import Problem
from generator.engines.cli import main
from generator.engines.cli.report import github_annotation, github_annotations
from tests.cli import Ran, generator
from tests.conftest import ROOT

LOCATED = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<message>.+)$")

VALID_EXERCISE = """
[[exercises]]
id = "{id}"
name = "{name}"
summary = "A test exercise."
pattern = "hinge"
muscles = {{ primary = ["hamstrings"] }}
equipment = ["barbell"]
cues = ["Hinge at the hips."]
safety = ["Keep the back flat."]
sources = ["book"]
{extra}"""

HEADER = """[sources.book]
title = "A book"
author = "An author"
publisher = "A publisher"
"""


def catalogue(*exercises: str) -> str:
    return HEADER + "".join(exercises)


def exercise(id: str, name: str = "Exercise", extra: str = "") -> str:
    return VALID_EXERCISE.format(id=id, name=name, extra=extra)


def check(tmp_path: Path, text: str) -> tuple[int, list[str], str]:
    path = tmp_path / "exercises.toml"
    path.write_text(text, "utf-8")
    result = generator("check", "exercises.toml", cwd=tmp_path)
    assert "Traceback" not in result.stderr + result.stdout
    located = [line for line in result.stderr.splitlines() if LOCATED.match(line)]
    return result.returncode, located, result.stdout


def test_valid_file_exits_0(tmp_path: Path) -> None:
    code, located, out = check(tmp_path, catalogue(exercise("a"), exercise("b", "B")))
    assert code == 0
    assert located == []
    assert "2 exercises, 0 programs, no problems found" in out


def test_real_catalogue_is_valid() -> None:
    result = generator("check")
    assert result.returncode == 0, result.stderr
    assert "exercises.toml: 10 exercises, 2 programs, no problems found" in result.stdout


def test_syntax_error(tmp_path: Path) -> None:
    text = catalogue(exercise("a")).replace('name = "Exercise"', 'name "Exercise"')
    code, located, _ = check(tmp_path, text)
    line = text.splitlines().index('name "Exercise"') + 1
    assert code == 1
    assert located == [
        f"exercises.toml:{line}:6: TOML syntax: Expected '=' after a key in a key/value pair"
    ]


def test_unknown_key(tmp_path: Path) -> None:
    text = catalogue(exercise("a", extra='safty = ["x"]\n'))
    code, located, _ = check(tmp_path, text)
    line = text.splitlines().index('safty = ["x"]') + 1
    assert code == 1
    assert located == [
        f"exercises.toml:{line}:1: exercise 'a': safty: unknown key 'safty'; did you mean 'safety'?"
    ]


def test_duplicate_id(tmp_path: Path) -> None:
    text = catalogue(exercise("a"), exercise("a", "Second"))
    code, located, _ = check(tmp_path, text)
    lines = text.splitlines()
    first = lines.index("[[exercises]]") + 1
    second_id = len(lines) - lines[::-1].index('id = "a"')
    assert code == 1
    assert located == [
        f"exercises.toml:{second_id}:1: exercise 'a': the id 'a' is already used by the exercise "
        f"at line {first}; each exercise needs its own id"
    ]


def test_reference_to_a_missing_exercise(tmp_path: Path) -> None:
    extra = '[exercises.prescription]\nintensity = [{ of = "dedlift", percent = [50, 60] }]\n'
    text = catalogue(exercise("deadlift", "Deadlift"), exercise("rdl", "RDL", extra=extra))
    code, located, _ = check(tmp_path, text)
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "dedlift" in row)
    assert code == 1
    assert located == [
        f"exercises.toml:{line}:16: exercise 'rdl': prescription.intensity[0].of: "
        "there is no exercise with the id 'dedlift'; did you mean 'deadlift'?"
    ]


def test_every_problem_is_reported_not_just_the_first(tmp_path: Path) -> None:
    text = catalogue(exercise("a", extra='safty = ["x"]\npattern2 = "hinge"\n')).replace(
        'pattern = "hinge"', 'pattern = "hinj"'
    )
    code, located, _ = check(tmp_path, text)
    assert code == 1
    assert len(located) == 3
    numbers = [int(line.split(":")[1]) for line in located]
    assert numbers == sorted(numbers), "problems are listed in file order"


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "exercises.toml"
    path.write_bytes(catalogue(exercise("a")).encode().replace(b"A test", b"A \xff test"))
    result = generator("check", "exercises.toml", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert re.search(r"^exercises\.toml:\d+:\d+: the file is not UTF-8", result.stderr, re.M)


@pytest.mark.parametrize(
    "args",
    [["check", "missing.toml"], ["frobnicate"], ["build"], ["check", "--nope"]],
    ids=["missing-file", "unknown-command", "build-without-out", "unknown-option"],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = generator(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "Usage:" in result.stderr


def test_build_with_an_invalid_catalogue_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "exercises.toml"
    source.write_text(catalogue(exercise("a", extra="safty = []\n")), "utf-8")
    out = tmp_path / "pages"
    result = generator("build", str(source), "--out", str(out), cwd=ROOT)
    assert result.returncode == 1
    assert "unknown key 'safty'" in result.stderr
    assert not out.exists()


def test_a_typo_in_one_exercise_and_a_missing_id_in_another_are_both_reported(
    tmp_path: Path,
) -> None:
    """References are checked on every exercise that is valid, even when another one is not."""
    text = catalogue(
        exercise("deadlift", "Deadlift", extra='safty = ["x"]\n'),
        exercise("rdl", "RDL", extra='related = ["dedlift"]\n'),
    )
    code, located, _ = check(tmp_path, text)
    lines = text.splitlines()
    safty = lines.index('safty = ["x"]') + 1
    related = lines.index('related = ["dedlift"]') + 1
    assert code == 1
    assert located == [
        f"exercises.toml:{safty}:1: exercise 'deadlift': safty: "
        "unknown key 'safty'; did you mean 'safety'?",
        f"exercises.toml:{related}:12: exercise 'rdl': "
        "related[0]: there is no exercise with the id 'dedlift'; did you mean 'deadlift'?",
    ]


def test_a_value_above_its_maximum_says_so(tmp_path: Path) -> None:
    extra = '[exercises.prescription]\nintensity = [{ of = "a", percent = [70, 180] }]\n'
    text = catalogue(exercise("a"), exercise("b", "B", extra=extra))
    code, located, _ = check(tmp_path, text)
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "180" in row)
    assert code == 1
    assert located == [
        f"exercises.toml:{line}:26: exercise 'b': prescription.intensity[0].percent: "
        "180 is above the maximum of 150"
    ]


def check_on_github(tmp_path: Path, text: str) -> Ran:
    (tmp_path / "exercises.toml").write_text(text, "utf-8")
    shutil.copy(ROOT / "vocabulary.toml", tmp_path / "vocabulary.toml")
    return generator("check", "exercises.toml", cwd=tmp_path, env={"GITHUB_ACTIONS": "true"})


def test_on_github_actions_every_problem_is_also_an_annotation(tmp_path: Path) -> None:
    text = catalogue(exercise("a", extra='safty = ["x"]\n'), exercise("b", "B")).replace(
        'pattern = "hinge"', 'pattern = "hinje"', 1
    )
    result = check_on_github(tmp_path, text)
    lines = text.splitlines()
    safty = lines.index('safty = ["x"]') + 1
    pattern = lines.index('pattern = "hinje"') + 1
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"::error file=exercises.toml,line={pattern},col=1::exercise 'a': pattern: 'hinje' is not "
        "a movement pattern of vocabulary.toml; did you mean 'hinge'?",
        f"::error file=exercises.toml,line={safty},col=1::exercise 'a': safty: unknown key "
        "'safty'; did you mean 'safety'?",
    ]
    assert len([line for line in result.stderr.splitlines() if LOCATED.match(line)]) == 2


def test_on_github_actions_a_kind_gets_ten_annotations_and_a_notice_for_the_rest(
    tmp_path: Path,
) -> None:
    """A mistake made in every exercise must not bury the pull request's diff in annotations."""
    exercises = [exercise(f"e{i}", f"E{i}", extra='safty = ["x"]\n') for i in range(25)]
    text = catalogue(*exercises).replace('name = "E3"', 'name = " "')
    result = check_on_github(tmp_path, text)
    lines = text.splitlines()
    safty_lines = [i for i, row in enumerate(lines, 1) if row == 'safty = ["x"]']
    errors = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    notices = [line for line in result.stdout.splitlines() if line.startswith("::notice ")]
    assert result.returncode == 1
    assert len([line for line in result.stderr.splitlines() if LOCATED.match(line)]) == 26
    assert [line for line in errors if "safty" in line] == [
        f"::error file=exercises.toml,line={line},col=1::exercise 'e{i}': safty: unknown key "
        "'safty'; did you mean 'safety'?"
        for i, line in enumerate(safty_lines[:10])
    ]
    assert len(errors) == 11, "ten of the 25 unknown keys, and the one empty name"
    assert notices == [
        "::notice file=exercises.toml::15 more problems of the kind 'unknown key' are not "
        "annotated here; run `python -m generator check` to see them all"
    ]


def test_annotations_are_in_file_order_whatever_their_kind() -> None:
    problems = [
        Problem("exercises.toml", line, 1, "m", "a" if line % 2 else "b") for line in range(6)
    ]
    annotations = github_annotations(problems, per_kind=2)
    assert [a.split(",")[1] for a in annotations[:4]] == ["line=0", "line=1", "line=2", "line=3"]
    assert annotations[4:] == [
        "::notice file=exercises.toml::1 more problem of the kind 'b' is not annotated here; "
        "run `python -m generator check` to see them all",
        "::notice file=exercises.toml::1 more problem of the kind 'a' is not annotated here; "
        "run `python -m generator check` to see them all",
    ]


def test_without_github_actions_there_are_no_annotations(tmp_path: Path) -> None:
    code, located, out = check(tmp_path, catalogue(exercise("a", extra="safty = []\n")))
    assert code == 1
    assert len(located) == 1
    assert "::error" not in out


def test_annotations_escape_what_github_would_read_as_syntax() -> None:
    problem = Problem("data, v2:/exercises.toml", 3, 7, "100% wrong\r\nsecond line", "bad")
    assert github_annotation(problem) == (
        "::error file=data%2C v2%3A/exercises.toml,line=3,col=7::100%25 wrong%0D%0Asecond line"
    )


def check_in_process(
    folder: Path, text: str, monkeypatch: pytest.MonkeyPatch, github: bool
) -> tuple[int, str, str]:
    """`check` run in this process on `text` saved as exercises.toml: exit code, out, err."""
    (folder / "exercises.toml").write_text(text, "utf-8")
    monkeypatch.chdir(folder)
    env = {"GITHUB_ACTIONS": "true" if github else "false"}
    result = CliRunner().invoke(main, ["check", "exercises.toml"], env=env)
    return result.exit_code, result.stdout, result.stderr


def test_check_warns_of_a_likely_duplicate_and_exits_0(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = catalogue(exercise("chin-up", "Chin-Up"), exercise("chin-ups", "Chin ups"))
    lines = text.splitlines()
    first, line = (lines.index(f'name = "{name}"') + 1 for name in ("Chin-Up", "Chin ups"))

    code, out, err = check_in_process(tmp_path, text, monkeypatch, github=False)

    assert code == 0
    assert err.splitlines() == [
        f"exercises.toml:{line}:1: warning: exercise 'chin-ups': name: 'Chin ups' has the words "
        f"of 'Chin-Up', the name of exercise 'chin-up' (line {first}): probably one exercise "
        "entered twice; merge the two, or if they differ on purpose, add "
        'not_duplicates = ["chin-up"] to this one'
    ]
    assert out == "exercises.toml: 2 exercises, 0 programs, no problems found, 1 warning above\n"


def test_on_github_a_likely_duplicate_is_a_warning_annotation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ["Chin-Up", *(f"Chin{'-' * n}ups" for n in range(1, 12))]  # 11 of one kind
    text = catalogue(*(exercise(f"chin-up-{n}", name) for n, name in enumerate(names)))

    code, out, _ = check_in_process(tmp_path, text, monkeypatch, github=True)

    assert code == 0
    annotations = [line for line in out.splitlines() if line.startswith("::")]
    assert len(annotations) == 11
    assert all(a.startswith("::warning file=exercises.toml,line=") for a in annotations[:10])
    assert "::exercise 'chin-up-1': name: 'Chin-ups' has the words of 'Chin-Up'" in annotations[0]
    assert annotations[10] == (
        "::notice file=exercises.toml::1 more warning of the kind 'likely duplicate' is not "
        "annotated here; run `python -m generator check` to see them all"
    )


def test_build_beside_a_broken_mkdocs_yml_says_what_mkdocs_refuses(tmp_path: Path) -> None:
    """`build --out` reads the settings of the mkdocs.yml beside the catalogue as MkDocs does; one
    MkDocs refuses is an error naming the file and MkDocs's reason, and nothing is written."""
    (tmp_path / "exercises.toml").write_text((ROOT / "exercises.toml").read_text("utf-8"), "utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: Guide\ndocs_dir: nowhere\n", "utf-8")
    out = tmp_path / "out"
    result = generator("build", "exercises.toml", "--out", str(out), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: {tmp_path / 'mkdocs.yml'}: ")
    assert "'docs_dir'" in result.stderr
    assert "nowhere" in result.stderr
    assert not out.exists()


def test_build_for_a_language_without_its_translation_says_which_file_is_missing(
    tmp_path: Path,
) -> None:
    """`build --config mkdocs.de.yml` makes the German site's files from translations/de.toml; a
    project without it is told so, located, and nothing is written."""
    for name in (
        "exercises.toml",
        "vocabulary.toml",
        "mkdocs.yml",
        "mkdocs.de.yml",
        "CONTRIBUTING.md",
    ):
        shutil.copy(ROOT / name, tmp_path / name)
    for folder in ("docs", "overrides"):  # what mkdocs.yml names must be there
        (tmp_path / folder).mkdir()
    out = tmp_path / "out"
    result = generator("build", "--config", "mkdocs.de.yml", "--out", str(out), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("translations/de.toml:1:1: there is no such file")
    assert "python -m generator translate de" in result.stderr
    assert not out.exists()


def test_stage_writes_the_german_config_as_mkdocs_merges_it(tmp_path: Path) -> None:
    """For Zensical, which would append mkdocs.de.yml's lists to mkdocs.yml's: the German nav
    and languages alone, mkdocs.yml's plugins with the German one's option merged in."""
    result = generator("stage", "mkdocs.de.yml", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    merged = yaml.safe_load((tmp_path / "mkdocs.yml").read_text("utf-8"))
    assert "INHERIT" not in merged
    titles = [next(iter(entry)) for entry in merged["nav"]]
    assert titles[:2] == ["Startseite", "So liest du die Lasttabellen"]
    assert "Home" not in titles
    assert [alternate["root"] for alternate in merged["extra"]["alternate"]] == ["../", ""]
    assert merged["plugins"]["exercise-guide"]["language"] == "de"
    assert merged["plugins"]["exercise-guide"]["source"] == "exercises.toml"
    assert merged["plugins"]["search"]["separator"].startswith("[\\s\\-_")
    assert merged["theme"]["language"] == "de"
    assert merged["theme"]["custom_dir"] == "overrides"
    assert merged["site_dir"] == "site/de"


def test_stage_lays_the_german_pages_over_the_copy_of_docs(tmp_path: Path) -> None:
    result = generator("stage", "mkdocs.de.yml", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "5 translated pages" in result.stdout
    safety = (tmp_path / "docs" / "safety.md").read_text("utf-8")
    assert "# Sicherheitshinweise und Haftungsausschluss" in safety
    assert (tmp_path / "docs" / "tags" / "muscles.md").is_file()
    assert not (tmp_path / "docs" / "contributing.md").exists(), (
        "an untranslated page stays docs/'s"
    )


def test_stage_leaves_a_stale_page_english(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(".*", "site", "__pycache__"))
    english = project / "docs" / "safety.md"
    english.write_text(english.read_text("utf-8") + "\nOne more line.\n", "utf-8")
    out = tmp_path / "stage"
    result = generator("stage", "mkdocs.de.yml", "--out", str(out), cwd=project)
    assert result.returncode == 0, result.stderr
    assert "4 translated pages" in result.stdout
    assert not (out / "docs" / "safety.md").exists()


def test_stage_refuses_to_write_over_docs_itself(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(".*", "site", "__pycache__"))
    before = {p: p.read_bytes() for p in [project / "mkdocs.yml", project / "docs" / "safety.md"]}
    result = generator("stage", "mkdocs.de.yml", "--out", ".", cwd=project)
    assert result.returncode == 1
    assert "error: . holds mkdocs.de.yml's own files, not a copy of them" in result.stderr
    assert {p: p.read_bytes() for p in before} == before


def test_stage_of_a_file_whose_parent_is_missing_says_so(tmp_path: Path) -> None:
    child = tmp_path / "mkdocs.fr.yml"
    child.write_text("INHERIT: mkdocs.yml\ntheme:\n  language: fr\n", "utf-8")
    out = tmp_path / "stage"
    result = generator("stage", str(child), "--out", str(out))
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: {child}: ")
    assert "mkdocs.yml" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
