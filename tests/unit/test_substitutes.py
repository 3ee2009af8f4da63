"""Substitutes (generator/site/substitutes.py): which exercises stand in for another when its equipment is
taken, what each page says differs, and the pins and exclusions a contributor writes."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from generator.catalogue.in_language import catalogue_in
from generator.catalogue.load import Catalog, load_catalog, parse_catalog
from generator.catalogue.load_vocabulary import parse_vocabulary
from generator.catalogue.problems import CatalogError
from generator.site.pages import render_site
from generator.site.substitutes import SHOWN, substitutes_of
from generator.site.templating import environment
from tests.conftest import ROOT
from tests.located import assert_one_problem
from tests.unit.test_real_catalogue import DATA, converter

if TYPE_CHECKING:
    from generator.catalogue.model import Exercise

SOURCES = """\
[sources.book]
title = "Training at home"
author = "A. Coach"
publisher = "Barbell Press"
"""


def exercise(
    exercise_id: str,
    equipment: list[str],
    *lines: str,
    pattern: str = "hinge",
    primary: tuple[str, ...] = ("hamstrings", "glutes"),
) -> str:
    """An `[[exercises]]` entry with every required key; `lines` are added at its end."""
    return "\n".join(
        [
            "",
            "[[exercises]]",
            f'id = "{exercise_id}"',
            f'name = "{exercise_id.replace("-", " ").capitalize()}"',
            'summary = "A lift."',
            f'pattern = "{pattern}"',
            f"muscles = {{ primary = {json.dumps(list(primary))} }}",
            f"equipment = {json.dumps(equipment)}",
            f'cues = ["The first cue of {exercise_id}."]',
            'safety = ["Keep the back flat."]',
            'sources = ["book"]',
            *lines,
            "",
        ]
    )


def catalog_of(*entries: str) -> Catalog:
    return parse_catalog(SOURCES + "".join(entries), "exercises.toml")


def chosen(catalog: Catalog, exercise_id: str) -> list[str]:
    return [s.exercise.id for s in substitutes_of(catalog)[exercise_id]]


BARBELL = ["barbell", "plates"]


def test_same_pattern_and_a_shared_main_muscle_with_other_equipment() -> None:
    catalog = catalog_of(
        exercise("romanian-deadlift", BARBELL),
        exercise("dumbbell-romanian-deadlift", ["dumbbell"], primary=("hamstrings",)),
        exercise("conventional-deadlift", BARBELL),  # the same equipment: no help when it is taken
        exercise("leg-curl", ["machine"], pattern="knee-flexion", primary=("hamstrings",)),
        exercise("cable-pull-through", ["cable-station"], primary=("erectors",)),
    )
    assert chosen(catalog, "romanian-deadlift") == ["dumbbell-romanian-deadlift"]
    assert chosen(catalog, "dumbbell-romanian-deadlift") == [
        "conventional-deadlift",
        "romanian-deadlift",
    ]
    assert chosen(catalog, "leg-curl") == []
    assert chosen(catalog, "cable-pull-through") == []


def test_what_differs_leaves_out_plates_beside_the_bar_they_load() -> None:
    catalog = catalog_of(
        exercise("romanian-deadlift", BARBELL),
        exercise("dumbbell-romanian-deadlift", ["dumbbell"]),
        exercise("good-morning", [*BARBELL, "squat-rack"]),
        exercise("plate-hinge", ["plates"]),
    )
    by_id = {s.exercise.id: s for s in substitutes_of(catalog)["romanian-deadlift"]}
    assert (
        by_id["dumbbell-romanian-deadlift"].needs,
        by_id["dumbbell-romanian-deadlift"].spares,
    ) == (
        ("dumbbell",),
        ("barbell",),
    )
    assert (by_id["good-morning"].needs, by_id["good-morning"].spares) == (("squat-rack",), ())
    assert (by_id["plate-hinge"].needs, by_id["plate-hinge"].spares) == ((), ("barbell",))


def test_a_few_each_with_equipment_of_its_own_the_most_useful_first() -> None:
    catalog = catalog_of(
        exercise("romanian-deadlift", BARBELL),
        exercise("good-morning", [*BARBELL, "squat-rack"]),  # frees nothing: last
        exercise("dumbbell-romanian-deadlift", ["dumbbell"]),
        exercise("single-leg-dumbbell-deadlift", ["dumbbell"]),  # a second dumbbell kit
        exercise("kettlebell-deadlift", ["kettlebell"]),
        exercise("band-good-morning", ["bands"], primary=("hamstrings",)),
    )
    assert chosen(catalog, "romanian-deadlift") == [
        "dumbbell-romanian-deadlift",
        "kettlebell-deadlift",
        "band-good-morning",
    ]
    assert len(chosen(catalog, "romanian-deadlift")) == SHOWN


def test_the_choice_does_not_depend_on_the_order_of_the_file() -> None:
    entries = [
        exercise("romanian-deadlift", BARBELL),
        exercise("dumbbell-romanian-deadlift", ["dumbbell"]),
        exercise("dumbbell-stiff-leg-deadlift", ["dumbbell"]),
        exercise("kettlebell-deadlift", ["kettlebell"]),
    ]
    forward = substitutes_of(catalog_of(*entries))
    backward = substitutes_of(catalog_of(*reversed(entries)))
    assert {k: [s.exercise.id for s in v] for k, v in forward.items()} == {
        k: [s.exercise.id for s in v] for k, v in backward.items()
    }


def test_a_contributor_pins_and_rules_out_substitutes() -> None:
    catalog = catalog_of(
        exercise(
            "romanian-deadlift",
            BARBELL,
            'substitutes = ["leg-curl"]',
            'not_substitutes = ["dumbbell-romanian-deadlift"]',
        ),
        exercise("dumbbell-romanian-deadlift", ["dumbbell"]),
        exercise("kettlebell-deadlift", ["kettlebell"]),
        exercise("leg-curl", ["machine"], pattern="knee-flexion", primary=("hamstrings",)),
    )
    # Pinned first even where the rule would not choose it; ruled out even where it would.
    assert chosen(catalog, "romanian-deadlift") == ["leg-curl", "kettlebell-deadlift"]


@pytest.mark.parametrize(
    ("lines", "at", "message"),
    [
        pytest.param(
            ('substitutes = ["kettlebell-deadlfit"]',),
            'substitutes = [^"kettlebell-deadlfit"]',
            "exercise 'romanian-deadlift': substitutes[0]: there is no exercise with the id "
            "'kettlebell-deadlfit'; did you mean 'kettlebell-deadlift'?",
            id="pinned-unknown",
        ),
        pytest.param(
            ('not_substitutes = ["kettlebell-deadlift", "romanian-deadlift"]',),
            '"kettlebell-deadlift", ^"romanian-deadlift"',
            "exercise 'romanian-deadlift': not_substitutes[1]: an exercise cannot refer to itself",
            id="ruled-out-itself",
        ),
        pytest.param(
            ('substitutes = ["kettlebell-deadlift"]', 'not_substitutes = ["kettlebell-deadlift"]'),
            'not_substitutes = [^"kettlebell-deadlift"]',
            "exercise 'romanian-deadlift': not_substitutes[0]: 'kettlebell-deadlift' is also in "
            "substitutes; keep it in one of the two",
            id="pinned-and-ruled-out",
        ),
    ],
)
def test_a_mistake_in_the_pins_is_located(lines: tuple[str, ...], at: str, message: str) -> None:
    text = (
        SOURCES
        + exercise("romanian-deadlift", BARBELL, *lines)
        + exercise("kettlebell-deadlift", ["kettlebell"])
    )
    assert_one_problem(text, at, message)


def test_goes_with_must_name_equipment_words() -> None:
    text = (
        (ROOT / "vocabulary.toml")
        .read_text("utf-8")
        .replace('goes_with = ["barbell", "ez-bar"', 'goes_with = ["barbel", "ez-bar"', 1)
    )
    with pytest.raises(CatalogError) as caught:
        parse_vocabulary(text, "vocabulary.toml")
    [problem] = caught.value.problems
    line = text[: text.index('"barbel"')].count("\n") + 1
    assert (problem.line, problem.message) == (
        line,
        "equipment.plates: goes_with[0]: names 'barbel', which is no equipment word; "
        "list the ids of other [equipment] words",
    )


# --- what a page says ---------------------------------------------------------------------------


def substitutes_section(page: str) -> str:
    found = re.search(r'<section class="eg-substitutes".*?</section>', page, re.S)
    assert found, "no substitutes on the page"
    return found.group(0)


def test_each_substitute_says_what_differs_in_the_vocabularys_words() -> None:
    catalog = catalog_of(
        exercise("romanian-deadlift", BARBELL),
        exercise("dumbbell-romanian-deadlift", ["dumbbell"]),
        exercise("good-morning", [*BARBELL, "squat-rack"]),
        exercise("hip-hinge", ["none"]),
        exercise("deadlift", BARBELL, 'substitutes = ["romanian-deadlift"]'),
    )
    pages = render_site(catalog)
    pinned = substitutes_section(pages["exercises/deadlift.md"])
    assert "Romanian deadlift</a>: needs the same equipment</li>" in pinned
    items = re.findall(
        r"<li[^>]*>(.*?)</li>", substitutes_section(pages["exercises/romanian-deadlift.md"])
    )
    assert items == [
        '<a href="dumbbell-romanian-deadlift.md">Dumbbell romanian deadlift</a>: '
        "uses dumbbells instead of a barbell",
        '<a href="hip-hinge.md">Hip hinge</a>: uses just your body weight instead of a barbell',
        '<a href="good-morning.md">Good morning</a>: also needs a squat rack',
    ]
    good_morning = substitutes_section(pages["exercises/good-morning.md"])
    assert "Deadlift</a>: does without a squat rack" in good_morning


def test_a_page_without_substitutes_has_no_such_section() -> None:
    pages = render_site(catalog_of(exercise("romanian-deadlift", BARBELL)))
    assert "Substitutes" not in pages["exercises/romanian-deadlift.md"]


# --- done when: every exercise that has one lists one -------------------------------------------


@pytest.fixture(scope="module")
def free_exercise_db(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    records = json.loads(DATA.read_text("utf-8"))
    path = tmp_path_factory.mktemp("free-exercise-db") / "exercises.toml"
    path.write_text(converter.convert(records), "utf-8")
    return load_catalog(path)


def may_substitute(exercise: Exercise, other: Exercise) -> bool:
    """The rule, as CONTRIBUTING states it: same pattern, a shared primary muscle, other equipment."""
    return (
        other.id != exercise.id
        and other.pattern == exercise.pattern
        and not set(other.muscles.primary).isdisjoint(exercise.muscles.primary)
        and set(other.equipment) != set(exercise.equipment)
    )


def lacking(catalog: Catalog) -> Iterator[str]:
    """Exercises that another could stand in for but that list no substitute with other equipment."""
    chosen = substitutes_of(catalog)
    for exercise in catalog.exercises:
        could = any(may_substitute(exercise, other) for other in catalog.exercises)
        listed = [
            s for s in chosen[exercise.id] if set(s.exercise.equipment) != set(exercise.equipment)
        ]
        if could and not listed:
            yield exercise.id


def test_every_exercise_of_the_guide_that_can_have_a_substitute_lists_one() -> None:
    catalog = load_catalog(ROOT / "exercises.toml")
    assert list(lacking(catalog)) == []
    assert chosen(catalog, "good-morning")  # the real file has at least one


def test_every_exercise_of_a_real_catalogue_that_can_have_a_substitute_lists_one(
    free_exercise_db: Catalog,
) -> None:
    assert list(lacking(free_exercise_db)) == []
    listing = [listed for listed in substitutes_of(free_exercise_db).values() if listed]
    assert len(listing) > len(free_exercise_db.exercises) / 2


def test_substitutes_keep_exercise_pages_light(free_exercise_db: Catalog) -> None:
    """A few links with a short reason each, no data per page: the issue-13 page budget holds."""
    pages = render_site(free_exercise_db)
    sections = [
        substitutes_section(page)
        for path, page in pages.items()
        if path.startswith("exercises/") and "eg-substitutes" in page
    ]
    assert max(len(section.encode()) for section in sections) < 1500
    assert all(section.count("<li") <= SHOWN for section in sections)


# --- in a real Chromium ---------------------------------------------------------------------------


def test_several_pieces_of_equipment_read_as_a_list_in_each_language() -> None:
    """ "uses a barbell and weight plates instead of ...": the words between the pieces are
    text of the template (they were lost as the space around a value is)."""
    catalog = load_catalog(ROOT / "exercises.toml")
    english = environment().get_template("macros.md.j2").make_module({"catalog": catalog})
    phrases = str(english.equipment_phrases(["dumbbell", "barbell", "plates"]))
    assert phrases == "dumbbells, a barbell and weight plates"
    german_catalog = catalogue_in("de", catalog, ROOT / "exercises.toml").catalog
    german = (
        environment(language="de")
        .get_template("macros.md.j2")
        .make_module({"catalog": german_catalog})
    )
    assert " und " in str(german.equipment_phrases(["barbell", "plates"]))
    # vocabulary.toml's phrase is English ("a squat rack"): the German site names the word.
    assert str(german.equipment_phrases(["squat-rack"])) == "Kniebeugenständer"
