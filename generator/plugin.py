"""MkDocs adapter: hands MkDocs what build_site makes (generator/site.py), and rebuilds it when its
sources change. Everything else is the core's, or one of the small modules named below."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from generator.catalog import load_catalog
from generator.compact_html import compact
from generator.errors import CatalogError
from generator.gc_paused import gc_paused
from generator.mkdocs_search import tune_search_index
from generator.offline import SERVICE_WORKER
from generator.output import write_pages
from generator.plugin_config import ExerciseGuideConfig
from generator.plugin_support import display, fingerprint, page_address, refuse_hand_written
from generator.prebuilt import put_back, set_aside
from generator.search_index import SearchTerms
from generator.sheet_printer import SheetPrinter
from generator.site import Site, build_site, in_nav
from generator.vocabulary_file import vocabulary_beside

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.pages import Page


class ExerciseGuidePlugin(BasePlugin[ExerciseGuideConfig]):
    def __init__(self) -> None:
        super().__init__()
        self._printer = SheetPrinter()
        self._made: tuple[str, Site] | None = None  # the last build's digest and files
        self._site: Site | None = None  # the build under way's, once validated
        self._prebuilt: dict[str, list[str]] = {}  # set aside by page until its HTML is written
        self._terms_by_url: dict[str, SearchTerms] = {}
        self._written_to: Path | None = None  # in a dirty serve, where the generated files are
        self._serving = False

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defined so that MkDocs keeps this plugin, and its caches, across `mkdocs serve` rebuilds.
        A dirty serve (`make serve`) rebuilds only the pages whose files changed, which MkDocs reads
        from their times: so the generated files go through a folder that only changes are written to.
        A preview has no service worker: it would save the whole site again at every save, and a
        preview must show each save at once (offline.js then registers nothing)."""
        self._serving = command == "serve"
        if self._serving and dirty:
            self._written_to = Path(tempfile.mkdtemp(prefix="exercise-guide-serve-"))

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        # Not in on_files: MkDocs empties the site folder in between, so a mistake found here
        # stops the build with the previously built site still in place.
        self._site = None
        self._printer.stop()
        if self.config.enabled:
            self._site = self._build(config)
            self._printer.start(self._site.sheets)

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        self._terms_by_url = {}
        if self._site is None:
            return files
        edit_uri = Path(os.path.relpath(self._source(config), config.docs_dir)).as_posix()
        generated = {**self._site.pages, **self._site.data}
        if self._serving:
            del generated[SERVICE_WORKER]
        if self._written_to:
            write_pages(generated, self._written_to)
        for src_uri, content in generated.items():
            level = InclusionLevel.UNDEFINED if in_nav(src_uri) else InclusionLevel.NOT_IN_NAV
            if self._written_to:
                folder, urls = str(self._written_to), config.use_directory_urls
                file = File(src_uri, folder, config.site_dir, urls, inclusion=level)
            else:
                file = File.generated(config, src_uri, content=content, inclusion=level)
            file.edit_uri = edit_uri
            files.append(file)
            if src_uri in self._site.search:
                self._terms_by_url[file.url] = self._site.search[src_uri]
        for src_uri in self._printer.paths:  # on_env puts each PDF in before MkDocs copies it
            files.append(File.generated(config, src_uri, content=b""))
        return files

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> None:
        try:
            for src_uri, pdf in self._printer.finish().items():
                if file := files.get_file_from_path(src_uri):
                    file.content_bytes = pdf
        except Exception as error:
            raise PluginError(f"printing the blank program sheets failed: {error}") from error

    def on_build_error(self, *, error: Exception) -> None:
        self._printer.stop()

    def on_shutdown(self) -> None:
        self._printer.stop()
        if self._written_to:
            shutil.rmtree(self._written_to, ignore_errors=True)

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        """Prebuilt HTML (generator/prebuilt.py) needs no conversion and no search: set aside."""
        markdown, blocks = set_aside(markdown, lambda path: page_address(path, page, files))
        if blocks:
            self._prebuilt[page.file.src_uri] = blocks
        return markdown

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        """The prebuilt HTML back in, without the theme's indentation (a fifth of a page)."""
        blocks = self._prebuilt.pop(page.file.src_uri, None)
        return compact(put_back(output, blocks) if blocks else output)

    @event_priority(-50)  # after the search plugin, wherever mkdocs.yml lists it
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        tune_search_index(Path(config.site_dir), self._terms_by_url)

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer | None:
        if self.config.enabled:
            for watched in (self._source(config), vocabulary_beside(self._source(config))):
                server.watch(str(watched))
            server.watch(str(self._relative(config, self.config.templates)))
        return server

    def _relative(self, config: MkDocsConfig, option: str) -> Path:
        return Path(config.config_file_path or "mkdocs.yml").resolve().parent / option

    def _source(self, config: MkDocsConfig) -> Path:
        return self._relative(config, self.config.source)

    def _build(self, config: MkDocsConfig) -> Site:
        """build_site's files, made again only when a source of them changed."""
        source, templates = self._source(config), self._relative(config, self.config.templates)
        style = Path(config.docs_dir) / self.config.sheet_stylesheet
        sources = [source, vocabulary_beside(source), style, *sorted(templates.rglob("*"))]
        settings = [config.site_url or "", config.site_name, str(config.use_directory_urls)]
        digest = fingerprint("\n".join(settings), sources)
        if self._made is None or self._made[0] != digest:
            try:
                with gc_paused():
                    catalog = load_catalog(source, display_name=display(source))
                    css = style.read_text("utf-8") if style.is_file() else ""
                    site = build_site(
                        catalog,
                        templates,
                        site_url=config.site_url or "",
                        sheet_style=css,
                        site_name=config.site_name,
                        use_directory_urls=config.use_directory_urls,
                    )
            except CatalogError as error:
                raise PluginError(str(error)) from None
            self._made = (digest, site)
        refuse_hand_written(Path(config.docs_dir), self._made[1])
        return self._made[1]
