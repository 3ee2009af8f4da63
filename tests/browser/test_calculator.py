"""The load calculator in a real Chromium, as a lifter uses it (the catalogue: test_catalogue.py)."""

from __future__ import annotations

import functools
import http.server
import json
import re
import threading
from typing import TYPE_CHECKING

import pytest

from tests.conftest import REAL_EXERCISE_IDS, _QuietHandler, copy_project, open_with_loads, run

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from playwright.sync_api import Browser, BrowserContext, Locator, Page


RDL = "exercises/romanian-deadlift/"


def calculator(page: Page, lift: str) -> Locator:
    return page.locator("form.eg-calculator", has=page.get_by_label(f"Your {lift} 1RM"))


def loads(form: Locator) -> list[str]:
    """The calculator's answer, one line per end of the prescribed range."""
    return [li.inner_text() for li in form.locator(".eg-calculator__loads li").all()]


def test_clean_of_100_kg_gives_romanian_deadlifts_of_70_to_100_kg(
    context: BrowserContext, site_url: str
) -> None:
    page = context.new_page()
    open_with_loads(page, site_url + RDL)

    page.get_by_label("Your clean 1RM").fill("100")

    assert loads(calculator(page, "clean")) == [
        "70 %: 70 kg (each side: 25 kg)",
        "100 %: 100 kg (each side: 25 + 15 kg)",
    ]


def test_deadlift_of_400_lb_gives_200_to_240_lb(context: BrowserContext, site_url: str) -> None:
    page = context.new_page()
    open_with_loads(page, site_url + RDL)
    form = calculator(page, "deadlift")

    form.get_by_label("lb").check()
    page.get_by_label("Your deadlift 1RM").fill("400")

    assert loads(form) == [
        "50 %: 200 lb (each side: 45 + 25 + 5 + 2.5 lb)",
        "60 %: 240 lb (each side: 45 + 45 + 5 + 2.5 lb)",
    ]


def test_a_load_that_needs_rounding_is_rounded_as_the_tables_round_it(
    context: BrowserContext, site_url: str
) -> None:
    """70 % of 105 kg is 73.5 kg: 72.5 kg can be built, and the static table says the same."""
    page = context.new_page()
    open_with_loads(page, site_url + RDL)

    page.get_by_label("Your clean 1RM").fill("105")

    assert loads(calculator(page, "clean"))[0] == (
        "70 %: 72.5 kg (73.5 kg rounded to a load you can build; each side: 25 + 1.25 kg)"
    )


def test_a_load_below_the_empty_bar_says_so(context: BrowserContext, site_url: str) -> None:
    page = context.new_page()
    open_with_loads(page, site_url + RDL)

    page.get_by_label("Your clean 1RM").fill("20")

    assert loads(calculator(page, "clean"))[0] == (
        "70 %: 20 kg (14 kg rounded to a load you can build; "
        "less than the empty 20 kg bar: use the bar)"
    )


def test_a_recent_set_gives_an_estimate_named_by_its_formula(
    context: BrowserContext, site_url: str
) -> None:
    """80 kg x 5 by Epley (the settings' choice): 80 x (1 + 5/30) = 93.3 kg."""
    page = context.new_page()
    open_with_loads(page, site_url + RDL)
    form = calculator(page, "clean")

    form.get_by_text("Never tested a 1RM?").click()
    form.get_by_label("Weight").fill("80")
    form.get_by_label("Reps (1–10)").fill("5")
    form.get_by_role("button", name="Estimate my 1RM").click()

    assert page.get_by_label("Your clean 1RM").input_value() == "93.3"
    note = form.locator(".eg-calculator__note").inner_text()
    assert "Estimated 1RM: 93.3 kg from 80 kg × 5 (Epley formula)" in note
    assert loads(form)[0].startswith("70 %: 65 kg")  # 65.31 kg


