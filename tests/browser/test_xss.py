"""Known XSS vectors in every text field, built into one real site and opened in a real Chromium.

Nothing may run: no dialog, no script error, no request to another host, even when every element
of the content receives the events that injected handlers would wait for. And the built HTML may
hold no script, handler, frame or style that the site of the clean catalogue does not have too.
"""

from __future__ import annotations

import functools
import html
import http.server
import re
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pypdf
import pytest

from generator.catalogue.load import load_catalog
from tests.conftest import copy_project, run
from tests.unit.test_bad_inputs import LOCATED
from tests.xss_corpus import REJECTED, RENDERED, catalogue, translation

if TYPE_CHECKING:
    from playwright.sync_api import Browser, ConsoleMessage, Dialog, Request, Route

# Elements through which HTML runs code, loads other documents or restyles a page; a <meta> or
# <link> only when it does that (a page's own description or canonical address is just text).
ACTIVE_ELEMENTS = {
    "script",
    "iframe",
    "frame",
    "object",
    "embed",
    "applet",
    "base",
    "form",
    "style",
}
ACTIVE_ELEMENTS |= {"svg", "math", "img", "video", "audio", "source", "input", "template"}
ACTIVE_LINKS = {"stylesheet", "preload", "modulepreload", "import", "manifest", "icon"}
# What makes such an element load or run something (names, labels and data-* do not).
LOADING_ATTRIBUTES = {"src", "href", "type", "action", "formaction", "http-equiv", "rel", "data"}
LOADING_ATTRIBUTES |= {"srcdoc", "xlink:href", "content"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "srcdoc", "xlink:href"}
EVENTS = ["mouseover", "mouseenter", "click", "focus", "toggle", "error", "load", "animationstart"]


def test_there_are_at_least_thirty_vectors() -> None:
    assert len(RENDERED) + len(REJECTED) >= 30


@pytest.fixture(scope="module")
def xss_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus built as `make site` builds it: the English site, and the German one in de/
    from a translation whose every text holds its vector too."""
    project = copy_project(tmp_path_factory.mktemp("xss"))
    (project / "exercises.toml").write_text(catalogue(RENDERED), "utf-8")
    (project / "translations").mkdir()
    (project / "translations" / "de.toml").write_text(
        translation(load_catalog(project / "exercises.toml")), "utf-8"
    )
    for config in ("mkdocs.yml", "mkdocs.de.yml"):
        result = run("-m", "mkdocs", "build", "--strict", "-f", config, cwd=project)
        assert result.returncode == 0, result.stderr
    return project / "site"


class _ActiveParts(HTMLParser):
    """What in a page can run code or change the page beyond its text: one string per finding."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: set[str] = set()
        self._script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.found.add(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRIBUTES and value and _scheme(value) not in {"", "http", "https"}:
                self.found.add(f"<{tag} {name}={value!r}>")
        active = (
            tag in ACTIVE_ELEMENTS
            or (tag == "meta" and "http-equiv" in attributes)
            or (tag == "link" and attributes.get("rel") in ACTIVE_LINKS)
        )
        if active:
            kept = {k: v for k, v in attributes.items() if k in LOADING_ATTRIBUTES}
            self.found.add(f"<{tag} {sorted(kept.items())}>")
        if tag == "script":
            self._script = []

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.found.add(f"<script>{''.join(self._script)}</script>")
            self._script = None


def _scheme(url: str) -> str:
    return urlsplit("".join(url.split()).lower()).scheme


def _active_parts(site: Path) -> dict[str, set[str]]:
    """Per page of the site, relative to it (exercise pages under one name, as they share a
    layout, and program pages likewise)."""
    parts: dict[str, set[str]] = {}
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site).as_posix()
        key = re.sub(
            r"^((?:de/)?(?:exercises|programs))/[^/]+/index\.html$", r"\1/*/index.html", relative
        )
        parser = _ActiveParts()
        parser.feed(page.read_text("utf-8"))
        parser.close()
        parts.setdefault(key, set()).update(parser.found)
    return parts


def test_no_script_handler_frame_or_style_beyond_the_sites_own(
    xss_site: Path, built_site: Path
) -> None:
    clean = _active_parts(built_site)
    injected = {
        page: sorted(found - clean.get(page, set()))
        for page, found in _active_parts(xss_site).items()
    }
    assert {page: found for page, found in injected.items() if found} == {}
    assert any(page.startswith("de/exercises/") for page in injected)  # the German pages too
    assert len(list((xss_site / "exercises").iterdir())) == len(RENDERED) + 1
    programs = [p for p in (xss_site / "programs").iterdir() if p.is_dir()]
    assert len(programs) == len(RENDERED) + 1  # and the program builder


