"""What the commands share: the SOURCE argument, and how problems reach the user (and GitHub).

Problems go to standard error as `exercises.toml:LINE:COL: message`, then a summary that counts
them by kind. On GitHub Actions (GITHUB_ACTIONS=true) they are also printed as workflow commands,
`::error file=F,line=L,col=C::MESSAGE`, which GitHub shows on the line of the pull request's diff
(the escaping is GitHub's): the first few of each kind, then one `::notice` saying how many more
there are, so that a mistake made 300 times leaves a readable diff. Warnings of a valid catalogue
(likely duplicates) go the same ways, as `LINE:COL: warning: ...` and `::warning`, and stop nothing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

import click

from generator.catalogue.problems import CatalogError, Problem, by_kind

EXIT_INVALID = 1  # click itself exits with 2 on a usage error
ANNOTATIONS_PER_KIND = 10

source_argument = click.argument(
    "source",
    default="exercises.toml",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)


def count(number: int, noun: str) -> str:
    """'1 program', '2 programs': a number of things as a reader expects it."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def fail(error: CatalogError) -> NoReturn:
    """Print every problem and the summary by kind, then exit with EXIT_INVALID."""
    click.echo(str(error), err=True)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for line in github_annotations(error.problems):
            click.echo(line)  # GitHub reads them from standard output
    raise SystemExit(EXIT_INVALID)


def warn(warnings: list[Problem]) -> None:
    """Print each warning (GitHub annotates them too); the command goes on."""
    for warning in warnings:
        click.echo(warning.as_warning(), err=True)
    if warnings and os.environ.get("GITHUB_ACTIONS") == "true":
        for line in github_annotations(warnings, level="warning"):
            click.echo(line)


def github_annotations(
    problems: list[Problem], per_kind: int = ANNOTATIONS_PER_KIND, level: str = "error"
) -> list[str]:
    """An `::error` (or `::warning`, by `level`) for each of the first `per_kind` problems of each
    kind, in file order, and a `::notice` for each kind that has more, saying how many and how to
    list them all."""
    noun = "problem" if level == "error" else level
    shown: list[Problem] = []
    notices: list[str] = []
    for kind in by_kind(problems):
        of_kind = [p for p in sorted(problems) if p.kind == kind.kind]
        shown += of_kind[:per_kind]
        hidden = kind.count - per_kind
        if hidden > 0:
            message = (
                f"{count(hidden, 'more ' + noun)} of the kind '{kind.kind}' "
                f"{'is' if hidden == 1 else 'are'} not annotated "
                f"here; run `python -m generator check` to see them all"
            )
            file = _escape_property(kind.first.file)
            notices.append(f"::notice file={file}::{_escape_data(message)}")
    return [github_annotation(p, level) for p in sorted(shown)] + notices


def github_annotation(problem: Problem, level: str = "error") -> str:
    properties = {
        "file": problem.file,
        "line": str(problem.line),
        "col": str(problem.column),
    }
    listed = ",".join(f"{key}={_escape_property(value)}" for key, value in properties.items())
    return f"::{level} {listed}::{_escape_data(problem.message)}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
