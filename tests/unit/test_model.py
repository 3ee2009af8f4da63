"""Every validation rule of the models, seen as a user sees it: parse_catalog's located problems.

Each bad case changes one thing in BASE and names the spot (`^` marks it, else the start of the
text) where the problem must point; line and column are counted from the edited text itself.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from generator.catalogue.load import Catalog, parse_catalog
from generator.catalogue.model import DEFAULT_LB, DescribedIntensity, PercentIntensity
from generator.catalogue.problems import Problem
from generator.loads import Unit
from tests.located import assert_one_problem, location, problems

BASE = """\
[settings]
units = ["kg", "lb"]

[settings.kg]
bar = 20
plates = [25, 10, 2.5]
rows = { min = 40, max = 200, step = 10 }

[sources.book]
title = "Weightlifting basics"
author = "A. Coach"
publisher = "Barbell Press"

[[exercises]]
id = "romanian-deadlift"
name = "Romanian deadlift"
summary = "A hip hinge that starts from the top."
pattern = "hinge"
muscles = { primary = ["hamstrings", "glutes"] }
equipment = ["barbell"]
cues = ["Push the hips back.", "Keep the bar close."]
safety = ["Keep the back flat."]
sources = ["book"]

[exercises.prescription]
sets = 3
reps = [6, 10]
intensity = [{ of = "clean", percent = [70, 100] }]

