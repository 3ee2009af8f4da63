"""The home page's catalogue and the tag pages in a real Chromium: the filters and sorting, and every
exercise's name, pattern, muscles and equipment readable on a 375 px phone without sideways scrolling."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from tests.conftest import REAL_EXERCISE_IDS, copy_project, run, serve

if TYPE_CHECKING:
    from collections.abc import Iterator

    from playwright.sync_api import Browser, BrowserContext, Page


PHONE = {"width": 375, "height": 812}
CATALOGUE_PAGES = ["", "tags/muscles/", "tags/patterns/", "tags/equipment/"]

LONG_EQUIPMENT = [
    "back-extension-bench",
    "plates",
    "kettlebell",
    "suspension-trainer",
    "strongman-implement",
    "stability-ball",
]
LONG_MUSCLES = ["erectors", "hip-abductors", "hip-flexors", "upper-back", "abdominals", "obliques"]
LONG_NAME = "Single-leg back extension on a forty-five-degree hyperextension bench"
# One unbroken word wider than a phone's column at the catalogue's size.
UNBROKEN_NAME = "Hüftstreckungsstabilisationsübung (barbell glute bridge)"


@pytest.fixture
def phone(browser: Browser) -> Iterator[BrowserContext]:
    instance = browser.new_context(viewport=PHONE)  # type: ignore[arg-type]
    yield instance
    instance.close()


@pytest.fixture(scope="module")
def long_words_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real site, but with the long names a real catalogue has: a 69-character exercise name,
    one unbroken word, six muscles and six pieces of equipment with long names; and a glute bridge
    done with no equipment."""
    project = copy_project(tmp_path_factory.mktemp("long-words"))
    toml = project / "exercises.toml"
    text = toml.read_text("utf-8")
    for start, old, new in [
        ('id = "back-extension"', 'name = "Back extension"\n', f'name = "{LONG_NAME}"\n'),
        (
            'id = "back-extension"',
            'primary = ["erectors"]',
            f"primary = {json.dumps(LONG_MUSCLES)}",
        ),
        (
            'id = "back-extension"',
            'equipment = ["back-extension-bench", "plates"]\n',
            f"equipment = {json.dumps(LONG_EQUIPMENT)}\n",
        ),
        ('id = "glute-bridge"', 'name = "Glute bridge"\n', f'name = "{UNBROKEN_NAME}"\n'),
        ('id = "glute-bridge"', 'equipment = ["barbell", "plates"]\n', 'equipment = ["none"]\n'),
    ]:
        at = text.index(old, text.index(start))
        text = text[:at] + new + text[at + len(old) :]
    toml.write_text(text, "utf-8")
    site = project / "site"
    result = run("-m", "mkdocs", "build", "--strict", "--site-dir", str(site), cwd=project)
    assert result.returncode == 0, result.stderr
    with serve(site) as url:
        yield url


def visible_exercises(page: Page) -> list[str]:
    rows = page.locator("table[data-catalogue] tbody tr")
    return [r.get_by_role("rowheader").inner_text() for r in rows.all() if r.is_visible()]


def test_the_catalogue_narrows_by_pattern_muscle_and_equipment(
    context: BrowserContext, site_url: str
) -> None:
    page = context.new_page()
    page.goto(site_url)
    every = visible_exercises(page)
    assert len(every) == len(REAL_EXERCISE_IDS)

    page.get_by_label("Pattern").select_option("Hinge")
    assert visible_exercises(page) == ["Deadlift", "Good morning", "Romanian deadlift"]
    page.get_by_label("Equipment").select_option("Squat rack")
    assert visible_exercises(page) == ["Good morning"]
    assert (
        page.get_by_role("status").inner_text()
        == f"Showing 1 of {len(REAL_EXERCISE_IDS)} exercises."
    )
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
    assert visible_exercises(page) == [
        "Back extension",
        "Back squat",
        "Farmer's carry",
        "Push-up",
        "Side plank",
    ]
    page.get_by_label("Mechanic").select_option("Isolation")
    assert visible_exercises(page) == ["Back extension"]
    assert (
        page.get_by_role("status").inner_text()
        == f"Showing 1 of {len(REAL_EXERCISE_IDS)} exercises."
    )


