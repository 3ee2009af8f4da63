"""The program builder (programs/builder/) in a real headless Chromium on the real site: a coach
finds exercises by name or alias, makes a program of two sessions, and takes it away as a link
that opens in a browser with nothing stored (with the loads the site's program pages give), as
exercises.toml text that `check` takes, and as JSON that imports back to the same program. Hostile
links are refused in words, never run as markup; the page works offline after one visit."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from generator.catalogue.load import load_catalog
from tests.browser.test_accessibility import SCHEMES, serious_violations
from tests.browser.test_offline import SAVED, wait_until
from tests.browser.test_print import printed
from tests.cli import generator
from tests.conftest import ROOT, Network, copy_project, serve

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

BUILDER = "programs/builder/"


def open_builder(page: Page, url: str) -> list[str]:
    """Open the builder (or a link of it) and wait until its script has shown the editor or the
    view; the page's errors, as they come."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    page.locator(".eg-builder__edit:not([hidden]), .eg-builder__view:not([hidden])").wait_for()
    return errors


def add(page: Page, search: str, name: str) -> None:
    page.get_by_label("Search by name").fill(search)
    page.get_by_role("button", name=f"Add {name}", exact=True).click()


def entry(page: Page, session: int, row: int) -> Any:
    return page.locator(".eg-builder__session").nth(session).locator(".eg-builder__entry").nth(row)


def make_program(page: Page, name: str = "Posterior chain") -> None:
    """Two sessions: the Romanian deadlift at 70-100 % of the clean, then good mornings in words."""
    page.get_by_label("Name", exact=True).fill(name)
    page.get_by_label("Goal: who it is for and what it builds").fill("Stronger hamstrings.")
    page.locator(".eg-builder__session").first.get_by_label("Session name").fill("Day A")
    add(page, "rdl", "Romanian deadlift")
    rdl = entry(page, 0, 0)
    rdl.get_by_label("Sets").fill("3-4")
    rdl.get_by_label("Reps").fill("6-10")
    rdl.get_by_label("Load", exact=True).select_option(label="A percentage of a 1RM")
    rdl.get_by_label("Of the 1RM of").select_option(label="Clean")
    rdl.get_by_label("Percent").fill("70-100")
    rdl.get_by_label("Rest").fill("2 min")
    page.get_by_role("button", name="Add a session").click()
    page.locator(".eg-builder__session").nth(1).get_by_label("Session name").fill("Day B")
    add(page, "good morning", "Good morning")
    morning = entry(page, 1, 0)
    morning.get_by_label("Load", exact=True).select_option(label="In words")
    morning.get_by_label("Load in words").fill('Light: "easy" \\ smooth')
    morning.get_by_label("Note").fill("Pause at the bottom")


def link_of(page: Page) -> str:
    field = page.get_by_label("The link")
    assert field.input_value(), page.locator(".eg-builder__problems").inner_text()
    return field.input_value()


def sheets(page: Page) -> list[dict[str, Any]]:
    """Each printed session of the view: its title and its rows' cells."""
    return [
        {
            "title": sheet.locator("h3").inner_text(),
            "rows": [
                [cell.inner_text() for cell in row.locator("th, td").all()]
                for row in sheet.locator("tbody tr").all()
            ],
        }
        for sheet in page.locator(".eg-builder__sheet").all()
    ]


def program_link(url: str, program: Any, extra: str = "") -> str:
    text = program if isinstance(program, str) else json.dumps(program)
    encoded = base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")
    return f"{url}{BUILDER}#program={encoded}{extra}"


A_PROGRAM = {
    "id": "pulls",
    "name": "Pulls",
    "goal": "A stronger back.",
    "sessions": [
        {
            "name": "Day A",
            "exercises": [
                {
                    "exercise": "romanian-deadlift",
                    "sets": 3,
                    "reps": 8,
                    "load": {"of": "clean", "percent": [70, 100]},
                }
            ],
        }
    ],
    "sources": ["dewar-lower-back"],
}