[[exercises]]
id = "clean"
name = "Clean"
summary = "The barbell from the floor to the shoulders in one pull."
pattern = "olympic"
muscles = { primary = ["quadriceps"] }
equipment = ["barbell", "plates"]
cues = ["Fast elbows."]
safety = ["Use bumper plates."]
sources = ["book"]
"""

RDL = "exercise 'romanian-deadlift'"
RDL_HEADER = '[[exercises]]\nid = "romanian-deadlift"'
RDL_SOURCES = 'sources = ["book"]\n\n[exercises.prescription]'
CLEAN_END = 'safety = ["Use bumper plates."]\nsources = ["book"]\n'
INTENSITY = 'intensity = [{ of = "clean", percent = [70, 100] }]'
TOO_FEW = "is empty; at least 1 item is needed"


def not_a_slug(value: str) -> str:
    return (
        f"'{value}' is not a valid id: use lower-case letters and digits, "
        "with single hyphens between words (like 'romanian-deadlift')"
    )


INTENSITY_KIND = (
    'an intensity is a table: { of = "clean", percent = [70, 100] }, { percent = 80 } '
    '(of the exercise\'s own 1RM), { describe = "moderate" }, { bodyweight = true }, '
    '{ bodyweight = true, added_kg = 10 }, { band = "light" }, { rpe = 8 } or { rir = 2 }'
)
EXERCISE_KEYS = (
    "id, name, aliases, summary, pattern, muscles, equipment, level, mechanic, goals, placement, cues, faults, "
    "safety, prescription, load_table_rows, related, variations, substitutes, not_substitutes, not_duplicates, media, "
    "sources, source_note"
)


def edit(old: str, new: str, text: str = BASE) -> str:
    assert text.count(old) == 1, f"{old!r} must occur exactly once"
    return text.replace(old, new)


def valid(text: str) -> Catalog:
    return parse_catalog(text, "exercises.toml")


# --- the base document --------------------------------------------------------------------------


def test_base_document_is_valid() -> None:
    catalog = valid(BASE)

    rdl = catalog.exercise("romanian-deadlift")
    assert [e.id for e in catalog.exercises] == ["romanian-deadlift", "clean"]
    assert rdl.pattern == "hinge"
    assert rdl.muscles.primary == ["hamstrings", "glutes"]
    assert rdl.equipment == ["barbell"]
    assert rdl.cues == ["Push the hips back.", "Keep the bar close."]
    assert rdl.sources == ["book"]
    assert catalog.source("book").url is None
    assert catalog.settings.units == [Unit.KG, Unit.LB]
    assert catalog.settings.kg.bar == Decimal(20)
    assert catalog.settings.lb == DEFAULT_LB


def test_location_helper_counts_from_one() -> None:
    assert location(BASE, "[settings]") == (1, 1)
    assert location(BASE, "sets = 3") == (26, 1)
    assert location(BASE, 'intensity = [{ of = "clean", ^percent') == (28, 30)


# --- unknown keys -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "at", "message"),
    [
        pytest.param(
            'safety = ["Keep the back flat."]',
            'safety = ["Keep the back flat."]\nsafty = ["Brace."]',
            "safty =",
            f"{RDL}: safty: unknown key 'safty'; did you mean 'safety'?",
            id="exercise",
        ),
        pytest.param(
            'muscles = { primary = ["hamstrings", "glutes"] }',
            'muscles = { primary = ["hamstrings", "glutes"], secundary = ["erectors"] }',
            "secundary",
            f"{RDL}: muscles.secundary: unknown key 'secundary'; did you mean 'secondary'?",
            id="inline-table",
        ),
        pytest.param(
            "sets = 3",
            'sets = 3\ntempp = "slow"',
            "tempp =",
            f"{RDL}: prescription.tempp: unknown key 'tempp'; did you mean 'tempo'?",
            id="sub-table",
        ),
        pytest.param(
            'publisher = "Barbell Press"',
            'publisher = "Barbell Press"\nurll = "https://example.com"',
            "urll",
            "source 'book': urll: unknown key 'urll'; did you mean 'url'?",
            id="source",
        ),
        pytest.param(
            'units = ["kg", "lb"]',
            'unit = ["kg", "lb"]',
            "unit =",
            "[settings]: unit: unknown key 'unit'; did you mean 'units'?",
            id="settings",
        ),
    ],
)
def test_unknown_key_suggests_the_close_one(old: str, new: str, at: str, message: str) -> None:
    assert_one_problem(edit(old, new), at, message)


def test_unknown_key_position_is_the_key_itself() -> None:
    text = edit('safety = ["Keep the back flat."]', 'safety = ["Keep the back flat."]\n  safty = 1')

    problem = assert_one_problem(
        text, "safty", f"{RDL}: safty: unknown key 'safty'; did you mean 'safety'?"
    )

    assert (problem.line, problem.column) == (23, 3)


@pytest.mark.parametrize(
    ("old", "new", "at", "message"),
    [
        pytest.param(
            'pattern = "hinge"',
            'pattern = "hinge"\ndifficulty = "hard"',
            "difficulty",
            f"{RDL}: difficulty: unknown key 'difficulty'; the keys allowed here are: {EXERCISE_KEYS}",
            id="exercise",
        ),
        pytest.param(
            INTENSITY,
            'intensity = [{ describe = "heavy", weight = 3 }]',
            "weight",
            f"{RDL}: prescription.intensity[0].weight: unknown key 'weight'; "
            "the keys allowed here are: describe",
            id="described-intensity",
        ),
        pytest.param(
            INTENSITY,
            'intensity = [{ of = "clean", percent = [70, 100], describe = "heavy" }]',
            "describe",
            f"{RDL}: prescription.intensity[0].describe: unknown key 'describe'; "
            "the keys allowed here are: of, percent",
            id="percent-intensity",
        ),
        pytest.param(
            'publisher = "Barbell Press"',
            'publisher = "Barbell Press"\nisbn = "978-0"',
            "isbn",
            "source 'book': isbn: unknown key 'isbn'; "
            "the keys allowed here are: title, author, publisher, url",
            id="source",
        ),
        pytest.param(
            'units = ["kg", "lb"]',
            'units = ["kg", "lb"]\ntheme = "dark"',
            "theme",
            "[settings]: theme: unknown key 'theme'; the keys allowed here are: units, kg, lb, one_rep_max_formula",
            id="settings",
        ),
        pytest.param(
            CLEAN_END,
            f"{CLEAN_END}\n[extras]\ncolour = 1\n",
            "[extras]",
            "extras: unknown key 'extras'; the keys allowed here are: settings, sources, exercises, programs",
            id="top-level-table",
        ),
    ],
)
def test_unknown_key_without_close_match_lists_allowed_keys(
    old: str, new: str, at: str, message: str
) -> None:
    assert_one_problem(edit(old, new), at, message)


@pytest.mark.parametrize(
    ("old", "new", "at", "message"),
    [
        pytest.param(
            'safety = ["Keep the back flat."]',
            'safty = ["Keep the back flat."]',
            "safty",
            f"{RDL}: safty: unknown key 'safty'; did you mean 'safety'?",
            id="exercise-safety",
        ),
        pytest.param(
            "percent = [70, 100]",
            "percnt = [70, 100]",
            "percnt",
            f"{RDL}: prescription.intensity[0].percnt: unknown key 'percnt'; "
            "did you mean 'percent'?",
            id="intensity-percent",
        ),
        pytest.param(
            "bar = 20",
            "bars = 20",
            "bars",
            "[settings]: kg.bars: unknown key 'bars'; did you mean 'bar'?",
            id="settings-bar",
        ),
    ],
)
def test_misspelled_required_key_is_one_problem(old: str, new: str, at: str, message: str) -> None:
    """The misspelling is the mistake; the key it stands for is not also reported missing."""
    assert_one_problem(edit(old, new), at, message)


def test_misspelling_does_not_hide_another_missing_key() -> None:
    text = edit('name = "Romanian deadlift"\n', "")
    text = edit('safety = ["Keep the back flat."]', 'safty = ["Keep the back flat."]', text)

    found = problems(text)

    assert [(p.line, p.column, p.message) for p in found] == [
        (*location(text, RDL_HEADER), f"{RDL}: name: this required key is missing"),
        (*location(text, "safty"), f"{RDL}: safty: unknown key 'safty'; did you mean 'safety'?"),
    ]


# --- missing keys -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "key"),
    [
        pytest.param('name = "Romanian deadlift"\n', "name", id="name"),
        pytest.param(
            'summary = "A hip hinge that starts from the top."\n', "summary", id="summary"
        ),
        pytest.param('pattern = "hinge"\n', "pattern", id="pattern"),
        pytest.param('muscles = { primary = ["hamstrings", "glutes"] }\n', "muscles", id="muscles"),
        pytest.param('equipment = ["barbell"]\n', "equipment", id="equipment"),
        pytest.param('cues = ["Push the hips back.", "Keep the bar close."]\n', "cues", id="cues"),
        pytest.param('safety = ["Keep the back flat."]\n', "safety", id="safety"),
        pytest.param('sources = ["book"]\n\n[exercises.prescription]', "sources", id="sources"),
    ],
)
def test_missing_required_exercise_key_points_at_the_entry(old: str, key: str) -> None:
    new = "\n[exercises.prescription]" if key == "sources" else ""
    text = edit(old, new)

    assert_one_problem(text, RDL_HEADER, f"{RDL}: {key}: this required key is missing")


def test_missing_id_names_the_exercise_by_number() -> None:
    text = edit('id = "clean"\n', "")

    assert_one_problem(
        text, '[[exercises]]\nname = "Clean"', "exercise #2: id: this required key is missing"
    )


@pytest.mark.parametrize(
    ("old", "new", "at", "message"),
    [
        pytest.param(
            'title = "Weightlifting basics"\n',
            "",
            "[sources.book]",
            "source 'book': title: this required key is missing",
            id="source-title",
        ),
        pytest.param(
            "bar = 20\n",
            "",
            "[settings.kg]",
            "[settings]: kg.bar: this required key is missing",
            id="settings-bar",
        ),
        pytest.param(
            'muscles = { primary = ["hamstrings", "glutes"] }',
            'muscles = { secondary = ["glutes"] }',
            "muscles = { secondary",
            f"{RDL}: muscles.primary: this required key is missing",
            id="inline-table-key",
        ),
        pytest.param(
            INTENSITY,
            'intensity = [{ of = "clean" }]',
            "intensity = [^{ of",
            f"{RDL}: prescription.intensity[0].percent: this required key is missing",
            id="intensity-percent",
        ),
        pytest.param(
            INTENSITY,
            "intensity = [{ added_kg = 10 }]",
            "intensity = [^{ added_kg",
            f"{RDL}: prescription.intensity[0].bodyweight: this required key is missing",
            id="intensity-bodyweight",
        ),
        pytest.param(
            INTENSITY,
            "intensity = [{}]",
            "intensity = [^{}",
            f"{RDL}: prescription.intensity[0].describe: this required key is missing",
            id="intensity-empty-table",
        ),
    ],
)
def test_missing_nested_key_points_at_the_closest_written_ancestor(
    old: str, new: str, at: str, message: str
) -> None:
    assert_one_problem(edit(old, new), at, message)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param('[settings]\nunits = ["kg"]\n', id="settings-only"),
    ],
)
def test_a_catalogue_needs_exercises(text: str) -> None:
    found = problems(text)

    assert found == [
        Problem("exercises.toml", 1, 1, "exercises: this required key is missing", "missing key")
    ]


# --- lists that must not be empty, and their items ----------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "at", "field"),
    [
        pytest.param(
            'cues = ["Push the hips back.", "Keep the bar close."]',
            "cues = []",
            "cues = []",
            "cues",
            id="cues",
        ),
        pytest.param(
            'safety = ["Keep the back flat."]', "safety = []", "safety = []", "safety", id="safety"
        ),
        pytest.param(
            'equipment = ["barbell"]',
            "equipment = []",
            "equipment = []",
            "equipment",
            id="equipment",
        ),
        pytest.param(
            RDL_SOURCES,
            "sources = []\n\n[exercises.prescription]",
            "sources = []",
            "sources",
            id="sources",
        ),
        pytest.param(
            'muscles = { primary = ["hamstrings", "glutes"] }',
            "muscles = { primary = [] }",
            "muscles = { ^primary = []",
            "muscles.primary",
            id="muscles-primary",
        ),
    ],
)
def test_required_list_must_not_be_empty(old: str, new: str, at: str, field: str) -> None:
    assert_one_problem(edit(old, new), at, f"{RDL}: {field}: {TOO_FEW}")


@pytest.mark.parametrize(
    ("old", "new", "at", "message"),
    [
        pytest.param(
            'cues = ["Push the hips back.", "Keep the bar close."]',
            'cues = ["Push the hips back.", 3]',
            'cues = ["Push the hips back.", ^3]',
            f'{RDL}: cues[1]: expected text in quotes ("..."), got 3',
            id="number-in-cues",
        ),
        pytest.param(
            'safety = ["Keep the back flat."]',
            'safety = ["Keep the back flat.", "  "]',
            'safety = ["Keep the back flat.", ^"  "]',
            f"{RDL}: safety[1]: is empty; write the text or remove the item",
            id="blank-safety-item",
        ),
        pytest.param(
            'cues = ["Push the hips back.", "Keep the bar close."]',
            'cues = "Push the hips back."',
            'cues = "Push',
            f'{RDL}: cues: expected a list [...], got "Push the hips back."',
            id="cues-not-a-list",
        ),
        pytest.param(
            'name = "Romanian deadlift"',
            'name = "   "',
            'name = "   "',
            f"{RDL}: name: is empty; write the text",
            id="blank-name",
        ),
    ],
)
def test_wrong_type_or_blank_text(old: str, new: str, at: str, message: str) -> None:
    assert_one_problem(edit(old, new), at, message)


def test_text_is_stripped() -> None:
    text = edit('cues = ["Fast elbows."]', 'cues = ["  Fast elbows.  "]')

    assert valid(text).exercise("clean").cues == ["Fast elbows."]


# --- ids ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad_id",
    [
        pytest.param("Romanian-deadlift", id="upper-case"),
        pytest.param("romanian deadlift", id="space"),
        pytest.param("romanian-deadlift-", id="trailing-hyphen"),
        pytest.param("-romanian-deadlift", id="leading-hyphen"),
        pytest.param("romanian--deadlift", id="double-hyphen"),
        pytest.param("romanian_deadlift", id="underscore"),
    ],
)
def test_id_must_be_a_slug(bad_id: str) -> None:
    text = edit('id = "romanian-deadlift"', f'id = "{bad_id}"')

    assert_one_problem(text, f'id = "{bad_id}"', f"exercise '{bad_id}': id: {not_a_slug(bad_id)}")


def test_id_at_most_64_characters() -> None:
    long_id = "a" * 65
    text = edit('id = "romanian-deadlift"', f'id = "{long_id}"')

    assert_one_problem(
        text,
        f'id = "{long_id}"',
        f"exercise '{long_id}': id: has 65 characters; at most 64 are allowed",
    )


@pytest.mark.parametrize(
    "good_id",
    [
        pytest.param("rdl", id="one-word"),
        pytest.param("3-position-clean", id="digits"),
        pytest.param("a" * 64, id="64-characters"),
    ],
)
def test_good_ids(good_id: str) -> None:
    text = edit('id = "romanian-deadlift"', f'id = "{good_id}"')

    assert [e.id for e in valid(text).exercises] == [good_id, "clean"]


def test_related_ids_must_be_slugs() -> None:
    text = edit(
        'cues = ["Fast elbows."]', 'cues = ["Fast elbows."]\nrelated = ["Romanian deadlift"]'
    )

    assert_one_problem(
        text,
        'related = [^"Romanian',
        f"exercise 'clean': related[0]: {not_a_slug('Romanian deadlift')}",
    )


# --- enumerations -------------------------------------------------------------------------------


NOT_A_WORD = (
    "use one of its [{table}] words, or add a word for it there (CONTRIBUTING.md shows how)"
)


@pytest.mark.parametrize(
    ("old", "new", "at", "message"),
    [
        pytest.param(
            'pattern = "hinge"',
            'pattern = "hinges"',
            'pattern = "hinges"',
            f"{RDL}: pattern: 'hinges' is not a movement pattern of vocabulary.toml; "
            "did you mean 'hinge'?",
            id="pattern",
        ),
        pytest.param(
            'pattern = "hinge"',
            'pattern = "yoga"',
            'pattern = "yoga"',
            f"{RDL}: pattern: 'yoga' is not a movement pattern of vocabulary.toml; "
            + NOT_A_WORD.format(table="patterns"),
            id="pattern-no-match",
        ),
        pytest.param(
            'muscles = { primary = ["hamstrings", "glutes"] }',
            'muscles = { primary = ["hamstrings", "glute"] }',
            '"hamstrings", ^"glute"',
            f"{RDL}: muscles.primary[1]: 'glute' is not a muscle of vocabulary.toml; "
            "did you mean 'glutes'?",
            id="muscle",
        ),
        pytest.param(
            'muscles = { primary = ["hamstrings", "glutes"] }',
            'muscles = { primary = ["hamstrings", "Gluteus Maximus"] }',
            '"hamstrings", ^"Gluteus Maximus"',
            f"{RDL}: muscles.primary[1]: 'Gluteus Maximus' is how people may say 'glutes' "
            "(Glutes); write 'glutes'",
            id="muscle-synonym",
        ),
        pytest.param(
            'muscles = { primary = ["hamstrings", "glutes"] }',
            'muscles = { primary = ["hamstrings", "abductors"] }',
            '"hamstrings", ^"abductors"',
            f"{RDL}: muscles.primary[1]: 'abductors' is how people may say 'hip-abductors' "
            "(Hip abductors); write 'hip-abductors'",
            id="a-real-word-is-no-typo-of-its-opposite",
        ),
        pytest.param(
            'muscles = { primary = ["quadriceps"] }',
            'muscles = { primary = ["quadriceps"], secondary = ["hip-flexor"] }',
            'secondary = [^"hip-flexor"]',
            "exercise 'clean': muscles.secondary[0]: 'hip-flexor' is not a muscle of "
            "vocabulary.toml; did you mean 'hip-flexors'?",
            id="secondary-muscle",
        ),
        pytest.param(
            'equipment = ["barbell", "plates"]',
            'equipment = ["barbell", "plate"]',
            '"barbell", ^"plate"',
            "exercise 'clean': equipment[1]: 'plate' is not an equipment word of "
            "vocabulary.toml; did you mean 'plates'?",
            id="equipment",
        ),
        pytest.param(
            'equipment = ["barbell", "plates"]',
            'equipment = ["barbell", "partner"]',
            '"barbell", ^"partner"',
            None,
            id="equipment-a-real-word",
        ),
        pytest.param(
            'units = ["kg", "lb"]',
            'units = ["kg", "kilo"]',
            'units = ["kg", ^"kilo"]',
            "[settings]: units[1]: 'kilo' is not a known value; choose from: kg, lb",
            id="unit",
        ),
    ],
)
def test_unknown_word(old: str, new: str, at: str, message: str | None) -> None:
    if message is None:  # a word of the vocabulary
        parse_catalog(edit(old, new), "exercises.toml")
    else:
        assert_one_problem(edit(old, new), at, message)


# --- sets and reps ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "field", "low", "high"),
    [
        pytest.param("sets = 3", "sets = 3", "sets", 3, 3, id="sets-number"),
        pytest.param("sets = 3", "sets = [3, 5]", "sets", 3, 5, id="sets-range"),
        pytest.param("reps = [6, 10]", "reps = 1", "reps", 1, 1, id="reps-lowest"),
        pytest.param("reps = [6, 10]", "reps = [1, 100]", "reps", 1, 100, id="reps-widest"),
        pytest.param("reps = [6, 10]", "reps = [8, 8]", "reps", 8, 8, id="reps-equal-ends"),
    ],
)
def test_sets_and_reps_good(old: str, new: str, field: str, low: int, high: int) -> None:
    prescription = valid(edit(old, new)).exercise("romanian-deadlift").prescription

    assert prescription is not None
    value = getattr(prescription, field)
    assert (value.low, value.high) == (low, high)


def test_sets_and_reps_are_optional() -> None:
    text = edit("sets = 3\nreps = [6, 10]\n", "")

    prescription = valid(text).exercise("romanian-deadlift").prescription

    assert prescription is not None
    assert (prescription.sets, prescription.reps) == (None, None)


@pytest.mark.parametrize(
    ("old", "new", "wording"),
    [
        pytest.param(
            "sets = 3",
            "sets = [5, 3]",
            "the range starts at 5 but ends at 3; write the lower number first",
            id="reversed",
        ),
        pytest.param("sets = 3", "sets = 0", "0 is below the minimum of 1", id="zero"),
        pytest.param(
            "sets = 3",
            "sets = -2",
            "-2 is below the minimum of 1",
            id="negative",
        ),
        pytest.param(
            "sets = 3",
            "sets = [0, 3]",
            "0 is below the minimum of 1",
            id="zero-in-range",
        ),
        pytest.param(
            "reps = [6, 10]",
            "reps = 101",
            "101 is above the maximum of 100",
            id="above-100",
        ),
        pytest.param(
            "reps = [6, 10]",
            "reps = [6, 101]",
            "101 is above the maximum of 100",
            id="range-above-100",
        ),
        pytest.param(
            "reps = [6, 10]",
            "reps = [6, 8, 10]",
            "a range is [lowest, highest], got 3 numbers",
            id="three-numbers",
        ),
        pytest.param(
            "reps = [6, 10]", "reps = []", "a range is [lowest, highest], got 0 numbers", id="empty"
        ),
        pytest.param(
            "reps = [6, 10]",
            'reps = "6-10"',
            'expected a whole number or a range [lowest, highest], got "6-10"',
            id="string",
        ),
        pytest.param(
            "sets = 3",
            "sets = 2.5",
            "expected a whole number or a range [lowest, highest], got 2.5",
            id="decimal",
        ),
    ],
)
def test_sets_and_reps_bad(old: str, new: str, wording: str) -> None:
    field = new.split(" ", 1)[0]
    text = edit(old, new)

    assert_one_problem(text, new, f"{RDL}: prescription.{field}: {wording}")


def test_warmup_sets_are_percentages_of_the_working_load() -> None:
    text = edit("sets = 3\n", "sets = 3\nwarmup = [40, 60, 82.5]\n")

    prescription = valid(text).exercise("romanian-deadlift").prescription

    assert prescription is not None
    assert prescription.warmup == [Decimal(40), Decimal(60), Decimal("82.5")]


@pytest.mark.parametrize(
    ("warmup", "at", "wording"),
    [
        pytest.param(
            "[40, 100]",
            "warmup = [40, ^100]",
            "warmup[1]: 100 is too large: it must be less than 100",
            id="working-load",
        ),
        pytest.param(
            "[0, 50]",
            "warmup = [^0, 50]",
            "warmup[0]: 0 is too small: it must be more than 0",
            id="zero",
        ),
        pytest.param(
            "[60, 40]",
            "warmup = [60, 40]",
            "warmup: warm-up sets go up: 40 % comes after 60 %; list them lightest first",
            id="going-down",
        ),
    ],
)
def test_warmup_bad(warmup: str, at: str, wording: str) -> None:
    text = edit("sets = 3\n", f"sets = 3\nwarmup = {warmup}\n")

    assert_one_problem(text, at, f"{RDL}: prescription.{wording}")


# --- percent ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("percent", "low", "high"),
    [
        pytest.param("[70, 100]", Decimal(70), Decimal(100), id="range"),
        pytest.param("[72.5, 80]", Decimal("72.5"), Decimal(80), id="decimal"),
        pytest.param("85", Decimal(85), Decimal(85), id="number"),
        pytest.param("[0.5, 150]", Decimal("0.5"), Decimal(150), id="limits"),
    ],
)
def test_percent_good(percent: str, low: Decimal, high: Decimal) -> None:
    text = edit("percent = [70, 100]", f"percent = {percent}")

    prescription = valid(text).exercise("romanian-deadlift").prescription

    assert prescription is not None
    [intensity] = prescription.intensity
    assert isinstance(intensity, PercentIntensity)
    assert intensity.of == "clean"
    assert (intensity.percent.low, intensity.percent.high) == (low, high)
    assert str(intensity.percent.low) == str(low)


@pytest.mark.parametrize(
    ("percent", "wording"),
    [
        pytest.param("[70, 151]", "151 is above the maximum of 150", id="151"),
        pytest.param("0", "0 is below the minimum of 0.5", id="zero"),
        pytest.param("[0.4, 80]", "0.4 is below the minimum of 0.5", id="0.4"),
        pytest.param("-70", "-70 is below the minimum of 0.5", id="negative"),
        pytest.param(
            "[80, 70]",
            "the range starts at 80 but ends at 70; write the lower number first",
            id="reversed",
        ),
        pytest.param(
            "[60, 70, 80]", "a range is [lowest, highest], got 3 numbers", id="three-numbers"
        ),
        pytest.param(
            '"70%"',
            'expected a number or a range [lowest, highest], got "70%"',
            id="string",
        ),
    ],
)
def test_percent_bad(percent: str, wording: str) -> None:
    text = edit("percent = [70, 100]", f"percent = {percent}")

    assert_one_problem(
        text,
        'intensity = [{ of = "clean", ^percent',
        f"{RDL}: prescription.intensity[0].percent: {wording}",
    )


# --- intensity: a percentage of a lift, or words ------------------------------------------------


def test_wrong_percent_gives_one_problem_and_no_complaint_about_describe() -> None:
    text = edit("percent = [70, 100]", "percent = [70, 180]")

    found = problems(text)

    assert len(found) == 1, found
    assert "describe" not in found[0].message
    assert found[0].message == (
        f"{RDL}: prescription.intensity[0].percent: 180 is above the maximum of 150"
    )


def test_error_in_second_intensity_names_its_index() -> None:
    text = edit(
        INTENSITY,
        'intensity = [\n  { describe = "light" },\n  { of = "clean", percent = [70, 180] },\n]',
    )

    assert_one_problem(
        text,
        '  { of = "clean", ^percent',
        f"{RDL}: prescription.intensity[1].percent: 180 is above the maximum of 150",
    )


@pytest.mark.parametrize(
    ("intensity", "at"),
    [
        pytest.param("[70]", "intensity = [^70]", id="number"),
        pytest.param('["heavy"]', 'intensity = [^"heavy"]', id="string"),
        pytest.param("[[70, 100]]", "intensity = [^[70, 100]]", id="array"),
    ],
)
def test_intensity_must_be_a_table(intensity: str, at: str) -> None:
    text = edit(INTENSITY, f"intensity = {intensity}")

    assert_one_problem(text, at, f"{RDL}: prescription.intensity[0]: {INTENSITY_KIND}")


def test_intensity_must_be_a_list() -> None:
    text = edit(INTENSITY, 'intensity = { of = "clean", percent = [70, 100] }')

    assert_one_problem(
        text, "intensity", f"{RDL}: prescription.intensity: expected a list [...], got a table"
    )


def test_at_most_six_intensities() -> None:
    seven = ", ".join(['{ describe = "heavy" }'] * 7)
    text = edit(INTENSITY, f"intensity = [{seven}]")

    assert_one_problem(
        text,
        "intensity",
        f"{RDL}: prescription.intensity: has 7 items; at most 6 are allowed",
    )


def test_described_intensity_good() -> None:
    text = edit(
        INTENSITY,
        'intensity = [{ describe = "  Moderate to heavy " }, { of = "clean", percent = 75 }]',
    )

    prescription = valid(text).exercise("romanian-deadlift").prescription

    assert prescription is not None
    described, percent = prescription.intensity
    assert described == DescribedIntensity(describe="Moderate to heavy")
    assert isinstance(percent, PercentIntensity)
    assert prescription.percent_intensities == [percent]


def test_described_intensity_must_not_be_blank() -> None:
    text = edit(INTENSITY, 'intensity = [{ describe = "" }]')

    assert_one_problem(
        text,
        "intensity = [{ ^describe",
        f"{RDL}: prescription.intensity[0].describe: is empty; write the text",
    )


def test_intensity_of_must_be_a_slug() -> None:
    text = edit('of = "clean"', 'of = "Clean"')

    assert_one_problem(
        text, "intensity = [{ ^of", f"{RDL}: prescription.intensity[0].of: {not_a_slug('Clean')}"
    )


# --- settings -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "at", "message"),
    [
        pytest.param(
            "bar = 20",
            "bar = 0",
            "bar = 0",
            "[settings]: kg.bar: 0 is too small: it must be more than 0",
            id="bar-zero",
        ),
        pytest.param(
            "bar = 20",
            "bar = -5",
            "bar = -5",
            "[settings]: kg.bar: -5 is too small: it must be more than 0",
            id="bar-negative",
        ),
        pytest.param(
            "bar = 20",
            "bar = 101",
            "bar = 101",
            "[settings]: kg.bar: 101 is above the maximum of 100",
            id="bar-heavy",
        ),
        pytest.param(
            "plates = [25, 10, 2.5]",
            "plates = []",
            "plates = []",
            f"[settings]: kg.plates: {TOO_FEW}",
            id="plates-empty",
        ),
        pytest.param(
            "plates = [25, 10, 2.5]",
            "plates = [25, 0, 2.5]",
            "plates = [25, ^0, 2.5]",
            "[settings]: kg.plates[1]: 0 is too small: it must be more than 0",
            id="plate-zero",
        ),
        pytest.param(
            "plates = [25, 10, 2.5]",
            "plates = [25, -10]",
            "plates = [25, ^-10]",
            "[settings]: kg.plates[1]: -10 is too small: it must be more than 0",
            id="plate-negative",
        ),
        pytest.param(
            "plates = [25, 10, 2.5]",
            "plates = [25, { weight = 10, pairs = 0 }, 2.5]",
            "{ weight = 10, ^pairs = 0 }",
            "[settings]: kg.plates[1].pairs: 0 is below the minimum of 1",
            id="plate-pairs-zero",
        ),
        pytest.param(
            "plates = [25, 10, 2.5]",
            "plates = [25, { weight = 10 }, 2.5]",
            "plates = [25, ^{ weight = 10 }, 2.5]",
            "[settings]: kg.plates[1].pairs: this required key is missing",
            id="plate-pairs-missing",
        ),
        pytest.param(
            "plates = [25, 10, 2.5]",
            'plates = [25, "ten", 2.5]',
            'plates = [25, ^"ten", 2.5]',
            "[settings]: kg.plates[1]: a plate is a weight (20), or a weight and how many pairs "
            "there are: { weight = 20, pairs = 1 }",
            id="plate-text",
        ),
        pytest.param(
            "plates = [25, 10, 2.5]",
            "plates = [25, { weight = 10, pairs = 1 }, 10]",
            "plates = [25, { weight = 10, pairs = 1 }, 10]",
            "[settings]: kg.plates: the 10 plate is listed more than once; list it once",
            id="plate-counted-twice",
        ),
        pytest.param(
            'units = ["kg", "lb"]',
            'units = ["kg", "lb"]\none_rep_max_formula = "lombardi"',
            'one_rep_max_formula = "lombardi"',
            "[settings]: one_rep_max_formula: 'lombardi' is not a known value; choose from: epley, brzycki",
            id="unknown-formula",
        ),
        pytest.param(
            'units = ["kg", "lb"]',
            'units = ["kg", "kg"]',
            'units = ["kg", "kg"]',
            "[settings]: units: each unit may be listed once",
            id="duplicate-units",
        ),
        pytest.param(
            'units = ["kg", "lb"]',
            "units = []",
            "units = []",
            f"[settings]: units: {TOO_FEW}",
            id="no-units",
        ),
        pytest.param(
            "rows = { min = 40, max = 200, step = 10 }",
            "rows = { min = 200, max = 40, step = 10 }",
            "rows",
            "[settings]: kg.rows: the range starts at 200 but ends at 40; write the lower number first",
            id="rows-reversed",
        ),
        pytest.param(
            "rows = { min = 40, max = 200, step = 10 }",
            "rows = { min = 40, max = 200, step = 1 }",
            "rows",
            "[settings]: kg.rows: more than 40 rows; use a larger step or a narrower range",
            id="rows-too-many",
        ),
        pytest.param(
            "rows = { min = 40, max = 200, step = 10 }",
            "rows = { min = 40, max = 440, step = 10 }",
            "rows",
            "[settings]: kg.rows: more than 40 rows; use a larger step or a narrower range",
            id="rows-41",
        ),
        pytest.param(
            "rows = { min = 40, max = 200, step = 10 }",
            "rows = { min = 0, max = 200, step = 10 }",
            "rows = { ^min = 0",
            "[settings]: kg.rows.min: 0 is too small: it must be more than 0",
            id="rows-min-zero",
        ),
    ],
)
def test_settings_bad(old: str, new: str, at: str, message: str) -> None:
    assert_one_problem(edit(old, new), at, message)


def test_settings_good() -> None:
    text = edit(
        "bar = 20\nplates = [25, 10, 2.5]\nrows = { min = 40, max = 200, step = 10 }",
        "bar = 20.5\nplates = [10, 25, 10]\nrows = { min = 50, max = 440, step = 10 }",
    )
    text = edit('units = ["kg", "lb"]', 'units = ["lb"]', text)

    settings = valid(text).settings

    assert settings.units == [Unit.LB]
    assert settings.kg.bar == Decimal("20.5")
    assert settings.kg.plates == [Decimal(25), Decimal(10)]
    assert (settings.kg.rows.min, settings.kg.rows.max) == (Decimal(50), Decimal(440))


def test_plates_by_count() -> None:
    """A home gym: one pair of 20s, as many 5s as needed; the readable TOML form of both kinds."""
    text = edit(
        "plates = [25, 10, 2.5]",
        "plates = [5, { weight = 20, pairs = 1 }, { weight = 2.5, pairs = 3 }]",
    )
    text = edit(
        'units = ["kg", "lb"]', 'units = ["kg", "lb"]\none_rep_max_formula = "brzycki"', text
    )

    settings = valid(text).settings

    assert settings.kg.weights == (Decimal(20), Decimal(5), Decimal("2.5"))
    assert settings.kg.pairs == (1, None, 3)
    assert settings.one_rep_max_formula == "brzycki"


def test_load_table_rows_of_an_exercise_are_checked_like_settings() -> None:
    text = edit(
        CLEAN_END,
        f"{CLEAN_END}load_table_rows = {{ kg = {{ min = 40, max = 200, step = 1 }} }}\n",
    )

    assert_one_problem(
        text,
        "load_table_rows = { ^kg",
        "exercise 'clean': load_table_rows.kg: more than 40 rows; use a larger step or a narrower range",
    )


# --- urls ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "wording"),
    [
        pytest.param(
            "ftp://example.com/book",
            'the address must start with http:// or https://, got "ftp://example.com/book"',
            id="ftp",
        ),
        pytest.param(
            "example.com/book",
            '"example.com/book" is not a web address; write it in full, like https://example.org/page',
            id="bare",
        ),
    ],
)
def test_source_url_must_be_http(url: str, wording: str) -> None:
    text = edit('publisher = "Barbell Press"', f'publisher = "Barbell Press"\nurl = "{url}"')

    assert_one_problem(text, "url =", f"source 'book': url: {wording}")


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("https://example.com/book", id="https"),
        pytest.param("http://example.com/book", id="http"),
    ],
)
def test_source_url_good(url: str) -> None:
    text = edit('publisher = "Barbell Press"', f'publisher = "Barbell Press"\nurl = "{url}"')

    assert str(valid(text).source("book").url) == url


def media(entry: str) -> str:
    return edit(CLEAN_END, f"{CLEAN_END}media = [{entry}]\n")


@pytest.mark.parametrize(
    ("url", "wording"),
    [
        pytest.param(
            "example.com/video",
            '"example.com/video" is not a web address; write it in full, like https://example.org/page',
            id="bare",
        ),
        pytest.param(
            "ftp://example.com/video",
            'the address must start with http:// or https://, got "ftp://example.com/video"',
            id="ftp",
        ),
    ],
)
def test_media_url_must_be_http(url: str, wording: str) -> None:
    text = media(f'{{ title = "Video", url = "{url}", credit = "A. Coach" }}')

    assert_one_problem(text, 'title = "Video", ^url', f"exercise 'clean': media[0].url: {wording}")


def test_media_needs_a_credit() -> None:
    text = media('{ title = "Video", url = "https://example.com/video" }')

    assert_one_problem(
        text, "media = [^{", "exercise 'clean': media[0].credit: this required key is missing"
    )


def test_media_good() -> None:
    text = media('{ title = "Video", url = "https://example.com/video", credit = "A. Coach" }')

    [item] = valid(text).exercise("clean").media
    assert (item.title, str(item.url), item.credit) == (
        "Video",
        "https://example.com/video",
        "A. Coach",
    )


@pytest.mark.parametrize(
    ("muscles", "message"),
    [
        pytest.param(
            'muscles = { primary = ["hamstrings", "glutes"], secondary = ["glutes"] }',
            "glutes listed as both primary and secondary; keep one",
            id="primary-and-secondary",
        ),
        pytest.param(
            'muscles = { primary = ["hamstrings", "glutes", "hamstrings"] }',
            "hamstrings listed more than once",
            id="twice",
        ),
    ],
)
def test_each_muscle_is_listed_once(muscles: str, message: str) -> None:
    text = edit('muscles = { primary = ["hamstrings", "glutes"] }', muscles)

    assert_one_problem(text, muscles, f"{RDL}: muscles: {message}")


def test_secondary_muscles_are_optional_and_distinct_from_primary() -> None:
    text = edit(
        'muscles = { primary = ["hamstrings", "glutes"] }',
        'muscles = { primary = ["hamstrings"], secondary = ["glutes", "erectors"] }',
    )

    rdl = valid(text).exercises[0]
    assert rdl.muscles.secondary == ["glutes", "erectors"]
