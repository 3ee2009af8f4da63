"""Command line: `python -m generator check | build`. Turns our exceptions into messages and exit codes."""

from __future__ import annotations

from pathlib import Path

import click

from generator.catalog import load_catalog
from generator.errors import CatalogError
from generator.output import OutputConflict, write_pages
from generator.render import TEMPLATES, render_site

EXIT_INVALID = 1  # click itself exits with 2 on a usage error

source_argument = click.argument(
    "source",
    default="exercises.toml",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Validate exercises.toml and turn it into the pages of the exercise guide."""


@main.command()
@source_argument
def check(source: Path) -> None:
    """Validate SOURCE (default: exercises.toml) and print every problem found."""
    try:
        catalog = load_catalog(source)
    except CatalogError as error:
        _fail(error)
    click.echo(
        f"{source}: {len(catalog.exercises)} exercises, {len(catalog.programs)} programs, "
        "no problems found"
    )


@main.command()
@source_argument
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the Markdown pages; only files the generator wrote there are ever replaced.",
)
@click.option(
    "--templates",
    "templates",
    default=TEMPLATES,
    show_default="templates/",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of the Jinja2 page templates.",
)
def build(source: Path, out_dir: Path, templates: Path) -> None:
    """Write the Markdown pages generated from SOURCE into a folder."""
    try:
        pages = render_site(load_catalog(source), templates)
        report = write_pages(pages, out_dir)
    except CatalogError as error:
        _fail(error)
    except OutputConflict as error:
        click.echo(f"error: {error}", err=True)
        raise SystemExit(EXIT_INVALID) from None
    click.echo(
        f"{out_dir}: {len(report.written)} written, {len(report.unchanged)} unchanged, "
        f"{len(report.removed)} removed"
    )


def _fail(error: CatalogError) -> None:
    for problem in error.problems:
        click.echo(str(problem), err=True)
    count = len(error.problems)
    click.echo(f"{count} problem{'s' if count != 1 else ''} found", err=True)
    raise SystemExit(EXIT_INVALID)