def test_the_kg_lb_tabs_switch_the_calculator_too(context: BrowserContext, site_url: str) -> None:
    page = context.new_page()
    open_with_loads(page, site_url + RDL)
    page.get_by_label("Your clean 1RM").fill("100")

    page.locator(".tabbed-labels > label", has_text="lb").first.click()

    form = calculator(page, "clean")
    assert form.get_by_label("lb").is_checked()
    assert page.get_by_label("Your clean 1RM").input_value() == "220.5"
    assert "converted from 100 kg" in form.locator(".eg-calculator__note").inner_text()
    assert (
        loads(form)[0]
        == "70 %: 155 lb (154.35 lb rounded to a load you can build; each side: 45 + 10 lb)"
    )
    open_with_loads(page, site_url + RDL)  # the next visit opens in lb
    assert calculator(page, "deadlift").get_by_label("lb").is_checked()


def test_the_1rm_is_remembered_on_the_next_page_that_uses_the_lift(
    context: BrowserContext, site_url: str
) -> None:
    page = context.new_page()
    open_with_loads(page, site_url + RDL)
    page.get_by_label("Your clean 1RM").fill("110")

    page.goto(site_url)  # then back through the catalogue, with Material's instant navigation
    page.get_by_role("link", name="Romanian deadlift").first.click()
    page.wait_for_url("**/" + RDL)
    calculator(page, "clean").wait_for()  # shown once the load data has arrived

    assert page.get_by_label("Your clean 1RM").input_value() == "110"
    assert loads(calculator(page, "clean"))[0].startswith("70 %: 77.5 kg")
    assert page.get_by_label("Your deadlift 1RM").input_value() == ""
    stored = page.evaluate("localStorage.getItem('exercise-guide:1rm:clean')")
    assert stored == '{"value":110,"unit":"kg"}'


def test_the_calculator_works_by_keyboard_alone(context: BrowserContext, site_url: str) -> None:
    page = context.new_page()
    open_with_loads(page, site_url + RDL)
    clean = page.get_by_label("Your clean 1RM")
    for _ in range(300):
        page.keyboard.press("Tab")
        if clean.evaluate("input => input === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reaches the 1RM input")

    page.keyboard.type("100")
    page.keyboard.press("Tab")  # the unit radios: arrow keys choose
    page.keyboard.press("ArrowRight")
    form = calculator(page, "clean")
    assert form.get_by_label("lb").is_checked()
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("Tab")  # the estimate, opened with Enter
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.type("80")
    page.keyboard.press("Tab")
    page.keyboard.type("5")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")

    assert form.get_by_label("kg").is_checked()
    assert clean.input_value() == "93.3"


def test_without_javascript_the_tables_remain_and_no_dead_form_shows(
    browser: Browser, site_url: str
) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + RDL)
        assert not page.get_by_label("Your clean 1RM").is_visible()
        assert page.get_by_role("rowheader", name="100 kg", exact=True).first.is_visible()
        page.goto(site_url)
        assert not page.get_by_label("Pattern").is_visible()
        assert page.get_by_role("row").count() == 1 + len(
            REAL_EXERCISE_IDS
        )  # the header and every exercise
    finally:
        context.close()


def test_the_calculator_is_not_printed(context: BrowserContext, site_url: str) -> None:
    page = context.new_page()
    open_with_loads(page, site_url + RDL)
    page.emulate_media(media="print")

    assert not page.get_by_label("Your clean 1RM").is_visible()
    assert page.get_by_role("rowheader", name="100 kg", exact=True).first.is_visible()


def test_the_intensity_band_is_a_described_picture(context: BrowserContext, site_url: str) -> None:
    page = context.new_page()
    open_with_loads(page, site_url + RDL)

    band = page.get_by_role("img", name="70–100 % of your clean one-rep max")

    assert band.is_visible()
    assert band.locator("desc").text_content() == (
        "A scale from 0 to 100 % of your clean one-rep max, with the prescribed loads, "
        "70 % to 100 %, marked."
    )


# --- a catalogue with warm-up sets and an exercise without a barbell ----------------------------


