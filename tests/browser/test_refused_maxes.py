"""A 1RM that is not a sane load, from a hostile link, the browser's storage or the keyboard, in a real
Chromium: refused in words beside its input, never shown as a load, never thrown."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING
from urllib.parse import urlencode

import pytest

from tests.conftest import open_with_loads

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page


PROGRAM = "programs/lower-back-assistance/"
RDL = "exercises/romanian-deadlift/"
# Every text that shows a load: the sheets' 1RM lines and target loads, the calculators' answers.
LOAD_TEXTS = (
    ".sheet__max, output.sheet__target, .eg-calculator__loads strong, .eg-calculator__warmup li"
)
LOAD = re.compile(r"\d+(\.\d+)?(–\d+(\.\d+)?)? (kg|lb)")
WARMUP = re.compile(r"Warm-up before \d+(\.\d+)? (kg|lb): .*")

# Each a value of ?clean=, as a link could carry it (percent-encoded: "+100" arrives as "+100").
NOT_A_1RM = [
    "1e-320",
    "1e300",
    "-100",
    "0",
    "1001",  # over the input's max, MAX_ONE_REP_MAX
    "abc",
    "0x10",
    "Infinity",
    "NaN",
    "",
    "  ",
    "+100",
    "100,5",
    "102.5555",  # finer than the thousandths the arithmetic is exact to
    "1" * 8_000,
]


def watched(context: BrowserContext) -> tuple[Page, list[str]]:
    """A new page whose uncaught script errors are collected."""
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    return page, errors


def assert_only_loads_show(page: Page) -> None:
    """Every load text on the page is empty or a number with its unit."""
    for text in page.locator(LOAD_TEXTS).all_inner_texts():
        assert text == "" or LOAD.fullmatch(text) or WARMUP.fullmatch(text), text


def refusal(page: Page, name: str) -> str:
    """The program form's words beside the input (or the unit radios) called `name`."""
    note = page.locator(f"#sheet-form-refused-{name}")
    assert note.is_visible()
    return note.inner_text()


@pytest.mark.parametrize("value", NOT_A_1RM, ids=[repr(v[:12]) for v in NOT_A_1RM])
def test_a_link_with_a_1rm_the_guide_does_not_take_is_refused_in_words(
    context: BrowserContext, site_url: str, value: str
) -> None:
    page, errors = watched(context)
    query = urlencode({"clean": value, "deadlift": "200", "units": "kg"})

    open_with_loads(page, site_url + PROGRAM + "?" + query)

    clean = page.get_by_label("Clean 1RM")
    assert clean.input_value() == ""
    assert clean.get_attribute("aria-invalid") == "true"
    assert "is not a 1RM this guide takes" in refusal(page, "clean")
    assert "at most 1000 kg" in refusal(page, "clean")
    assert page.locator(".sheet__max[data-lift=clean]").first.inner_text() == ""
    assert page.locator("output.sheet__target[data-of=clean]").first.inner_text() == ""
    assert_only_loads_show(page)
    assert page.get_by_label("Deadlift 1RM").input_value() == "200"  # the other lift is kept
    assert not page.locator("#sheet-form-refused-deadlift").count()
    # The address on show, to bookmark or send on, no longer carries the refused value.
    assert "clean=" not in page.url
    assert "deadlift=200" in page.url
    assert errors == []


def test_a_1rm_given_twice_is_refused_rather_than_one_picked(
    context: BrowserContext, site_url: str
) -> None:
    page, errors = watched(context)

    open_with_loads(page, site_url + PROGRAM + "?clean=100&clean=120&units=kg")

    assert page.get_by_label("Clean 1RM").input_value() == ""
    assert refusal(page, "clean") == (
        "The address gives this 1RM more than once ('100', '120'): give it once."
    )
    assert page.locator("output.sheet__target[data-of=clean]").first.inner_text() == ""
    assert_only_loads_show(page)
    assert "clean=" not in page.url
    assert errors == []


@pytest.mark.parametrize(
    ("units", "words"),
    [
        (["stone"], "'stone' is not a unit this guide shows (kg, lb): the sheets show kg."),
        ([""], "An empty value is not a unit this guide shows (kg, lb): the sheets show kg."),
        (["KG"], "'KG' is not a unit this guide shows (kg, lb): the sheets show kg."),
        (["lb", "kg"], "The address gives the unit more than once: the sheets show kg."),
    ],
    ids=["stone", "empty", "KG", "repeated"],
)
def test_a_unit_the_data_does_not_name_is_refused_and_the_sheets_keep_their_own(
    context: BrowserContext, site_url: str, units: list[str], words: str
) -> None:
    page, errors = watched(context)
    query = urlencode([("clean", "100"), *(("units", unit) for unit in units)])

    open_with_loads(page, site_url + PROGRAM + "?" + query)

    assert refusal(page, "units") == words
    assert page.get_by_label("kg").is_checked()
    assert page.locator("output.sheet__target[data-of=clean]").first.inner_text() == "70–100 kg"
    assert page.url.endswith("?clean=100&units=kg")
    assert errors == []


