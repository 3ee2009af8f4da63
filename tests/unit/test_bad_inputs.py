"""A corpus of bad inputs, each a small change to the real exercises.toml, as a contributor might make.

Each must give `exercises.toml:LINE:COL: message` at the right place, exit 1 and no traceback,
from `python -m generator check` and, for a representative subset, from `mkdocs build`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.catalogue.load import MAX_FILE_BYTES
from generator.engines.cli.commands import main
from tests.cli import generator
from tests.conftest import ROOT
from tests.located import location

REAL = (ROOT / "exercises.toml").read_text("utf-8")
LOCATED = re.compile(r"^exercises\.toml:(\d+):(\d+): (.+)$")


@dataclass(frozen=True)
class BadInput:
    name: str
    old: str  # replaced, once, in the real exercises.toml ...
    new: str  # ... by this
    at: str  # where the problem must point: `^` marks the spot in the changed text
    message: str
    alone: bool = True  # False where the change rightly causes more problems (dangling references)

    def text(self) -> str:
        assert self.old in REAL, f"{self.old!r} is not in exercises.toml any more"
        return REAL.replace(self.old, self.new, 1)


def _id_line(exercise_id: str) -> str:
    return f'id = "{exercise_id}"'


def _line(marker: str) -> int:
    return location(REAL, marker)[0]


RDL_LINE = _line('[[exercises]]\nid = "romanian-deadlift"')
RDL_NAME_LINE = _line('name = "Romanian deadlift"')
RDL_ALIASES_LINE = _line('aliases = ["RDL"')
GOOD_MORNING_NAME_LINE = _line('name = "Good morning"')


CORPUS = [
    BadInput("empty file", REAL, "", "", "exercises: this required key is missing"),
    BadInput(
        "malformed TOML",
        'name = "Romanian deadlift"',
        'name = "Romanian deadlift',
        'name = "Romanian deadlift^',
        "TOML syntax: Illegal character '\\n'",
    ),
    BadInput(
        "nesting past the recursion limit",
        "[settings]\n",
        "deep = " + "[" * 20_000 + "]" * 20_000 + "\n[settings]\n",
        "deep = ^[",
        "arrays or tables nested 20000 deep here; the generator reads far fewer levels",
    ),
    BadInput(
        "inline tables nested past the recursion limit",
        "[settings]\n",
        "deep = " + "{ a = " * 2_000 + "1" + " }" * 2_000 + "\n[settings]\n",
        "deep = ^{",
        "arrays or tables nested 2000 deep here; the generator reads far fewer levels",
    ),
    BadInput(
        "wrong type",
        "sets = [3, 4]",
        'sets = "three"',
        'sets = "three"',
        "exercise 'romanian-deadlift': prescription.sets: "
        'expected a whole number or a range [lowest, highest], got "three"',
    ),
    BadInput(
        "missing required field",
        'pattern = "hinge"\nmuscles = { primary = ["hamstrings", "glutes", "erectors"]',
        'muscles = { primary = ["hamstrings", "glutes", "erectors"]',
        '[[exercises]]\nid = "romanian-deadlift"',
        "exercise 'romanian-deadlift': pattern: this required key is missing",
    ),
    BadInput(
        "unknown key",
        "\nsafety = [\n",
        "\nsafty = [\n",
        "safty = [",
        "exercise 'romanian-deadlift': safty: unknown key 'safty'; did you mean 'safety'?",
    ),
    BadInput(
        "range whose minimum exceeds its maximum",
        "reps = [6, 10]",
        "reps = [10, 6]",
        "reps = [10, 6]",
        "exercise 'romanian-deadlift': prescription.reps: "
        "the range starts at 10 but ends at 6; write the lower number first",
    ),
    BadInput(
        "table rows whose minimum exceeds their maximum",
        "rows = { min = 40, max = 200, step = 10 }",
        "rows = { min = 200, max = 40, step = 10 }",
        "rows = { min = 200",
        "[settings]: kg.rows: the range starts at 200 but ends at 40; write the lower number first",
    ),
    BadInput(
        "zero sets",
        "sets = [3, 4]",
        "sets = 0",
        "sets = 0",
        "exercise 'romanian-deadlift': prescription.sets: 0 is below the minimum of 1",
    ),
    BadInput(
        "negative percentage",
        "percent = [70, 100]",
        "percent = [-5, 100]",
        "percent = [-5, 100]",
        "exercise 'romanian-deadlift': prescription.intensity[0].percent: "
        "-5 is below the minimum of 0.5",
    ),
    BadInput(
        "percentage past a sane ceiling",
        "percent = [70, 100]",
        "percent = [70, 500]",
        "percent = [70, 500]",
        "exercise 'romanian-deadlift': prescription.intensity[0].percent: "
        "500 is above the maximum of 150",
    ),
    BadInput(
        "reference to a missing exercise",
        'related = ["good-morning"',
        'related = ["good-mornin"',
        'related = [^"good-mornin"',
        "exercise 'romanian-deadlift': related[0]: "
        "there is no exercise with the id 'good-mornin'; did you mean 'good-morning'?",
    ),
    BadInput(
        "reference to a missing lift",
        '{ of = "clean", percent = [70, 100] }',
        '{ of = "snatch", percent = [70, 100] }',
        '{ ^of = "snatch"',
        "exercise 'romanian-deadlift': prescription.intensity[0].of: "
        "there is no exercise with the id 'snatch'",
    ),
    BadInput(
        "reference to a missing source",
        'sources = ["dewar-lower-back", "free-exercise-db"]',
        'sources = ["dewar", "free-exercise-db"]',
        'sources = [^"dewar", "free-exercise-db"]',
        "exercise 'romanian-deadlift': sources[0]: "
        "there is no source with the id 'dewar'; add it under [sources.<id>] first",
    ),
    BadInput(
        "program naming a missing exercise",
        '{ exercise = "back-extension"',
        '{ exercise = "back-extensions"',
        '{ ^exercise = "back-extensions"',
        "program 'lower-back-assistance': sessions[0].exercises[1].exercise: "
        "there is no exercise with the id 'back-extensions'; did you mean 'back-extension'?",
    ),
    BadInput(
        "program with zero sets",
        '{ exercise = "good-morning", sets = 3',
        '{ exercise = "good-morning", sets = 0',
        '"good-morning", ^sets = 0',
        "program 'lower-back-assistance': sessions[1].exercises[0].sets: 0 is below the minimum of 1",
    ),
    BadInput(
        "duplicate id",
        _id_line("good-morning"),
        _id_line("romanian-deadlift"),
        '[[exercises]]\n^id = "romanian-deadlift"\nname = "Good morning"',
        "exercise 'romanian-deadlift': the id 'romanian-deadlift' is already used by the exercise "
        f"at line {RDL_LINE}; each exercise needs its own id",
        alone=False,  # the exercises that name good-morning now name no exercise
    ),
    BadInput(
        "name repeated in another case",
        'name = "Good morning"',
        'name = "ROMANIAN deadlift"',
        'name = "ROMANIAN deadlift"',
        "exercise 'good-morning': name: 'ROMANIAN deadlift' is already the name of exercise "
        f"'romanian-deadlift' (line {RDL_NAME_LINE}); names and aliases "
        "must be unique, ignoring case",
    ),
    BadInput(
        "alias repeated in another case",
        'aliases = ["Barbell good morning"]',
        'aliases = ["rdl"]',
        '"rdl"',
        "exercise 'good-morning': aliases[0]: 'rdl' is already an alias of exercise "
        f"'romanian-deadlift' (line {RDL_ALIASES_LINE}); names and aliases "
        "must be unique, ignoring case",
    ),
    BadInput(
        "alias repeating the exercise's own name",
        'aliases = ["Barbell good morning"]',
        'aliases = ["good MORNING"]',
        '"good MORNING"',
        "exercise 'good-morning': aliases[0]: 'good MORNING' is already the name of this "
        f"exercise (line {GOOD_MORNING_NAME_LINE}); names and aliases must be unique, "
        "ignoring case",
    ),
    BadInput(
        "reserved id",
        _id_line("good-morning"),
        _id_line("search"),
        '[[exercises]]\n^id = "search"',
        "exercise 'search': id: the id 'search' is reserved for the site's own pages; "
        "choose another",
        alone=False,  # the exercises and program that name good-morning now dangle
    ),
    BadInput(
        "reserved program id",
        _id_line("lower-back-assistance"),
        _id_line("index"),
        'id = "index"',
        "program 'index': id: the id 'index' is reserved for the site's own pages; choose another",
    ),
    BadInput(
        "id that is not a slug",
        _id_line("good-morning"),
        _id_line("Good_Morning"),
        'id = "Good_Morning"',
        "exercise 'Good_Morning': id: 'Good_Morning' is not a valid id: use lower-case letters "
        "and digits, with single hyphens between words (like 'romanian-deadlift')",
        alone=False,  # the exercises and program that name good-morning now dangle
    ),
    BadInput(
        "id forging a message line and a terminal colour",
        _id_line("good-morning"),
        'id = "x\\u001b[31m\\nexercises.toml:1:1: forged"',
        'id = "x',
        "exercise 'x\\x1b[31m\\nexercises.toml:1:1: forged': id: 'x\\x1b[31m\\nexercises.toml:1:1: "
        "forged' is not a valid id: use lower-case letters and digits, with single hyphens between "
        "words (like 'romanian-deadlift')",
        alone=False,  # the exercises and program that name good-morning now dangle
    ),
    BadInput(
        "id past the length limit",
        _id_line("good-morning"),
        _id_line("a" * 65),
        'id = "aaa',
        f"exercise '{'a' * 65}': id: has 65 characters; at most 64 are allowed",
        alone=False,  # the exercises and program that name good-morning now dangle
    ),
    BadInput(
        "javascript: media address",
        'related = ["good-morning"',
        'media = [{ title = "Demo", url = "javascript:alert(1)", credit = "Me" }]\n'
        'related = ["good-morning"',
        '"Demo", ^url = "javascript',
        "exercise 'romanian-deadlift': media[0].url: the address must start with http:// or "
        'https://, got "javascript:alert(1)"',
    ),
    BadInput(
        "data: source address",
        'publisher = "BarBend"',
        'publisher = "BarBend"\nurl = "data:text/html,<script>alert(1)</script>"',
        'url = "data:',
        "source 'dewar-lower-back': url: the address must start with http:// or https://, "
        'got "data:text/html,<script>alert(1)</script>"',
    ),
    BadInput(
        "javascript: link in a text",
        '"Unlock the knees',
        '"[see](javascript:alert(1)) Unlock the knees',
        '"[see](javascript',
        "exercise 'romanian-deadlift': cues[1]: the link target 'javascript:alert(1)' is not "
        "allowed: a link goes to an http:// or https:// address, or to a page of this site",
    ),
    BadInput(
        "vbscript: link in a text",
        "It puts more stress",
        "It puts [more](VBScript:msgbox(1)) stress",
        '"Barbell good morning"]\n^summary = """',
        "exercise 'good-morning': summary: the link target 'VBScript:msgbox(1)' is not "
        "allowed: a link goes to an http:// or https:// address, or to a page of this site",
    ),
    BadInput(
        "text past the length limit",
        '"Unlock the knees',
        '"' + "x" * 2001 + " Unlock the knees",
        '"xxx',
        "exercise 'romanian-deadlift': cues[1]: has 2071 characters; at most 2000 are allowed",
    ),
    BadInput(
        "list past the length limit",
        "cues = [\n",
        "cues = [\n" + '"Cue.",\n' * 20,
        "cues = [",
        "exercise 'romanian-deadlift': cues: has 26 items; at most 20 are allowed",
    ),
    BadInput(
        "blank name",
        'name = "Good morning"',
        'name = "  "',
        'name = "  "',
        "exercise 'good-morning': name: is empty; write the text",
    ),
    BadInput(
        "invisible bidirectional override",
        '"Unlock the knees',
        '"\u202eUnlock the knees',
        '"\u202eUnlock',
        "exercise 'romanian-deadlift': cues[1]: holds the invisible control character U+202E; "
        "remove it",
    ),
    BadInput(
        "integer too long to read",
        "sets = [3, 4]",
        f"sets = [{'9' * 5000}, 4]",
        "sets = [^999",
        "this number has too many digits to be read",
    ),
    BadInput(
        "plates too fine to round loads quickly",
        "plates = [25, 20, 15, 10, 5, 2.5, 1.25]",
        "plates = [25, 0.01]",
        "[settings.kg]",
        "[settings]: kg: these plates add up in steps of 0.01; choose plates whose weights are "
        "all multiples of 0.25 or more",
    ),
]


