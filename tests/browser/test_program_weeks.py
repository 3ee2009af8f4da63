"""A program over weeks in a real Chromium: with 1RMs from a coach's link, every week's loads on the
page are those Python works out (tests/unit/test_weeks.py checks them by hand), in kg and lb and
with a lifter's own training max; the training max the lifter types goes into the link; a hostile
training max is refused in words; distances follow the unit."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING
from urllib.parse import urlencode

import pytest

from generator.catalogue.load import load_catalog
from generator.catalogue.model import TRAINING_MAX_PERCENT
from generator.loads import Unit
from generator.site.sheet_document import render_sheet_document, sheets_of
from tests.browser.test_refused_maxes import assert_only_loads_show, watched
from tests.conftest import ROOT, open_with_loads

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

PROGRAM = "squat-and-deadlift-waves"
PAGE = f"programs/{PROGRAM}/"
# The program's own rows; a substitute's row stays hidden until it is swapped in.
OWN_OUTPUTS = (
    'tr:not([data-swap-choice]) output.sheet__target, tr[data-swap-choice=""] output.sheet__target'
)
OUTPUT = re.compile(r'<output class="sheet__target"[^>]*>([^<]*)</output>')
KG = {"back-squat": Decimal(180), "deadlift": Decimal(200), "clean": Decimal(100)}
LB = {"back-squat": Decimal(400), "deadlift": Decimal("455.5"), "clean": Decimal(225)}


def python_outputs(
    unit: Unit, maxes: dict[str, Decimal], training: dict[str, Decimal]
) -> list[str]:
    """Every load the sheets print, in page order, as Python fills them in."""
    catalog = load_catalog(ROOT / "exercises.toml")
    sheets = sheets_of(
        catalog, catalog.program(PROGRAM), unit=unit, maxes=maxes, training_maxes=training
    )
    return OUTPUT.findall(render_sheet_document(catalog, sheets, page_size="A4", stylesheet=""))


def page_outputs(page: Page, unit: Unit) -> list[str]:
    page.wait_for_function(
        f"[...document.querySelectorAll('{OWN_OUTPUTS}')].every(o => o.textContent.endsWith(' {unit.value}'))"
    )
    return page.locator(OWN_OUTPUTS).all_inner_texts()


def link(maxes: dict[str, Decimal], unit: Unit, **extra: str) -> str:
    return "?" + urlencode(
        {**{lift: str(w) for lift, w in maxes.items()}, **extra, "units": unit.value}
    )


@pytest.mark.parametrize(
    ("unit", "maxes", "training"),
    [
        (Unit.KG, KG, {}),
        (Unit.LB, LB, {}),
        (Unit.KG, KG, {"back-squat": Decimal(85), "deadlift": Decimal("87.5")}),
    ],
    ids=["kg", "lb", "own-training-maxes"],
)
def test_every_weeks_loads_from_a_link_are_pythons(
    context: BrowserContext,
    site_url: str,
    unit: Unit,
    maxes: dict[str, Decimal],
    training: dict[str, Decimal],
) -> None:
    page, errors = watched(context)
    extra = {f"tm-{lift}": str(share) for lift, share in training.items()}
    open_with_loads(page, site_url + PAGE + link(maxes, unit, **extra))

    shown = page_outputs(page, unit)

    expected = python_outputs(unit, maxes, training)
    assert len(expected) == 4 * (3 + 1 + 3)  # each week: 3 squat sets, the RDL, 3 deadlift sets
    assert shown == expected
    assert errors == []


def test_the_training_max_a_lifter_types_goes_into_the_link(
    context: BrowserContext, browser: Browser, site_url: str
) -> None:
    page, errors = watched(context)
    open_with_loads(page, site_url + PAGE + link(KG, Unit.KG))
    page.get_by_label("Back squat training max, % of the 1RM").fill("85")
    page.wait_for_url(re.compile(r"tm-back-squat=85"))
    sent = page.url

    fresh = browser.new_context()
    try:
        other = fresh.new_page()
        open_with_loads(other, sent)
        assert other.get_by_label("Back squat training max, % of the 1RM").input_value() == "85"
        assert page_outputs(other, Unit.KG) == python_outputs(
            Unit.KG, KG, {"back-squat": Decimal(85)}
        )
    finally:
        fresh.close()
    assert errors == []


@pytest.mark.parametrize(
    "value", ["1e300", "1e-320", "20", "120", "-90", "abc", "", "90,5", "1" * 8_000]
)
def test_a_hostile_training_max_in_a_link_is_refused_in_words(
    context: BrowserContext, site_url: str, value: str
) -> None:
    page, errors = watched(context)
    open_with_loads(page, site_url + PAGE + link(KG, Unit.KG, **{"tm-back-squat": value}))

    refusal = page.locator("#sheet-form-refused-tm-back-squat")
    refusal.wait_for()
    assert "is not a training max" in refusal.inner_text()
    low, high = TRAINING_MAX_PERCENT  # the model's bounds, which the script reads from the page
    assert f"from {low} to {high}." in refusal.inner_text()
    assert "The sheets use 90." in refusal.inner_text()
    assert page.get_by_label("Back squat training max, % of the 1RM").input_value() == "90"
    assert page_outputs(page, Unit.KG) == python_outputs(Unit.KG, KG, {})
    assert "tm-back-squat" not in page.url  # the address on show no longer carries it
    assert_only_loads_show(page)
    assert errors == []


def test_a_repeated_training_max_is_refused(context: BrowserContext, site_url: str) -> None:
    page, errors = watched(context)
    open_with_loads(
        page, site_url + PAGE + link(KG, Unit.KG) + "&tm-back-squat=85&tm-back-squat=80"
    )

    refusal = page.locator("#sheet-form-refused-tm-back-squat")
    refusal.wait_for()
    assert "more than once" in refusal.inner_text()
    assert errors == []


def test_a_training_max_typed_out_of_range_blanks_that_lifts_loads_and_says_why(
    context: BrowserContext, site_url: str
) -> None:
    page, errors = watched(context)
    open_with_loads(page, site_url + PAGE + link(KG, Unit.KG))
    page.get_by_label("Back squat training max, % of the 1RM").fill("150")

    page.locator("#sheet-form-refused-tm-back-squat").wait_for()
    squat = page.locator('output.sheet__target[data-of="back-squat"]').all_inner_texts()
    deadlift = page.locator('output.sheet__target[data-of="deadlift"]').all_inner_texts()
    assert squat and all(text == "" for text in squat)
    assert deadlift and all(text.endswith(" kg") for text in deadlift)
    assert errors == []


def test_distances_follow_the_unit_chosen(context: BrowserContext, site_url: str) -> None:
    page, errors = watched(context)
    open_with_loads(page, site_url + PAGE)
    carry = page.locator(".sheet__dose .sheet__in-unit").first

    page.get_by_label("lb", exact=True).check()
    assert carry.inner_text() == "33 yd"
    page.get_by_label("kg", exact=True).check()
    assert carry.inner_text() == "30 m"
    assert errors == []
