"""The Zensical site in Chromium: its calculator works, and so does its offline copy after one visit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tests.browser.test_offline import visit_online
from tests.conftest import Network, open_with_loads, serve

if TYPE_CHECKING:
    from playwright.sync_api import Browser


def test_the_calculator_works_on_the_zensical_site(zensical_site: Path, browser: Browser) -> None:
    with serve(zensical_site) as url:
        page = browser.new_page()
        try:
            open_with_loads(page, url + "exercises/romanian-deadlift/")
            page.get_by_label("Your clean 1RM").fill("100")
            form = page.locator("form.eg-calculator", has=page.get_by_label("Your clean 1RM"))
            shown = [li.inner_text() for li in form.locator(".eg-calculator__loads li").all()]
        finally:
            page.close()
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