@pytest.fixture(scope="module")
def variant_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real site, but the Romanian deadlift has a warm-up ramp and the back extension (a bench
    and a plate, no barbell) is loaded as a percentage of the deadlift."""
    project = copy_project(tmp_path_factory.mktemp("variant"))
    toml = project / "exercises.toml"
    text = toml.read_text("utf-8")
    text = text.replace(
        'tempo = "Controlled, above all on the way down"',
        'tempo = "Controlled, above all on the way down"\nwarmup = [40, 60, 80]',
        1,
    )
    text = text.replace(
        'intensity = [{ describe = "Moderate to heavy" }]',
        'intensity = [{ of = "deadlift", percent = [10, 20] }]',
        1,
    )
    toml.write_text(text, "utf-8")
    site: Path = project / "site"
    result = run("-m", "mkdocs", "build", "--strict", "--site-dir", str(site), cwd=project)
    assert result.returncode == 0, result.stderr
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


def test_warmup_sets_are_shown_on_the_page_and_in_the_calculator(
    context: BrowserContext, variant_site_url: str
) -> None:
    page = context.new_page()
    open_with_loads(page, variant_site_url + RDL)
    assert page.get_by_text(
        "one set each at 40 %, 60 %, 80 % of the working load", exact=False
    ).is_visible()

    page.get_by_label("Your clean 1RM").fill("100")

    warmups = calculator(page, "clean").locator(".eg-calculator__warmup li").all_inner_texts()
    assert warmups == [
        "Warm-up before 70 kg: 40 % 27.5 kg, 60 % 42.5 kg, 80 % 55 kg",
        "Warm-up before 100 kg: 40 % 40 kg, 60 % 60 kg, 80 % 80 kg",
    ]


def test_an_exercise_without_a_barbell_shows_no_plates(
    context: BrowserContext, variant_site_url: str
) -> None:
    page = context.new_page()
    open_with_loads(page, variant_site_url + "exercises/back-extension/")

    page.get_by_label("Your deadlift 1RM").fill("200")

    lines = loads(calculator(page, "deadlift"))
    assert lines == ["10 %: 20 kg", "20 %: 40 kg"]
    assert not any(re.search("side|bar", line) for line in lines)


def test_every_page_reads_the_sites_one_load_data_file(
    context: BrowserContext, site_url: str
) -> None:
    """Pages name the data file rather than embed it: the browser fetches it once and caches it."""
    page = context.new_page()
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))

    open_with_loads(page, site_url + RDL)
    page.get_by_label("Your clean 1RM").fill("100")
    assert loads(calculator(page, "clean"))[0] == "70 %: 70 kg (each side: 25 kg)"
    assert 'data-src="../../assets/loads.json"' in page.content()
    assert "[22.5,[1.25]]" not in page.content()  # the list of loadable weights is not in the page
    open_with_loads(page, site_url + "programs/lower-back-assistance/")

    assert {url for url in fetched if "loads" in url} == {site_url + "assets/loads.json"}


# Every key of the browser's storage that the site or the theme reads. The theme (Material) keeps
# its own under the site's path, "/" for the site served here.
STORED_KEYS = [
    *(("localStorage", f"/.__{key}") for key in ("tabs", "palette", "announce", "consent")),
    ("sessionStorage", "/.__source"),
    *(
        ("localStorage", f"exercise-guide:1rm:{lift}")
        for lift in ("clean", "deadlift", "back-squat")
    ),
    ("localStorage", "exercise-guide:equipment-missing"),
]


@pytest.mark.parametrize(("storage", "key"), STORED_KEYS, ids=[key for _, key in STORED_KEYS])
def test_a_stored_value_that_is_not_json_breaks_nothing(
    context: BrowserContext, site_url: str, storage: str, key: str
) -> None:
    """A value another version of the site, an extension or a hand wrote: each calculator, the
    unit choice and the program page's form work as with nothing stored, and nothing throws."""
    context.add_init_script(f"{storage}.setItem({json.dumps(key)}, '{{not json')")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    open_with_loads(page, site_url + RDL)
    page.get_by_label("Your clean 1RM").fill("100")
    assert loads(calculator(page, "clean")) == [
        "70 %: 70 kg (each side: 25 kg)",
        "100 %: 100 kg (each side: 25 + 15 kg)",
    ]
    deadlift = calculator(page, "deadlift")
    deadlift.get_by_label("lb").check()
    page.get_by_label("Your deadlift 1RM").fill("400")
    assert loads(deadlift)[0] == "50 %: 200 lb (each side: 45 + 25 + 5 + 2.5 lb)"

    open_with_loads(page, site_url + "programs/lower-back-assistance/?clean=100")
    assert page.locator("form.sheet-form").is_visible()
    page.goto(site_url)
    page.locator("table").first.wait_for()
    assert errors == []
