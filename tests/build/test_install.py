"""`pip install .` gives a working plugin: pyproject.toml declares every package generator/ imports."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path

from tests.conftest import ROOT, copy_project

# The import name of each distribution that generator/ imports, where the two differ.
DISTRIBUTION = {"yaml": "pyyaml", "pydantic_core": "pydantic", "spellchecker": "pyspellchecker"}


def declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    names = {dep.split(";")[0].split("[")[0] for dep in project["dependencies"]}
    return {name.split("<")[0].split(">")[0].split("=")[0].strip().lower() for name in names}


def imported() -> set[str]:
    """Top-level modules that generator/ imports and the standard library does not have."""
    found: set[str] = set()
    for module in (ROOT / "generator").glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module.split(".")[0])
    return {name for name in found if name not in sys.stdlib_module_names and name != "generator"}


def test_every_imported_package_is_a_declared_dependency() -> None:
    missing = {DISTRIBUTION.get(name, name) for name in imported()} - declared()
    assert missing == set(), f"add to [project] dependencies in pyproject.toml: {sorted(missing)}"


def test_the_wheel_installs_into_a_clean_environment_and_builds_the_site(tmp_path: Path) -> None:
    """No lock file, no editable install: what a fork or a user of the plugin gets from pip."""
    wheels = tmp_path / "wheels"
    venv = tmp_path / "venv"
    env = {
        key: value for key, value in os.environ.items() if key not in {"PYTHONPATH", "VIRTUAL_ENV"}
    }

    def run(*args: str | Path, cwd: Path = tmp_path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(arg) for arg in args],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )

    built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", wheels, ROOT)
    assert built.returncode == 0, built.stderr
    assert run(sys.executable, "-m", "venv", venv).returncode == 0
    python = venv / "bin" / "python"
    [wheel] = wheels.glob("exercise_guide-*.whl")
    installed = run(python, "-m", "pip", "install", "-q", "--disable-pip-version-check", wheel)
    assert installed.returncode == 0, installed.stderr

    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project")
    site = tmp_path / "site"
    # Outside the checkout, so `generator` can only come from the wheel.
    result = run(python, "-m", "mkdocs", "build", "--strict", "-q", "-d", site, cwd=project)

    assert result.returncode == 0, result.stderr
    assert (site / "exercises" / "romanian-deadlift" / "index.html").is_file()
    assert (site / "programs" / "lower-back-assistance-a4.pdf").read_bytes().startswith(b"%PDF")
    where = run(python, "-c", "import generator; print(generator.__file__)")
    assert str(venv) in where.stdout
