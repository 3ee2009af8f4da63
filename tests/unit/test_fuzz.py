"""`check` on random and mutated documents, the real exercises.toml included: never a traceback.

Whatever the input, `python -m generator check` ends with exit 0 (valid) or 1 (every line a
located problem, then a summary by kind). It runs in-process through click's test runner, so hypothesis can
try hundreds of documents a run; HYPOTHESIS_PROFILE=thorough tries 10,000 of each kind.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.catalogue.source import parse_toml
from generator.engines.cli.commands import main
from tests.conftest import ROOT
from tests.located import assert_summary_counts, split_report
from tests.xss_corpus import RENDERED, toml_string

REAL = (ROOT / "exercises.toml").read_text("utf-8")
LOCATED = re.compile(r"^exercises\.toml:\d+:\d+: .+$")
# A few hundred examples by default; the thorough profile's count when it is larger.
FUZZ = settings(
    max_examples=3 * settings.default.max_examples,  # 300 in `make test`, 60 in `make test-fast`
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _check(data: bytes, folder: Path) -> list[str]:
    """The located problem lines of `check` (exit 1), or none (exit 0); never a traceback."""
    (folder / "exercises.toml").write_bytes(data)
    result = CliRunner().invoke(
        main, ["check", str(folder / "exercises.toml")], catch_exceptions=True
    )
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code in {0, 1}, result.output
    if result.exit_code == 0:
        return []
    lines = result.stderr.replace(str(folder) + "/", "").splitlines()
    assert lines, "exit 1 without a message"
    problems, summary = split_report(lines)
    assert summary, lines[-1]
    for line in problems:
        assert LOCATED.match(line), line
    assert_summary_counts(problems, summary)
    return problems


KEYS = [
    "id", "name", "aliases", "summary", "pattern", "muscles", "primary", "equipment", "cues",
    "safety", "sources", "sets", "reps", "percent", "of", "describe", "intensity", "rows", "min",
    "max", "step", "bar", "plates", "weight", "pairs", "units", "exercise", "load", "url", "safty",
]  # fmt: skip

# Pieces of TOML a contributor might write, right or wrong, as values and as whole lines.
NUMBERS = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.decimals(min_value=-(10**6), max_value=10**6, places=4).map(lambda d: f"{d:f}"),
    st.sampled_from(
        ["0", "-0", "1e999999", "1e-999999", "inf", "nan", "0x10", "1_000", "9" * 5000]
    ),
)
STRINGS = st.one_of(
    st.text(max_size=40).map(toml_string),
    st.sampled_from(RENDERED).map(toml_string),
    st.sampled_from(['"romanian-deadlift"', '"clean"', '"hinge"', '"kg"', '"barbell"', '"index"']),
)
SCALARS = st.one_of(NUMBERS, STRINGS, st.sampled_from(["true", "false", "1979-05-27"]))
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5).map(lambda items: "[" + ", ".join(items) + "]"),
        st.dictionaries(st.sampled_from(KEYS), inner, max_size=4).map(
            lambda table: "{ " + ", ".join(f"{k} = {v}" for k, v in table.items()) + " }"
        ),
    ),
    max_leaves=12,
)
VALUE_LINE = re.compile(r"^(\s*[A-Za-z_\-.\"]+\s*=\s*)(.+)$", re.M)


@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    _check(data, tmp_path_factory.mktemp("fuzz"))


@FUZZ
@given(text=st.text(alphabet=st.sampled_from(list("[]{}=\"',.#\n abc019-_")), max_size=300))
def test_random_toml_like_text(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    _check(text.encode(), tmp_path_factory.mktemp("fuzz"))


@FUZZ
@given(data=st.data())
def test_real_catalogue_with_values_replaced(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """Some `key = value` lines of the real file get another value: wrong types, edge numbers,
    attack strings, nested tables."""
    lines = REAL.split("\n")
    candidates = [i for i, line in enumerate(lines) if VALUE_LINE.match(line)]
    for index in data.draw(st.lists(st.sampled_from(candidates), min_size=1, max_size=4)):
        match = VALUE_LINE.match(lines[index])
        assert match is not None
        lines[index] = match.group(1) + data.draw(VALUES)
    _check("\n".join(lines).encode(), tmp_path_factory.mktemp("fuzz"))


@FUZZ
@given(data=st.data())
def test_real_catalogue_cut_and_spliced(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """Bytes of the real file deleted, duplicated or inserted, as a bad merge or a slip might."""
    text = REAL.encode()
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        start = data.draw(st.integers(min_value=0, max_value=len(text)))
        length = data.draw(st.integers(min_value=0, max_value=200))
        piece = text[start : start + length]
        edit = data.draw(st.sampled_from(["delete", "duplicate", "insert"]))
        if edit == "delete":
            text = text[:start] + text[start + length :]
        elif edit == "duplicate":
            text = text[:start] + piece + piece + text[start + length :]
        else:
            text = text[:start] + data.draw(st.binary(max_size=20)) + text[start:]
    _check(text, tmp_path_factory.mktemp("fuzz"))


def _numbers(data: object, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """The path of every number of a parsed document (booleans are no numbers)."""
    if isinstance(data, dict):
        return [p for key, value in data.items() for p in _numbers(value, (*path, key))]
    if isinstance(data, list):
        return [p for index, value in enumerate(data) for p in _numbers(value, (*path, index))]
    return [path] if isinstance(data, int | Decimal) and not isinstance(data, bool) else []


_NUMBER_TOKEN = re.compile(r"[-+]?[0-9][0-9_.eE+-]*")


def _number_spans(text: str) -> list[tuple[int, int]]:
    """Where each number of the TOML text is written: (start, end) offsets, in document order."""
    return [span for span, _ in _numbers_where(text)]


def _numbers_where(text: str) -> list[tuple[tuple[int, int], tuple[str | int, ...]]]:
    """Each number of the TOML text: where it is written, and its path."""
    source = parse_toml(text, "exercises.toml")
    line_starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
    spans = []
    for path in _numbers(source.data):
        line, column = source.position(path)
        start = line_starts[line - 1] + column - 1
        if isinstance(path[-1], str):  # `key = 3`: the number follows the `=`
            start = text.index("=", start) + 1
            while text[start] == " ":
                start += 1
        match = _NUMBER_TOKEN.match(text, start)
        assert match, (path, text[start : start + 20])
        spans.append((match.span(), path))
    return spans


REAL_NUMBERS = _number_spans(REAL)
# Where zero is a right answer: no reps left in reserve is a set taken to failure.
ZERO_IS_FINE = {span[0] for span, path in _numbers_where(REAL) if "rir" in path}
# What no numeric field may take: not finite, beyond any bound or 64 bits, zero, not a number.
EDGE_NUMBERS = st.one_of(
    st.sampled_from(["nan", "+nan", "-nan", "inf", "+inf", "-inf", "1e309", "-1e309", "-0.0"]),
    st.sampled_from(["0", "0.0", "1e-999999", "true", "false", "[]", "{}", "1979-05-27"]),
    st.integers(min_value=2**63, max_value=10**40).map(str),
    st.integers(min_value=-(10**40), max_value=-1).map(str),
    # Printable text only: a control character would be a TOML syntax error, found first.
    st.text(alphabet="abcxyz 0123456789.-+", max_size=10).map(toml_string),
)


@FUZZ
@given(data=st.data())
def test_real_catalogue_with_edge_numbers(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """Numbers of the real file replaced by nan, inf, huge, zero or non-numbers: each a located
    problem on its line, and never a traceback."""
    spans = data.draw(st.lists(st.sampled_from(REAL_NUMBERS), min_size=1, max_size=4, unique=True))
    text = REAL
    for start, end in sorted(spans, reverse=True):
        edge = EDGE_NUMBERS.filter(lambda v: v != "0") if start in ZERO_IS_FINE else EDGE_NUMBERS
        text = text[:start] + data.draw(edge) + text[end:]
    problems = _check(text.encode(), tmp_path_factory.mktemp("fuzz"))
    assert problems, "an edge number was accepted"
    lines = {int(line.split(":")[1]) for line in problems}
    for start, _ in spans:
        line = REAL.count("\n", 0, start) + 1
        assert line in lines, f"no problem on line {line}: {problems}"
