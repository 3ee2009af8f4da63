"""The home page's catalogue in a real Chromium: the filters and sorting."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

    from playwright.sync_api import Browser, BrowserContext, Page

pytestmark = pytest.mark.browser


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A fresh browser profile: nothing remembered from another test."""
    instance = browser.new_context(viewport={"width": 1000, "height": 900})
    yield instance
    instance.close()


def visible_exercises(page: Page) -> list[str]:
    rows = page.locator("table[data-catalogue] tbody tr")
    return [r.get_by_role("rowheader").inner_text() for r in rows.all() if r.is_visible()]


def test_the_catalogue_narrows_by_pattern_muscle_and_equipment(
    context: BrowserContext, site_url: str
) -> None:
    page = context.new_page()
    page.goto(site_url)
    every = visible_exercises(page)
    assert len(every) == 7

    page.get_by_label("Pattern").select_option("Hinge")
    assert visible_exercises(page) == ["Deadlift", "Good morning", "Romanian deadlift"]
    page.get_by_label("Equipment").select_option("Squat rack")
    assert visible_exercises(page) == ["Good morning"]
    assert page.get_by_role("status").inner_text() == "Showing 1 of 7 exercises."
    page.get_by_label("Pattern").select_option("")
    page.get_by_label("Equipment").select_option("")
    page.get_by_label("Primary muscles").select_option("Adductors")
    assert visible_exercises(page) == ["Back squat"]
    page.get_by_label("Primary muscles").select_option("")
    assert visible_exercises(page) == every


def test_the_catalogue_sorts_by_a_column(context: BrowserContext, site_url: str) -> None:
    page = context.new_page()
    page.goto(site_url)
    page.get_by_label("Equipment").select_option("Squat rack")

    page.get_by_role("button", name="Exercise").click()
    page.get_by_role("button", name="Exercise").click()

    assert visible_exercises(page) == ["Good morning", "Back squat"]
    header = page.locator("th", has=page.get_by_role("button", name="Exercise"))
    assert header.get_attribute("aria-sort") == "descending"
    page.get_by_role("button", name="Pattern").click()
    patterns = page.locator("table[data-catalogue] tbody tr td:first-of-type").all_inner_texts()
    assert patterns == sorted(patterns)


def test_the_catalogue_narrows_by_level_and_mechanic(
    context: BrowserContext, site_url: str
) -> None:
    page = context.new_page()
    page.goto(site_url)
    headers = page.get_by_role("columnheader").all_inner_texts()
    assert headers == ["Exercise", "Pattern", "Primary muscles", "Equipment", "Level", "Mechanic"]

    page.get_by_label("Level").select_option("Beginner")
    assert visible_exercises(page) == ["Back extension", "Back squat"]
    page.get_by_label("Mechanic").select_option("Isolation")
    assert visible_exercises(page) == ["Back extension"]
    assert page.get_by_role("status").inner_text() == "Showing 1 of 7 exercises."
