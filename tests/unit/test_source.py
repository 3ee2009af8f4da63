"""parse_toml: syntax errors located where tomllib says, and the position of every key and item."""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from generator.catalogue.problems import CatalogError, Problem
from generator.catalogue.source import KeyPath, SourceDocument, decode_toml, parse_toml

EXERCISES_TOML = Path(__file__).resolve().parents[2] / "exercises.toml"


def syntax_problem(text: str) -> Problem:
    with pytest.raises(CatalogError) as caught:
        parse_toml(text, "exercises.toml")
    problems = caught.value.problems
    assert len(problems) == 1, problems
    return problems[0]


def tomllib_position(text: str) -> tuple[int, int]:
    """Line and column from tomllib's own message, '... (at line 3, column 6)'."""
    with pytest.raises(tomllib.TOMLDecodeError) as caught:
        tomllib.loads(text)
    match = re.search(r"\(at line (\d+), column (\d+)\)$", str(caught.value))
    assert match is not None, str(caught.value)
    return int(match[1]), int(match[2])


# --- syntax errors ------------------------------------------------------------------------------


def test_missing_equals_is_located_where_tomllib_says() -> None:
    text = 'id = "clean"\nname = "Clean"\npattern "olympic"\n'

    problem = syntax_problem(text)

    assert (problem.line, problem.column) == (3, 9)
    assert (problem.line, problem.column) == tomllib_position(text)
    assert problem.file == "exercises.toml"
    assert problem.message == "TOML syntax: Expected '=' after a key in a key/value pair"
    assert str(problem) == (
        "exercises.toml:3:9: TOML syntax: Expected '=' after a key in a key/value pair"
    )


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        pytest.param(
            "a = 1\na = 2\n", 2, 6, "TOML syntax: Cannot overwrite a value", id="duplicate-key"
        ),
        pytest.param("a = 1\nb = tru\n", 2, 5, "TOML syntax: Invalid value", id="invalid-value"),
        pytest.param(
            "[settings\nunits = []\n",
            1,
            10,
            "TOML syntax: Expected ']' at the end of a table declaration",
            id="unclosed-header",
        ),
        pytest.param(
            "a = 1\nb = { c = 1\n", 2, 12, "TOML syntax: Unclosed inline table", id="inline-table"
        ),
        pytest.param(
            'a = 1\nb = "abc\nc = 2\n',
            2,
            9,
            "TOML syntax: Illegal character '\\n'",
            id="newline-in-string",
        ),
    ],
)
def test_syntax_error_position_matches_tomllib(
    text: str, line: int, column: int, message: str
) -> None:
    problem = syntax_problem(text)

    assert (problem.line, problem.column) == (line, column)
    assert (problem.line, problem.column) == tomllib_position(text)
    assert problem.message == message


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        pytest.param('a = 1\nb = """abc', 2, 11, "TOML syntax: Unterminated string", id="string"),
        pytest.param(
            'a = 1\nb = """abc\n', 2, 11, "TOML syntax: Unterminated string", id="string-newline"
        ),
        pytest.param(
            'a = 1\nb = "abc', 2, 9, "TOML syntax: Unterminated string", id="basic-string"
        ),
        pytest.param("a = 1\nb = [1, 2", 2, 10, "TOML syntax: Unclosed array", id="array"),
        pytest.param(
            "a = 1\nb = [\n  1,\n  2", 4, 4, "TOML syntax: Unclosed array", id="multiline"
        ),
    ],
)
def test_unterminated_value_points_at_end_of_last_line(
    text: str, line: int, column: int, message: str
) -> None:
    """tomllib says only 'at end of document'; the problem points just after the last character."""
    problem = syntax_problem(text)

    assert (problem.line, problem.column) == (line, column)
    assert problem.message == message


def test_syntax_error_raises_catalog_error_without_chained_tomllib_error() -> None:
    with pytest.raises(CatalogError) as caught:
        parse_toml("a =\n", "f.toml")

    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__
    assert str(caught.value) == "f.toml:1:4: TOML syntax: Invalid value\n1 problem found"


# --- data ---------------------------------------------------------------------------------------


def test_floats_become_exact_decimals() -> None:
    document = parse_toml("percent = [72.5, 100]\nbar = 20.0\n", "f.toml")

    assert document.data == {"percent": [Decimal("72.5"), 100], "bar": Decimal("20.0")}
    assert isinstance(document.data["percent"][0], Decimal)
    assert document.filename == "f.toml"


