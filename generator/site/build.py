"""build_site(catalog) -> Site: every file the generator adds to the site, whichever engine builds it.

The MkDocs plugin hands these files to MkDocs; `python -m generator build --out DIR` writes them,
so that an engine that runs no MkDocs plugin (Zensical) builds the same site from docs/ plus DIR.
No I/O: the blank sheets are HTML here, which the adapters print to PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.site.load_tables import bar_setup
from generator.site.offline import offline_files
from generator.site.open_data import open_data_files
from generator.site.page_memo import PageMemo
from generator.site.paths import exercise_page, program_pdf
from generator.engines.prebuilt import resolve_data_addresses
from generator.site.render import (
    PAPERS,
    render_sheet_document,
    render_site,
    shared_inputs,
)
from generator.site.search_index import SearchTerms, search_terms
from generator.site.sheet import program_sheets
from generator.site.templating import TEMPLATES

if TYPE_CHECKING:
    from pathlib import Path

    from generator.catalogue.load import Catalog


@dataclass(frozen=True)
class Site:
    """What the generator adds to docs/, by path relative to it."""

    pages: dict[str, str]
    """Markdown pages, and the data file their calculators read (assets/loads.json)."""
    data: dict[str, str]
    """Published as they are: exercises.json and the schemas, and what makes the site work offline
    and installable (generator/site/offline.py: the service worker, the web app manifest, its icon)."""
    sheets: dict[str, str]
    """The HTML of each blank program sheet, by the path of the PDF it prints to."""
    search: dict[str, SearchTerms]
    """What search finds each exercise page by besides its text: its aliases and words."""

    def with_data_addresses(self, *, use_directory_urls: bool = True) -> Site:
        """The same files with the data files each page names as addresses, for an engine without
        the plugin, which resolves them as MkDocs builds each page (prebuilt.resolve_data_addresses)."""
        pages = {
            path: resolve_data_addresses(path, text, use_directory_urls=use_directory_urls)
            if path.endswith(".md")
            else text
            for path, text in self.pages.items()
        }
        return Site(pages, self.data, self.sheets, self.search)


def build_site(
    catalog: Catalog,
    templates: Path = TEMPLATES,
    *,
    site_url: str = "",
    sheet_style: str = "",
    site_name: str = "",
    use_directory_urls: bool = True,
    memo: PageMemo | None = None,
) -> Site:
    """Every generated file of the site. `sheet_style` is the CSS the blank sheets print with;
    `site_name` names the installed app; `use_directory_urls` gives the pages' addresses, which
    the service worker saves; `memo`, kept from the last build, spares the files whose inputs are
    unchanged (page_memo.py). A mistake in a template is raised as a `CatalogError` located in
    that template."""
    memo = memo or PageMemo()
    shared = shared_inputs(catalog, templates, site_url)
    memo.start((shared, sheet_style, site_name, use_directory_urls))
    pages = render_site(
        catalog, templates, site_url=site_url, use_directory_urls=use_directory_urls, memo=memo
    )
    sheets = blank_sheets(catalog, templates, sheet_style, site_url, memo)
    offline = offline_files(
        {**pages, **sheets}, templates, site_name=site_name, use_directory_urls=use_directory_urls
    )
    return Site(
        pages=pages,
        data={**open_data_files(catalog, site_url, memo), **offline},
        sheets=sheets,
        search={
            exercise_page(exercise.id): search_terms(exercise, catalog.vocabulary)
            for exercise in catalog.exercises
        },
    )


def blank_sheets(
    catalog: Catalog, templates: Path, style: str, site_url: str, memo: PageMemo
) -> dict[str, str]:
    """The HTML of a blank sheet of each program for each paper size, by the path of its PDF,
    which the program's page links to."""
    unit = catalog.settings.units[0]
    documents: dict[str, str] = {}
    for program in catalog.programs:
        sheets = program_sheets(
            catalog, program, unit=unit, setup=bar_setup(catalog.settings, unit), site_url=site_url
        )
        for paper, size in PAPERS.items():
            documents[program_pdf(program.id, paper)] = render_sheet_document(
                catalog,
                sheets,
                page_size=size.page_size,
                stylesheet=style,
                templates=templates,
                compiled=memo.compiled_templates,
            )
    return documents
