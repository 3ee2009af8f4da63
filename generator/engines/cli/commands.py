"""Command line: `python -m generator check | build | sheet | new | schema`. Turns our exceptions into messages and exit codes."""

from __future__ import annotations

import os
import tempfile
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

import click

from generator.catalogue.load import Catalog, load_catalog
from generator.catalogue.problems import CatalogError
from generator.catalogue.suggest import likely_typo
from generator.engines.cli.contribute import new, schema
from generator.engines.cli.mkdocs_settings import UnreadableConfig, mkdocs_settings
from generator.engines.cli.report import EXIT_INVALID, count, fail, source_argument, warn
from generator.engines.gc_paused import gc_paused
from generator.engines.output import OutputConflict, write_pages
from generator.engines.pdf import SHEET_CSS
from generator.engines.zensical import for_an_engine_without_the_plugin
from generator.loads import MAX_ONE_REP_MAX, Unit
from generator.site.build import build_site
from generator.site.paths import SHEET_STYLESHEET
from generator.site.sheet_document import PAPERS, render_sheet_document, sheets_of
from generator.site.templating import TEMPLATES

if TYPE_CHECKING:
    from generator.catalogue.model import Program
    from generator.engines.cli.mkdocs_settings import MkDocsSettings
    from generator.site.sheet import ProgramSheets


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Validate exercises.toml and turn it into the pages of the exercise guide."""


@main.command()
@source_argument
def check(source: Path) -> None:
    """Validate SOURCE (default: exercises.toml) and print every problem found."""
    try:
        with gc_paused():
            catalog = load_catalog(source)
    except CatalogError as error:
        fail(error)
    warn(catalog.warnings)
    warned = f", {count(len(catalog.warnings), 'warning')} above" if catalog.warnings else ""
    click.echo(
        f"{source}: {count(len(catalog.exercises), 'exercise')}, "
        f"{count(len(catalog.programs), 'program')}, no problems found{warned}"
    )


@main.command()
@source_argument
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the generated files; only files the generator wrote there are ever replaced.",
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
    """Write everything the site generates from SOURCE into a folder: the pages, the data files
    and the blank sheets' PDFs. With docs/ beside it, any engine that
    reads mkdocs.yml (MkDocs without this plugin, Zensical) builds the site from the two."""
    from generator.engines.pdf import html_to_pdf  # noqa: PLC0415 (WeasyPrint is slow to import)

    settings = _settings(source)
    try:
        with gc_paused():
            catalog = load_catalog(source)
            warn(catalog.warnings)
            site = build_site(
                catalog,
                templates,
                site_url=settings.site_url,
                sheet_style=_sheet_style(settings.docs_dir),
                site_name=settings.site_name,
                use_directory_urls=settings.use_directory_urls,
            )
        site = for_an_engine_without_the_plugin(
            site, use_directory_urls=settings.use_directory_urls
        )
        files: dict[str, str | bytes] = {**site.pages, **site.data}
        files.update((path, html_to_pdf(html)) for path, html in site.sheets.items())
        report = write_pages(files, out_dir)
    except CatalogError as error:
        fail(error)
    except OutputConflict as error:
        click.echo(f"error: {error}", err=True)
        raise SystemExit(EXIT_INVALID) from None
    click.echo(
        f"{out_dir}: {len(report.written)} written, {len(report.unchanged)} unchanged, "
        f"{len(report.removed)} removed"
    )


@main.command()
@click.argument("program_id")
@click.option(
    "--max",
    "maxes",
    multiple=True,
    metavar="LIFT=WEIGHT",
    help="A one-rep max, e.g. --max clean=100; repeat for each lift. Without any, the sheet is blank.",
)
@click.option(
    "--training-max",
    "training_maxes",
    multiple=True,
    metavar="LIFT=PERCENT",
    help="A lift's training max as a percentage of its 1RM, e.g. --training-max back-squat=85, for "
    "a program whose percentages are of one. [default: the program's]",
)
@click.option(
    "--units",
    type=click.Choice([unit.value for unit in Unit]),
    help="Unit of the 1RMs and loads. [default: the first unit of [settings]]",
)
@click.option("--paper", type=click.Choice(list(PAPERS)), default="a4", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="The PDF to write. [default: PROGRAM_ID-PAPER.pdf]",
)
@click.option(
    "--source",
    default="exercises.toml",
    show_default=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.option(
    "--site-url",
    help="Address of the site, printed for each exercise. [default: site_url of mkdocs.yml]",
)
def sheet(
    program_id: str,
    maxes: tuple[str, ...],
    training_maxes: tuple[str, ...],
    units: str | None,
    paper: str,
    output: Path | None,
    source: Path,
    site_url: str | None,
) -> None:
    """Print PROGRAM_ID's sheets to a PDF, one page per session and week, blank or with the loads
    for your 1RMs."""
    one_rep_maxes = _parse_maxes(maxes)
    shares = _parse_maxes(training_maxes, TRAINING_MAX_RANGE, "--training-max", "back-squat=85")
    try:
        with gc_paused():
            catalog = load_catalog(source)
    except CatalogError as error:
        fail(error)
    program = _find_program(catalog, program_id)
    unit = Unit(units) if units else catalog.settings.units[0]
    from generator.engines.pdf import html_to_pdf  # noqa: PLC0415 (WeasyPrint is slow to import)

    settings = _settings(source)
    address = settings.site_url if site_url is None else site_url
    sheets = sheets_of(
        catalog,
        program,
        unit=unit,
        maxes=one_rep_maxes,
        training_maxes=shares,
        site_url=address,
    )
    _note_unused_maxes(sheets, catalog)
    try:
        html = render_sheet_document(
            catalog,
            sheets,
            page_size=PAPERS[paper].page_size,
            stylesheet=_sheet_style(settings.docs_dir),
        )
    except CatalogError as error:
        fail(error)
    target = output or Path(f"{program.id}-{paper}.pdf")
    _write_atomically(target, html_to_pdf(html))
    pages = len(sheets.sessions)
    each = (
        "one per session"
        if program.weeks == 1
        else f"one per session for each of {program.weeks} weeks"
    )
    given = ", ".join(f"{lift} {weight} {unit.value}" for lift, weight in sheets.maxes.items())
    filled = f", loads for {given}" if given else ", blank"
    click.echo(f"{target}: {count(pages, 'page')} ({each}), {PAPERS[paper].label}{filled}")


def _note_unused_maxes(sheets: ProgramSheets, catalog: Catalog) -> None:
    """A coach may pass every 1RM an athlete has; say which ones this program does not use, and
    suggest a lift only for a misspelling, never for another exercise of the catalogue."""
    lifts = [lift.id for lift in sheets.lifts]
    for lift in sheets.unused:
        meant = likely_typo(lift, lifts, known=[e.id for e in catalog.exercises])
        hint = f" (did you mean '{meant}'?)" if meant else ""
        click.echo(
            f"note: no load of '{sheets.program.id}' is a percentage of '{lift}'{hint}, so that 1RM "
            f"is not used; the program's reference lifts are: {', '.join(lifts) or 'none'}",
            err=True,
        )


TRAINING_MAX_RANGE = (Decimal(50), Decimal(100))  # as the program's own (model/programs.py)


def _parse_maxes(
    values: tuple[str, ...],
    limits: tuple[Decimal, Decimal] = (Decimal(0), MAX_ONE_REP_MAX),
    option: str = "--max",
    example: str = "clean=100",
) -> dict[str, Decimal]:
    """LIFT=NUMBER options, each number inside `limits` (above the lowest when it is 0)."""
    lowest, highest = limits
    what = "WEIGHT with a weight above 0" if option == "--max" else f"PERCENT from {lowest}"
    maxes: dict[str, Decimal] = {}
    for value in values:
        lift, equals, weight = value.partition("=")
        try:
            number = Decimal(weight.strip())
        except InvalidOperation:
            number = Decimal("NaN")
        inside = number.is_finite() and (number > lowest if not lowest else number >= lowest)
        if not equals or not lift.strip() or not (inside and number <= highest):
            raise click.BadParameter(
                f"'{value}' is not LIFT={what} and at most {highest}, e.g. {example}",
                param_hint=option,
            )
        maxes[lift.strip()] = number
    return maxes


def _find_program(catalog: Catalog, program_id: str) -> Program:
    ids = [program.id for program in catalog.programs]
    if program_id in ids:
        return catalog.program(program_id)
    meant = likely_typo(program_id, ids)
    hint = f"; did you mean '{meant}'?" if meant else "."
    known = f" The programs are: {', '.join(ids)}." if ids else " The catalogue has no programs."
    click.echo(f"error: there is no program with the id '{program_id}'{hint}{known}", err=True)
    raise SystemExit(EXIT_INVALID)


def _settings(source: Path) -> MkDocsSettings:
    """The mkdocs.yml beside the catalogue, or a located refusal of it (exit 1, no traceback)."""
    try:
        return mkdocs_settings(source)
    except UnreadableConfig as error:
        click.echo(f"error: {error}", err=True)
        raise SystemExit(EXIT_INVALID) from None


def _sheet_style(docs_dir: Path) -> str:
    """The stylesheet the site's sheets print with: the site's own, else the project's."""
    beside = docs_dir / SHEET_STYLESHEET
    return (beside if beside.is_file() else SHEET_CSS).read_text("utf-8")


def _write_atomically(target: Path, content: bytes) -> None:
    """Write next to `target`, then rename: an interrupted run never leaves half a PDF."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, suffix=".tmp") as handle:
        handle.write(content)
    os.replace(handle.name, target)


main.add_command(new)
main.add_command(schema)
