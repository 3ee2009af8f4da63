"""`python -m generator ...` called in this process, as a unit test may: click's test runner
calls the very command a user runs, with its output, its error output and its exit status.

A traceback is a bug whatever the command was given, so an exception other than the exit the
command chose is raised here rather than returned as a status.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import NamedTuple

from click.testing import CliRunner

from generator.engines.cli import main

ROOT = Path(__file__).resolve().parent.parent


class Ran(NamedTuple):
    """What a run of the command left, named as subprocess.CompletedProcess names it."""

    returncode: int
    stdout: str
    stderr: str


def generator(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> Ran:
    """The command line `python -m generator ARGS`, run in the folder `cwd`; `env` sets (or,
    with a value of "", unsets) environment variables for the run."""
    variables = {key: value or None for key, value in (env or {}).items()}
    runner = CliRunner(env=variables)
    with contextlib.chdir(cwd):
        result = runner.invoke(
            main, [os.fspath(arg) for arg in args], prog_name="python -m generator"
        )
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Ran(result.exit_code, result.stdout, result.stderr)
