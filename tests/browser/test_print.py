"""Printing, in a real Chromium and from the built site: pages on paper, program sheets, published PDFs."""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

import pypdf
import pytest

from tests.conftest import copy_project, open_with_loads, run

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from playwright.sync_api import Browser, Page

PROGRAM = "programs/lower-back-assistance/"
PAGE_SIZES = {"A4": (595, 842), "Letter": (612, 792)}  # in points, portrait


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()  # a fresh localStorage: nothing remembered from other tests
    page = context.new_page()
    yield page
    context.close()


def printed(page: Page, paper: str = "A4") -> list[str]:
    """Print the open page as Chromium does; the text of each printed page, spaces normalised."""
    page.emulate_media(media="print")
    reader = pypdf.PdfReader(io.BytesIO(page.pdf(format=paper)))
    for sheet in reader.pages:
        assert is_paper(sheet, PAGE_SIZES[paper])
    return [" ".join(sheet.extract_text().split()) for sheet in reader.pages]


def is_paper(sheet: pypdf.PageObject, size: tuple[int, int]) -> bool:
    """Chromium's A4 is 8.27 x 11.69 inches, WeasyPrint's 210 x 297 mm: the same paper to a point."""
    width, height = float(sheet.mediabox.width), float(sheet.mediabox.height)
    return abs(width - size[0]) < 2 and abs(height - size[1]) < 2


def page_of(pages: list[str], text: str) -> int:
    found = [number for number, content in enumerate(pages) if text in content]
    assert found, f"{text!r} is on no printed page"
    return found[0]


# --- every page on paper --------------------------------------------------------------------------
def test_an_exercise_page_prints_without_the_site_chrome(page: Page, site_url: str) -> None:
    page.goto(site_url + "exercises/romanian-deadlift/")
    chrome = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer"]
    assert all(page.locator(part).first.is_visible() for part in chrome)

    pages = printed(page)

    assert not any(page.locator(part).first.is_visible() for part in chrome)
    text = " ".join(pages)
    assert "Romanian deadlift" in text
    assert "Safety" in text
    assert "Made with Material" not in text  # the footer
    assert "How to read the load tables" not in text  # the navigation (the body says "how to read")
    assert "Table of contents" not in text


def test_load_tables_are_not_split_across_printed_pages(page: Page, site_url: str) -> None:
    page.goto(site_url + "exercises/romanian-deadlift/")
    rows = page.evaluate(
        """() => Array.from(document.querySelectorAll('.md-typeset table')).map(table => {
             const text = row => Array.from(row.cells).map(c => c.textContent.trim()).join(' ');
             return [text(table.rows[1]), text(table.rows[table.rows.length - 1])];
           })"""
    )
    assert len(rows) == 4  # clean and deadlift tables, in kg and in lb

    pages = printed(page)

    assert len(pages) > 1  # the page is long enough that a careless break would split a table
    for first, last in rows:
        assert page_of(pages, first) == page_of(pages, last), (first, last)


def test_collapsed_blocks_print_open(page: Page, site_url: str) -> None:
    page.goto(site_url + "load-tables/")
    hidden = "the lighter load keeps you at or under the weight"
    answer = page.get_by_text(hidden)
    assert not answer.is_visible()  # collapsed on screen

    pages = printed(page)

    assert hidden in " ".join(pages)