# --- positions ----------------------------------------------------------------------------------


def positions(text: str) -> dict[KeyPath, tuple[int, int]]:
    return parse_toml(text, "f.toml").positions


def test_key_in_a_table() -> None:
    text = '[settings]\nunits = ["kg"]\n\n[settings.kg]\n  bar = 20\n'

    found = positions(text)

    assert found[("settings",)] == (1, 1)
    assert found[("settings", "units")] == (2, 1)
    assert found[("settings", "units", 0)] == (2, 10)
    assert found[("settings", "kg")] == (4, 1)
    assert found[("settings", "kg", "bar")] == (5, 3)


def test_keys_in_array_of_tables_get_the_entry_index() -> None:
    text = '[[exercises]]\nid = "clean"\n\n# second\n[[exercises]]\nname = "Deadlift"\nid = "deadlift"\n'

    found = positions(text)

    assert found[("exercises", 0)] == (1, 1)
    assert found[("exercises", 0, "id")] == (2, 1)
    assert found[("exercises", 1)] == (5, 1)
    assert found[("exercises", 1, "name")] == (6, 1)
    assert found[("exercises", 1, "id")] == (7, 1)
    assert ("exercises", 2) not in found


def test_dotted_key_records_every_level_at_the_key() -> None:
    text = '[[exercises]]\nid = "clean"\n  muscles.primary = ["glutes", "hamstrings"]\n'

    found = positions(text)

    assert found[("exercises", 0, "muscles")] == (3, 3)
    assert found[("exercises", 0, "muscles", "primary")] == (3, 3)
    assert found[("exercises", 0, "muscles", "primary", 0)] == (3, 22)
    assert found[("exercises", 0, "muscles", "primary", 1)] == (3, 32)


def test_dotted_key_with_spaces_and_quoted_part() -> None:
    text = 'x = 1\na . "b.c" . d = 2\n'

    found = positions(text)

    assert found[("a", "b.c", "d")] == (2, 1)
    assert ("a", "b", "c") not in found


def test_items_of_a_multiline_array_each_on_its_own_line() -> None:
    text = (
        "[[exercises]]\n"
        "cues = [\n"
        '  "Stand tall.",\n'
        "\n"
        "    'Hinge at the hips.',  # a comment ]\n"
        '  """Drive the hips\n'
        'forward.""",\n'
        '  "Stand up."\n'
        "]\n"
        'safety = ["Flat back."]\n'
    )

    found = positions(text)

    assert found[("exercises", 0, "cues")] == (2, 1)
    assert found[("exercises", 0, "cues", 0)] == (3, 3)
    assert found[("exercises", 0, "cues", 1)] == (5, 5)
    assert found[("exercises", 0, "cues", 2)] == (6, 3)
    assert found[("exercises", 0, "cues", 3)] == (8, 3)
    assert ("exercises", 0, "cues", 4) not in found
    assert found[("exercises", 0, "safety")] == (10, 1)
    assert found[("exercises", 0, "safety", 0)] == (10, 11)


def test_keys_inside_inline_tables_inside_an_array() -> None:
    text = (
        "[[exercises]]\n"
        'id = "romanian-deadlift"\n'
        "[exercises.prescription]\n"
        "intensity = [\n"
        '  { of = "clean", percent = [70, 100] },\n'
        '  { describe = "heavy" },\n'
        "]\n"
    )
    intensity = ("exercises", 0, "prescription", "intensity")

    found = positions(text)

    assert found[intensity] == (4, 1)
    assert found[(*intensity, 0)] == (5, 3)
    assert found[(*intensity, 0, "of")] == (5, 5)
    assert found[(*intensity, 0, "percent")] == (5, 19)
    assert found[(*intensity, 0, "percent", 0)] == (5, 30)
    assert found[(*intensity, 0, "percent", 1)] == (5, 34)
    assert found[(*intensity, 1)] == (6, 3)
    assert found[(*intensity, 1, "describe")] == (6, 5)


def test_intensity_alternatives_on_one_line() -> None:
    text = '[[exercises]]\nid = "rdl"\n[exercises.prescription]\nintensity = [{ of = "clean", percent = [70, 100] }]\n'

    found = positions(text)

    assert found[("exercises", 0, "prescription", "intensity", 0)] == (4, 14)
    assert found[("exercises", 0, "prescription", "intensity", 0, "of")] == (4, 16)
    assert found[("exercises", 0, "prescription", "intensity", 0, "percent")] == (4, 30)


