"""MkDocs adapter: adds the generated pages to the build and rebuilds when their sources change."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import posixpath
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from generator.catalog import load_catalog
from generator.compact_html import compact
from generator.errors import CatalogError
from generator.gc_paused import gc_paused
from generator.pdf import SHEET_STYLESHEET, html_to_pdf_in_a_process
from generator.prebuilt import put_back, set_aside
from generator.render import (
    EXERCISE_DIR,
    exercise_page,
)
from generator.search_index import SearchTerms, for_exercises, search_terms
from generator.sheet import PROGRAM_DIR
from generator.site import build_site
from generator.vocabulary_file import vocabulary_beside

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.exercise_guide")


class ExerciseGuideConfig(base.Config):
    enabled = c.Type(bool, default=True)
    """Set to false to build the hand-written pages alone."""
    source = c.Type(str, default="exercises.toml")
    """The catalogue, relative to mkdocs.yml."""
    templates = c.Type(str, default="templates")
    """The Jinja2 templates of the generated pages, relative to mkdocs.yml."""
    sheet_stylesheet = c.Type(str, default=SHEET_STYLESHEET)
    """The stylesheet of the printed program sheets, relative to docs_dir (the site uses it too)."""


class ExerciseGuidePlugin(BasePlugin[ExerciseGuideConfig]):
    def __init__(self) -> None:
        super().__init__()
        # Sheet HTML -> PDF, so that a rebuild by `mkdocs serve` reprints only the sheets that changed.
        self._pdfs: dict[str, bytes] = {}
        # The pages and sheet documents of the last build, and the digest of what they were made from.
        self._rendered: tuple[str, dict[str, str | bytes], dict[str, str]] | None = None
        # The blank sheets of the build under way, by path: their HTML and their PDF, being printed.
        self._printing: dict[str, tuple[str, Future[bytes]]] = {}
        self._printer: ThreadPoolExecutor | None = None
        # What search finds each exercise page by, by source path (of the last build too).
        self._search_terms: dict[str, SearchTerms] = {}
        # The same by the page's address, for the search index of the build under way.
        self._search_terms_by_url: dict[str, SearchTerms] = {}
        # Prebuilt HTML taken out of a page's Markdown until its HTML is written, by page.
        self._prebuilt: dict[str, list[str]] = {}
        # The pages of the build under way, once validated in on_pre_build.
        self._generated: dict[str, str | bytes] | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defined so that MkDocs keeps this plugin, and its caches, across `mkdocs serve` rebuilds."""

    def _path(self, config: MkDocsConfig, option: str) -> Path:
        base_dir = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        return base_dir / option

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        # Here rather than in on_files: MkDocs empties the site folder between the two, so a
        # mistake found now stops the build with the previously built site still in place.
        self._generated = None
        self._stop_printing()
        if not self.config.enabled:
            return
        source = self._path(config, self.config.source)
        pages, sheets = self._pages(source, self._path(config, self.config.templates), config)
        docs = Path(config.docs_dir)
        for src_uri in [*pages, *sheets]:
            if (docs / src_uri).exists():
                raise PluginError(
                    f"{docs.name}/{src_uri} is hand-written, but the exercise guide "
                    f"generates a page with the same path; rename or remove the hand-written file"
                )
        self._generated = pages
        self._printing = {uri: (html, self._print(html)) for uri, html in sheets.items()}

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        pages = self._generated
        self._search_terms_by_url = {}
        if pages is None:
            return files
        source = self._path(config, self.config.source)
        edit_uri = Path(os.path.relpath(source, config.docs_dir)).as_posix()
        for src_uri, markdown in pages.items():
            in_nav = not src_uri.startswith((f"{EXERCISE_DIR}/", f"{PROGRAM_DIR}/"))
            if src_uri == f"{PROGRAM_DIR}/index.md":
                in_nav = True
            inclusion = InclusionLevel.UNDEFINED if in_nav else InclusionLevel.NOT_IN_NAV
            file = File.generated(config, src_uri, content=markdown, inclusion=inclusion)
            file.edit_uri = edit_uri
            files.append(file)
            if src_uri in self._search_terms:
                self._search_terms_by_url[file.url] = self._search_terms[src_uri]
        for src_uri in self._printing:
            # Printed while MkDocs converts the pages; on_env puts each PDF in before it is copied.
            files.append(File.generated(config, src_uri, content=b""))
        log.debug("generated %d pages from %s", len(pages), source)
        return files

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> None:
        """The blank sheets, once printed: MkDocs copies them into the site right after this event."""
        printed: dict[str, bytes] = {}
        try:
            for src_uri, (html, future) in self._printing.items():
                pdf = printed[html] = future.result()
                file = files.get_file_from_path(src_uri)
                if file is not None:
                    file.content_bytes = pdf
        except Exception as error:
            raise PluginError(f"printing the blank program sheets failed: {error}") from error
        finally:
            self._stop_printing()
        if printed:
            self._pdfs = printed
            log.debug("printed %d blank program sheets", len(printed))

    def on_build_error(self, *, error: Exception) -> None:
        self._stop_printing()

    def on_shutdown(self) -> None:
        self._stop_printing()

    def _print(self, html: str) -> Future[bytes]:
        """A sheet's PDF: from the last build when its HTML is unchanged, else printed by WeasyPrint
        in another process, on the core that MkDocs, converting pages one by one, leaves idle."""
        future: Future[bytes]
        pdf = self._pdfs.get(html)
        if pdf is not None:
            future = Future()
            future.set_result(pdf)
            return future
        if self._printer is None:
            # One sheet at a time: the thread only waits for the process that prints.
            self._printer = ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="exercise-guide-print"
            )
        return self._printer.submit(html_to_pdf_in_a_process, html)

    def _stop_printing(self) -> None:
        self._printing = {}
        if self._printer is not None:
            self._printer.shutdown(wait=False, cancel_futures=True)
            self._printer = None

    def _pages(
        self, source: Path, templates: Path, config: MkDocsConfig
    ) -> tuple[dict[str, str | bytes], dict[str, str]]:
        """The generated pages, and the HTML of the blank program sheets by the path of their PDF;
        made again only when the catalogue, a template or the sheet style changed."""
        site_url = config.site_url or ""
        stylesheet = Path(config.docs_dir) / self.config.sheet_stylesheet
        vocabulary = vocabulary_beside(source)
        digest = _digest(site_url, [source, vocabulary, stylesheet, *sorted(templates.rglob("*"))])
        if self._rendered is not None and self._rendered[0] == digest:
            log.debug("%s and the templates are unchanged: reusing the generated pages", source)
            return self._rendered[1], self._rendered[2]
        try:
            with gc_paused():
                catalog = load_catalog(source, display_name=_display(source))
                site = build_site(
                    catalog,
                    templates,
                    site_url=site_url,
                    sheet_style=stylesheet.read_text("utf-8") if stylesheet.is_file() else "",
                )
            pages: dict[str, str | bytes] = {**site.pages, **site.data}
            sheets = site.sheets
        except CatalogError as error:
            raise PluginError(str(error)) from None
        self._rendered = (digest, pages, sheets)
        self._search_terms = {
            exercise_page(e.id): search_terms(e, catalog.vocabulary) for e in catalog.exercises
        }
        return pages, sheets

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        """Set the prebuilt HTML aside (generator/prebuilt.py) until `on_post_page`: it needs no
        conversion, and search skips it."""

        def page_address(path: str) -> str | None:
            return _page_address(path, page, files)

        markdown, blocks = set_aside(markdown, page_address)
        if blocks:
            self._prebuilt[page.file.src_uri] = blocks
        return markdown

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        """Put the prebuilt HTML back, and leave out the theme's indentation and blank lines: a
        fifth of an exercise page's bytes, which the browser ignores."""
        blocks = self._prebuilt.pop(page.file.src_uri, None)
        return compact(put_back(output, blocks) if blocks else output)

    @event_priority(-50)  # after the search plugin, wherever mkdocs.yml lists it
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Tune the search index for the exercise pages (generator/search_index.py), once the
        search plugin has written it."""
        index_file = Path(config.site_dir) / "search" / "search_index.json"
        if not self._search_terms_by_url or not index_file.is_file():
            return
        index = json.loads(index_file.read_text("utf-8"))
        updated = for_exercises(index, self._search_terms_by_url)
        index_file.write_text(
            json.dumps(updated, ensure_ascii=False, separators=(",", ":")), "utf-8"
        )

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer | None:
        if self.config.enabled:
            source = self._path(config, self.config.source)
            server.watch(str(source))
            server.watch(str(vocabulary_beside(source)))
            server.watch(str(self._path(config, self.config.templates)))
        return server


def _page_address(path: str, page: Page, files: Files) -> str | None:
    """The address of the page `path` (relative to `page`'s Markdown file) seen from `page`, as
    MkDocs writes it for a Markdown link; None, with MkDocs's own warning (an error under
    --strict), when there is no such page."""
    src_uri = posixpath.normpath(posixpath.join(posixpath.dirname(page.file.src_uri), path))
    target = files.get_file_from_path(src_uri)
    if target is None:
        log.warning(
            "Doc file '%s' contains a link '%s', but the target is not found among documentation files.",
            page.file.src_uri,
            path,
        )
        return None
    return target.url_relative_to(page.file)


def _digest(site_url: str, paths: list[Path]) -> str:
    """A fingerprint of everything the generated pages are made from."""
    sha = hashlib.sha256(site_url.encode())
    for path in paths:
        if path.is_dir():
            continue
        sha.update(str(path).encode())
        try:
            sha.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:
            sha.update(b"unreadable")
    return sha.hexdigest()


def _display(path: Path) -> str:
    """The path as the user would type it: relative to the working directory when inside it."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)
