"""Golden tests: the Markdown generated from the real exercises.toml, page by page.

The expected pages live in tests/golden/. After an intended change, regenerate them with
`.venv/bin/pytest tests/unit/test_render.py --update-golden` and review the diff before committing.
"""

from __future__ import annotations

import html
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from generator.catalogue.load import load_catalog
from generator.catalogue.load_vocabulary import default_vocabulary
from generator.catalogue.problems import CatalogError
from generator.site.pages import render_site
from generator.site.pages.home import catalogue_columns
from generator.site.templating import yaml_string
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return render_site(load_catalog(ROOT / "exercises.toml"))


def test_golden_pages(pages: dict[str, str], request: pytest.FixtureRequest) -> None:
    if request.config.getoption("--update-golden"):
        for old in _golden_files():
            old.unlink()
        for relative, text in pages.items():
            target = GOLDEN / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, "utf-8")
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_text("utf-8") for p in _golden_files()}
    assert sorted(pages) == sorted(expected), "pages added or removed: run with --update-golden"
    for relative, text in pages.items():
        assert text == expected[relative], f"{relative} differs from tests/golden/{relative}"


def _golden_files() -> list[Path]:
    """The expected pages, and the data file the site publishes beside them."""
    return [p for p in GOLDEN.rglob("*") if p.is_file()]


def test_rendering_is_deterministic(pages: dict[str, str]) -> None:
    assert render_site(load_catalog(ROOT / "exercises.toml")) == pages


def test_every_exercise_page_carries_safety_notes_and_sources(pages: dict[str, str]) -> None:
    catalog = load_catalog(ROOT / "exercises.toml")
    for exercise in catalog.exercises:
        page = pages[f"exercises/{exercise.id}.md"]
        assert '!!! warning "Safety"' in page
        for note in exercise.safety:
            assert note in page
        assert "## Sources" in page
        for source_id in exercise.sources:
            assert catalog.source(source_id).title in page, (exercise.id, source_id)


def test_romanian_deadlift_carries_the_articles_figures(pages: dict[str, str]) -> None:
    page = pages["exercises/romanian-deadlift.md"]
    assert (
        '<strong>Also called:</strong> <span id="also-called-1">RDL</span>, '
        '<span id="also-called-2">Stiff-leg deadlift</span>'
    ) in page
    assert "<li><strong>Sets:</strong> 3–4</li>" in page
    assert "<li><strong>Reps:</strong> 6–10</li>" in page
    assert '70–100 % of your <a href="clean.md">clean</a>' in page
    assert '50–60 % of your <a href="deadlift.md">deadlift</a>' in page
    # Clean 1RM 100 kg -> 70 kg at 70 % ... 100 kg at 100 %; 220 lb -> 155 lb ... 220 lb.
    assert table_row("100 kg", 70, 75, 80, 85, 90, 95, 100) in page
    assert table_row("220 lb", 155, 165, 175, 185, 200, 210, 220) in page
    assert table_row("400 lb", 200, 220, 240) in page


def table_row(one_rep_max: str, *loads: int) -> str:
    """A row of a load table: the 1RM heads the row, the loads follow."""
    cells = "".join(f"<td>{load}" for load in loads)  # a cell's end tag is optional: left out
    return f'<tr><th scope="row">{one_rep_max}</th>{cells}</tr>'


def test_article_figures_on_the_other_assistance_pages(pages: dict[str, str]) -> None:
    good_morning = pages["exercises/good-morning.md"]
    assert "Lighter than your Romanian deadlift loads" in good_morning
    back_extension = pages["exercises/back-extension.md"]
    assert "<li><strong>Sets:</strong> 3–4</li>" in back_extension
    assert "<li><strong>Reps:</strong> 8–12</li>" in back_extension
    assert "Moderate to heavy" in back_extension
    assert (
        "<li><strong>Pause:</strong> Optional hold at the top of each repetition</li>"
        in back_extension
    )
    glute_bridge = pages["exercises/glute-bridge.md"]
    assert "as long as your spine stays still" in glute_bridge


