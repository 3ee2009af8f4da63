"""The report of problems: one line each, then a count by kind with each kind's first location."""

from __future__ import annotations

from generator.catalogue.problems import CatalogError, Problem, by_kind, summary


def _problem(line: int, kind: str, file: str = "exercises.toml") -> Problem:
    return Problem(file, line, 3, f"message {line}", kind)


def test_kinds_are_counted_the_most_frequent_first() -> None:
    problems = [
        _problem(9, "unknown key"),
        _problem(4, "number not finite"),
        _problem(7, "number not finite"),
        _problem(2, "unknown key"),
        _problem(5, "unknown key"),
        _problem(8, "empty text"),
    ]
    assert summary(problems) == (
        "6 problems of 3 kinds:\n"
        "  3 × unknown key (first at exercises.toml:2:3)\n"
        "  2 × number not finite (first at exercises.toml:4:3)\n"
        "  1 × empty text (first at exercises.toml:8:3)"
    )


def test_counts_line_up_and_equal_counts_keep_file_order() -> None:
    problems = [_problem(line, "unknown key") for line in range(100, 112)]
    problems += [_problem(50, "empty text"), _problem(20, "list too long")]
    assert summary(problems).splitlines() == [
        "14 problems of 3 kinds:",
        "  12 × unknown key (first at exercises.toml:100:3)",
        "   1 × list too long (first at exercises.toml:20:3)",
        "   1 × empty text (first at exercises.toml:50:3)",
    ]


def test_one_problem_needs_no_summary_by_kind() -> None:
    assert summary([_problem(3, "unknown key")]) == "1 problem found"


def test_one_kind() -> None:
    assert summary([_problem(3, "unknown key"), _problem(1, "unknown key")]) == (
        "2 problems of 1 kind:\n  2 × unknown key (first at exercises.toml:1:3)"
    )


def test_the_first_location_cannot_forge_a_line() -> None:
    problem = _problem(1, "unknown key", file="a\nexercises.toml")
    assert summary([problem, problem]).splitlines()[1].endswith("(first at a\\nexercises.toml:1:3)")


def test_the_error_text_is_every_problem_then_the_summary() -> None:
    problems = [_problem(9, "unknown key"), _problem(2, "empty text"), _problem(4, "unknown key")]
    assert str(CatalogError(problems)).splitlines() == [
        "exercises.toml:2:3: message 2",
        "exercises.toml:4:3: message 4",
        "exercises.toml:9:3: message 9",
        "3 problems of 2 kinds:",
        "  2 × unknown key (first at exercises.toml:4:3)",
        "  1 × empty text (first at exercises.toml:2:3)",
    ]


def test_by_kind_keeps_the_first_problem_of_each_kind() -> None:
    first = _problem(1, "unknown key")
    kinds = by_kind([_problem(5, "unknown key"), first])
    assert [(k.kind, k.count, k.first) for k in kinds] == [("unknown key", 2, first)]
