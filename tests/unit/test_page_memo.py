"""A preview reuses what the last build made: it must show every change all the same.

Each test builds the real catalogue once with a memo, changes one input, builds again with the
same memo, and compares with a build of the changed input from nothing.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.catalogue.load import load_catalog
from generator.site.build import Site, build_site
from generator.site.open_data import open_data_files
from generator.site.page_memo import PageMemo
from generator.site.paths import DATA_FILE
from generator.site.templating import TEMPLATES
from tests.conftest import ROOT

RDL_CUE = "Unlock the knees slightly and keep that bend fixed for the whole set."


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for name in ("exercises.toml", "vocabulary.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(TEMPLATES, tmp_path / "templates")
    return tmp_path


def build(project: Path, memo: PageMemo | None = None) -> Site:
    return build_site(load_catalog(project / "exercises.toml"), project / "templates", memo=memo)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def changed_pages(before: Site, after: Site) -> set[str]:
    return {path for path, text in after.pages.items() if before.pages.get(path) != text}


def test_a_changed_cue_shows_on_its_page_and_in_the_data_and_nowhere_else(project: Path) -> None:
    memo = PageMemo()
    before = build(project, memo)
    edit(project / "exercises.toml", RDL_CUE, "Soften the knees and keep them there.")
    after = build(project, memo)
    assert after == build(project)
    assert "Soften the knees and keep them there." in after.pages["exercises/romanian-deadlift.md"]
    assert changed_pages(before, after) == {"exercises/romanian-deadlift.md"}
    published = json.loads(after.data[DATA_FILE])
    fresh = open_data_files(load_catalog(project / "exercises.toml"), "")
    assert published == json.loads(fresh[DATA_FILE])


def test_a_renamed_exercise_shows_on_the_pages_that_link_to_it(project: Path) -> None:
    memo = PageMemo()
    before = build(project, memo)
    edit(project / "exercises.toml", 'name = "Romanian deadlift"', 'name = "Romanian pull"')
    after = build(project, memo)
    assert after == build(project)
    linking = [path for path, text in before.pages.items() if "romanian-deadlift.md" in text]
    assert "index.md" in linking
    assert len(linking) > 1, "another exercise names the Romanian deadlift as related"
    for path in linking:
        assert "Romanian pull" in after.pages[path], path


def test_a_changed_template_shows_on_every_page_it_renders(project: Path) -> None:
    memo = PageMemo()
    build(project, memo)
    edit(project / "templates" / "exercise.md.j2", "## ", "## Step: ")
    after = build(project, memo)
    assert after == build(project)
    assert all(
        "## Step: " in text for path, text in after.pages.items() if path.startswith("exercises/")
    )


def test_a_changed_word_name_shows_on_every_page_that_uses_it(project: Path) -> None:
    memo = PageMemo()
    build(project, memo)
    edit(project / "vocabulary.toml", 'name = "Barbell"', 'name = "Long bar"')
    after = build(project, memo)
    assert after == build(project)
    assert "Long bar" in after.pages["exercises/romanian-deadlift.md"]


def test_another_exercises_new_equipment_shows_among_the_substitutes_naming_it(
    project: Path,
) -> None:
    memo = PageMemo()
    build(project, memo)
    edit(
        project / "exercises.toml",
        'equipment = ["barbell", "plates", "squat-rack"]',  # the good morning's, first in the file
        'equipment = ["dumbbell"]',
    )
    after = build(project, memo)
    assert after == build(project)
    page = after.pages["exercises/romanian-deadlift.md"]
    assert "Good morning</a>: uses dumbbells instead of a barbell" in page
