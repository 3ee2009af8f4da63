"""Bad input stops a real `mkdocs build` with the same located messages `check` prints, and no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli import generator
from tests.conftest import copy_project, run
from tests.unit.test_bad_inputs import _BY_NAME, CORPUS, EDGE_CASES, REAL, BadInput, _expected

# Changes that `mkdocs build` must report just as `check` does (each build takes seconds).
IN_MKDOCS = {
    "empty file",
    "malformed TOML",
    "nesting past the recursion limit",
    "duplicate id",
    "javascript: link in a text",
    "plates too fine to round loads quickly",
}


@pytest.mark.parametrize(
    "case", [pytest.param(c, id=c.name) for c in CORPUS if c.name in IN_MKDOCS]
)
def test_mkdocs_build_locates_the_mistake(tmp_path: Path, case: BadInput) -> None:
    project = copy_project(tmp_path)
    (project / "exercises.toml").write_text(case.text(), "utf-8")
    result = run("-m", "mkdocs", "build", "--strict", cwd=project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    # MkDocs logs the plugin's message after its own "ERROR   -  " prefix (on the first line).
    assert any(line.endswith(_expected(case)) for line in result.stderr.splitlines())
    assert not (project / "site").exists()


@pytest.mark.parametrize(("name", "value"), EDGE_CASES[:3])
def test_mkdocs_build_reports_an_edge_number(tmp_path: Path, name: str, value: str) -> None:
    field = _BY_NAME[name]
    project = copy_project(tmp_path)
    (project / "exercises.toml").write_text(field.text(value), "utf-8")
    result = run("-m", "mkdocs", "build", "--strict", cwd=project)
    line, column = field.where(value)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"exercises.toml:{line}:{column}: {field.field}: " in result.stderr
    assert "1 problem found" in result.stderr
    assert not (project / "site").exists()


def test_mkdocs_build_closes_with_the_summary_check_prints(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    text = (
        REAL.replace("sets = [3, 4]\nreps", "sets = nan\nreps", 1)
        .replace("\nsafety = [\n", "\nsafty = [\n", 1)
        .replace("bar = 20", "bar = nan", 1)
        .replace("bar = 45", "bar = inf", 1)
    )
    (project / "exercises.toml").write_text(text, "utf-8")
    checked = generator("check", "exercises.toml", cwd=project)
    built = run("-m", "mkdocs", "build", "--strict", cwd=project)
    summary = checked.stderr.splitlines()[-4:]
    assert summary[0] == "4 problems of 3 kinds:"
    assert built.returncode == 1
    assert "Traceback" not in built.stderr
    assert built.stderr.splitlines()[-4:] == summary
