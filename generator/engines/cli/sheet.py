"""`python -m generator sheet PROGRAM_ID`: a program's sheets as a PDF, one page per session and
week, blank or with the loads for a lifter's 1RMs (and training maxes), in English or in a
language that translations/<language>.toml translates."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

import click

from generator.catalogue.in_language import catalogue_in
from generator.catalogue.load import load_catalog
from generator.catalogue.model import TRAINING_MAX_PERCENT
from generator.catalogue.problems import CatalogError
from generator.catalogue.suggest import likely_typo
from generator.engines.cli.mkdocs_settings import language_config
from generator.engines.cli.project import settings_beside, sheet_style
from generator.engines.cli.report import EXIT_INVALID, count, fail
from generator.engines.gc_paused import gc_paused
from generator.engines.output import write_atomically
from generator.loads import MAX_ONE_REP_MAX, Unit
from generator.site.language import ENGLISH
from generator.site.sheet_document import PAPERS, render_sheet_document, sheets_of

if TYPE_CHECKING:
    from generator.catalogue.load import Catalog
    from generator.catalogue.model import Program
    from generator.site.sheet import ProgramSheets


@click.command()
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
    help="Address of the site, printed for each exercise. [default: site_url of mkdocs.yml, or "
    "of mkdocs.LANGUAGE.yml]",
)
@click.option(
    "--language",
    default=ENGLISH,
    show_default=True,
    metavar="LANGUAGE",
    help="The sheets' language: en, or one that translations/LANGUAGE.toml beside the catalogue "
    "translates, e.g. de. A text it does not translate yet is printed in English, marked so.",
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
    language: str,
) -> None:
    """Print PROGRAM_ID's sheets to a PDF, one page per session and week, blank or with the loads
    for your 1RMs."""
    one_rep_maxes = _parse_maxes(maxes)
    shares = _parse_maxes(training_maxes, TRAINING_MAX_PERCENT, "--training-max", "back-squat=85")
    try:
        with gc_paused():
            catalog = load_catalog(source)
            shown = catalogue_in(language, catalog, source)
    except CatalogError as error:
        fail(error)
    catalog = shown.catalog
    program = _find_program(catalog, program_id)
    unit = Unit(units) if units else catalog.settings.units[0]
    from generator.engines.pdf import html_to_pdf  # noqa: PLC0415 (WeasyPrint is slow to import)

    settings = settings_beside(source, language_config(source, language))
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
            stylesheet=sheet_style(settings.docs_dir),
            language=language,
            in_english=shown.in_english,
        )
    except CatalogError as error:
        fail(error)
    target = output or Path(f"{program.id}-{paper}.pdf")
    write_atomically(target, html_to_pdf(html))
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