def _expected(case: BadInput) -> str:
    text = case.text()
    line, column = location(text, case.at) if case.at else (1, 1)
    return f"exercises.toml:{line}:{column}: {case.message}"


def _located_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if LOCATED.match(line)]


@pytest.mark.parametrize("case", CORPUS, ids=[case.name for case in CORPUS])
def test_check_locates_the_mistake(tmp_path: Path, case: BadInput) -> None:
    assert_located(tmp_path, case)


def assert_located(tmp_path: Path, case: BadInput) -> None:
    """`check` on the changed catalogue: exit 1, no traceback, the case's located message."""
    (tmp_path / "exercises.toml").write_text(case.text(), "utf-8")
    result = generator("check", "exercises.toml", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    located = _located_lines(result.stderr)
    assert _expected(case) in located
    if case.alone:
        assert len(located) == 1, located


def test_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    data = REAL.replace('name = "Good morning"', 'name = "Good m\xf6rning"').encode("latin-1")
    (tmp_path / "exercises.toml").write_bytes(data)
    result = generator("check", "exercises.toml", cwd=tmp_path)
    line, column = location(REAL, 'name = "Good m^orning"')
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert _located_lines(result.stderr) == [
        f"exercises.toml:{line}:{column}: the file is not UTF-8 text; save it as UTF-8"
    ]


def test_a_file_past_the_size_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    # Deliberately broken TOML after the limit: a parser would report it; the size check comes first.
    (tmp_path / "exercises.toml").write_text(REAL + "=" * MAX_FILE_BYTES, "utf-8")
    result = generator("check", "exercises.toml", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert _located_lines(result.stderr) == [
        "exercises.toml:1:1: the file is larger than 8 MiB, the most the generator reads; "
        "split long texts or remove what is not needed"
    ]


# --- numbers that cannot crash anything ---------------------------------------------------------


@dataclass(frozen=True)
class NumericField:
    """A number of the real exercises.toml: `old` becomes `new` with `{v}` put in for the value."""

    name: str
    old: str
    new: str
    at: str  # where the problem must point, with `{v}`: `^` marks the spot
    field: str  # how the message names the field, with its subject

    def text(self, value: str) -> str:
        assert REAL.count(self.old) == 1, f"{self.old!r} must occur once in exercises.toml"
        return REAL.replace(self.old, self.new.replace("{v}", value))

    def where(self, value: str) -> tuple[int, int]:
        return location(self.text(value), self.at.replace("{v}", value))


SETS = "sets = [3, 4]\nreps = [6, 10]\n"
CLEAN_PERCENT = '  { of = "clean", percent = [70, 100] },'
RDL_ROWS = "load_table_rows = { kg = { min = 60, max = 160, step = 10 }"
KG_PLATES = "plates = [25, 20, 15, 10, 5, 2.5, 1.25]"
KG_ROWS = "rows = { min = 40, max = 200, step = 10 }"
GOOD_MORNING_ENTRY = '{ exercise = "good-morning", sets = 3, reps = [8, 10]'
RDL_ENTRY_LOAD = 'load = { of = "clean", percent = [70, 100] } }'
RDL = "exercise 'romanian-deadlift'"
CLEAN = "exercise 'clean'"
PROGRAM = "program 'lower-back-assistance'"

NUMERIC_FIELDS = [
    # exercises
    NumericField("sets", SETS, "sets = {v}\nreps = [6, 10]\n", "sets = {v}\nreps", f"{RDL}: prescription.sets"),
    NumericField("sets range", SETS, "sets = [3, {v}]\nreps = [6, 10]\n", "sets = [3, {v}]\nreps", f"{RDL}: prescription.sets"),
    NumericField("reps", SETS, "sets = [3, 4]\nreps = [{v}, 10]\n", "reps = [{v}, 10]\n", f"{RDL}: prescription.reps"),
    NumericField("percent", CLEAN_PERCENT, '  { of = "clean", percent = {v} },', '"clean", ^percent = {v} },', f"{RDL}: prescription.intensity[0].percent"),
    NumericField("percent range", CLEAN_PERCENT, '  { of = "clean", percent = [70, {v}] },', '"clean", ^percent = [70, {v}] },', f"{RDL}: prescription.intensity[0].percent"),
    NumericField("warmup", SETS, SETS + "warmup = [40, {v}]\n", "warmup = [40, ^{v}]", f"{RDL}: prescription.warmup[1]"),
    NumericField("load_table_rows min", RDL_ROWS, "load_table_rows = { kg = { min = {v}, max = 160, step = 10 }", "kg = { ^min = {v}, max = 160", f"{CLEAN}: load_table_rows.kg.min"),
    NumericField("load_table_rows max", RDL_ROWS, "load_table_rows = { kg = { min = 60, max = {v}, step = 10 }", "min = 60, ^max = {v}", f"{CLEAN}: load_table_rows.kg.max"),
    NumericField("load_table_rows step", RDL_ROWS, "load_table_rows = { kg = { min = 60, max = 160, step = {v} }", "max = 160, ^step = {v}", f"{CLEAN}: load_table_rows.kg.step"),
    # settings
    NumericField("bar", "bar = 20\n", "bar = {v}\n", "bar = {v}\n", "[settings]: kg.bar"),
    NumericField("pound bar", "bar = 45\n", "bar = {v}\n", "bar = {v}\n", "[settings]: lb.bar"),
    NumericField("plate", KG_PLATES, "plates = [25, {v}, 15, 10, 5, 2.5, 1.25]", "plates = [25, ^{v}, 15", "[settings]: kg.plates[1]"),
    NumericField("plate weight", KG_PLATES, "plates = [25, 20, { weight = {v}, pairs = 1 }]", "{ ^weight = {v}, pairs", "[settings]: kg.plates[2].weight"),
    NumericField("plate pairs", KG_PLATES, "plates = [25, 20, { weight = 15, pairs = {v} }]", "weight = 15, ^pairs = {v} }", "[settings]: kg.plates[2].pairs"),
    NumericField("rows min", KG_ROWS, "rows = { min = {v}, max = 200, step = 10 }", "rows = { ^min = {v}", "[settings]: kg.rows.min"),
    NumericField("rows max", KG_ROWS, "rows = { min = 40, max = {v}, step = 10 }", "min = 40, ^max = {v}", "[settings]: kg.rows.max"),
    NumericField("rows step", KG_ROWS, "rows = { min = 40, max = 200, step = {v} }", "max = 200, ^step = {v}", "[settings]: kg.rows.step"),
    # programs
    NumericField("program sets", GOOD_MORNING_ENTRY, '{ exercise = "good-morning", sets = {v}, reps = [8, 10]', '"good-morning", ^sets = {v}', f"{PROGRAM}: sessions[1].exercises[0].sets"),
    NumericField("program reps", GOOD_MORNING_ENTRY, '{ exercise = "good-morning", sets = 3, reps = [8, {v}]', "sets = 3, ^reps = [8, {v}]", f"{PROGRAM}: sessions[1].exercises[0].reps"),
    NumericField("program load percent", RDL_ENTRY_LOAD, 'load = { of = "clean", percent = [70, {v}] } }', 'load = { of = "clean", ^percent = [70, {v}] } }', f"{PROGRAM}: sessions[0].exercises[0].load.percent"),
]  # fmt: skip

# What TOML lets a contributor write where a number belongs, that no number field may take.
EDGE_VALUES = [
    "nan", "+nan", "-nan", "inf", "+inf", "-inf", "1e309", "-1e309", "-0.0", "1e-999999",
    "99999999999999999999999", "-99999999999999999999999", "true", "false", '"3"', '"nan"', "[]",
    "{}",
]  # fmt: skip


def _check_in_process(text: str, folder: Path) -> tuple[int, str]:
    """`check` as the command line runs it, in this process: a few hundred runs take seconds."""
    (folder / "exercises.toml").write_text(text, "utf-8")
    result = CliRunner().invoke(main, ["check", str(folder / "exercises.toml")])
    assert isinstance(result.exception, SystemExit), result.exception  # not a crash
    return result.exit_code, result.output.replace(str(folder) + "/", "")


@pytest.mark.parametrize("value", EDGE_VALUES)
@pytest.mark.parametrize("field", NUMERIC_FIELDS, ids=[f.name for f in NUMERIC_FIELDS])
def test_an_edge_number_in_any_numeric_field_is_a_located_problem(
    tmp_path: Path, field: NumericField, value: str
) -> None:
    code, output = _check_in_process(field.text(value), tmp_path)
    line, column = field.where(value)
    assert code == 1
    assert "Traceback" not in output
    located = _located_lines(output)
    assert located, output
    spot = f"exercises.toml:{line}:{column}: {field.field}"
    assert any(row.startswith((f"{spot}:", f"{spot}.")) for row in located), located


# A real process and a real `mkdocs build` for some of them: the crash that started this was one.
EDGE_CASES = [
    ("percent range", "nan"),
    ("plate", "inf"),
    ("rows step", "-0.0"),
    ("program sets", "99999999999999999999999"),
    ("plate pairs", "true"),
    ("bar", '"20"'),
]
_BY_NAME = {field.name: field for field in NUMERIC_FIELDS}


@pytest.mark.parametrize(("name", "value"), EDGE_CASES)
def test_check_reports_an_edge_number_without_a_traceback(
    tmp_path: Path, name: str, value: str
) -> None:
    field = _BY_NAME[name]
    (tmp_path / "exercises.toml").write_text(field.text(value), "utf-8")
    result = generator("check", "exercises.toml", cwd=tmp_path)
    line, column = field.where(value)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    located = _located_lines(result.stderr)
    assert len(located) == 1, located
    assert located[0].startswith(f"exercises.toml:{line}:{column}: {field.field}: ")
