"""The muscle map: every exercise page marks its primary and secondary muscles on a front and back view
of a body, solid and hatched, named in words, in both colour schemes; each muscle has a page with the
same map; and a vocabulary word without a drawing still builds."""

from __future__ import annotations

import re
import tomllib
from html.parser import HTMLParser
from typing import TYPE_CHECKING

import pytest

from generator.catalogue.load import load_catalog
from generator.catalogue.load_vocabulary import parse_vocabulary
from generator.catalogue.problems import CatalogError
from generator.site.render import render_site

from .conftest import ROOT, copy_project

if TYPE_CHECKING:
    from pathlib import Path

    from playwright.sync_api import Browser, Page

VOCABULARY = tomllib.loads((ROOT / "vocabulary.toml").read_text("utf-8"))
EXERCISES = tomllib.loads((ROOT / "exercises.toml").read_text("utf-8"))["exercises"]
DRAWING = "assets/muscle-map.svg"


def regions(muscles: list[str]) -> set[str]:
    """The regions vocabulary.toml names for these muscles."""
    return {region for muscle in muscles for region in VOCABULARY["muscles"][muscle]["regions"]}


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


def read_map(page: Path) -> MapReader:
    reader = MapReader()
    reader.feed(page.read_text("utf-8"))
    return reader


@pytest.mark.site
def test_every_exercise_page_marks_its_primary_and_secondary_muscles(built_site: Path) -> None:
    drawing = (built_site / DRAWING).read_text("utf-8")
    for exercise in EXERCISES:
        page = built_site / "exercises" / exercise["id"] / "index.html"
        found = read_map(page)
        primary = regions(exercise["muscles"]["primary"])
        secondary = regions(exercise["muscles"].get("secondary", [])) - primary
        assert found.maps == 1, page
        assert found.marked == {"eg-primary": primary, "eg-secondary": secondary}, page
        # The map refers to the drawing the site publishes, which draws each region it names.
        assert {(page.parent / d).resolve() for d in found.drawings} == {built_site / DRAWING}
        for region in primary | secondary:
            assert f'<g id="{region}">' in drawing
        # Its text alternative: an image named by the page's lines of primary and secondary
        # muscles, which carry the same swatches as the map (its key).
        assert found.svg["role"] == "img"
        names = (found.svg["aria-labelledby"] or "").split()
        assert names == ["eg-primary-muscles", "eg-secondary-muscles"][: len(names)]
        assert len(names) == (2 if exercise["muscles"].get("secondary") else 1)
        assert all(name in found.ids for name in names)


@pytest.mark.site
def test_each_muscle_page_marks_that_muscle_and_its_tag_leads_there(built_site: Path) -> None:
    glutes = built_site / "muscles" / "glutes" / "index.html"
    found = read_map(glutes)
    assert found.marked == {"eg-primary": {"glutes"}, "eg-secondary": set()}
    html = glutes.read_text("utf-8")
    for exercise in EXERCISES:
        linked = f'href="../../exercises/{exercise["id"]}/"' in html
        assert linked == (
            "glutes" in exercise["muscles"]["primary"] + exercise["muscles"].get("secondary", [])
        )
    # A muscle's tag on an exercise page leads to the muscle's page, and so does the tag page of
    # all muscles, through the list of muscles.
    rdl = (built_site / "exercises" / "romanian-deadlift" / "index.html").read_text("utf-8")
    tags = re.search(r'<nav class="md-tags".*?</nav>', rdl, re.S)
    assert tags
    assert re.search(r'<a href="../../muscles/glutes/" class="md-tag">Glutes</a>', tags.group(0))
    listing = (built_site / "tags" / "muscles" / "index.html").read_text("utf-8")
    assert 'href="../../muscles/"' in listing
    assert 'href="glutes/"' in (built_site / "muscles" / "index.html").read_text("utf-8")


def marked_style(page: Page, group: str) -> dict[str, object]:
    """How Chromium paints a group of marked regions, and whether it drew them (their size)."""
    return page.locator(f".eg-muscle-map g.{group}").evaluate(
        """group => {
            const style = getComputedStyle(group);
            const box = group.getBoundingClientRect();
            return {
                fill: style.fill,
                mask: style.maskImage,
                drawn: box.width > 5 && box.height > 5,
            };
        }"""
    )


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_primary_is_solid_and_secondary_hatched_in_either_scheme(
    browser: Browser, site_url: str, scheme: str
) -> None:
    context = browser.new_context(color_scheme=scheme)  # type: ignore[arg-type]
    try:
        page = context.new_page()
        page.goto(site_url + "exercises/romanian-deadlift/")
        primary, secondary = marked_style(page, "eg-primary"), marked_style(page, "eg-secondary")
        body = page.locator(".eg-muscle-map svg > use").evaluate(
            "use => getComputedStyle(use).fill"
        )
        background = page.evaluate(
            "getComputedStyle(document.querySelector('.md-main')).backgroundColor"
        )
        image = page.get_by_role("img", name=re.compile("^Primary muscles: Hamstrings, Glutes"))
        image_name = image.get_attribute("aria-labelledby")
    finally:
        context.close()
    assert primary["drawn"] and secondary["drawn"]
    # Primary solid, secondary in another colour and striped, both told apart from the body and
    # the page.
    assert primary["mask"] == "none"
    assert "repeating-linear-gradient" in str(secondary["mask"])
    assert len({primary["fill"], secondary["fill"], body, background}) == 4
    assert image_name == "eg-primary-muscles eg-secondary-muscles"


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


@pytest.mark.browser
def test_the_map_draws_after_material_s_instant_navigation(browser: Browser, site_url: str) -> None:
    """Material swaps pages in place (navigation.instant) and rewrites their links as it does: the
    map still finds its drawing, and no script error comes of it."""
    context = browser.new_context()
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(site_url)
        page.get_by_role("link", name="Romanian deadlift", exact=True).first.click()
        page.wait_for_url("**/exercises/romanian-deadlift/")
        page.locator(".eg-muscle-map g.eg-primary").wait_for()
        drawn = page.wait_for_function(
            "document.querySelector('.eg-muscle-map g.eg-primary').getBoundingClientRect().width > 5"
        )
        navigations = page.evaluate("performance.getEntriesByType('navigation').length")
    finally:
        context.close()
    assert drawn
    assert navigations == 1  # one page load: the second page came by instant navigation
    assert errors == []
