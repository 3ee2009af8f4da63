"""The pre-commit hooks: a valid configuration, nothing downloaded, green on the repository as
committed, and a commit of a broken exercises.toml is stopped with the located message."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import ROOT

CONFIG = ROOT / ".pre-commit-config.yaml"
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"


def pre_commit(*args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    # PRE_COMMIT_HOME: pre-commit's cache goes to the test's folder, not the user's.
    environment = {**os.environ, "PRE_COMMIT_HOME": str(home)}
    return subprocess.run(
        [str(PRE_COMMIT), *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_config_is_valid(tmp_path: Path) -> None:
    result = pre_commit("validate-config", str(CONFIG), cwd=ROOT, home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_hook_runs_the_projects_own_tools_without_downloading() -> None:
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    assert {repo["repo"] for repo in config["repos"]} == {"local"}
    assert {hook["language"] for hook in hooks} == {"system"}
    assert {hook["id"] for hook in hooks} == {
        "check-exercises",
        "schema-in-sync",
        "ruff-check",
        "ruff-format",
    }


def test_all_hooks_pass_on_the_repository(tmp_path: Path) -> None:
    result = pre_commit("run", "--all-files", "--color", "never", cwd=ROOT, home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Failed" not in result.stdout


def test_a_broken_exercises_toml_stops_the_commit(tmp_path: Path) -> None:
    repository = tmp_path / "repository"
    repository.mkdir()
    for name in ("exercises.toml", "vocabulary.toml", "pyproject.toml", ".pre-commit-config.yaml"):
        shutil.copy(ROOT / name, repository / name)
    shutil.copytree(ROOT / "generator", repository / "generator")
    (repository / ".venv").symlink_to(ROOT / ".venv")
    text = (repository / "exercises.toml").read_text(encoding="utf-8")
    (repository / "exercises.toml").write_text(
        text.replace("\nsafety = [", "\nsafty = [", 1), encoding="utf-8"
    )
    git("init", "--quiet", cwd=repository)
    git("add", "exercises.toml", ".pre-commit-config.yaml", cwd=repository)

    result = pre_commit(
        "run", "check-exercises", "--color", "never", cwd=repository, home=tmp_path / "home"
    )

    assert result.returncode == 1, result.stdout + result.stderr
    assert "unknown key 'safty'; did you mean 'safety'?" in result.stdout
    assert "exercises.toml:" in result.stdout
