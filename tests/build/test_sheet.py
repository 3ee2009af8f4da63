"""Program sheets as PDFs: `python -m generator sheet`, one page per session, blank or with the loads."""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest

from generator.catalogue.load import load_catalog
from generator.loads import Unit, percent_of, round_to_loadable
from generator.site.load_tables import bar_setup
from generator.site.sheet import program_sheets
from tests.cli import generator
from tests.conftest import ROOT

PROGRAM = "lower-back-assistance"
SESSIONS = 2  # Day A and Day B of the real program
# Page sizes in PostScript points (1/72 inch): A4 is 210 x 297 mm, US Letter 8.5 x 11 in.
PAGE_SIZES = {"a4": (595, 842), "letter": (612, 792)}

Sheet = Callable[..., tuple[pypdf.PdfReader, str]]


@functools.cache
def _printed(args: tuple[str, ...], folder: Path) -> tuple[pypdf.PdfReader, str]:
    output = folder / f"sheet-{len(list(folder.iterdir()))}.pdf"
    result = generator("sheet", PROGRAM, *args, "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return pypdf.PdfReader(output), result.stderr


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory) -> Sheet:
    """Run `sheet` as a user would: the PDF it wrote and what it said on stderr (each once a module)."""
    folder = tmp_path_factory.mktemp("sheets")
    return lambda *args: _printed(args, folder)


def page_texts(reader: pypdf.PdfReader) -> list[str]:
    """The text of each page, with line breaks and runs of spaces as single spaces."""
    return [" ".join(page.extract_text().split()) for page in reader.pages]


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize(
    ("units", "maxes"),
    [
        ("kg", ("--max", "clean=100", "--max", "deadlift=180")),
        ("lb", ("--max", "clean=220")),
        ("kg", ()),
    ],
    ids=["filled-kg", "filled-lb", "blank"],
)
def test_one_portrait_page_per_session(
    sheet: Sheet, paper: str, units: str, maxes: tuple[str, ...]
) -> None:
    reader, _ = sheet(*maxes, "--units", units, "--paper", paper)

    assert len(reader.pages) == SESSIONS
    for page in reader.pages:
        width, height = (round(float(side)) for side in (page.mediabox.width, page.mediabox.height))
        assert (width, height) == PAGE_SIZES[paper]
    first, second = page_texts(reader)
    assert "Day A: after cleans or pulls" in first
    assert "Romanian deadlift" in first
    assert "Back extension" in first
    assert "Day B: after squats" in second
    assert "Good morning" in second
    assert "Glute bridge" in second


def test_a_filled_sheet_in_kg_holds_the_romanian_deadlift_loads(sheet: Sheet) -> None:
    reader, stderr = sheet(
        "--max", "clean=100", "--max", "deadlift=180", "--units", "kg", "--paper", "a4"
    )

    day_a = page_texts(reader)[0]
    assert "Clean 1RM 100 kg" in day_a
    assert "70–100 % of clean" in day_a
    assert "70–100 kg" in day_a  # 70 % and 100 % of a 100 kg clean, both loadable as they are
    # The program loads nothing as a percentage of the deadlift: the lifter is told, not refused.
    assert "no load of 'lower-back-assistance' is a percentage of 'deadlift'" in stderr


def test_a_filled_sheet_in_lb_holds_the_romanian_deadlift_loads(sheet: Sheet) -> None:
    reader, _ = sheet("--max", "clean=220", "--units", "lb", "--paper", "letter")

    day_a = page_texts(reader)[0]
    assert "Clean 1RM 220 lb" in day_a
    assert (
        "155–220 lb" in day_a
    )  # 154 lb rounds up to 155, the nearest a 45 lb bar and pairs can make


def test_loads_are_rounded_like_the_load_tables(sheet: Sheet) -> None:
    """70 % of 103 kg is 72.1 kg, 100 % is 103 kg: the bar and pairs of plates make 72.5 and 102.5."""
    reader, _ = sheet("--max", "clean=103", "--units", "kg")

    day_a = page_texts(reader)[0]
    assert "72.5–102.5 kg" in day_a
    setup = bar_setup(load_catalog(ROOT / "exercises.toml").settings, Unit.KG)
    assert round_to_loadable(percent_of(Decimal(103), Decimal(70)), setup) == Decimal("72.5")
    assert round_to_loadable(percent_of(Decimal(103), Decimal(100)), setup) == Decimal("102.5")


