"""The built site's muscle maps mark each exercise's and each muscle's regions."""

from __future__ import annotations

import re
import tomllib
from typing import TYPE_CHECKING

from tests.conftest import ROOT
from tests.unit.test_muscle_map import VOCABULARY, MapReader

if TYPE_CHECKING:
    from pathlib import Path


EXERCISES = tomllib.loads((ROOT / "exercises.toml").read_text("utf-8"))["exercises"]


DRAWING = "assets/muscle-map.svg"


def regions(muscles: list[str]) -> set[str]:
    """The regions vocabulary.toml names for these muscles."""
    return {region for muscle in muscles for region in VOCABULARY["muscles"][muscle]["regions"]}


def read_map(page: Path) -> MapReader:
    reader = MapReader()
    reader.feed(page.read_text("utf-8"))
    return reader


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