def test_search_finds_an_exercise_by_alias_or_name_whatever_the_case_and_punctuation(
    context: BrowserContext, site_url: str
) -> None:
    page = context.new_page()
    open_builder(page, site_url + BUILDER)
    for typed in ["rdl", "RDL", "romanian dead-lift", "Stiff leg"]:
        page.get_by_label("Search by name").fill(typed)
        results = page.locator(".eg-builder__results button").all_inner_texts()
        assert results == ["Add Romanian deadlift"], typed
    page.get_by_label("Search by name").fill("")
    page.get_by_label("Movement pattern").select_option(label="Hinge")
    results = page.locator(".eg-builder__results button").all_inner_texts()
    assert "Add Romanian deadlift" in results and "Add Back squat" not in results
    assert "exercises found" in page.locator(".eg-builder__found").inner_text()


def test_the_link_opens_the_same_program_in_a_fresh_browser_with_the_sites_loads(
    browser: Browser, context: BrowserContext, site_url: str
) -> None:
    page = context.new_page()
    open_builder(page, site_url + BUILDER)
    make_program(page)
    link = link_of(page)

    fresh = browser.new_context()  # nothing stored: the link alone carries the program
    try:
        view = fresh.new_page()
        errors = open_builder(view, link + "&clean=105&units=kg")
        assert view.locator("h2.eg-builder__title").inner_text() == "Posterior chain"
        assert view.get_by_label("Clean 1RM").input_value() == "105"
        shown = sheets(view)
        # The site's own program page, for the same clean, gives the same 70-100 % of it.
        program_page = fresh.new_page()
        program_page.goto(site_url + "programs/lower-back-assistance/?clean=105&units=kg")
        target = program_page.locator("output.sheet__target[data-of=clean]").first
        target.wait_for(state="attached")
        program_page.wait_for_function(
            "() => document.querySelector('output.sheet__target[data-of=clean]').textContent"
        )
        expected = target.inner_text()
        assert expected.endswith(" kg")
        assert shown == [
            {
                "title": "Day A",
                "rows": [
                    [
                        "Romanian deadlift",
                        "3–4 × 6–10",
                        f"{expected} (70–100 % of Clean)",
                        "2 min",
                        "",
                    ]
                ],
            },
            {
                "title": "Day B",
                "rows": [
                    [
                        "Good morning",
                        "3 × 8",
                        'Light: "easy" \\ smooth',
                        "",
                        "Pause at the bottom",
                    ]
                ],
            },
        ]
        view.get_by_label("Clean 1RM").fill("")
        assert sheets(view)[0]["rows"][0][2] == "70–100 % of Clean 1RM"  # no 1RM, no load
        assert errors == []
    finally:
        fresh.close()


def test_a_1rm_remembered_on_another_page_fills_a_link_that_gives_none(
    context: BrowserContext, site_url: str
) -> None:
    page = context.new_page()
    page.goto(site_url + "exercises/romanian-deadlift/")
    page.get_by_label("Your clean 1RM").fill("100")
    view = context.new_page()
    open_builder(view, program_link(site_url, A_PROGRAM, "&units=kg"))
    assert view.get_by_label("Clean 1RM").input_value() == "100"
    assert sheets(view)[0]["rows"][0][2] == "70–100 kg (70–100 % of Clean)"
    assert "clean=100" in view.evaluate("location.hash")  # the address to send on carries it


def test_the_view_prints_one_page_per_session_with_its_loads(
    context: BrowserContext, site_url: str
) -> None:
    page = context.new_page()
    open_builder(page, site_url + BUILDER)
    make_program(page)
    view = context.new_page()
    open_builder(view, link_of(page) + "&clean=100&units=kg")
    pages = printed(view)
    assert len(pages) == 2
    assert "Day A" in pages[0] and "Day B" not in pages[0]
    assert "Day B" in pages[1]
    assert "70–100 kg" in pages[0]
    assert not any("Print the program" in sheet or "Your one-rep maxes" in sheet for sheet in pages)


