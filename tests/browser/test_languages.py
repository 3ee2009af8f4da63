"""The guide in German beside the English (mkdocs.de.yml, translations/de.toml), in a real Chromium:
the language switcher of every exercise page leads to the same exercise in the other language, a
German name typed into the German search finds its exercise first, German pages write
decimals with a comma in the load tables and the calculator, and the scripts speak German there
(translations/scripts/de.po)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import expect

from generator.catalogue.in_language import catalogue_in
from generator.catalogue.load import Catalog, load_catalog
from tests.browser.test_offline import visit_online
from tests.conftest import REAL_EXERCISE_IDS, ROOT, Network, open_with_loads, serve

if TYPE_CHECKING:
    from pathlib import Path

    from playwright.sync_api import BrowserContext, Page

ENGLISH = load_catalog(ROOT / "exercises.toml")
GERMAN: Catalog = catalogue_in("de", ENGLISH, ROOT / "exercises.toml").catalog


def switch_to(page: Page, language_name: str) -> None:
    """Choose a language in the header's switcher, as a reader does: open it, click the name."""
    page.locator(".md-header .md-select button").hover()
    page.locator(".md-select__link", has_text=language_name).click()


@pytest.mark.parametrize("exercise_id", REAL_EXERCISE_IDS)
def test_the_switcher_leads_to_the_same_exercise_in_the_other_language(
    context: BrowserContext, site_url: str, exercise_id: str
) -> None:
    page = context.new_page()
    page.goto(f"{site_url}exercises/{exercise_id}/")
    expect(page.locator("h1")).to_contain_text(ENGLISH.exercise(exercise_id).name)

    switch_to(page, "Deutsch")

    expect(page).to_have_url(f"{site_url}de/exercises/{exercise_id}/")
    expect(page.locator("h1")).to_contain_text(GERMAN.exercise(exercise_id).name)
    assert page.locator("html").get_attribute("lang") == "de"

    switch_to(page, "English")

    expect(page).to_have_url(f"{site_url}exercises/{exercise_id}/")
    expect(page.locator("h1")).to_contain_text(ENGLISH.exercise(exercise_id).name)


def test_every_page_names_itself_in_each_language_for_search_engines(built_site: Path) -> None:
    """hreflang links (the theme's, from mkdocs.yml's extra.alternate) name the page itself."""
    for exercise_id in REAL_EXERCISE_IDS:
        for folder in (built_site, built_site / "de"):
            html = (folder / "exercises" / exercise_id / "index.html").read_text("utf-8")
            for root, lang in (("", "en"), ("de/", "de")):
                address = f"https://exercise-guide.github.io/exercise-guide/{root}exercises/{exercise_id}/"
                assert f'<link rel="alternate" href="{address}" hreflang="{lang}">' in html


@pytest.mark.parametrize("exercise_id", REAL_EXERCISE_IDS)
def test_a_german_name_typed_into_the_german_search_finds_its_exercise_first(
    context: BrowserContext, site_url: str, exercise_id: str
) -> None:
    name = GERMAN.exercise(exercise_id).name
    page = context.new_page()
    page.goto(site_url + "de/")
    page.locator("input.md-search__input").click()
    page.keyboard.type(name, delay=30)

    first = page.locator(".md-search-result__item").first
    expect(first.locator("h1")).to_have_text(name, timeout=15_000)
    link = first.locator("a").first.get_attribute("href") or ""
    assert link.split("?")[0].endswith(f"de/exercises/{exercise_id}/"), link  # ?h= highlights


def test_a_german_page_writes_decimals_with_a_comma(context: BrowserContext, site_url: str) -> None:
    page = context.new_page()
    open_with_loads(page, site_url + "de/exercises/romanian-deadlift/")

    table = page.locator("table").filter(has_text="kg").first.inner_text()
    assert "72,5" in table and "72.5" not in table

    # The calculator of the clean: 70 % of 103 kg is 72.1 kg, so 72.5 kg to load.
    page.locator("form.eg-calculator[data-lift=clean] input[name=max]").fill("103")
    answer = page.locator("form.eg-calculator[data-lift=clean] .eg-calculator__loads")
    expect(answer).to_contain_text("72,5 kg")
    assert "72.5" not in answer.inner_text()


def test_the_english_pages_keep_the_decimal_point(context: BrowserContext, site_url: str) -> None:
    page = context.new_page()
    open_with_loads(page, site_url + "exercises/romanian-deadlift/")
    page.get_by_label("Your clean 1RM").fill("103")
    answer = page.locator("form.eg-calculator[data-lift=clean] .eg-calculator__loads")
    expect(answer).to_contain_text("72.5 kg")


