"""MkDocs adapter: adds the generated pages to the build and rebuilds when their sources change."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from generator.catalog import load_catalog
from generator.errors import CatalogError
from generator.render import EXERCISE_DIR, render_site

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer

log = logging.getLogger("mkdocs.plugins.exercise_guide")


class ExerciseGuideConfig(base.Config):
    enabled = c.Type(bool, default=True)
    """Set to false to build the hand-written pages alone."""
    source = c.Type(str, default="exercises.toml")
    """The catalogue, relative to mkdocs.yml."""
    templates = c.Type(str, default="templates")
    """The Jinja2 templates of the generated pages, relative to mkdocs.yml."""


class ExerciseGuidePlugin(BasePlugin[ExerciseGuideConfig]):
    def _path(self, config: MkDocsConfig, option: str) -> Path:
        base_dir = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        return base_dir / option

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return files
        source = self._path(config, self.config.source)
        try:
            catalog = load_catalog(source, display_name=_display(source))
            pages = render_site(catalog, self._path(config, self.config.templates))
        except CatalogError as error:
            raise PluginError(str(error)) from None
        edit_uri = Path(os.path.relpath(source, config.docs_dir)).as_posix()
        for src_uri, markdown in pages.items():
            if files.get_file_from_path(src_uri) is not None:
                raise PluginError(
                    f"{Path(config.docs_dir).name}/{src_uri} is hand-written, but the exercise guide "
                    f"generates a page with the same path; rename or remove the hand-written file"
                )
            inclusion = (
                InclusionLevel.NOT_IN_NAV
                if src_uri.startswith(f"{EXERCISE_DIR}/")
                else InclusionLevel.UNDEFINED
            )
            file = File.generated(config, src_uri, content=markdown, inclusion=inclusion)
            file.edit_uri = edit_uri
            files.append(file)
        log.debug("generated %d pages from %s", len(pages), source)
        return files

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer | None:
        if self.config.enabled:
            server.watch(str(self._path(config, self.config.source)))
            server.watch(str(self._path(config, self.config.templates)))
        return server


def _display(path: Path) -> str:
    """The path as the user would type it: relative to the working directory when inside it."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)