def test_printed_sheets_hold_no_script_action_or_image(xss_site: Path) -> None:
    """The blank sheets are PDFs of the program's HTML: no JavaScript, launch action, fetched
    image or link other than http(s) may come from a contributed text."""
    sheets = sorted((xss_site / "programs").glob("*.pdf"))
    assert len(sheets) == 2 * len(RENDERED)
    for sheet in sheets:
        reader = pypdf.PdfReader(sheet)
        assert (
            "/Names" not in reader.trailer["/Root"]
            or "/JavaScript" not in (reader.trailer["/Root"]["/Names"])
        )
        assert "/OpenAction" not in reader.trailer["/Root"]
        for page in reader.pages:
            assert not page["/Resources"].get("/XObject"), sheet.name
            for annotation in page.get("/Annots") or []:
                action = annotation.get_object().get("/A") or {}
                assert action.get("/S") in {None, "/URI", "/GoTo"}, (sheet.name, action)
                assert _scheme(str(action.get("/URI", ""))) in {"", "http", "https"}


def test_the_vectors_show_as_text(xss_site: Path) -> None:
    """Escaped, not dropped: a reader sees exactly what the contributor wrote."""
    for index in (0, len(RENDERED) - 1):
        page = (xss_site / "exercises" / f"xss-{index}" / "index.html").read_text("utf-8")
        heading = re.search(r"<h1 id=[^>]*>(.*?)<a class=\"headerlink\"", page)
        title = re.search(r"<title>(.*?) - ", page)
        assert heading is not None and title is not None
        written = f"{RENDERED[index]} #{index}"
        assert html.unescape(heading.group(1)) == written
        assert html.unescape(title.group(1)) == written


@pytest.fixture(scope="module")
def xss_url(xss_site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(xss_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class _Watch:
    """One Chromium page that records whatever runs or reaches out, visiting one site's pages.

    Requests to other hosts are answered with `{}` when the clean site makes them too (the
    theme asks GitHub for the repository's stars), and recorded otherwise.
    """

    def __init__(self, browser: Browser, base_url: str, expected_hosts: set[str]) -> None:
        self.base_url = base_url
        self.expected_hosts = expected_hosts
        self.external: set[str] = set()
        self.ran: list[str] = []
        self.context = browser.new_context()
        self.page = self.context.new_page()
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda error: self.ran.append(f"page error: {error}"))
        self.page.on("console", self._console)
        self.context.route("**/*", self._route)

    def _dialog(self, dialog: Dialog) -> None:
        self.ran.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.ran.append(f"console error: {message.text}")

    def _route(self, route: Route, request: Request) -> None:
        if request.url.startswith(self.base_url):
            route.continue_()
            return
        host = urlsplit(request.url).netloc
        self.external.add(host)
        if host in self.expected_hosts:
            route.fulfill(status=200, content_type="application/json", body="{}")
        else:
            self.ran.append(f"request: {request.url}")
            route.abort()

    def visit(self, path: str, search: str = "") -> list[str]:
        self.ran.clear()
        self.page.goto(self.base_url + path, wait_until="load")
        if search:
            # Search results are built from the index's text in the browser: a second way in.
            self.page.locator("input.md-search__input").click()
            self.page.keyboard.type(search)
            self.page.locator(".md-search-result__item").first.wait_for(timeout=15_000)
        # Fire what injected handlers listen for at every element of the page.
        self.page.evaluate(
            """events => {
                document.addEventListener('click', e => e.preventDefault(), true);
                for (const element of document.querySelectorAll('body *')) {
                    for (const type of events) element.dispatchEvent(new Event(type));
                }
            }""",
            EVENTS,
        )
        self.page.wait_for_timeout(50)
        return list(self.ran)


def test_nothing_runs_in_chromium(
    browser: Browser, site_url: str, xss_site: Path, xss_url: str
) -> None:
    clean = _Watch(browser, site_url, expected_hosts=set())
    clean.visit("")
    clean.context.close()

    watch = _Watch(browser, xss_url, expected_hosts=clean.external)
    pages = ["", "load-tables/", "tags/muscles/", "tags/patterns/", "tags/equipment/"]
    pages += [f"exercises/{p.name}/" for p in sorted((xss_site / "exercises").iterdir())]
    pages += ["programs/"]
    pages += [
        f"programs/{p.name}/" for p in sorted((xss_site / "programs").iterdir()) if p.is_dir()
    ]
    # The German site, every text a translation holding a vector: its home, search and a sample
    # of its pages (the scan of every page's HTML above covers all of them).
    pages += [f"de/{path}" for path in pages[::8]]
    ran = {path: found for path in pages if (found := watch.visit(path))}
    for query in ("link", "heading"):  # words of several vectors that the index splits out
        for language in ("", "de/"):
            if found := watch.visit(language, search=query):
                ran[f"search for {query!r} in {language or 'en/'}"] = found
    watch.context.close()
    assert ran == {}


def test_links_to_script_and_data_addresses_are_located_errors(tmp_path: Path) -> None:
    (tmp_path / "exercises.toml").write_text(catalogue(REJECTED), "utf-8")
    result = run("-m", "generator", "check", "exercises.toml", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    located = [line for line in result.stderr.splitlines() if LOCATED.match(line)]
    # Every text field that takes Markdown links, of each exercise, source and program.
    prose_fields = 14
    assert len(located) == prose_fields * len(REJECTED)
    for line in located:
        assert "is not allowed: a link goes to an http:// or https:// address" in line