def test_the_toml_it_shows_passes_check(
    context: BrowserContext, site_url: str, tmp_path: Path
) -> None:
    page = context.new_page()
    open_builder(page, site_url + BUILDER)
    make_program(page, name='Posterior "chain" \\ <b>')
    page.get_by_label("Goal: who it is for and what it builds").fill(
        'One line.\n\tThen "another" \\'
    )
    toml = page.get_by_label("For exercises.toml").input_value()
    assert 'name = "Posterior \\"chain\\" \\\\ <b>"' in toml
    assert 'id = "posterior-chain-b"' in toml
    assert 'goal = "One line.\\n\\tThen \\"another\\" \\\\"' in toml
    project = copy_project(tmp_path)
    with (project / "exercises.toml").open("a", encoding="utf-8") as catalogue:
        catalogue.write("\n" + toml)
    result = generator("check", "exercises.toml", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    programs = len(load_catalog(ROOT / "exercises.toml").programs) + 1  # and the builder's
    assert f"{programs} programs, no problems found" in result.stdout + result.stderr


def test_a_program_of_several_weeks_gives_toml_that_passes_check(
    browser: Browser, context: BrowserContext, site_url: str, tmp_path: Path
) -> None:
    """With `weeks` and `by_week`, which the program model (programs.py, progression.py) takes."""
    page = context.new_page()
    open_builder(page, site_url + BUILDER)
    make_program(page)
    page.get_by_label("Weeks").fill("3")
    page.get_by_label("Week to edit").select_option(label="Week 2")
    assert entry(page, 0, 0).get_by_label("Sets").input_value() == "3-4"  # a copy of week 1
    entry(page, 0, 0).get_by_label("Sets").fill("5")
    entry(page, 0, 0).get_by_label("Percent").fill("80")
    toml = page.get_by_label("For exercises.toml").input_value()
    assert "weeks = 3" in toml
    assert 'by_week = [{}, { sets = 5, load = { of = "clean", percent = 80 } }, {}]' in toml
    fresh = browser.new_context()  # the link alone carries the three weeks
    try:
        view = fresh.new_page()
        errors = open_builder(view, link_of(page) + "&clean=100&units=kg")
        shown = sheets(view)
        assert errors == []
    finally:
        fresh.close()
    assert [sheet["title"] for sheet in shown] == [
        f"Week {w}: Day {d}" for w in (1, 2, 3) for d in "AB"
    ]
    # 70-100 % of a 100 kg clean in weeks 1 and 3, 80 % in week 2: loads the bar takes as they are.
    loads = [sheet["rows"][0][1:3] for sheet in shown[::2]]
    assert loads == [
        ["3–4 × 6–10", "70–100 kg (70–100 % of Clean)"],
        ["5 × 6–10", "80 kg (80 % of Clean)"],
        ["3–4 × 6–10", "70–100 kg (70–100 % of Clean)"],
    ]
    project = copy_project(tmp_path)
    with (project / "exercises.toml").open("a", encoding="utf-8") as catalogue:
        catalogue.write("\n" + toml)
    result = generator("check", "exercises.toml", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr


def test_copy_puts_the_toml_and_the_link_on_the_clipboard(
    context: BrowserContext, site_url: str
) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    open_builder(page, site_url + BUILDER)
    make_program(page)
    page.get_by_role("button", name="Copy the TOML").click()
    page.get_by_text("Copied.").wait_for()
    clipboard = page.evaluate("navigator.clipboard.readText()")
    assert clipboard == page.get_by_label("For exercises.toml").input_value()
    page.get_by_role("button", name="Copy the link").click()
    page.get_by_text("Copied.").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == link_of(page)


def test_json_exported_then_imported_is_the_same_program(
    context: BrowserContext, site_url: str, tmp_path: Path
) -> None:
    page = context.new_page()
    open_builder(page, site_url + BUILDER)
    make_program(page)
    toml = page.get_by_label("For exercises.toml").input_value()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download JSON").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == "posterior-chain.json"
    exported = json.loads(saved.read_text("utf-8"))
    assert exported["$schema"].endswith("/program.schema.json")
    assert exported["sessions"][0]["exercises"][0]["load"] == {
        "of": "clean",
        "percent": [70, 100],
    }

    again = context.new_page()
    open_builder(again, site_url + BUILDER)
    again.get_by_label("Import JSON").set_input_files(saved)
    again.get_by_text("Imported “Posterior chain”").wait_for()
    assert again.get_by_label("Name", exact=True).input_value() == "Posterior chain"
    assert again.get_by_label("For exercises.toml").input_value() == toml

    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({**exported, "sessions": []}), "utf-8")
    again.get_by_label("Import JSON").set_input_files(broken)
    again.get_by_text("“broken.json” is refused").wait_for()
    assert again.get_by_label("For exercises.toml").input_value() == toml  # kept as it was


HOSTILE_PROGRAMS = {
    "not base64": "%%%",
    "not json": "{program",
    "malformed": {"id": "x", "name": "x"},
    "huge": {**A_PROGRAM, "goal": "x" * 80_000},
    "unknown exercise": {
        **A_PROGRAM,
        "sessions": [{"name": "A", "exercises": [{"exercise": "nope", "sets": 1, "reps": 1}]}],
    },
    "nine sets": {
        **A_PROGRAM,
        "sessions": [
            {"name": "A", "exercises": [{"exercise": "clean", "sets": 9, "reps": 1}]},
        ],
    },
}


@pytest.mark.parametrize("program", HOSTILE_PROGRAMS.values(), ids=list(HOSTILE_PROGRAMS))
def test_a_hostile_program_link_is_refused_in_words(
    context: BrowserContext, site_url: str, program: Any
) -> None:
    page = context.new_page()
    if program == "%%%":
        link = f"{site_url}{BUILDER}#program=%25%25%25"
    else:
        link = program_link(site_url, program)
    errors = open_builder(page, link)
    refusal = page.locator(".eg-builder__refused")
    assert refusal.is_visible()
    assert "refused" in refusal.inner_text()
    assert page.locator(".eg-builder__view").is_hidden()
    assert page.locator("form.eg-builder__edit").is_visible()  # a new program can be made
    assert errors == []


def test_a_link_given_the_program_twice_is_refused(context: BrowserContext, site_url: str) -> None:
    page = context.new_page()
    link = program_link(site_url, A_PROGRAM)
    errors = open_builder(page, link + "&" + link.split("#", 1)[1])
    assert "more than once" in page.locator(".eg-builder__refused").inner_text()
    assert errors == []


def test_markup_in_a_link_is_shown_as_text_never_run(
    context: BrowserContext, site_url: str
) -> None:
    markup = "<img src=x onerror=alert(1)>"
    program = {**A_PROGRAM, "name": markup, "goal": markup}
    program["sessions"] = [{**A_PROGRAM["sessions"][0], "name": markup}]
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    errors = open_builder(page, program_link(site_url, program))
    assert page.locator("h2.eg-builder__title").inner_text() == markup
    assert sheets(page)[0]["title"] == markup
    assert page.locator(".eg-builder img").count() == 0
    page.get_by_role("button", name="Edit a copy of this program").click()
    assert page.get_by_label("Name", exact=True).input_value() == markup
    assert page.locator(".eg-builder img").count() == 0
    assert dialogs == [] and errors == []


@pytest.mark.parametrize(
    ("given", "words"),
    [
        ("&clean=1e-320", "'1e-320' is not a 1RM this guide takes"),
        ("&clean=1e300", "'1e300' is not a 1RM this guide takes"),
        ("&clean=-100", "'-100' is not a 1RM this guide takes"),
        ("&clean=abc", "'abc' is not a 1RM this guide takes"),
        ("&clean=100&clean=120", "more than once"),
        ("&units=stone", "'stone' is not a unit this guide shows"),
    ],
    ids=["tiny", "huge", "negative", "not a number", "repeated", "unknown unit"],
)
def test_a_hostile_1rm_in_a_link_is_refused_and_shows_no_load(
    context: BrowserContext, site_url: str, given: str, words: str
) -> None:
    page = context.new_page()
    errors = open_builder(page, program_link(site_url, A_PROGRAM, given))
    assert page.get_by_text(words).is_visible()
    if "units" not in given:
        assert page.get_by_label("Clean 1RM").input_value() == ""
        assert sheets(page)[0]["rows"][0][2] == "70–100 % of Clean 1RM"
        assert "clean=" not in page.evaluate("location.hash")  # the address no longer carries it
    assert errors == []


def test_exercises_move_up_and_down_and_go_with_the_keyboard(
    context: BrowserContext, site_url: str
) -> None:
    page = context.new_page()
    open_builder(page, site_url + BUILDER)
    for search, name in [
        ("clean", "Clean"),
        ("back squat", "Back squat"),
        ("rdl", "Romanian deadlift"),
    ]:
        add(page, search, name)
    names = page.locator(".eg-builder__entry-name")
    assert names.all_inner_texts() == ["1. Clean", "2. Back squat", "3. Romanian deadlift"]
    assert page.get_by_role("button", name="Move up: Clean").is_disabled()
    page.get_by_role("button", name="Move up: Romanian deadlift").click()
    assert names.all_inner_texts() == ["1. Clean", "2. Romanian deadlift", "3. Back squat"]
    page.keyboard.press("Enter")  # the focus stayed on the moved exercise's button
    assert names.all_inner_texts() == ["1. Romanian deadlift", "2. Clean", "3. Back squat"]
    page.get_by_role("button", name="Remove: Clean").click()
    assert names.all_inner_texts() == ["1. Romanian deadlift", "2. Back squat"]


def test_the_builder_enforces_a_programs_limits_in_words(
    context: BrowserContext, site_url: str
) -> None:
    page = context.new_page()
    open_builder(page, site_url + BUILDER)
    problems = page.locator(".eg-builder__problems")
    assert "The program's name is still empty." in problems.inner_text()
    assert page.get_by_role("button", name="Download JSON").is_disabled()
    page.get_by_label("Search by name").fill("")
    for _ in range(8):
        page.get_by_role("button", name="Add Clean", exact=True).click()
    page.get_by_role("button", name="Add Clean", exact=True).click()
    limit = page.locator(".eg-builder__session .eg-builder__limit")
    assert limit.is_visible()
    assert "the most a session may have" in limit.inner_text()
    assert page.locator(".eg-builder__entry").count() == 8
    entry(page, 0, 0).get_by_label("Sets").fill("9")
    assert "sets are a whole number or a range" in problems.inner_text()
    page.get_by_label("Weeks").fill("17")
    assert "Weeks: a whole number from 1 to 16" in problems.inner_text()
    page.get_by_label("Name", exact=True).fill("Lower-back assistance")
    assert "The id 'lower-back-assistance' is taken" in problems.inner_text()


@pytest.fixture
def offline_url(built_site: Path, network: Network) -> Iterator[str]:
    """The built site, served to this test alone, so that it can unplug the network."""
    with serve(built_site, network) as url:
        yield url


def test_offline_after_one_visit_the_builder_and_its_links_work(
    context: BrowserContext, network: Network, offline_url: str
) -> None:
    page = context.new_page()
    open_builder(page, offline_url + BUILDER)
    wait_until(page, SAVED)
    network.unplug(context)
    errors = open_builder(page, offline_url + BUILDER)
    make_program(page)
    link = link_of(page)
    view = context.new_page()
    errors += open_builder(view, link + "&clean=100&units=kg")
    assert view.locator("h2.eg-builder__title").inner_text() == "Posterior chain"
    assert sheets(view)[0]["rows"][0][2] == "70–100 kg (70–100 % of Clean)"
    assert errors == []


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_the_builder_and_its_view_have_no_serious_axe_violations(
    browser: Browser, site_url: str, scheme: str
) -> None:
    context = browser.new_context(color_scheme=scheme)  # type: ignore[arg-type]
    try:
        page = context.new_page()
        open_builder(page, site_url + BUILDER)
        make_program(page)
        assert serious_violations(page) == []
        view = context.new_page()
        open_builder(view, link_of(page) + "&clean=100")
        assert serious_violations(view) == []
    finally:
        context.close()
