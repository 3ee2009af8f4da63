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

from .conftest import copy_project

pytestmark = pytest.mark.site

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
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
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


def test_saving_a_template_rebuilds_the_site(served: tuple[Path, str]) -> None:
    project, url = served
    assert wait_for(url + "exercises/clean/", "Technique cues")
    template = project / "templates" / "exercise.md.j2"
    template.write_text(
        template.read_text("utf-8").replace("## Technique cues", "## How to do it"), "utf-8"
    )
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
