"""build_site(catalog) -> Site: every file the generator adds to the site, whichever engine builds it.

The MkDocs plugin hands these files to MkDocs; `python -m generator build --out DIR` writes them,
so that an engine that runs no MkDocs plugin (Zensical) builds the same site from docs/ plus DIR.
No I/O: the blank sheets are HTML here, which the adapters print to PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.site.language import ENGLISH
from generator.site.offline import offline_files
from generator.site.open_data import open_data_files
from generator.site.page_memo import PageMemo
from generator.site.pages import render_site, shared_inputs
from generator.site.paths import exercise_page
from generator.site.search_index import SearchTerms, search_terms
from generator.site.sheet_document import blank_sheets
from generator.site.templating import TEMPLATES

if TYPE_CHECKING:
    from pathlib import Path

    from generator.catalogue.load import Catalog
    from generator.catalogue.source import KeyPath


@dataclass(frozen=True)
class Site:
    """What the generator adds to docs/, by path relative to it."""

    pages: dict[str, str]
    """Markdown pages (generator/site/pages/), and the files they refer to: the data file their
    calculators read (assets/loads.json) and the muscle map's drawing."""
    data: dict[str, str]
    """Published as they are: exercises.json and the schemas, and what makes the site work offline
    and installable (generator/site/offline.py: the service worker, the web app manifest, its icon)."""
    sheets: dict[str, str]
    """The HTML of each blank program sheet, by the path of the PDF it prints to."""
    search: dict[str, SearchTerms]
    """What search finds each exercise page by besides its text: its aliases and words."""


def build_site(
    catalog: Catalog,
    templates: Path = TEMPLATES,
    *,
    site_url: str = "",
    sheet_style: str = "",
    site_name: str = "",
    use_directory_urls: bool = True,
    memo: PageMemo | None = None,
    language: str = ENGLISH,
    in_english: frozenset[KeyPath] = frozenset(),
) -> Site:
    """Every generated file of the site. `sheet_style` is the CSS the blank sheets print with;
    `site_name` names the installed app; `use_directory_urls` gives the pages' addresses, which
    the service worker saves; `memo`, kept from the last build, spares the files whose inputs are
    unchanged (page_memo.py). `language` is the site's (a catalogue in it: in_language.py), whose
    texts at `in_english` are still English and marked so. A mistake in a template is raised as a
    `CatalogError` located in that template."""
    memo = memo or PageMemo()
    shared = shared_inputs(catalog, templates, site_url)
    memo.start((shared, sheet_style, site_name, use_directory_urls, language, in_english))
    pages = render_site(
        catalog,
        templates,
        site_url=site_url,
        use_directory_urls=use_directory_urls,
        memo=memo,
        language=language,
        in_english=in_english,
    )
    sheets = blank_sheets(
        catalog,
        templates,
        sheet_style,
        site_url,
        memo.compiled_templates,
        language=language,
        in_english=in_english,
    )
    offline = offline_files(
        {**pages, **sheets},
        templates,
        site_name=site_name,
        use_directory_urls=use_directory_urls,
        language=language,
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
