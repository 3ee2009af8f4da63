"""A real headless Chromium on the built site: what a lifter sees when they search."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from generator.catalogue.load import load_catalog
from tests.conftest import ROOT, copy_project, run, serve

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Locator, Page


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


def settled_first_title(page: Page, site_url: str, query: str) -> str:
    """The title of the first result once the results of the whole query have settled."""
    heading = search(page, site_url, query).locator("h1").first
    for _ in range(10):
        shown = heading.inner_text().strip()
        page.wait_for_timeout(1_000)  # Material runs one query a keystroke, one after another
        if heading.inner_text().strip() == shown:
            return shown
    raise AssertionError(f"the results for {query!r} kept changing")


def _with_back_squat_copies(catalog: str, *words: str) -> str:
    """`catalog` (exercises.toml) with a copy of the back squat per word: "<word> back squat", also
    called "<word> High-bar squat", as the benchmark's synthetic catalogues have them."""
    start = catalog.index('[[exercises]]\nid = "back-squat"\n')
    end = catalog.find("\n[[", start + 1) + 1 or len(catalog)
    original = catalog[start:end]
    copies = ""
    for word in words:
        copy = original
        for old, new in [
            ('id = "back-squat"', f'id = "back-squat-{word.lower()}"'),
            ('name = "Back squat"', f'name = "{word} back squat"'),
            (
                'aliases = ["Barbell back squat", "High-bar squat"]',
                f'aliases = ["{word} High-bar squat"]',
            ),
        ]:
            assert old in copy, old
            copy = copy.replace(old, new)
        copies += copy
    return catalog[:end] + copies + catalog[end:]


@pytest.fixture(scope="module")
def colliding_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site with two more back squats, "Bababasi back squat" and "Barabasi back squat", whose
    name begins with "bar", the second part of "High-bar"."""
    project = copy_project(tmp_path_factory.mktemp("colliding"))
    catalog = project / "exercises.toml"
    catalog.write_text(
        _with_back_squat_copies(catalog.read_text("utf-8"), "Bababasi", "Barabasi"), "utf-8"
    )
    result = run("-m", "mkdocs", "build", "--strict", "--site-dir", "site", cwd=project)
    assert result.returncode == 0, result.stderr
    with serve(project / "site") as url:
        yield url


def test_a_hyphenated_alias_beats_a_name_that_begins_with_one_of_its_parts(
    browser: Browser, colliding_site_url: str
) -> None:
    """Material counts each part of a hyphenated query word twice and completes "bar" to "Barabasi";
    docs/assets/javascripts/search-hyphens.js has each part counted once, and the index
    (generator/site/search_index.py) weighs names by their words. tests/browser/test_search_ranking.py shows
    which names need the script."""
    page = browser.new_page()
    try:
        first = settled_first_title(page, colliding_site_url, "Bababasi High-bar squat")
        assert first == "Bababasi back squat"
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


def test_load_table_numbers_line_up_on_the_right_under_a_caption_for_screen_readers(
    browser: Browser, site_url: str
) -> None:
    """The heading above a table says what the caption says; the caption is there for screen
    readers alone, and the loads line up like figures in a column (load-tables.css)."""
    page = browser.new_page()
    try:
        page.goto(site_url + "exercises/romanian-deadlift/")
        table = page.locator("table[data-load-table]").first
        cell = table.get_by_role("cell").first
        assert cell.evaluate("cell => getComputedStyle(cell).textAlign") == "right"
        caption = table.locator("caption")
        assert caption.inner_text().startswith("Loads in kg for 70–100 % of your clean")
        box = caption.bounding_box()
        assert box is not None
        assert box["width"] <= 1
        assert box["height"] <= 1
    finally:
        page.close()


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
