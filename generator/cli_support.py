"""What the commands share: the SOURCE argument, and how problems reach the user (and GitHub).

Problems go to standard error as `exercises.toml:LINE:COL: message`. On GitHub Actions
(GITHUB_ACTIONS=true) each is also printed as a workflow command, `::error file=F,line=L,col=C::MESSAGE`,
which GitHub shows on the line of the pull request's diff; the escaping is GitHub's.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

import click

from generator.errors import CatalogError, Problem

EXIT_INVALID = 1  # click itself exits with 2 on a usage error

source_argument = click.argument(
    "source",
    default="exercises.toml",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)


def count(number: int, noun: str) -> str:
    """'1 program', '2 programs': a number of things as a reader expects it."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def fail(error: CatalogError) -> NoReturn:
    """Print every problem, and their count, then exit with EXIT_INVALID."""
    for problem in error.problems:
        click.echo(str(problem), err=True)
    click.echo(f"{count(len(error.problems), 'problem')} found", err=True)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for problem in error.problems:
            click.echo(github_annotation(problem))  # GitHub reads them from standard output
    raise SystemExit(EXIT_INVALID)


def github_annotation(problem: Problem) -> str:
    properties = {
        "file": problem.file,
        "line": str(problem.line),
        "col": str(problem.column),
    }
    listed = ",".join(f"{key}={_escape_property(value)}" for key, value in properties.items())
    return f"::error {listed}::{_escape_data(problem.message)}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
