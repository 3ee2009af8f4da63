"""The muscle map: every exercise page marks its primary and secondary muscles on a front and back view
of a body, solid and hatched, named in words, in both colour schemes; each muscle has a page with the
same map; and a vocabulary word without a drawing still builds."""

from __future__ import annotations

import tomllib
from html.parser import HTMLParser
from typing import TYPE_CHECKING

import pytest

from generator.catalogue.load import load_catalog
from generator.catalogue.load_vocabulary import parse_vocabulary
from generator.catalogue.problems import CatalogError
from generator.site.pages import render_site
from tests.conftest import ROOT, copy_project

if TYPE_CHECKING:
    from pathlib import Path


VOCABULARY = tomllib.loads((ROOT / "vocabulary.toml").read_text("utf-8"))


class MapReader(HTMLParser):
    """The regions a page's muscle map marks, by group (eg-primary, eg-secondary), and what else
    the map holds: its role, what names it, and the drawing it refers to."""

    def __init__(self) -> None:
        super().__init__()
        self.maps = 0
        self.svg: dict[str, str | None] = {}
        self.group = ""
        self.marked: dict[str, set[str]] = {"eg-primary": set(), "eg-secondary": set()}
        self.drawings: set[str] = set()
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"] or "")
        if tag == "figure" and attributes.get("class") == "eg-muscle-map":
            self.maps += 1
        elif tag == "svg" and self.maps and not self.svg:
            self.svg = attributes
        elif tag == "g" and attributes.get("class") in self.marked:
            self.group = attributes["class"] or ""
        elif tag == "use":
            drawing, _, region = (attributes.get("xlink:href") or "").partition("#")
            self.drawings.add(drawing)
            if self.group:
                self.marked[self.group].add(region)

    def handle_endtag(self, tag: str) -> None:
        if tag == "g":
            self.group = ""


def test_a_region_the_drawing_lacks_is_a_located_error() -> None:
    text = (ROOT / "vocabulary.toml").read_text("utf-8")
    wrong = text.replace('regions = ["glutes"]', 'regions = ["glute"]')
    line = wrong[: wrong.index('regions = ["glute"]')].count("\n") + 1
    with pytest.raises(CatalogError) as caught:
        parse_vocabulary(wrong, "vocabulary.toml")
    [problem] = caught.value.problems
    assert str(problem).startswith(f"vocabulary.toml:{line}:")
    assert "'glute' is not a region of the muscle map" in str(problem)
    assert "glutes" in str(problem)  # the regions it may name


def test_a_muscle_without_regions_is_named_but_not_drawn(tmp_path: Path) -> None:
    """A fork adds a muscle word before anyone draws it: the site builds, and pages name it."""
    project = copy_project(tmp_path)
    vocabulary = (project / "vocabulary.toml").read_text("utf-8")
    (project / "vocabulary.toml").write_text(
        vocabulary.replace('regions = ["glutes"]\n', ""), "utf-8"
    )
    pages = render_site(load_catalog(project / "exercises.toml"))
    rdl = pages["exercises/romanian-deadlift.md"]
    assert "<strong>Primary muscles:</strong> Hamstrings, Glutes, Spinal erectors" in rdl
    assert "#hamstrings" in rdl
    assert "#glutes" not in rdl
    assert "The muscle map does not draw this muscle." in pages["muscles/glutes.md"]