def test_nested_inline_tables_and_arrays() -> None:
    text = 'm = { a = { b = 1 }, "c d" = [ { e = 2 } ] }\nx = [[1, 2], [3]]\n'

    found = positions(text)

    assert found[("m", "a")] == (1, 7)
    assert found[("m", "a", "b")] == (1, 13)
    assert found[("m", "c d")] == (1, 22)
    assert found[("m", "c d", 0)] == (1, 32)
    assert found[("m", "c d", 0, "e")] == (1, 34)
    assert found[("x", 0)] == (2, 6)
    assert found[("x", 0, 1)] == (2, 10)
    assert found[("x", 1, 0)] == (2, 15)


def test_sub_table_belongs_to_the_latest_array_entry() -> None:
    text = (
        "[[exercises]]\n"
        'id = "a"\n'
        "[exercises.prescription]\n"
        "sets = 3\n"
        "\n"
        "[[exercises]]\n"
        'id = "b"\n'
        "\n"
        "[exercises.prescription]\n"
        "reps = 5\n"
        "[exercises.load_table_rows]\n"
        "kg = { min = 40, max = 200, step = 10 }\n"
    )

    found = positions(text)

    assert found[("exercises", 0, "prescription")] == (3, 1)
    assert found[("exercises", 0, "prescription", "sets")] == (4, 1)
    assert found[("exercises", 1, "prescription")] == (9, 1)
    assert found[("exercises", 1, "prescription", "reps")] == (10, 1)
    assert found[("exercises", 1, "load_table_rows", "kg", "max")] == (12, 18)
    assert ("exercises", 0, "prescription", "reps") not in found
    assert ("exercises", 0, "load_table_rows") not in found


def test_nested_arrays_of_tables_count_per_parent_entry() -> None:
    text = "[[a]]\n[[a.b]]\nx = 1\n[[a]]\n[[a.b]]\ny = 1\n[[a.b]]\nz = 2\n"

    found = positions(text)

    assert found[("a", 0, "b", 0, "x")] == (3, 1)
    assert found[("a", 1, "b", 0, "y")] == (6, 1)
    assert found[("a", 1, "b", 1, "z")] == (8, 1)


def test_positions_after_multiline_strings_are_correct() -> None:
    text = (
        "[[exercises]]\n"
        'summary = """\n'
        'He said \\"""hi\\""" and [left].\n'
        "name = 'not a key'\n"
        'ends with a quote""""\n'
        "pattern = 'hinge'\n"
        "literal = '''\n"
        'x = [ "y\n'
        "'''\n"
        'id = "after"\n'
        'cues = ["one", """two\n'
        'lines""", "three"]\n'
    )

    document = parse_toml(text, "f.toml")
    found = document.positions

    assert document.data["exercises"][0]["pattern"] == "hinge"
    assert found[("exercises", 0, "summary")] == (2, 1)
    assert found[("exercises", 0, "pattern")] == (6, 1)
    assert found[("exercises", 0, "literal")] == (7, 1)
    assert found[("exercises", 0, "id")] == (10, 1)
    assert found[("exercises", 0, "cues", 1)] == (11, 16)
    assert found[("exercises", 0, "cues", 2)] == (12, 11)
    assert ("exercises", 0, "name") not in found


@pytest.mark.parametrize(
    ("value", "after"),
    [
        pytest.param('"a\\\\"', (2, 1), id="escaped-backslash-before-quote"),
        pytest.param('"say \\"hi\\""', (2, 1), id="escaped-quotes"),
        pytest.param("'C:\\dir\\'", (2, 1), id="literal-with-backslash"),
        pytest.param('"""x\\\\"""', (2, 1), id="multiline-escaped-backslash"),
        pytest.param("'''x''''", (2, 1), id="literal-ends-with-quote"),
        pytest.param('""', (2, 1), id="empty"),
        pytest.param('"""\na\nb"""', (4, 1), id="three-lines"),
        pytest.param("1979-05-27 07:32:00Z", (2, 1), id="date-with-space"),
    ],
)
def test_strings_and_values_do_not_derail_the_scanner(value: str, after: tuple[int, int]) -> None:
    text = f"q = {value}\nr = 1\n"

    found = positions(text)

    assert found[("q",)] == (1, 1)
    assert found[("r",)] == after