# Everything the tag pages and the catalogue show an exercise in, and what holds them.
CLIPPED = """() => {
  const width = document.scrollingElement.clientWidth;
  const boxes = document.querySelectorAll(
    ".md-content :is(.md-typeset__scrollwrap, .md-typeset__table, table, tr, th, td, th a, td a," +
    " .md-tag, li, li a, select)");
  return Array.from(boxes)
    .filter((box) => box.getClientRects().length)
    .filter((box) => box.scrollWidth > box.clientWidth + 1 ||
                     box.getBoundingClientRect().right > width + 1)
    .map((box) => box.tagName + " " + box.textContent.trim().slice(0, 40));
}"""


@pytest.mark.parametrize("path", CATALOGUE_PAGES, ids=["home", "muscles", "patterns", "equipment"])
@pytest.mark.parametrize("words", ["real", "long"])
def test_every_catalogue_cell_fits_a_375px_phone(
    phone: BrowserContext,
    site_url: str,
    long_words_site_url: str,
    path: str,
    words: str,
) -> None:
    page = phone.new_page()
    page.goto((site_url if words == "real" else long_words_site_url) + path)

    assert page.evaluate(CLIPPED) == []
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"]
    if path == "":
        rows = page.locator("table[data-catalogue] tbody tr")
        assert rows.count() == len(REAL_EXERCISE_IDS)
        assert all(row.get_by_role("rowheader").is_visible() for row in rows.all())


@pytest.mark.parametrize("width", [768, 1280])
def test_every_column_fits_a_tablet_and_a_desktop(
    browser: Browser, long_words_site_url: str, width: int
) -> None:
    """Six columns beside Material's sidebars: none pushed out of sight into a sideways scroll."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        page.goto(long_words_site_url)

        assert page.evaluate(CLIPPED) == []
        assert (
            page.locator("table[data-catalogue] thead tr").evaluate(
                "row => getComputedStyle(row).display"
            )
            == "table-row"
        )  # a table still, not the phone's stacked rows
    finally:
        context.close()


def test_on_a_phone_each_cell_is_labelled_with_its_column(
    phone: BrowserContext, long_words_site_url: str
) -> None:
    page = phone.new_page()
    page.goto(long_words_site_url)

    cell = page.locator("table[data-catalogue] tbody tr", has_text=LONG_NAME).locator("td").nth(2)
    label = cell.evaluate("td => getComputedStyle(td, '::before').content")

    assert "Equipment" in label
    assert cell.inner_text() == (
        "Back-extension bench, Weight plates, Kettlebells, Suspension trainer, "
        "Strongman implement, Stability ball"
    )


def test_on_a_phone_the_catalogue_is_the_same_table_to_a_screen_reader(
    context: BrowserContext, phone: BrowserContext, site_url: str
) -> None:
    """Stacked rows keep their table roles, and the visible labels are not read twice."""
    wide, narrow = context.new_page(), phone.new_page()
    wide.goto(site_url)
    narrow.goto(site_url)

    table = narrow.locator("table[data-catalogue]").aria_snapshot()

    assert table == wide.locator("table[data-catalogue]").aria_snapshot()
    assert '- cell "Barbell, Weight plates, Squat rack"' in table
    assert "Sort by" not in table


def test_the_filters_work_on_a_phone(phone: BrowserContext, long_words_site_url: str) -> None:
    page = phone.new_page()
    page.goto(long_words_site_url)

    page.get_by_label("Equipment").select_option("Suspension trainer")
    assert visible_exercises(page) == [LONG_NAME]
    assert (
        page.get_by_role("status").inner_text()
        == f"Showing 1 of {len(REAL_EXERCISE_IDS)} exercises."
    )
    page.get_by_label("Equipment").select_option("")
    page.get_by_label("Primary muscles").select_option("Spinal erectors")
    assert len(visible_exercises(page)) == 5
    page.get_by_role("button", name="Exercise").click()
    assert visible_exercises(page)[0] == "Clean"
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"]


def test_no_equipment_is_a_choice_of_the_equipment_filter(
    phone: BrowserContext, long_words_site_url: str
) -> None:
    page = phone.new_page()
    page.goto(long_words_site_url)
    equipment = page.get_by_label("Equipment")

    assert equipment.locator("option").nth(1).inner_text() == "No equipment"
    equipment.select_option("No equipment")
    assert visible_exercises(page) == [UNBROKEN_NAME, "Push-up"]
    page.get_by_label("Level").select_option("Intermediate")
    assert visible_exercises(page) == [UNBROKEN_NAME]
    page.get_by_label("Mechanic").select_option("Isolation")
    assert visible_exercises(page) == []
    assert (
        page.get_by_role("status").inner_text()
        == f"Showing 0 of {len(REAL_EXERCISE_IDS)} exercises."
    )
    assert page.evaluate(CLIPPED) == []
