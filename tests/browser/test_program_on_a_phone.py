"""A program link a coach sent, opened on a phone: every exercise, its sets x reps and its target load
show in full, inside the screen, without scrolling sideways. (The printed sheet: tests/browser/test_print.py.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.conftest import open_with_loads

if TYPE_CHECKING:
    from playwright.sync_api import Browser


PHONE = {"width": 375, "height": 812}
ROWS = ".sheet tr:not([hidden])"

# Where each element is, and whether all of it shows: inside the screen, not cut off by any box
# around it that hides what overflows (as the sheet's sideways scroller did), nor by its own box.
WHERE_SHOWN = """element => {
    const rect = element.getBoundingClientRect();
    const cut = [];
    for (let box = element; box && box !== document.body; box = box.parentElement) {
        const style = getComputedStyle(box);
        const clips = box === element || style.overflowX !== "visible";
        const outer = box.getBoundingClientRect();
        if (clips && box.scrollWidth > box.clientWidth + 1) cut.push(box.className || box.tagName);
        if (box !== element && clips && (rect.left < outer.left - 1 || rect.right > outer.right + 1)) {
            cut.push(box.className || box.tagName);
        }
    }
    return {
        text: element.innerText.trim(),
        left: rect.left,
        right: rect.right,
        visible: rect.width > 0 && rect.height > 0,
        cut: cut,
    };
}"""


@pytest.mark.parametrize(
    ("address", "a_load"),
    [
        ("programs/lower-back-assistance/?clean=100&units=kg", "70–100 kg"),
        # Every week of a program of four: each has its sheets on the page.
        (
            "programs/squat-and-deadlift-waves/?back-squat=180&deadlift=200&clean=100&units=kg",
            "137.5 kg",
        ),
    ],
    ids=["one-week", "four-weeks"],
)
def test_a_coachs_link_shows_every_exercise_and_target_load_in_full_at_375px(
    browser: Browser, site_url: str, address: str, a_load: str
) -> None:
    context = browser.new_context(viewport=PHONE)
    try:
        page = context.new_page()
        open_with_loads(page, site_url + address)
        # The program's own rows; a substitute's row stays hidden until it is swapped in.
        targets = page.locator(f"{ROWS} output.sheet__target")
        page.wait_for_function(
            f"[...document.querySelectorAll('{ROWS} output.sheet__target')]"
            ".every(o => o.textContent.trim().endsWith('kg'))"
        )
        shown = {
            kind: [cell.evaluate(WHERE_SHOWN) for cell in page.locator(selector).all()]
            for kind, selector in {
                "exercise": f"{ROWS} .sheet__name",
                "sets x reps": f"{ROWS} .sheet__dose",
                "target load": f"{ROWS} output.sheet__target",
            }.items()
        }
        page_width = page.evaluate("document.scrollingElement.scrollWidth")
        loads = [target.inner_text() for target in targets.all()]
    finally:
        context.close()
    assert page_width <= PHONE["width"]
    assert loads and all(load.endswith(" kg") for load in loads)
    assert (
        a_load in loads
    )  # the Romanian deadlift at 70-100 % of a 100 kg clean; 85 % of a squat's training max
    for kind, cells in shown.items():
        assert cells, kind
        for cell in cells:
            assert cell["visible"], (kind, cell)
            assert cell["left"] >= 0 and cell["right"] <= PHONE["width"], (kind, cell)
            assert cell["cut"] == [], (kind, cell)