def test_a_blank_sheet_has_lines_to_write_on_and_no_loads(sheet: Sheet) -> None:
    reader, _ = sheet()

    day_a, day_b = page_texts(reader)
    assert "Clean 1RM" in day_a
    assert "1RM" not in day_b  # no load of day B is a percentage of a lift
    for day in (day_a, day_b):
        assert "Name" in day
        assert "Date" in day
        assert " kg" not in day
        assert " lb" not in day
        assert "Safety:" in day
        assert "Mike Dewar" in day  # the source is cited on the sheet itself
    assert "70–100 % of clean" in day_a
    # "as-prescribed" takes the exercise page's own load, in words here.
    assert "Lighter than your Romanian deadlift loads" in day_b


def test_the_sheet_prints_each_exercise_address_from_the_site_url(sheet: Sheet) -> None:
    reader, _ = sheet("--site-url", "https://lifts.example.org/guide/")

    text = page_texts(reader)[0].replace(" ", "")
    assert "https://lifts.example.org/guide/exercises/romanian-deadlift/" in text


def test_the_first_cue_is_the_key_cue_unless_the_program_names_one() -> None:
    catalog = load_catalog(ROOT / "exercises.toml")
    sheets = program_sheets(
        catalog,
        catalog.program(PROGRAM),
        unit=Unit.KG,
        setup=bar_setup(catalog.settings, Unit.KG),
    )

    rows = {row.exercise.id: row for session in sheets.sessions for row in session.rows}
    assert rows["romanian-deadlift"].cue == catalog.exercise("romanian-deadlift").cues[0]
    assert rows["glute-bridge"].cue.startswith("Keep the ribs down")
    assert [lift.id for lift in sheets.lifts] == ["clean"]
    assert not rows["romanian-deadlift"].scannable  # no site address, no code that scans to nothing


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ["lower-back-asistance"],
            1,
            "error: there is no program with the id 'lower-back-asistance'; did you mean "
            "'lower-back-assistance'? The programs are: lower-back-assistance, "
            "squat-and-deadlift-waves.",
        ),
        (  # a shortened id is no typo: the list of programs says what there is
            ["lower-back"],
            1,
            "error: there is no program with the id 'lower-back'. The programs are: "
            "lower-back-assistance, squat-and-deadlift-waves.",
        ),
        ([PROGRAM, "--max", "clean"], 2, "'clean' is not LIFT=WEIGHT"),
        ([PROGRAM, "--max", "clean=heavy"], 2, "'clean=heavy' is not LIFT=WEIGHT"),
        ([PROGRAM, "--max", "clean=-5"], 2, "with a weight above 0 and at most 1000"),
        ([PROGRAM, "--paper", "a3"], 2, "'a3' is not one of 'a4', 'letter'"),
        (
            [PROGRAM, "--training-max", "back-squat=120"],
            2,
            "'back-squat=120' is not LIFT=PERCENT from 50 and at most 100, e.g. back-squat=85",
        ),
        ([PROGRAM, "--training-max", "back-squat=1e300"], 2, "is not LIFT=PERCENT from 50"),
        ([PROGRAM, "--units", "stone"], 2, "'stone' is not one of 'kg', 'lb'"),
    ],
)
def test_mistakes_on_the_command_line(
    tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    output = tmp_path / "sheet.pdf"
    result = generator("sheet", *args, "-o", str(output))

    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not output.exists()


def test_a_misspelt_lift_gets_a_suggestion(sheet: Sheet) -> None:
    _, stderr = sheet("--max", "clen=100")

    assert "'clen' (did you mean 'clean'?), so that 1RM is not used" in stderr


def test_an_invalid_catalogue_is_reported_not_printed(tmp_path: Path) -> None:
    broken = tmp_path / "exercises.toml"
    broken.write_text(
        (ROOT / "exercises.toml")
        .read_text("utf-8")
        .replace('exercise = "good-morning"', 'exercise = "good-mornin"'),
        "utf-8",
    )
    output = tmp_path / "sheet.pdf"

    result = generator("sheet", PROGRAM, "--source", str(broken), "-o", str(output))

    assert result.returncode == 1
    assert (
        "there is no exercise with the id 'good-mornin'; did you mean 'good-morning'?"
        in result.stderr
    )
    assert not output.exists()
