"""Cross-references between exercises and sources, and reading exercises.toml from disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.catalogue.load import load_catalog, parse_catalog
from generator.catalogue.problems import CatalogError, Problem
from tests.conftest import REAL_EXERCISE_IDS, ROOT
from tests.located import assert_one_problem, location, problems

EXERCISES_TOML = ROOT / "exercises.toml"

SOURCES = """\
[sources.book]
title = "Weightlifting basics"
author = "A. Coach"
publisher = "Barbell Press"
"""


def exercise(exercise_id: str, *lines: str, sources: str = '["book"]') -> str:
    """An `[[exercises]]` entry with every required key; `lines` are added at its end."""
    return "\n".join(
        [
            "",
            "[[exercises]]",
            f'id = "{exercise_id}"',
            f'name = "{exercise_id.replace("-", " ").capitalize()}"',
            'summary = "A barbell lift."',
            'pattern = "hinge"',
            'muscles = { primary = ["glutes"] }',
            'equipment = ["barbell"]',
            'cues = ["Brace before each repetition."]',
            'safety = ["Keep the back flat."]',
            f"sources = {sources}",
            *lines,
            "",
        ]
    )


RDL_PRESCRIPTION = (
    "[exercises.prescription]",
    'intensity = [{ of = "clean", percent = [70, 100] }]',
)


def catalogue(
    rdl: tuple[str, ...] = RDL_PRESCRIPTION,
    clean: tuple[str, ...] = (),
    deadlift: tuple[str, ...] = (),
    *more: str,
    rdl_sources: str = '["book"]',
) -> str:
    return (
        SOURCES
        + exercise("romanian-deadlift", *rdl, sources=rdl_sources)
        + exercise("clean", *clean)
        + exercise("deadlift", *deadlift)
        + "".join(more)
    )


# --- a valid catalogue --------------------------------------------------------------------------


def test_valid_catalogue() -> None:
    text = catalogue(
        clean=('related = ["deadlift", "romanian-deadlift"]', 'variations = ["deadlift"]')
    )

    catalog = parse_catalog(text, "exercises.toml")

    assert [e.id for e in catalog.exercises] == ["romanian-deadlift", "clean", "deadlift"]
    assert catalog.exercise("clean").related == ["deadlift", "romanian-deadlift"]
    assert catalog.source("book").title == "Weightlifting basics"
    assert [e.id for e in catalog.reference_lifts()] == ["clean"]
    assert catalog.filename == "exercises.toml"


# --- duplicate ids ------------------------------------------------------------------------------


def test_duplicate_id_is_located_at_the_second_entry_and_names_the_first() -> None:
    text = catalogue((), (), (), exercise("clean"))
    first_line, _ = location(text, '[[exercises]]\nid = "clean"', occurrence=1)
    second = location(text, 'id = "clean"', occurrence=2)

    found = problems(text)

    assert len(found) == 1, found
    assert (found[0].line, found[0].column) == second == (40, 1)
    assert first_line == 17
    assert found[0].message == (
        f"exercise 'clean': the id 'clean' is already used by the exercise at line {first_line}; "
        "each exercise needs its own id"
    )


def test_every_repeat_of_an_id_names_the_first_entry() -> None:
    text = catalogue((), (), (), exercise("deadlift"), exercise("deadlift"))
    first_line, _ = location(text, '[[exercises]]\nid = "deadlift"', occurrence=1)

    found = problems(text)

    assert [(p.line, p.column) for p in found] == [
        location(text, 'id = "deadlift"', occurrence=2),
        location(text, 'id = "deadlift"', occurrence=3),
    ]
    assert all(f"used by the exercise at line {first_line};" in p.message for p in found)


# --- references to exercises --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("clean", "at", "message"),
    [
        pytest.param(
            ('related = ["deadlfit"]',),
            'related = [^"deadlfit"]',
            "exercise 'clean': related[0]: there is no exercise with the id 'deadlfit'; "
            "did you mean 'deadlift'?",
            id="related-close",
        ),
        pytest.param(
            ('variations = ["deadlift", "romanian-deadlfit"]',),
            '"deadlift", ^"romanian-deadlfit"',
            "exercise 'clean': variations[1]: there is no exercise with the id "
            "'romanian-deadlfit'; did you mean 'romanian-deadlift'?",
            id="variations-close",
        ),
        pytest.param(
            ('related = [\n  "deadlift",\n  "bench-press",\n]',),
            '  ^"bench-press"',
            "exercise 'clean': related[1]: there is no exercise with the id 'bench-press'",
            id="related-far",
        ),
        pytest.param(
            ("[exercises.prescription]", 'intensity = [{ of = "deadlfit", percent = 50 }]'),
            'intensity = [{ ^of = "deadlfit"',
            "exercise 'clean': prescription.intensity[0].of: there is no exercise with the id "
            "'deadlfit'; did you mean 'deadlift'?",
            id="intensity-close",
        ),
        pytest.param(
            (
                "[exercises.prescription]",
                'intensity = [{ describe = "heavy" }, { of = "snatch", percent = 50 }]',
            ),
            '{ describe = "heavy" }, { ^of',
            "exercise 'clean': prescription.intensity[1].of: there is no exercise with the id "
            "'snatch'",
            id="intensity-far",
        ),
    ],
)
def test_reference_to_a_missing_exercise(clean: tuple[str, ...], at: str, message: str) -> None:
    assert_one_problem(catalogue(clean=clean), at, message)


@pytest.mark.parametrize(
    ("clean", "at", "field"),
    [
        pytest.param(('related = ["deadlift", "clean"]',), '"deadlift", ^"clean"', "related[1]"),
        pytest.param(('variations = ["clean"]',), 'variations = [^"clean"]', "variations[0]"),
    ],
    ids=["related", "variations"],
)
def test_an_exercise_cannot_refer_to_itself(clean: tuple[str, ...], at: str, field: str) -> None:
    assert_one_problem(
        catalogue(clean=clean), at, f"exercise 'clean': {field}: an exercise cannot refer to itself"
    )


# --- references to sources ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sources", "at", "message"),
    [
        pytest.param(
            '["book", "boook"]',
            '["book", ^"boook"]',
            "exercise 'romanian-deadlift': sources[1]: there is no source with the id 'boook'; "
            "did you mean 'book'?",
            id="close",
        ),
        pytest.param(
            '["manual"]',
            '[^"manual"]',
            "exercise 'romanian-deadlift': sources[0]: there is no source with the id 'manual'; "
            "add it under [sources.<id>] first",
            id="far",
        ),
    ],
)
def test_reference_to_a_missing_source(sources: str, at: str, message: str) -> None:
    assert_one_problem(catalogue(rdl_sources=sources), at, message)


# --- many problems at once ----------------------------------------------------------------------


def test_all_reference_problems_are_reported_in_line_order() -> None:
    text = catalogue(
        RDL_PRESCRIPTION,
        ('related = ["bench-press"]', 'variations = ["clean"]'),
        ("[exercises.prescription]", 'intensity = [{ of = "clen", percent = 80 }]'),
        exercise("romanian-deadlift"),
        rdl_sources='["manual"]',
    )

    found = problems(text)

    assert [(p.line, p.column, p.message.split(": ", 2)[1]) for p in found] == [
        (*location(text, '[^"manual"]'), "sources[0]"),
        (*location(text, '[^"bench-press"]'), "related[0]"),
        (*location(text, 'variations = [^"clean"]'), "variations[0]"),
        (*location(text, 'intensity = [{ ^of = "clen"'), "prescription.intensity[0].of"),
        (
            *location(text, 'id = "romanian-deadlift"', occurrence=2),
            "the id 'romanian-deadlift' is already used by the exercise at line 6; "
            "each exercise needs its own id",
        ),
    ]
    assert [p.message.split(":", 1)[0] for p in found] == [
        "exercise 'romanian-deadlift'",
        "exercise 'clean'",
        "exercise 'clean'",
        "exercise 'deadlift'",
        "exercise 'romanian-deadlift'",
    ]


def test_all_validation_problems_are_reported_in_line_order() -> None:
    text = catalogue(
        (),
        ('aliases = ["Squat clean", 7]',),
        ('goals = ["Strength"]', 'colour = "red"'),
    ).replace('pattern = "hinge"', 'pattern = "hinges"', 1)

    found = problems(text)

    assert [(p.line, p.column) for p in found] == [
        location(text, 'pattern = "hinges"'),
        location(text, '"Squat clean", ^7'),
        location(text, 'colour = "red"'),
    ]
    assert [p.message.split(": ", 2)[:2] for p in found] == [
        ["exercise 'romanian-deadlift'", "pattern"],
        ["exercise 'clean'", "aliases[1]"],
        ["exercise 'deadlift'", "colour"],
    ]


def test_an_invalid_exercise_says_nothing_yet_about_its_own_references() -> None:
    """Its references are checked once its values are valid: one message per mistake."""
    text = catalogue(clean=('related = ["bench-press"]', "goals = [3]"))

    found = problems(text)

    assert len(found) == 1, found
    assert "bench-press" not in found[0].message


def test_references_of_valid_exercises_are_checked_beside_mistakes_in_others() -> None:
    text = catalogue(clean=("goals = [3]",), deadlift=('related = ["romanian-dedlift"]',)).replace(
        'sources = ["book"]', 'sources = ["bok"]', 1
    )

    found = problems(text)

    assert [(p.line, p.column, p.message) for p in found] == [
        (
            *location(text, '"bok"'),
            "exercise 'romanian-deadlift': sources[0]: there is no source with the id 'bok'; "
            "did you mean 'book'?",
        ),
        (
            *location(text, "goals = [^3]"),
            "exercise 'clean': goals[0]: expected text in quotes (\"...\"), got 3",
        ),
        (
            *location(text, '"romanian-dedlift"'),
            "exercise 'deadlift': related[0]: there is no exercise with the id "
            "'romanian-dedlift'; did you mean 'romanian-deadlift'?",
        ),
    ]


def test_an_exercise_without_an_id_is_not_also_reported_as_missing() -> None:
    """Any reference may have meant the exercise whose id is missing: its own problem is enough."""
    text = catalogue().replace('id = "clean"\n', "")

    found = problems(text)

    assert [p.message for p in found] == ["exercise #2: id: this required key is missing"]


def test_duplicate_ids_are_found_beside_other_mistakes() -> None:
    text = catalogue(deadlift=("goals = [3]",)).replace('id = "deadlift"', 'id = "clean"')

    messages = [p.message for p in problems(text)]

    assert messages == [
        "exercise 'clean': the id 'clean' is already used by the exercise at line "
        f"{location(text, '[[exercises]]', 2)[0]}; each exercise needs its own id",
        "exercise 'clean': goals[0]: expected text in quotes (\"...\"), got 3",
    ]


# --- placeholders left by `generator new` -------------------------------------------------------


def test_every_placeholder_is_named_once_where_it_is() -> None:
    text = (
        catalogue()
        .replace('summary = "A barbell lift."', 'summary = "TODO: what it builds"', 1)
        .replace('pattern = "hinge"', 'pattern = "TODO: one of hinge, squat"', 1)
    )

    found = problems(text)

    assert [(p.line, p.column, p.message) for p in found] == [
        (
            *location(text, 'summary = "TODO'),
            "exercise 'romanian-deadlift': summary: fill in this placeholder: TODO: what it builds",
        ),
        (
            *location(text, 'pattern = "TODO'),
            "exercise 'romanian-deadlift': pattern: fill in this placeholder: "
            "TODO: one of hinge, squat",
        ),
    ]


# --- reading the file ---------------------------------------------------------------------------


def test_load_catalog_reports_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "exercises.toml"
    path.write_bytes(b'[sources.book]\ntitle = "Weight\xfflifting"\nauthor = "A. Coach"\n')

    with pytest.raises(CatalogError) as caught:
        load_catalog(path)

    [problem] = caught.value.problems
    assert (problem.file, problem.line, problem.column) == (str(path), 2, 16)
    assert "UTF-8" in problem.message
    assert problem.message == "the file is not UTF-8 text; save it as UTF-8"


def test_load_catalog_names_the_file_as_asked(tmp_path: Path) -> None:
    path = tmp_path / "exercises.toml"
    path.write_bytes(b"\xff\n")

    with pytest.raises(CatalogError) as caught:
        load_catalog(path, display_name="exercises.toml")

    assert caught.value.problems == [
        Problem(
            "exercises.toml", 1, 1, "the file is not UTF-8 text; save it as UTF-8", "not UTF-8 text"
        )
    ]


def test_load_catalog_of_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError) as caught:
        load_catalog(tmp_path / "nothing.toml", display_name="nothing.toml")

    assert caught.value.problems == [
        Problem(
            "nothing.toml",
            1,
            1,
            "cannot read the file: No such file or directory",
            "unreadable file",
        )
    ]


def test_load_catalog_reads_utf8_text(tmp_path: Path) -> None:
    path = tmp_path / "exercises.toml"
    text = catalogue().replace('author = "A. Coach"', 'author = "Jürgen Müller"')
    path.write_text(text, encoding="utf-8")

    catalog = load_catalog(path)

    assert catalog.source("book").author == "Jürgen Müller"
    assert catalog.filename == str(path)


def test_load_catalog_problems_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "exercises.toml"
    path.write_text(catalogue(rdl_sources='["manual"]'), encoding="utf-8")

    with pytest.raises(CatalogError) as caught:
        load_catalog(path, display_name="catalogue/exercises.toml")

    [problem] = caught.value.problems
    assert str(problem).startswith("catalogue/exercises.toml:15:12: exercise 'romanian-deadlift'")


def test_the_real_catalogue_loads() -> None:
    catalog = load_catalog(EXERCISES_TOML)

    assert [e.id for e in catalog.exercises] == REAL_EXERCISE_IDS
    assert [e.id for e in catalog.reference_lifts()] == ["clean", "deadlift"]
