"""The unit tier's guard: a unit test that starts a process or a build fails, saying where it belongs."""

from __future__ import annotations

import subprocess
import sys

import mkdocs.commands.build
import pytest

from tests.unit.conftest import StartedOutsideTheProcess


def test_a_unit_test_that_starts_a_process_fails() -> None:
    with pytest.raises(StartedOutsideTheProcess, match="move it to tests/build/"):
        subprocess.run([sys.executable, "-c", "pass"], check=False)


def test_a_unit_test_that_runs_an_mkdocs_build_fails() -> None:
    with pytest.raises(StartedOutsideTheProcess, match="an MkDocs build"):
        mkdocs.commands.build.build(None)  # type: ignore[arg-type]