def test_templates_folder_can_be_replaced(tmp_path: Path) -> None:
    """A site can restyle its pages by pointing the generator at its own templates."""
    names = ("home.md.j2", "load-tables.md.j2", "exercise.md.j2", "programs.md.j2", "program.md.j2")
    names += ("builder.md.j2",)
    for name in (
        *names,
        "load-table.html.j2",
        "intensity-band.html.j2",
        "calculator.html.j2",
        "bar-list.html.j2",
        "muscle.md.j2",
        "muscles.md.j2",
        "muscle-map.svg.j2",
        "muscle-map.html.j2",
    ):
        (tmp_path / name).write_text(
            "{{ exercise.name if exercise is defined else 'page' }}\n", "utf-8"
        )
    pages = render_site(load_catalog(ROOT / "exercises.toml"), tmp_path)
    assert pages["exercises/clean.md"] == "Clean\n"


def test_optional_parts_of_a_page(tmp_path: Path) -> None:
    """Rest, a single set count, media with credit and a source with an address all show up."""
    text = (ROOT / "exercises.toml").read_text("utf-8")
    text = text.replace(
        'author = "Mike Dewar, CSCS"',
        'author = "Mike Dewar, CSCS"\nurl = "https://example.org/lower-back"',
    ).replace(
        "sets = [3, 4]\nreps = [8, 12]",
        'sets = 3\nreps = [8, 12]\nrest = "2 minutes between sets"',
    )
    media = (
        "\n[[exercises.media]]\n"
        'title = "Back extension demo"\n'
        'url = "https://example.org/video"\n'
        'credit = "A. Coach"\n'
    )
    after_squat = text.index('\n[[exercises]]\nid = "side-plank"')
    text = text[:after_squat] + media + text[after_squat:]
    source = tmp_path / "exercises.toml"
    source.write_text(text, "utf-8")
    pages = render_site(load_catalog(source))
    back_extension = pages["exercises/back-extension.md"]
    assert "<li><strong>Sets:</strong> 3</li>\n" in back_extension
    assert "<li><strong>Rest:</strong> 2 minutes between sets</li>" in back_extension
    back_squat = pages["exercises/back-squat.md"]  # the media entry goes after the back squat
    assert (
        '## Media { data-search-exclude="true" }\n\n'
        "- [Back extension demo](https://example.org/video){ .source-link } "
        "(credit: A. Coach)" in back_squat
    )
    assert (
        "[“4 Exercises to Strengthen Your Lower Back”](https://example.org/lower-back)"
        "{ .source-link }" in back_squat
    )


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        pytest.param(
            "# {{ exercise.name }}",
            "# {{ exercise.nme }}",
            '# {{ exercise.nme }}{{ m.english("exercises", exercise.id, "name") }}',
            "template: 'generator.catalogue.model.exercises.Exercise object' has no attribute 'nme'",
            id="unknown-attribute",
        ),
        pytest.param(
            "{% for cue in exercise.cues %}",
            "{% for cue in exercise.cues %}{% endfro %}",
            "{% for cue in exercise.cues %}{% endfro %}",
            "template syntax: Encountered unknown tag 'endfro'. Jinja was looking for the "
            "following tags: 'endfor' or 'else'. The innermost block that needs to be closed is 'for'.",
            id="syntax",
        ),
    ],
)
def test_a_template_mistake_is_located_in_the_template(
    tmp_path: Path, old: str, new: str, line: str, message: str
) -> None:
    for template in (ROOT / "templates").iterdir():
        (tmp_path / template.name).write_text(template.read_text("utf-8"), "utf-8")
    broken = tmp_path / "exercise.md.j2"
    text = broken.read_text("utf-8").replace(old, new)
    broken.write_text(text, "utf-8")
    with pytest.raises(CatalogError) as caught:
        render_site(load_catalog(ROOT / "exercises.toml"), tmp_path)
    [problem] = caught.value.problems
    assert Path(problem.file) == broken
    assert problem.line == text.splitlines().index(line) + 1
    assert problem.message == message


