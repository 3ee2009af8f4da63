"""CONTRIBUTING.md works: on GitHub and on the site, and its commands, followed word for word, add a page."""

from __future__ import annotations

import re

import yaml

from tests.conftest import ROOT

CONTRIBUTING = ROOT / "CONTRIBUTING.md"
MKDOCS = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
REPO_FILE = f"{MKDOCS['repo_url']}/blob/main/"
LINK = re.compile(r"\]\(([^)\s]+)\)|<(https?://[^>]+)>")
SH_BLOCK = re.compile(r"^```sh\n(.*?)^```", re.M | re.S)


def links() -> list[str]:
    text = CONTRIBUTING.read_text("utf-8")
    return [m.group(1) or m.group(2) for m in LINK.finditer(text)]


def commands() -> list[str]:
    text = CONTRIBUTING.read_text("utf-8")
    lines = [line for block in SH_BLOCK.findall(text) for line in block.splitlines()]
    return [line.strip() for line in lines if line.strip()]


def test_every_link_works_on_github_and_on_the_site_alike() -> None:
    """Relative links would break in one of the two places; the anchors and addresses here do not."""
    found = links()
    assert found
    for link in found:
        assert link.startswith(("https://", "http://127.0.0.1", "#")), link


def test_links_into_the_repository_name_files_that_exist() -> None:
    for link in links():
        if link.startswith(REPO_FILE):
            assert (ROOT / link.removeprefix(REPO_FILE)).is_file(), link


def test_the_commands_it_gives_exist() -> None:
    given = commands()
    assert '.venv/bin/python -m generator new "Nordic Curl"' in given
    assert ".venv/bin/python -m generator check" in given
    assert "make site" in given and "make serve" in given
    makefile = (ROOT / "Makefile").read_text("utf-8")
    for command in given:
        if command.startswith("make "):
            assert re.search(rf"^{command.split()[1]}:", makefile, re.M), command
