"""What the commands read of the project beside a catalogue: its mkdocs.yml, and the stylesheet its
sheets print with."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from generator.engines.cli.mkdocs_settings import UnreadableConfig, mkdocs_settings
from generator.engines.cli.report import EXIT_INVALID
from generator.engines.pdf import SHEET_CSS
from generator.site.language import ENGLISH
from generator.site.paths import SHEET_STYLESHEET

if TYPE_CHECKING:
    from pathlib import Path

    from generator.engines.cli.mkdocs_settings import MkDocsSettings


def settings_beside(source: Path, language: str = ENGLISH) -> MkDocsSettings:
    """The mkdocs.yml beside the catalogue (a language's own mkdocs.<language>.yml where there is
    one), or a located refusal of it (exit 1, no traceback)."""
    try:
        return mkdocs_settings(source, language)
    except UnreadableConfig as error:
        click.echo(f"error: {error}", err=True)
        raise SystemExit(EXIT_INVALID) from None


def sheet_style(docs_dir: Path) -> str:
    """The stylesheet the site's sheets print with: the site's own, else the project's."""
    beside = docs_dir / SHEET_STYLESHEET
    return (beside if beside.is_file() else SHEET_CSS).read_text("utf-8")