def test_a_sane_1rm_in_a_link_still_fills_the_sheets(
    context: BrowserContext, site_url: str
) -> None:
    page, errors = watched(context)

    open_with_loads(page, site_url + PROGRAM + "?clean=102.5&units=kg")

    assert page.get_by_label("Clean 1RM").input_value() == "102.5"
    assert page.locator(".sheet__max[data-lift=clean]").first.inner_text() == "102.5 kg"
    assert page.locator("output.sheet__target[data-of=clean]").first.inner_text() == (
        "72.5–102.5 kg"
    )
    assert not page.locator(".sheet-form__refused").count()
    assert page.url.endswith("?clean=102.5&units=kg")  # not rewritten
    assert errors == []


# Each a value of localStorage "exercise-guide:1rm:clean", and whether it is a 1RM entry of the
# site's shape ({"value", "unit"}) whose value is refused in words; the rest count as nothing stored.
REMEMBERED = [
    ('{"value":1e300,"unit":"kg"}', True),
    ('{"value":-5,"unit":"kg"}', True),
    ('{"value":"-5","unit":"kg"}', True),
    ('{"value":"100","unit":"kg"}', True),  # a string, which the site never writes
    ('{"value":1001,"unit":"kg"}', True),
    ('{"unit":"kg"}', True),
    ("1e300", False),
    ('"-5"', False),
    ("{not json", False),
    ('{"value":100,"unit":"stone"}', False),
]


@pytest.mark.parametrize(("stored", "refused"), REMEMBERED, ids=[s for s, _ in REMEMBERED])
def test_a_remembered_1rm_the_guide_does_not_take_is_left_out(
    context: BrowserContext, site_url: str, stored: str, refused: bool
) -> None:
    """On the calculator and the program page alike; the other lift's remembered 1RM still shows."""
    context.add_init_script(
        f"localStorage.setItem('exercise-guide:1rm:clean', {json.dumps(stored)});"
        'localStorage.setItem(\'exercise-guide:1rm:deadlift\', \'{"value":200,"unit":"kg"}\');'
    )
    page, errors = watched(context)

    open_with_loads(page, site_url + RDL)
    form = page.locator("form.eg-calculator", has=page.get_by_label("Your clean 1RM"))
    assert page.get_by_label("Your clean 1RM").input_value() == ""
    assert not form.locator(".eg-calculator__loads").count()
    words = form.locator(".eg-calculator__refused")
    assert words.count() == int(refused)
    if refused:
        assert words.inner_text().startswith("The 1RM this browser remembered is left out: ")
    assert page.get_by_label("Your deadlift 1RM").input_value() == "200"
    assert_only_loads_show(page)

    open_with_loads(page, site_url + PROGRAM)
    assert page.get_by_label("Clean 1RM").input_value() == ""
    assert page.locator("output.sheet__target[data-of=clean]").first.inner_text() == ""
    assert page.locator("#sheet-form-refused-clean").count() == int(refused)
    if refused:
        assert "is not a 1RM this guide takes" in refusal(page, "clean")
    assert page.get_by_label("Deadlift 1RM").input_value() == "200"
    assert_only_loads_show(page)
    assert errors == []


@pytest.mark.parametrize("typed", ["1e300", "1e-320", "1001", "0", "-100", "102.5555"])
def test_a_typed_1rm_the_guide_does_not_take_shows_why_and_is_not_remembered(
    context: BrowserContext, site_url: str, typed: str
) -> None:
    page, errors = watched(context)
    open_with_loads(page, site_url + RDL)
    form = page.locator("form.eg-calculator", has=page.get_by_label("Your clean 1RM"))

    page.get_by_label("Your clean 1RM").fill(typed)

    assert not form.locator(".eg-calculator__loads").count()
    assert f"'{typed}' is not a 1RM this guide takes" in form.inner_text()
    assert page.evaluate("localStorage.getItem('exercise-guide:1rm:clean')") is None

    open_with_loads(page, site_url + PROGRAM)
    page.get_by_label("Clean 1RM").fill(typed)
    assert f"'{typed}' is not a 1RM this guide takes" in refusal(page, "clean")
    assert page.locator("output.sheet__target[data-of=clean]").first.inner_text() == ""
    assert "clean=" not in page.url
    page.get_by_label("Clean 1RM").fill("100")  # mended: the words go, the loads come
    assert not page.locator("#sheet-form-refused-clean").count()
    assert page.locator("output.sheet__target[data-of=clean]").first.inner_text() == "70–100 kg"
    assert errors == []


def test_an_estimate_heavier_than_the_guide_takes_is_not_shown_as_a_1rm(
    context: BrowserContext, site_url: str
) -> None:
    page, errors = watched(context)
    open_with_loads(page, site_url + RDL)
    form = page.locator("form.eg-calculator", has=page.get_by_label("Your clean 1RM"))

    form.get_by_text("Never tested a 1RM?").click()
    form.get_by_label("Weight").fill("1000")
    form.get_by_label("Reps (1–10)").fill("10")
    form.get_by_role("button", name="Estimate my 1RM").click()

    assert page.get_by_label("Your clean 1RM").input_value() == ""
    assert "is not a 1RM this guide takes" in form.locator(".eg-calculator__refused").inner_text()
    assert not form.locator(".eg-calculator__loads").count()
    assert page.evaluate("localStorage.getItem('exercise-guide:1rm:clean')") is None
    assert errors == []