def test_quoted_keys() -> None:
    text = (
        '[sources."dewar.lower-back"]\n'
        '"title" = "Four exercises"\n'
        "'author' = 'Mike Dewar'\n"
        '"publisher name" = "BarBend"\n'
        '"caf\\u00e9" = 1\n'
    )

    found = positions(text)

    assert found[("sources", "dewar.lower-back")] == (1, 1)
    assert found[("sources", "dewar.lower-back", "title")] == (2, 1)
    assert found[("sources", "dewar.lower-back", "author")] == (3, 1)
    assert found[("sources", "dewar.lower-back", "publisher name")] == (4, 1)
    assert found[("sources", "dewar.lower-back", "café")] == (5, 1)


def test_comments_with_brackets_and_quotes() -> None:
    text = (
        "# [[exercises]] is the start of an entry\n"
        '[[exercises]]  # "quoted" [bracket\n'
        "# [exercises.prescription]\n"
        'id = "clean"  # it\'s "the" clean ]\n'
        'name = "Clean # not a comment [x]"\n'
        "cues = [ # open [\n"
        '  "Fast elbows.", # "\n'
        "]\n"
        "pattern = 'olympic'\n"
    )

    document = parse_toml(text, "f.toml")
    found = document.positions

    assert document.data["exercises"][0]["name"] == "Clean # not a comment [x]"
    assert found[("exercises", 0)] == (2, 1)
    assert found[("exercises", 0, "id")] == (4, 1)
    assert found[("exercises", 0, "name")] == (5, 1)
    assert found[("exercises", 0, "cues", 0)] == (7, 3)
    assert found[("exercises", 0, "pattern")] == (9, 1)
    assert ("exercises", 0, "prescription") not in found
    assert ("exercises", 1) not in found


def test_windows_line_endings_and_tabs() -> None:
    text = "a = 1\r\nb = [\r\n\t1,\r\n  2]\r\n\tc = 3\r\n"

    found = positions(text)

    assert found[("b",)] == (2, 1)
    assert found[("b", 0)] == (3, 2)
    assert found[("b", 1)] == (4, 3)
    assert found[("c",)] == (5, 2)


def test_columns_count_characters_not_bytes() -> None:
    found = positions('a = ["Müller", "ü"]\nb = 1\n')

    assert found[("a", 1)] == (1, 16)


def _all_paths(value: Any, path: KeyPath = ()) -> set[KeyPath]:
    paths: set[KeyPath] = {path} if path else set()
    if isinstance(value, dict):
        for key, child in value.items():
            paths |= _all_paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            paths |= _all_paths(child, (*path, index))
    return paths


def test_every_key_and_item_of_the_real_catalogue_has_its_own_position() -> None:
    """Arrays of tables (`[[exercises]]`, `[[programs.sessions]]`) are never written as such; all else is."""
    document = parse_toml(EXERCISES_TOML.read_text(encoding="utf-8"), "exercises.toml")

    programs = range(len(document.data["programs"]))
    arrays_of_tables = {("exercises",), ("programs",)} | {
        ("programs", p, "sessions") for p in programs
    }
    assert set(document.positions) == _all_paths(document.data) - arrays_of_tables


def test_real_catalogue_positions_point_at_the_keys() -> None:
    text = EXERCISES_TOML.read_text(encoding="utf-8")
    lines = text.splitlines()
    document = parse_toml(text, "exercises.toml")

    checked = 0
    for path, (line, column) in document.positions.items():
        written = lines[line - 1][column - 1 :]
        last = path[-1]
        if isinstance(last, str) and not written.startswith("["):
            assert written.startswith(f"{last} = "), (path, written)
            checked += 1

    assert checked > 150


# --- SourceDocument.position / problem ----------------------------------------------------------

FALLBACK_TEXT = (
    "[[exercises]]\n"
    'id = "clean"\n'
    "\n"
    "[exercises.prescription]\n"
    'intensity = [{ describe = "heavy" }]\n'
)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        pytest.param(("exercises", 0, "prescription", "intensity", 0), (5, 14), id="written"),
        pytest.param(
            ("exercises", 0, "prescription", "intensity", 0, "of"), (5, 14), id="parent-item"
        ),
        pytest.param(("exercises", 0, "prescription", "sets"), (4, 1), id="parent-table"),
        pytest.param(("exercises", 0, "cues", 3), (1, 1), id="entry-header"),
        pytest.param(("settings", "kg", "bar"), (1, 1), id="nothing-written"),
        pytest.param((), (1, 1), id="empty-path"),
    ],
)
def test_position_falls_back_to_closest_written_ancestor(
    path: KeyPath, expected: tuple[int, int]
) -> None:
    document = parse_toml(FALLBACK_TEXT, "exercises.toml")

    assert document.position(path) == expected