@pytest.mark.parametrize(
    "value",
    [
        'Jefferson "straddle" deadlift',
        "Zercher: squat # not a comment",
        "two\nlines",
        "Ćwiczenie 💪",
        '</title><script>alert(1)</script>"><img src=x onerror=alert(2)>',
    ],
)
def test_front_matter_strings_survive_any_text(value: str) -> None:
    """Names and summaries go into YAML front matter; quotes, colons and hashes must not break it.

    The theme writes front-matter values into its HTML as they are, so they arrive HTML-escaped:
    the browser shows the text as written, and no tag or attribute quote survives.
    """
    loaded = yaml.safe_load(f"title: {yaml_string(value)}")["title"]
    assert html.unescape(loaded) == value
    assert not set(loaded) & set('<>"')


def test_a_home_gym_with_counted_plates_and_a_warmup_ramp(tmp_path: Path) -> None:
    """One pair of 20s: the tables say so and stop at what the plates build; warm-ups are listed."""
    text = (ROOT / "exercises.toml").read_text("utf-8")
    text = text.replace(
        "plates = [25, 20, 15, 10, 5, 2.5, 1.25]",
        "plates = [{ weight = 20, pairs = 1 }, { weight = 10, pairs = 2 }, { weight = 2.5, pairs = 1 }]",
    ).replace(
        'tempo = "Controlled, above all on the way down"',
        'tempo = "Controlled, above all on the way down"\nwarmup = [50, 75]',
    )
    source = tmp_path / "exercises.toml"
    source.write_text(text, "utf-8")

    page = render_site(load_catalog(source))["exercises/romanian-deadlift.md"]

    assert (
        "a 20 kg bar and pairs of plates of 20 (only 1 pair), 10 (only 2 pairs), 2.5 (only 1 pair) kg"
        in page
    )
    assert (
        "<li><strong>Warm-up:</strong> one set each at 50 %, 75 % of the working load</li>\n"
        in page
    )
    assert 'data-warmup="50 75"' in page
    # 20 + 2 x (20 + 10 + 10 + 2.5) = 105 kg is every plate there is: 55 % of 200 kg rounds to it.
    assert table_row("200 kg", 100, 105, 105) in page


def test_the_catalogue_filters_by_word_ids_and_shows_names(pages: dict[str, str]) -> None:
    """A filter's choices are the words the exercises use, matched by id (names may hold commas)."""
    home = pages["index.md"]

    assert '<option value="squat-rack">Squat rack</option>' in home
    assert '<td role="cell" data-label="Equipment" data-words="barbell plates squat-rack">' in home
    assert "Barbell, Weight plates, Squat rack</td>" in home
    assert (  # vocabulary.toml's order, not the alphabet's
        '<option value="beginner">Beginner</option>\n'
        '<option value="intermediate">Intermediate</option>\n' in home
    )


def exercise(exercise_id: str, equipment: list[str], level: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(
        id=exercise_id,
        pattern="hinge",
        muscles=SimpleNamespace(primary=["glutes"]),
        equipment=equipment,
        level=level,
        mechanic=None,
    )


def test_a_catalogue_column_shows_once_an_exercise_fills_it() -> None:
    """Level and mechanic are optional: a column shows when at least one exercise gives it."""
    exercises = [
        exercise("a", ["bands", "barbell"], level="advanced"),
        exercise("b", ["none"]),
        exercise("c", ["bands"], level="beginner"),
    ]

    columns = catalogue_columns(exercises, default_vocabulary())  # type: ignore[arg-type]

    by_name = {column.name: column for column in columns}
    assert list(by_name) == ["pattern", "primary-muscles", "equipment", "level"]
    assert by_name["equipment"].choices == ["none", "barbell", "bands"]
    assert by_name["level"].choices == ["beginner", "advanced"]
    assert by_name["level"].words == {"a": ["advanced"], "b": [], "c": ["beginner"]}