def test_the_address_of_a_source_link_is_printed(
    browser: Browser, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """On paper nobody can follow a link, so a cited source's address is printed after it."""
    project = copy_project(tmp_path)
    source = project / "exercises.toml"
    address = "https://www.example.org/lower-back-article"
    source.write_text(
        source.read_text("utf-8").replace(
            'publisher = "BarBend"', f'publisher = "BarBend"\nurl = "{address}"'
        ),
        "utf-8",
    )
    site = tmp_path_factory.mktemp("site-with-url")
    result = run("-m", "mkdocs", "build", "--strict", "--site-dir", str(site), cwd=project)
    assert result.returncode == 0, result.stderr
    page = browser.new_page()
    try:
        page.goto((site / "exercises" / "good-morning" / "index.html").as_uri())
        assert address not in page.locator(".md-content").inner_text()  # on screen, a plain link

        text = "".join(printed(page)).replace(" ", "")

        assert f"({address})" in text
    finally:
        page.close()


# --- program sheets -------------------------------------------------------------------------------
@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("query", ["", "?clean=100&units=kg"], ids=["blank", "filled"])
def test_a_program_prints_one_page_per_session(
    page: Page, site_url: str, paper: str, query: str
) -> None:
    open_with_loads(page, site_url + PROGRAM + query)

    pages = printed(page, paper)

    assert len(pages) == 2
    assert "Day A: after cleans or pulls" in pages[0]
    assert "Day B: after squats" in pages[1]
    assert all("Safety:" in sheet for sheet in pages)
    assert not any("Print the sheets" in sheet for sheet in pages)  # the page around them stays off
    assert ("70–100 kg" in pages[0]) == bool(query)


def test_a_coachs_address_fills_the_sheet(page: Page, site_url: str) -> None:
    open_with_loads(page, site_url + PROGRAM + "?clean=220&units=lb")

    target = page.locator("output.sheet__target").first
    assert target.inner_text() == "155–220 lb"
    assert page.locator(".sheet__max[data-lift=clean]").first.inner_text() == "220 lb"
    assert page.get_by_label("Clean 1RM").input_value() == "220"
    assert page.get_by_label("lb").is_checked()


def test_typing_a_max_fills_the_sheet_and_is_remembered(page: Page, site_url: str) -> None:
    open_with_loads(page, site_url + PROGRAM)
    target = page.locator("output.sheet__target").first
    assert target.inner_text() == ""  # blank until the lifter gives a number

    page.get_by_label("Clean 1RM").fill("103")

    assert target.inner_text() == "72.5–102.5 kg"  # rounded like the load tables
    assert re.search(r"[?&]clean=103\b", page.url)  # the filled sheet's address, to send on
    page.get_by_label("lb").check()
    assert target.inner_text().endswith(" lb")
    open_with_loads(
        page, site_url + PROGRAM
    )  # a later visit: the number is remembered for every page,
    assert page.get_by_label("lb").is_checked()  # in the unit chosen last,
    assert page.get_by_label("Clean 1RM").input_value() == "227.1"  # 103 kg converted to lb
    open_with_loads(
        page, site_url + "exercises/romanian-deadlift/"
    )  # and the calculator has it too
    assert page.locator("form.eg-calculator input[name=max]").first.input_value() == "227.1"


def test_a_page_without_javascript_keeps_the_form_out_of_the_way(built_site: Path) -> None:
    """The form needs JavaScript to do anything, so the HTML hides it until the script shows it."""
    html = (built_site / PROGRAM / "index.html").read_text("utf-8")

    assert re.search(r"<form class=\"sheet-form\"[^>]* hidden", html)


# --- PDFs published with the site -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paper", "size"), [("a4", PAGE_SIZES["A4"]), ("letter", PAGE_SIZES["Letter"])]
)
def test_the_site_publishes_a_blank_pdf_per_paper(
    built_site: Path, paper: str, size: tuple[int, int]
) -> None:
    name = f"lower-back-assistance-{paper}.pdf"
    html = (built_site / PROGRAM / "index.html").read_text("utf-8")

    assert f'href="../{name}"' in html  # linked from the program's page
    reader = pypdf.PdfReader(built_site / "programs" / name)
    assert len(reader.pages) == 2
    assert all(is_paper(sheet, size) for sheet in reader.pages)
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Romanian deadlift" in text
    assert " kg" not in text  # blank: the athlete writes the loads


def test_the_programs_page_lists_each_program(built_site: Path) -> None:
    html = (built_site / "programs" / "index.html").read_text("utf-8")

    assert 'href="lower-back-assistance/"' in html
    assert "Lower-back assistance" in html
