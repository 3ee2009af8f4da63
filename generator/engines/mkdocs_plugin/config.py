"""The options of the MkDocs plugin, under `exercise-guide:` in mkdocs.yml."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

from generator.site.language import ENGLISH
from generator.site.paths import SHEET_STYLESHEET


class ExerciseGuideConfig(base.Config):
    enabled = c.Type(bool, default=True)
    """Set to false to build the hand-written pages alone."""
    source = c.Type(str, default="exercises.toml")
    """The catalogue, relative to mkdocs.yml (vocabulary.toml is read from beside it)."""
    templates = c.Type(str, default="templates")
    """The Jinja2 templates of the generated pages, relative to mkdocs.yml."""
    language = c.Type(str, default=ENGLISH)
    """The language of the generated pages: en, or one that translations/<language>.toml beside
    the catalogue translates (mkdocs.de.yml builds the German site)."""
    sheet_stylesheet = c.Type(str, default=SHEET_STYLESHEET)
    """The stylesheet of the printed program sheets, relative to docs_dir (the site uses it too)."""
