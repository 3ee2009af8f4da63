"""What every tier of tests shares: the project's folder, the real catalogue's ids, a copy of the
project to change, and one real `mkdocs build` per test session (for the build and browser tiers).

The tests live in folders by what they need, and each folder's conftest.py marks its own tests:

- unit/     in this process only: no subprocess, no MkDocs build, no browser (a guard fails a test
            that starts one); `make test-fast` runs them with the JavaScript tests
- js/       the site's scripts under Node's own test runner, against cases Python computed
- build/    real builds, serves, installs and commands in processes of their own
- browser/  a real headless Chromium on the built site
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
import urllib.parse
from collections.abc import Container, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page

# Hypothesis' per-example deadline is a wall-clock assertion, which a busy 2-core CI machine can trip;
# tests here assert behaviour, never time. HYPOTHESIS_PROFILE=thorough runs many more examples.
settings.register_profile("default", deadline=None)
settings.register_profile("thorough", deadline=None, max_examples=10_000)
# `make test-fast`: a fifth of the examples, for the loop a contributor runs after every change.
settings.register_profile("fast", deadline=None, max_examples=20)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
ZENSICAL = ROOT / ".venv-zensical" / "bin" / "zensical"
# The exercises of the real exercises.toml, in file order: the article's four, then the reference lifts.
REAL_EXERCISE_IDS = [
    "romanian-deadlift",
    "good-morning",
    "back-extension",
    "glute-bridge",
    "clean",
    "deadlift",
    "back-squat",
    "side-plank",
    "farmers-carry",
    "push-up",
]
# Chromium's background services try to reach Google; this machine (and CI) have no such network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the expected pages under tests/golden/ from the current output (review the diff)",
    )


def run(*args: str, cwd: Path = ROOT, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    """Run a command of this project's environment, the way a user would. The time limit only
    catches a hung command: a build of the XSS corpus took over three minutes on a busy machine."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def strings_in(value: object) -> Iterator[str]:
    """Every string in parsed TOML or JSON: the text a contributor wrote, wherever it sits."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def copy_project(destination: Path) -> Path:
    """A throwaway copy of everything `mkdocs build` reads, for tests that change the sources;
    without translations/ (which would not match a changed catalogue): a test of the German site
    writes its own."""
    for name in (
        "mkdocs.yml",
        "mkdocs.de.yml",
        "exercises.toml",
        "vocabulary.toml",
        "CONTRIBUTING.md",
    ):
        shutil.copy(ROOT / name, destination / name)
    for name in ("docs", "templates", "overrides"):
        shutil.copytree(ROOT / name, destination / name)
    return destination


def zensical_build(project: Path) -> Path:
    """Build `project` (a copy_project) as `make site ENGINE=zensical` does: docs/ and the
    generator's files staged together, built by the pinned Zensical from the same mkdocs.yml.
    The built site."""
    generated = run("-m", "generator", "build", "--out", str(project / "docs"), cwd=project)
    assert generated.returncode == 0, generated.stderr
    _zensical(project)
    return project / "site"


def zensical_german_build(project: Path) -> Path:
    """Build the German site of `project` (a copy_project with translations/) as `make site
    ENGINE=zensical` does: in a stage of its own, from mkdocs.de.yml merged as MkDocs merges it,
    docs/ with its German pages in place and the pages made in German. The built German site,
    whose pages expect to be served at de/."""
    stage = project / ".zensical-de"
    stage.mkdir()
    shutil.copy(project / "CONTRIBUTING.md", stage)
    for name in ("docs", "overrides"):
        shutil.copytree(project / name, stage / name)
    staged = run("-m", "generator", "stage", "mkdocs.de.yml", "--out", str(stage), cwd=project)
    assert staged.returncode == 0, staged.stderr
    german = ("--config", "mkdocs.de.yml", "--out", str(stage / "docs"))
    generated = run("-m", "generator", "build", *german, cwd=project)
    assert generated.returncode == 0, generated.stderr
    _zensical(stage)
    return stage / "site" / "de"


def _zensical(project: Path) -> None:
    """`zensical build --strict` in `project`, which must pass with nothing to report."""
    assert ZENSICAL.is_file(), "Zensical is installed by `make test` (requirements/zensical.txt)"
    built = subprocess.run(
        [str(ZENSICAL), "build", "--strict"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    assert "No issues found" in built.stdout + built.stderr


@pytest.fixture(scope="session")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site as `make site ENGINE=zensical` builds it, once per test session: the English
    site, and the German one in its de/."""
    project = copy_project(tmp_path_factory.mktemp("zensical"))
    shutil.copytree(ROOT / "translations", project / "translations")
    german = zensical_german_build(
        project
    )  # staged from the hand-written docs/, before the English
    site = zensical_build(project)
    shutil.move(german, site / "de")
    return site


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built as `make site` builds it, once with `mkdocs build --strict` into a
    temporary folder: the English site, and the German one in its de/ (mkdocs.de.yml)."""
    site = tmp_path_factory.mktemp("site")
    result = run("-m", "mkdocs", "build", "--strict", "--site-dir", str(site))
    assert result.returncode == 0, result.stderr
    german = ("-f", "mkdocs.de.yml", "--site-dir", str(site / "de"))
    result = run("-m", "mkdocs", "build", "--strict", *german)
    assert result.returncode == 0, result.stderr
    return site


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args: Any, dropped: Container[str] = (), **kwargs: Any) -> None:
        self.dropped = dropped  # set before the handler answers, which it does as it is made
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        if urllib.parse.urlsplit(self.path).path in self.dropped:
            self.close_connection = True  # no answer at all: the network dropped
            return
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:
        pass


def open_with_loads(page: Page, url: str) -> None:
    """Open a page with a calculator or program form and wait until the form shows: it does once
    the site's load data (assets/loads.json, fetched once a visit) has arrived."""
    page.goto(url)
    page.locator("form.eg-calculator, form.sheet-form").first.wait_for()


class Network:
    """The network between the browser and a test's server (serve the site with it as `dropped`),
    which the test unplugs: the server then answers nothing, and the browser knows it is offline. Playwright's offline emulation
    alone does not hold every request a service worker makes (microsoft/playwright#2311), and a
    worker that still reached the server made a test fail by chance."""

    def __init__(self) -> None:
        self.unplugged = False
        self.dropped: set[str] = set()  # paths that get no answer even while plugged in

    def __contains__(self, path: object) -> bool:
        return self.unplugged or path in self.dropped

    def unplug(self, context: BrowserContext) -> None:
        self.unplugged = True
        context.set_offline(True)


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A browser that hangs up mid-answer (a page left, a context closed) is no error of the
        server's; anything else is printed as before."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(site: Path, dropped: Container[str] = ()) -> Iterator[str]:
    """A built site served over HTTP on localhost (search runs in a web worker, which needs HTTP).
    A request for a path in `dropped` (which the test may change meanwhile) gets no answer."""
    handler = functools.partial(_QuietHandler, directory=str(site), dropped=dropped)
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site, served."""
    with serve(built_site) as url:
        yield url


def chromium_executable() -> str | None:
    """Debian's Chromium when installed (`make test` installs it where it can), else Playwright's."""
    explicit = os.environ.get("CHROMIUM")
    if explicit:
        return explicit
    return shutil.which("chromium") or shutil.which("chromium-browser")


def mark_folder(items: list[pytest.Item], folder: Path, marker: str) -> None:
    """Mark every collected test of `folder` with `marker`: how each tier's conftest marks its own."""
    for item in items:
        if folder in item.path.parents:
            item.add_marker(marker)
