"""Program sheets printed in German, as a lifter reads them: the PDF `python -m generator sheet
--language de` writes, and the blank PDFs the German site (mkdocs.de.yml) publishes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pypdf

from tests.build.test_sheet import page_texts
from tests.cli import generator

if TYPE_CHECKING:
    from pathlib import Path

PROGRAM = "lower-back-assistance"
# Wording of the English sheets, none of which a German sheet prints.
ENGLISH = [
    "Exercise and key cue",
    "Sets × reps",
    "Target load",
    "Done (weight × reps)",
    "Safety:",
    "warm up first",
    "General information, not medical advice",
    "% of clean",
]


def _german(text: str) -> None:
    assert "Übung und wichtigster Hinweis" in text
    assert "Sätze × Wdh." in text
    assert "Ziellast" in text
    assert "Sicherheit: Wärm dich zuerst auf" in text
    assert "Rumänisches Kreuzheben" in text
    assert "Tag A: nach Umsetzen oder Zugübungen" in text
    assert "Allgemeine Information, keine medizinische Beratung." in text
    assert [phrase for phrase in ENGLISH if phrase in text] == []


def test_sheet_in_german_prints_german_with_decimal_commas(tmp_path: Path) -> None:
    output = tmp_path / "sheet.pdf"
    result = generator(
        "sheet", PROGRAM, "--language", "de", "--max", "clean=102.5", "-o", str(output)
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr

    first, second = page_texts(pypdf.PdfReader(output))
    _german(first)
    assert "1RM Umsetzen 102,5 kg" in first
    assert "70–100 % vom 1RM (Umsetzen) 72,5–102,5 kg" in first
    assert "102.5" not in first
    assert "72.5" not in first
    # Each code and address leads to the German page (mkdocs.de.yml's site_url).
    assert "exercise-guide/de/exercises/romanian-deadlift/" in first.replace(" ", "")
    assert "Tag B: nach Kniebeugen" in second


def test_the_german_site_publishes_german_blank_sheets(built_site: Path) -> None:
    for paper in ("a4", "letter"):
        reader = pypdf.PdfReader(built_site / "de" / "programs" / f"{PROGRAM}-{paper}.pdf")
        first, _ = page_texts(reader)
        _german(first)
        assert " kg" not in first  # blank: the lifter writes the loads
        # What no translation file takes yet is printed in English, and says so.
        assert "Satzpause 2 min (auf Englisch: noch nicht übersetzt)" in first
    english = page_texts(pypdf.PdfReader(built_site / "programs" / f"{PROGRAM}-a4.pdf"))[0]
    assert "Exercise and key cue" in english
    assert "Übung" not in english
