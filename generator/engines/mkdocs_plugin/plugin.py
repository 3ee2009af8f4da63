"""MkDocs adapter: hands MkDocs what build_site makes (generator/site/build.py), and rebuilds it when its
sources change. Everything else is the core's, or one of the small modules named below."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files

from generator.engines.mkdocs_plugin.compact_html import compact
from generator.engines.mkdocs_plugin.config import ExerciseGuideConfig
from generator.engines.mkdocs_plugin.files import generated_file, page_address, translated_page
from generator.engines.mkdocs_plugin.search import tune_search_index
from generator.engines.mkdocs_plugin.sheet_printer import SheetPrinter
from generator.engines.mkdocs_plugin.site_maker import SiteMaker, Sources
from generator.engines.output import write_pages
from generator.engines.prebuilt import put_back, set_aside
from generator.site.build import Site
from generator.site.language import page_alternates
from generator.site.paths import SERVICE_WORKER
from generator.site.search_index import SearchTerms

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page
    from mkdocs.utils.templates import TemplateContext


class ExerciseGuidePlugin(BasePlugin[ExerciseGuideConfig]):
    def __init__(self) -> None:
        super().__init__()
        self._printer = SheetPrinter()
        self._maker = SiteMaker()
        self._site: Site | None = None  # the build under way's, once validated
        self._prebuilt: dict[str, list[str]] = {}  # set aside by page until its HTML is written
        self._terms_by_url: dict[str, SearchTerms] = {}
        self._written_to: Path | None = None  # in a dirty serve, where the generated files are
        self._serving = False
        self._alternates: list[dict[str, str]] = []  # mkdocs.yml's languages of the guide

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defined so that MkDocs keeps this plugin, and its caches, across `mkdocs serve` rebuilds.
        A dirty serve rebuilds the pages whose files are newer than their output: so the generated
        files go through a folder that only changes are written to. A preview has no service worker,
        which would save the whole site again at every save (offline.js then registers nothing)."""
        self._serving = command == "serve"
        if self._serving and dirty:
            self._written_to = Path(tempfile.mkdtemp(prefix="exercise-guide-serve-"))

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self._alternates = list(config.extra.get("alternate") or [])
        return config

    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        """The theme's hreflang links name this page in each language, not the language's home."""
        if self._alternates:
            config.extra["alternate"] = page_alternates(self._alternates, page.url)
        return context

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        # Not in on_files: MkDocs empties the site folder in between, so a mistake found here
        # stops the build with the previously built site still in place.
        self._site = None
        self._printer.stop()
        if self.config.enabled:
            self._site = self._maker.site(config, Sources.of(config, self.config))
            self._printer.start(self._site.sheets)

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        self._terms_by_url = {}
        if self._site is None:
            return files
        sources = Sources.of(config, self.config)
        for src_uri, translation in sources.hand_written(config).items():
            if english := files.get_file_from_path(src_uri):
                files.remove(english)
            files.append(translated_page(config, src_uri, translation))
        edited = sources.catalogue
        generated = {**self._site.pages, **self._site.data}
        if self._serving:
            del generated[SERVICE_WORKER]
        if self._written_to:
            write_pages(generated, self._written_to)
        for src_uri, content in generated.items():
            files.append(file := generated_file(config, src_uri, content, self._written_to, edited))
            if src_uri in self._site.search:
                self._terms_by_url[file.url] = self._site.search[src_uri]
        for src_uri in self._printer.paths:  # on_env puts each PDF in before MkDocs copies it
            files.append(File.generated(config, src_uri, content=b""))
        return files

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> None:
        env.bytecode_cache = self._maker.memo.compiled_templates  # the theme's, once a serve
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
        """Prebuilt HTML (generator/engines/prebuilt.py) needs no conversion and no search: set aside."""
        markdown, blocks = set_aside(markdown, lambda path: page_address(path, page, files))
        if blocks:
            self._prebuilt[page.file.src_uri] = blocks
        return markdown

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        """The prebuilt HTML back in, without the theme's indentation (a fifth of a page)."""
        if self._alternates:  # the language homes again, for pages such as 404.html
            config.extra["alternate"] = self._alternates
        blocks = self._prebuilt.pop(page.file.src_uri, None)
        return compact(put_back(output, blocks) if blocks else output)

    @event_priority(-50)  # after the search plugin, wherever mkdocs.yml lists it
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        tune_search_index(Path(config.site_dir), self._terms_by_url)

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer | None:
        for watched in Sources.of(config, self.config).watched if self.config.enabled else []:
            server.watch(str(watched))
        return server
