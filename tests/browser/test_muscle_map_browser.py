"""The muscle map in Chromium: primary muscles solid, secondary hatched, after instant navigation too."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page


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
