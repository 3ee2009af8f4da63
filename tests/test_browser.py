"""A real headless Chromium on the built site: what a lifter sees when they search."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from generator.catalog import load_catalog

from .conftest import ROOT

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Locator, Page

pytestmark = pytest.mark.browser


def search(page: Page, site_url: str, query: str) -> Locator:
    """Type `query` into the search box as a person does; the first result."""
    page.goto(site_url)
    page.locator("input.md-search__input").click()
    page.keyboard.type(query, delay=50)
    first = page.locator(".md-search-result__item").first
    first.wait_for(timeout=15_000)
    return first


@pytest.mark.parametrize("query", ["stiff-leg", "RDL", "rdl", "Romanian"])
def test_search_by_alias_lands_on_the_romanian_deadlift(
    browser: Browser, site_url: str, query: str
) -> None:
    page = browser.new_page()
    try:
        first = search(page, site_url, query)
        assert first.locator("h1").first.inner_text().strip() == "Romanian deadlift"
        first.locator("a").first.click()
        page.wait_for_url("**/exercises/romanian-deadlift/**")
        assert page.title().startswith("Romanian deadlift - ")
    finally:
        page.close()


def test_search_by_a_hyphenated_alias_lands_on_its_exercise(
    browser: Browser, site_url: str
) -> None:
    """ "bar" completes to "Barbell ...", a word of other exercises' aliases and of no name:
    the back squat still comes first for its alias."""
    page = browser.new_page()
    try:
        first = search(page, site_url, "High-bar squat")
        assert first.locator("h1").first.inner_text().strip() == "Back squat"
    finally:
        page.close()


def test_unit_tab_choice_switches_every_table_and_is_remembered(
    browser: Browser, site_url: str
) -> None:
    """Choosing lb on one load table switches every table, and the next visit opens in lb."""
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(site_url + "exercises/romanian-deadlift/")
        assert page.get_by_role("rowheader", name="100 kg", exact=True).first.is_visible()
        page.get_by_text("lb", exact=True).first.click()
        assert page.get_by_role("rowheader", name="220 lb", exact=True).first.is_visible()
        assert page.get_by_role(
            "rowheader", name="400 lb", exact=True
        ).first.is_visible()  # deadlift table
        assert not page.get_by_role("rowheader", name="100 kg", exact=True).first.is_visible()
        page.goto(site_url)
        page.goto(site_url + "exercises/romanian-deadlift/")
        assert page.get_by_role("rowheader", name="220 lb", exact=True).first.is_visible()
    finally:
        context.close()


def _aliases() -> list[tuple[str, str]]:
    catalog = load_catalog(ROOT / "exercises.toml")
    return [(alias, e.name) for e in catalog.exercises for alias in e.aliases]


@pytest.mark.parametrize(("alias", "name"), _aliases(), ids=[a for a, _ in _aliases()])
def test_every_alias_finds_its_exercise_first(
    browser: Browser, site_url: str, alias: str, name: str
) -> None:
    page = browser.new_page()
    try:
        first = search(page, site_url, alias)
        assert first.locator("h1").first.inner_text().strip() == name
    finally:
        page.close()
