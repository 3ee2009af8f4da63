"""In Chromium: 'equipment I have' narrows the catalogue and substitutes; a swapped exercise prints."""

from __future__ import annotations

from typing import TYPE_CHECKING

from playwright.sync_api import expect

from tests.browser.test_print import page_of, printed
from tests.conftest import open_with_loads

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page


PROGRAM = "programs/lower-back-assistance/"


def visible_exercises(page: Page) -> list[str]:
    rows = page.locator("table[data-catalogue] tbody tr")
    return [r.get_by_role("rowheader").inner_text() for r in rows.all() if r.is_visible()]


def visible_substitutes(page: Page) -> list[str]:
    items = page.locator(".eg-substitutes li")
    return [item.get_by_role("link").inner_text() for item in items.all() if item.is_visible()]


def test_equipment_i_have_narrows_the_catalogue_and_the_substitutes(
    context: BrowserContext, site_url: str
) -> None:
    page = context.new_page()
    page.goto(site_url)
    page.get_by_text("Equipment I have").click()
    page.get_by_label("Squat rack", exact=True).uncheck()

    assert "Good morning" not in visible_exercises(page)
    assert "Back squat" not in visible_exercises(page)
    # Every exercise but the two that need a squat rack.
    expect(page.locator(".eg-catalogue-filters__count")).to_have_text("Showing 8 of 10 exercises.")

    page.reload()  # remembered by the browser
    assert not page.get_by_label("Squat rack", exact=True).is_checked()
    assert len(visible_exercises(page)) == 8

    page.goto(site_url + "exercises/romanian-deadlift/")
    assert visible_substitutes(page) == []  # the good morning needs a squat rack
    note = page.get_by_text("Some need equipment you lack")
    assert note.is_visible()
    page.get_by_role("link", name="change what you have").click()
    expect(page.get_by_label("Squat rack", exact=True)).to_be_visible()  # the filter opens

    page.goto(site_url + "exercises/good-morning/")
    assert visible_substitutes(page) == ["Deadlift", "Romanian deadlift"]
    assert not note.is_visible()

    open_with_loads(page, site_url + PROGRAM)
    swaps = page.get_by_label("Romanian deadlift (Day A: after cleans or pulls)")
    offered = swaps.locator("option").evaluate_all(
        "all => all.filter(o => !o.hidden).map(o => o.text)"
    )
    assert offered == ["Romanian deadlift, as planned"]  # not the good morning, which needs a rack


def test_a_swapped_exercise_prints_with_its_key_cue_and_load(
    context: BrowserContext, site_url: str
) -> None:
    page = context.new_page()
    open_with_loads(page, site_url + PROGRAM + "?clean=100&deadlift=200&units=kg")
    page.get_by_label("Good morning (Day B: after squats)").select_option("romanian-deadlift")

    for _ in range(2):  # as swapped, then from the address a coach can send on
        sheets = printed(page)
        day_b = sheets[page_of(sheets, "Day B: after squats")]
        assert "Romanian deadlift" in day_b
        assert "Stand tall with the bar at your hips" in day_b  # its key cue
        assert "70–100 % of clean 70–100 kg" in day_b
        assert "or 50–60 % of deadlift 100–120 kg" in day_b
        assert "3 × 8–10" in day_b  # the program's sets and reps
        assert "Good morning" not in day_b
        assert "swap=2-1%3Aromanian-deadlift" in page.url
        page.emulate_media(media="screen")
        open_with_loads(page, page.url)
