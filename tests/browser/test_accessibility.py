"""axe-core finds nothing serious on the main kinds of page, in both colour schemes; no page
scrolls sideways on a 375 px phone."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from axe_playwright_python.sync_playwright import Axe

if TYPE_CHECKING:
    from pathlib import Path

    from playwright.sync_api import Browser, Page


PAGES = [
    "",
    "exercises/romanian-deadlift/",
    "tags/muscles/",
    "load-tables/",
    "programs/lower-back-assistance/",
    "muscles/glutes/",
    "programs/squat-and-deadlift-waves/?back-squat=180&deadlift=200&clean=100",
    "exercises/side-plank/",
    "exercises/farmers-carry/",
    "exercises/push-up/",
    "de/",
    "de/exercises/romanian-deadlift/",
    "de/programs/squat-and-deadlift-waves/?back-squat=180&deadlift=200&clean=100",
]
SCHEMES = {"light": "default", "dark": "slate"}  # prefers-color-scheme -> Material's palette


def use_every_widget(page: Page) -> None:
    """Show what only appears on use: calculator answers, the estimate form, narrowed catalogue."""
    for field in page.locator("form.eg-calculator input[name=max]").all():
        field.fill("105")
    for summary in page.locator("form.eg-calculator summary").all():
        summary.click()
    for field in page.locator("form.sheet-form input[data-lift]").all():
        field.fill("105")
    if page.locator("form.eg-catalogue-filters").count():
        page.locator("form.eg-catalogue-filters select").first.select_option(index=1)


@pytest.mark.parametrize("scheme", list(SCHEMES))
@pytest.mark.parametrize(
    "path",
    PAGES,
    ids=[
        "home",
        "exercise",
        "tag",
        "load-tables",
        "program",
        "muscle",
        "program-of-weeks",
        "timed",
        "distance",
        "bodyweight",
        "german-home",
        "german-exercise",
        "german-program",
    ],
)
def test_no_serious_or_critical_axe_violations(
    browser: Browser, site_url: str, path: str, scheme: str
) -> None:
    context = browser.new_context(color_scheme=scheme)  # type: ignore[arg-type]
    try:
        page = context.new_page()
        page.goto(site_url + path)
        assert page.locator("body").get_attribute("data-md-color-scheme") == SCHEMES[scheme]
        use_every_widget(page)

        assert serious_violations(page) == []
    finally:
        context.close()


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_the_catalogue_on_a_phone_has_no_serious_axe_violations(
    browser: Browser, site_url: str, scheme: str
) -> None:
    """On a phone the catalogue's rows stack, labelled, and must stay a table to axe too."""
    context = browser.new_context(
        viewport={"width": 375, "height": 812},
        color_scheme=scheme,  # type: ignore[arg-type]
    )
    try:
        page = context.new_page()
        page.goto(site_url)
        use_every_widget(page)

        assert serious_violations(page) == []
    finally:
        context.close()


def serious_violations(page: Page) -> list[str]:
    violations = Axe().run(page).response["violations"]
    return [
        f"{v['impact']} {v['id']}: {v['help']} at {[n['target'] for n in v['nodes']]}"
        for v in violations
        if v["impact"] in {"serious", "critical"}
    ]


def test_no_page_scrolls_sideways_on_a_375px_phone(
    browser: Browser, built_site: Path, site_url: str
) -> None:
    paths = sorted(
        p.parent.relative_to(built_site).as_posix() for p in built_site.rglob("index.html")
    )
    assert len(paths) >= 12  # home, every exercise, load tables, safety, the tag pages
    context = browser.new_context(viewport={"width": 375, "height": 812})
    try:
        page = context.new_page()
        too_wide = {}
        for path in paths:
            page.goto(site_url + ("" if path == "." else path + "/"))
            use_every_widget(page)
            width = page.evaluate("document.scrollingElement.scrollWidth")
            if width > 375:
                too_wide[path] = width
        assert too_wide == {}
    finally:
        context.close()