def test_problem_uses_the_position_and_the_filename() -> None:
    document = parse_toml(FALLBACK_TEXT, "catalogue/exercises.toml")

    problem = document.problem(("exercises", 0, "prescription", "sets"), "bad sets", "bad sets")

    assert problem == Problem("catalogue/exercises.toml", 4, 1, "bad sets", "bad sets")


def test_position_of_an_unwritten_path_is_its_closest_written_ancestor() -> None:
    document = parse_toml("\n\n[a]\nb = [\n    { c = 1 },\n]\n", "f.toml")

    assert document.position(("a", "b", 0, "d")) == (5, 5)
    assert document.position(("a", "x")) == (3, 1)
    assert document.position(("z",)) == (1, 1)


def test_positions_too_deep_to_scan_fall_back_to_the_start() -> None:
    document = SourceDocument("f.toml", {}, "a = " + "[" * 5_000 + "]" * 5_000 + "\n")

    assert document.position(("a", 0)) == (1, 1)


def test_nesting_too_deep_for_the_parser_is_a_located_problem() -> None:
    depth = 5_000
    with pytest.raises(CatalogError) as caught:
        parse_toml("b = 1\na = " + "[" * depth + "]" * depth + "\n", "exercises.toml")
    assert [str(p) for p in caught.value.problems] == [
        "exercises.toml:2:5: arrays or tables nested 5000 deep here; the generator reads far fewer levels"
    ]


@pytest.mark.parametrize(
    ("line", "where", "deep"),
    [
        pytest.param("[" + ".".join(["a"] * 2_000) + "]\nx = 1\n", (3, 1), 2_000, id="header"),
        pytest.param("[[" + ".".join(["a"] * 2_000) + "]]\n", (3, 1), 2_000, id="array-of-tables"),
        pytest.param(".".join(['"a"'] * 2_000) + " = 1\n", (3, 1), 1_999, id="dotted-key"),
        pytest.param(
            "a = { " + ".".join(["b"] * 2_000) + " = 1 }\n", (3, 5), 2_000, id="in-a-table"
        ),
    ],
)
def test_a_key_of_too_many_parts_is_located_at_it_and_counted(
    line: str, where: tuple[int, int], deep: int
) -> None:
    """Each part of a key opens a table: tomli refuses a key of more parts than Python's
    recursion limit, and the message points at that key, not at the first table of the file."""
    with pytest.raises(CatalogError) as caught:
        parse_toml("[first]\nb = [1]\n" + line, "vocabulary.toml")
    assert [str(p) for p in caught.value.problems] == [
        f"vocabulary.toml:{where[0]}:{where[1]}: arrays or tables nested {deep} deep here; "
        "the generator reads far fewer levels"
    ]


@pytest.mark.parametrize(
    ("raw", "where"),
    [
        pytest.param(b'a = "x"\nb = "caf\xc3\xa9 \xff"\n', (2, 11), id="after-a-two-byte-letter"),
        pytest.param(b'\xef\xbb\xbfa = "\xc3\xa9\xe9"\n', (1, 7), id="after-a-byte-order-mark"),
        pytest.param(b"\xff\n", (1, 1), id="first-byte"),
        pytest.param(b'a = "\xe2\x82"\n', (1, 6), id="cut-short"),
    ],
)
def test_bytes_that_are_not_utf8_are_located_at_the_first_of_them(
    raw: bytes, where: tuple[int, int]
) -> None:
    """Columns count characters as an editor shows them; a byte-order mark is none."""
    with pytest.raises(CatalogError) as caught:
        decode_toml(raw, "vocabulary.toml")
    assert caught.value.problems == [
        Problem(
            "vocabulary.toml",
            *where,
            "the file is not UTF-8 text; save it as UTF-8",
            "not UTF-8 text",
        )
    ]


def test_a_byte_order_mark_is_not_part_of_the_text() -> None:
    assert decode_toml(b'\xef\xbb\xbfa = "\xc3\xa9"\n', "f.toml") == 'a = "\u00e9"\n'