def test_a_german_calculator_says_in_german_what_it_refuses(
    context: BrowserContext, site_url: str
) -> None:
    page = context.new_page()
    open_with_loads(page, site_url + "de/exercises/romanian-deadlift/")
    form = page.locator("form.eg-calculator[data-lift=clean]")

    form.locator("input[name=max]").fill("5000")
    expect(form.locator(".eg-calculator__refused")).to_have_text(
        re.compile(
            r"^„5000“ ist kein 1RM, das dieser Leitfaden annimmt\. Gib ein Gewicht über 0 und bis höchstens 1000 kg an"
        )
    )
    assert "72,5 kg" not in form.inner_text()

    form.locator("input[name=max]").fill("")
    form.locator("summary").click()
    form.locator("button[name=estimate]").click()
    expect(form.locator(".eg-calculator__result")).to_have_text(
        "Gib ein Gewicht und 1 bis 10 Wiederholungen ein, um dein 1RM zu schätzen."
    )
    form.locator("input[name=weight]").fill("80")
    form.locator("input[name=reps]").fill("5")
    form.locator("button[name=estimate]").click()
    expect(form.locator(".eg-calculator__note")).to_have_text(
        "Geschätztes 1RM: 93,3 kg aus 80 kg × 5 (Formel nach Epley). Eine Schätzung, kein getestetes 1RM."
    )


def test_the_english_calculator_still_refuses_in_english(
    context: BrowserContext, site_url: str
) -> None:
    page = context.new_page()
    open_with_loads(page, site_url + "exercises/romanian-deadlift/")
    page.get_by_label("Your clean 1RM").fill("5000")
    refused = page.locator("form.eg-calculator[data-lift=clean] .eg-calculator__refused")
    expect(refused).to_have_text(re.compile(r"^'5000' is not a 1RM this guide takes\. "))


def test_the_german_builder_says_what_it_found_in_german(
    context: BrowserContext, site_url: str
) -> None:
    page = context.new_page()
    page.goto(site_url + "de/programs/builder/")
    search = page.locator("form.eg-builder__edit input[name=search]")
    search.fill(GERMAN.exercise("romanian-deadlift").name)
    expect(page.locator(".eg-builder__found")).to_have_text("1 Übung gefunden.")
    search.fill("")
    expect(page.locator(".eg-builder__found")).to_have_text(
        f"{len(REAL_EXERCISE_IDS)} Übungen gefunden."
    )
    session = page.locator(".eg-builder__session").first
    expect(session.locator("input[name=session-name]")).to_have_value("Tag 1")


@pytest.mark.parametrize("first", ["", "de/"], ids=["english-first", "german-first"])
def test_each_language_works_offline_after_a_visit(
    context: BrowserContext, built_site: Path, network: Network, first: str
) -> None:
    """The German site, at /de/ inside the English site's scope, saves its own copy with its own
    service worker; the English worker's copy stays whole beside it, in either order of visits."""
    with serve(built_site, network) as url:
        page = context.new_page()
        for language in (first, "de/" if first == "" else ""):
            visit_online(page, f"{url}{language}")
            visit_online(page, f"{url}{language}exercises/romanian-deadlift/")
        network.unplug(context)
        for language, catalog in (("", ENGLISH), ("de/", GERMAN)):
            page.goto(f"{url}{language}exercises/romanian-deadlift/")
            expect(page.locator("h1")).to_contain_text(catalog.exercise("romanian-deadlift").name)
            page.locator(".eg-saved-copy").wait_for()
            assert page.locator("html").get_attribute("lang") == (language.strip("/") or "en")


def test_a_hand_written_english_page_says_so_on_the_german_site(
    context: BrowserContext, site_url: str
) -> None:
    """docs/ is written in English (front matter `written_in: en`): the German site shows it as
    it is, says so in German before it, and marks it as English for screen readers."""
    path = "contributing/"  # the one page translations/pages/de/ has no German of
    page = context.new_page()
    page.goto(site_url + "de/" + path)
    notice = page.locator(".eg-untranslated-page")
    expect(notice).to_be_visible()
    expect(notice).to_have_text("Diese Seite ist noch nicht übersetzt: Du liest sie auf Englisch.")
    assert page.locator("article h1").first.evaluate("h => h.closest('[lang]').lang") == "en"

    page.goto(site_url + path)
    expect(page.locator("article h1").first).to_be_visible()
    assert page.locator(".eg-untranslated-page").count() == 0


def test_generated_german_pages_carry_no_english_page_notice(built_site: Path) -> None:
    for path in ("index.html", "exercises/clean/index.html", "programs/index.html"):
        assert "eg-untranslated-page" not in (built_site / "de" / path).read_text("utf-8"), path


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("safety/", "Sicherheitshinweise und Haftungsausschluss"),
        ("tags/muscles/", "Übungen nach Muskel"),
        ("data/", "Die Daten nutzen"),
    ],
)
def test_a_translated_hand_written_page_is_german_on_the_german_site(
    context: BrowserContext, site_url: str, path: str, heading: str
) -> None:
    """translations/pages/de/ replaces docs/'s English page; its edit link leads to the German."""
    page = context.new_page()
    page.goto(site_url + "de/" + path)
    expect(page.locator("article h1").first).to_contain_text(heading)  # and its ¶ link
    assert page.locator(".eg-untranslated-page").count() == 0
    edit = page.locator("a.md-content__button").first.get_attribute("href") or ""
    assert edit.endswith(f"/translations/pages/de/{path.rstrip('/')}.md"), edit
    page.goto(site_url + path)
    expect(page.locator("article h1").first).not_to_contain_text(heading)
