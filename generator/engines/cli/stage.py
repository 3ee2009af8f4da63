"""`python -m generator stage CONFIG --out DIR`: a language's site made ready for Zensical, which
runs no MkDocs plugin and merges an `INHERIT`ed config otherwise than MkDocs (it appends the child's
lists, so mkdocs.de.yml's nav and languages would follow mkdocs.yml's). `make site ENGINE=zensical`
copies docs/ and the theme overrides into DIR, stages it, then writes the pages with `build`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import click

from generator.catalogue.page_translations import page_translations, pages_beside
from generator.catalogue.problems import CatalogError
from generator.engines.cli.mkdocs_settings import UnreadableConfig, merged_config
from generator.engines.cli.project import settings_beside
from generator.engines.cli.report import EXIT_INVALID, fail


@click.command()
@click.argument(
    "config_file", metavar="CONFIG", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="The stage: a copy of docs/ (in DIR/docs) and of the theme overrides.",
)
def stage(config_file: Path, out_dir: Path) -> None:
    """Stage CONFIG's site (such as mkdocs.de.yml's) in a folder for Zensical: CONFIG with what it
    inherits merged in as MkDocs merges it, written to DIR/mkdocs.yml, and the pages of docs/
    translated into its language laid over the copies in DIR/docs (those that translate the
    English page as it is now; the others stay English, marked on the site)."""
    try:
        merged = merged_config(config_file)
    except UnreadableConfig as error:
        click.echo(f"error: {error}", err=True)
        raise SystemExit(EXIT_INVALID) from None
    settings = settings_beside(config_file, config_file)
    docs = out_dir / "docs"
    # The stage is a copy: its config and pages never take the place of the project's own.
    if (
        out_dir.resolve() == config_file.resolve().parent
        or docs.resolve() == settings.docs_dir.resolve()
    ):
        click.echo(
            f"error: {out_dir} holds {config_file}'s own files, not a copy of them", err=True
        )
        raise SystemExit(EXIT_INVALID)
    pages: dict[str, Path] = {}
    if settings.catalogue is not None:
        folder = pages_beside(settings.catalogue, settings.language)
        try:
            pages = page_translations(folder, settings.docs_dir, settings.language).current
        except CatalogError as error:
            fail(error)
    out_dir.mkdir(parents=True, exist_ok=True)
    # JSON is YAML: what the config says, written without a YAML writer of our own.
    text = json.dumps(merged, ensure_ascii=False, indent=2)
    heading = f"# {config_file.name} with what it inherits, as MkDocs reads it."
    (out_dir / "mkdocs.yml").write_text(f"{heading}\n{text}\n", "utf-8")
    for path, translation in pages.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(translation, docs / path)
    click.echo(f"{out_dir}: {config_file} merged, {len(pages)} translated pages")
