"""Command line: `python -m generator check | build | stage | sheet | new | schema | translate`. Turns our exceptions into messages and exit codes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from generator.catalogue.in_language import catalogue_in
from generator.catalogue.load import load_catalog
from generator.catalogue.page_translations import page_translations, pages_beside
from generator.catalogue.problems import CatalogError
from generator.catalogue.translations import (
    TRANSLATIONS_DIR,
    load_translations,
    translation_status,
    translations_beside,
)
from generator.engines.cli.contribute import new, schema
from generator.engines.cli.project import settings_beside, sheet_style
from generator.engines.cli.report import EXIT_INVALID, count, fail, source_argument, warn
from generator.engines.cli.sheet import sheet
from generator.engines.cli.stage import stage
from generator.engines.cli.translate import translate
from generator.engines.gc_paused import gc_paused
from generator.engines.output import OutputConflict, write_pages
from generator.engines.zensical import for_an_engine_without_the_plugin
from generator.site.build import build_site
from generator.site.templating import TEMPLATES

if TYPE_CHECKING:
    pass


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Validate exercises.toml and turn it into the pages of the exercise guide."""


@main.command()
@source_argument
@click.option(
    "--strict-translations",
    "strict",
    multiple=True,
    metavar="LANGUAGE",
    help="Fail on stale or missing texts of this language's translation, too; repeat for each.",
)
def check(source: Path, strict: tuple[str, ...]) -> None:
    """Validate SOURCE (default: exercises.toml) and the translations beside it, and print every
    problem found, then how far each translation is."""
    try:
        with gc_paused():
            catalog = load_catalog(source)
            translations = load_translations(translations_beside(source), catalog)
    except CatalogError as error:
        fail(error)
    warn(catalog.warnings)
    warned = f", {count(len(catalog.warnings), 'warning')} above" if catalog.warnings else ""
    click.echo(
        f"{source}: {count(len(catalog.exercises), 'exercise')}, "
        f"{count(len(catalog.programs), 'program')}, no problems found{warned}"
    )
    statuses = [translation_status(translation, catalog) for translation in translations]
    if statuses:  # and how far each language's hand-written pages are, where it has any
        docs = settings_beside(source).docs_dir
        try:
            pages = [
                page_translations(pages_beside(source, s.language), docs, s.language).status
                for s in statuses
            ]
        except CatalogError as error:
            fail(error)
        statuses += [status for status in pages if status.total]
    for status in statuses:
        click.echo(status.summary())
    languages = {status.language for status in statuses}
    for language in strict:
        if language not in languages:
            raise click.BadParameter(
                f"there is no {TRANSLATIONS_DIR}/{language}.toml to be strict about",
                param_hint="--strict-translations",
            )
    failing = [p for s in statuses if s.language in strict for p in (*s.stale, *s.missing)]
    if failing:
        fail(CatalogError(failing))


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
@click.option(
    "--config",
    "config_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The MkDocs config whose site the files are for, in its plugin's language "
    "(mkdocs.de.yml: the German site).  [default: the mkdocs.yml beside SOURCE]",
)
def build(source: Path, out_dir: Path, templates: Path, config_file: Path | None) -> None:
    """Write everything the site generates from SOURCE into a folder: the pages, the data files
    and the blank sheets' PDFs. With docs/ beside it, any engine that
    reads mkdocs.yml (MkDocs without this plugin, Zensical) builds the site from the two."""
    from generator.engines.pdf import html_to_pdf  # noqa: PLC0415 (WeasyPrint is slow to import)

    settings = settings_beside(source, config_file)
    try:
        with gc_paused():
            catalog = load_catalog(source)
            warn(catalog.warnings)
            shown = catalogue_in(settings.language, catalog, source)
            site = build_site(
                shown.catalog,
                templates,
                site_url=settings.site_url,
                sheet_style=sheet_style(settings.docs_dir),
                site_name=settings.site_name,
                use_directory_urls=settings.use_directory_urls,
                language=shown.language,
                in_english=shown.in_english,
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


main.add_command(sheet)
main.add_command(stage)
main.add_command(new)
main.add_command(schema)
main.add_command(translate)
