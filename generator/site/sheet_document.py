"""A program's sheets as one HTML document for each paper size, which the engines print to PDF:
blank for the site, or filled in with a lifter's 1RMs by `python -m generator sheet`; in the
site's language, as its pages are (the templates' wording, its numbers, and the catalogue's texts
still English marked so). No I/O."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from generator.site.language import ENGLISH
from generator.site.load_tables import bar_setup
from generator.site.paths import program_pdf
from generator.site.sheet import program_sheets
from generator.site.templating import TEMPLATES, environment, located_template_errors

if TYPE_CHECKING:
    from collections.abc import Mapping
    from decimal import Decimal
    from pathlib import Path

    import jinja2

    from generator.catalogue.load import Catalog
    from generator.catalogue.model import Program
    from generator.catalogue.source import KeyPath
    from generator.loads import Unit
    from generator.site.sheet import ProgramSheets


class Paper(NamedTuple):
    label: str  # as a reader knows it
    page_size: str  # as CSS's @page size names it


PAPERS = {"a4": Paper("A4", "A4"), "letter": Paper("US Letter", "letter")}


def sheets_of(
    catalog: Catalog,
    program: Program,
    *,
    unit: Unit | None = None,
    maxes: Mapping[str, Decimal] | None = None,
    training_maxes: Mapping[str, Decimal] | None = None,
    site_url: str = "",
) -> ProgramSheets:
    """The sheets of `program` in `unit` (by default the first the site shows), with the loads for
    the 1RMs in `maxes` (of the `training_maxes` given, else the program's) worked out, rounded as
    the load tables round."""
    unit = unit or catalog.settings.units[0]
    setup = bar_setup(catalog.settings, unit)
    return program_sheets(
        catalog,
        program,
        unit=unit,
        setup=setup,
        maxes=maxes,
        training_maxes=training_maxes,
        site_url=site_url,
    )


def render_sheet_document(
    catalog: Catalog,
    sheets: ProgramSheets,
    *,
    page_size: str,
    stylesheet: str,
    templates: Path = TEMPLATES,
    compiled: jinja2.BytecodeCache | None = None,
    language: str = ENGLISH,
    in_english: frozenset[KeyPath] = frozenset(),
) -> str:
    """A program's sheets as one HTML document, one page per session, for a PDF renderer, in
    `language` (a catalogue in it: catalogue/in_language.py, whose texts at `in_english` are
    still English and marked so)."""

    def render() -> str:
        return (
            environment(templates, compiled=compiled, language=language, in_english=in_english)
            .get_template("sheet-document.html.j2")
            .render(catalog=catalog, sheets=sheets, page_size=page_size, stylesheet=stylesheet)
        )

    return located_template_errors(render, templates)


def blank_sheets(
    catalog: Catalog,
    templates: Path,
    stylesheet: str,
    site_url: str,
    compiled: jinja2.BytecodeCache | None = None,
    *,
    language: str = ENGLISH,
    in_english: frozenset[KeyPath] = frozenset(),
) -> dict[str, str]:
    """The HTML of a blank sheet of each program for each paper size, by the path of its PDF,
    which the program's page links to; in the site's `language`, as render_sheet_document."""
    documents: dict[str, str] = {}
    for program in catalog.programs:
        sheets = sheets_of(catalog, program, site_url=site_url)
        for paper, size in PAPERS.items():
            documents[program_pdf(program.id, paper)] = render_sheet_document(
                catalog,
                sheets,
                page_size=size.page_size,
                stylesheet=stylesheet,
                templates=templates,
                compiled=compiled,
                language=language,
                in_english=in_english,
            )
    return documents
