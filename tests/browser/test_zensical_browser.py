"""The Zensical site in Chromium: its calculator works, and so does its offline copy after one visit;
its German site's switcher leads to the same page in English and back, and writes a decimal comma."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import expect

from tests.browser.test_languages import ENGLISH, GERMAN, switch_to
from tests.browser.test_offline import visit_online
from tests.conftest import Network, open_with_loads, serve

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext


@pytest.fixture(scope="module")
def zensical_url(zensical_site: Path) -> Iterator[str]:
    """The Zensical site (its German one in de/), served."""
    with serve(zensical_site) as url:
        yield url


def test_the_calculator_works_on_the_zensical_site(
    zensical_url: str, context: BrowserContext
) -> None:
    page = context.new_page()
    open_with_loads(page, zensical_url + "exercises/romanian-deadlift/")
    page.get_by_label("Your clean 1RM").fill("100")
    form = page.locator("form.eg-calculator", has=page.get_by_label("Your clean 1RM"))
    shown = [li.inner_text() for li in form.locator(".eg-calculator__loads li").all()]
    assert shown == ["70 %: 70 kg (each side: 25 kg)", "100 %: 100 kg (each side: 25 + 15 kg)"]


def test_the_zensical_site_works_offline_after_one_visit(
    zensical_site: Path, browser: Browser, network: Network
) -> None:
    """The service worker is the generator's, so the site Zensical builds saves itself too."""
    with serve(zensical_site, network) as url:
        context = browser.new_context()
        try:
            page = context.new_page()
            visit_online(page, url)
            network.unplug(context)
            open_with_loads(page, url + "exercises/romanian-deadlift/")
            page.get_by_label("Your clean 1RM").fill("100")
            form = page.locator("form.eg-calculator", has=page.get_by_label("Your clean 1RM"))
            shown = [li.inner_text() for li in form.locator(".eg-calculator__loads li").all()]
            assert page.locator(".eg-saved-copy").is_visible()
        finally:
            context.close()
    assert shown == ["70 %: 70 kg (each side: 25 kg)", "100 %: 100 kg (each side: 25 + 15 kg)"]


def test_the_zensical_german_sites_switcher_leads_to_the_same_exercise(
    zensical_url: str, context: BrowserContext
) -> None:
    page = context.new_page()
    page.goto(zensical_url + "de/exercises/back-squat/")
    expect(page.locator("h1")).to_contain_text(GERMAN.exercise("back-squat").name)
    switch_to(page, "English")
    expect(page).to_have_url(zensical_url + "exercises/back-squat/")
    expect(page.locator("h1")).to_contain_text(ENGLISH.exercise("back-squat").name)
    switch_to(page, "Deutsch")
    expect(page).to_have_url(zensical_url + "de/exercises/back-squat/")


def test_the_zensical_german_calculator_writes_a_decimal_comma(
    zensical_url: str, context: BrowserContext
) -> None:
    page = context.new_page()
    open_with_loads(page, zensical_url + "de/exercises/romanian-deadlift/")
    # 70 % of 103 kg is 72.1 kg, so 72.5 kg to load.
    page.locator("form.eg-calculator[data-lift=clean] input[name=max]").fill("103")
    answer = page.locator("form.eg-calculator[data-lift=clean] .eg-calculator__loads")
    expect(answer).to_contain_text("72,5 kg")
