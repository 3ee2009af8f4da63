"""`mkdocs serve` as a coach uses it: save exercises.toml, and the new page is served."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import Files

from tests.conftest import copy_project

NEW_EXERCISE = """
[[exercises]]
id = "nordic-curl"
name = "Nordic curl"
summary = "A kneeling hamstring exercise."
pattern = "knee-flexion"
muscles = { primary = ["hamstrings"] }
equipment = ["partner"]
cues = ["Lower yourself slowly."]
safety = ["Start with a short range of motion."]
sources = ["dewar-lower-back"]
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def served_root(url: str, seconds: float = 60) -> str:
    """Where the site is served: mkdocs serve redirects / to the path of site_url."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return str(response.geturl())
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    raise AssertionError(f"mkdocs serve did not answer on {url}")


def wait_for(url: str, text: str, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        body = fetch(url)
        if body is not None and text in body:
            return True
        time.sleep(0.5)
    return False


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    project = copy_project(tmp_path)
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(
        # As `make serve` runs it: a dirty serve rebuilds only the pages whose files changed.
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "--dirty",
            "--no-strict",
            "--dev-addr",
            f"127.0.0.1:{port}",
        ],
        cwd=project,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        yield project, served_root(f"http://127.0.0.1:{port}/")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def test_saving_exercises_toml_rebuilds_the_site(served: tuple[Path, str]) -> None:
    project, url = served
    assert wait_for(url + "exercises/romanian-deadlift/", "Romanian deadlift")
    assert fetch(url + "exercises/nordic-curl/") is None

    source = project / "exercises.toml"
    source.write_text(source.read_text("utf-8") + NEW_EXERCISE, "utf-8")
    assert wait_for(url + "exercises/nordic-curl/", "A kneeling hamstring exercise.")
    assert wait_for(url, "Nordic curl"), "the home page catalogue lists the new exercise"


def test_the_preview_has_no_service_worker(served: tuple[Path, str]) -> None:
    """No saved copy in the way of a save showing at once: the preview serves no worker to register."""
    _, url = served
    assert wait_for(url, "Romanian deadlift")
    assert fetch(url + "manifest.webmanifest") is not None
    assert fetch(url + "service-worker.js") is None


def test_saving_a_template_rebuilds_the_site(served: tuple[Path, str]) -> None:
    project, url = served
    assert wait_for(url + "exercises/clean/", "Technique cues")
    template = project / "templates" / "exercise.md.j2"
    heading = '## {{ _("Technique cues") }}'  # marked for translation (translations/messages/)
    template.write_text(template.read_text("utf-8").replace(heading, "## How to do it"), "utf-8")
    assert wait_for(url + "exercises/clean/", "How to do it")


def test_a_typo_is_reported_and_fixing_it_brings_the_site_back(served: tuple[Path, str]) -> None:
    project, url = served
    assert wait_for(url + "exercises/clean/", "Technique cues")
    source = project / "exercises.toml"
    good = source.read_text("utf-8")
    broken = good.replace("\nsafety = [", "\nsafty = [", 1)
    line = broken.splitlines().index("safty = [") + 1
    source.write_text(broken, "utf-8")
    log = project / "serve.log"
    expected = f"exercises.toml:{line}:1: exercise 'romanian-deadlift': safty: unknown key 'safty'"
    deadline = time.monotonic() + 60
    while expected not in log.read_text("utf-8") and time.monotonic() < deadline:
        time.sleep(0.5)
    assert expected in log.read_text("utf-8")
    assert "Traceback" not in log.read_text("utf-8")

    source.write_text(good.replace('name = "Clean"', 'name = "Clean, after the fix"'), "utf-8")
    assert wait_for(url + "exercises/clean/", "Clean, after the fix")


def test_a_dirty_serve_hands_mkdocs_only_the_changed_pages_as_modified(tmp_path: Path) -> None:
    """MkDocs's dirty build rebuilds a page whose source file is newer than the page it built:
    the plugin writes the generated files to a folder of its own, and rewrites only those that
    changed, so one saved cue rebuilds that exercise's page and the open data, not the site."""
    project = copy_project(tmp_path)
    config = load_config(config_file=str(project / "mkdocs.yml"))
    plugin = config.plugins["exercise-guide"]
    plugin.on_startup(command="serve", dirty=True)
    try:
        config.plugins.on_pre_build(config=config)
        first = {f.src_uri: f for f in config.plugins.on_files(Files([]), config=config)}
        times = {
            uri: Path(f.abs_src_path).stat().st_mtime_ns
            for uri, f in first.items()
            if f.abs_src_path
        }
        source = project / "exercises.toml"
        source.write_text(
            source.read_text("utf-8").replace(
                "Lock your heels under the rollers.", "Lock both heels.", 1
            ),
            "utf-8",
        )
        time.sleep(0.05)
        config.plugins.on_pre_build(config=config)
        second = {f.src_uri: f for f in config.plugins.on_files(Files([]), config=config)}
        changed = sorted(
            uri
            for uri, f in second.items()
            if f.abs_src_path and Path(f.abs_src_path).stat().st_mtime_ns != times.get(uri)
        )
        page = Path(second["exercises/back-extension.md"].abs_src_path).read_text("utf-8")
    finally:
        plugin.on_shutdown()
    assert "Lock both heels." in page
    assert changed == ["exercises.json", "exercises/back-extension.md"]
    assert len(times) > 10
