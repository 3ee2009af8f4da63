"""The house of generator/: four rooms whose imports run one way, engines -> site -> catalogue ->
loads, and modules small enough to read (ARCHITECTURE.md draws it)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "generator"
# Each room, and the rooms below it that it may import from.
ROOMS = ["engines", "site", "catalogue", "loads"]
# The only modules at the top of generator/: the package and `python -m generator`.
TOP_LEVEL = {"__init__.py", "__main__.py"}
MAX_LINES = 300


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def room(module: str) -> str | None:
    """`generator.site.paths` -> "site"; the package itself belongs to no room."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "generator" and parts[1] in ROOMS else None


def imported(text: str) -> list[tuple[int, str]]:
    """Every module of generator/ that the source `text` imports, with the line: at the top, in a
    function or under TYPE_CHECKING alike (a type is a dependency too)."""
    found = []
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
    return [(line, name) for line, name in found if name.split(".")[0] == "generator"]


def backward_imports(path: str, text: str) -> list[str]:
    """The imports of the module at `path` (relative to the project) that run back up the house."""
    here = room(".".join(Path(path).with_suffix("").parts))
    if here is None:
        return []
    allowed = set(ROOMS[ROOMS.index(here) :])
    return [
        f"{path}:{line}: {here} imports {name}"
        for line, name in imported(text)
        if room(name) is not None and room(name) not in allowed
    ]


def test_imports_run_one_way_engines_site_catalogue_loads() -> None:
    problems = [
        problem
        for path in modules()
        for problem in backward_imports(str(path.relative_to(ROOT)), path.read_text("utf-8"))
    ]
    assert problems == []


def test_an_import_back_up_is_caught() -> None:
    """The check itself: a catalogue module that imports the site is reported, with its line."""
    text = "from generator.loads import Unit\nfrom generator.site.paths import exercise_page\n"
    assert backward_imports("generator/catalogue/model/example.py", text) == [
        "generator/catalogue/model/example.py:2: catalogue imports generator.site.paths"
    ]
    assert backward_imports("generator/engines/example.py", text) == []


def test_the_top_of_generator_holds_only_its_rooms() -> None:
    top = {path.name for path in PACKAGE.iterdir() if path.name != "__pycache__"}
    assert top == TOP_LEVEL | set(ROOMS)
    for name in ROOMS:
        assert (PACKAGE / name / "__init__.py").is_file(), name


def test_every_room_says_what_it_may_import() -> None:
    for name in ROOMS[:-1]:
        doc = ast.get_docstring(ast.parse((PACKAGE / name / "__init__.py").read_text("utf-8")))
        assert doc and "May import:" in doc, name


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_is_over_300_lines(path: Path) -> None:
    assert len(path.read_text("utf-8").splitlines()) <= MAX_LINES


SCRIPTS = ROOT / "docs" / "assets" / "javascripts"
# What the Python of generator/loads/ states, as a script would have to write it to state it again:
# the formulas' names and numbers, the reps an estimate takes, the units and their weight in kg;
# and of the model, the lowest training max (the program page's inputs carry the bounds).
# tests/js/calculator.test.js shows the other side: given other rules in the data, the script follows.
RULES_OF_PYTHON = [
    r"epley|brzycki",
    r"\b30\b|\b36\b|\b37\b",
    r"\b10\b.*reps|reps.*\b10\b",
    r"0\.45359237|2\.2046",
    r"[\"'](kg|lb)[\"']",
    r"\b50\b",
]


@pytest.mark.parametrize("script", sorted(SCRIPTS.glob("*.js")), ids=lambda p: p.name)
def test_the_sites_scripts_state_no_rule_that_python_states(script: Path) -> None:
    code = "\n".join(
        line
        for line in script.read_text("utf-8").splitlines()
        if not line.strip().startswith(("//", "*", "/*"))
    )
    for rule in RULES_OF_PYTHON:
        assert not re.search(rule, code, re.IGNORECASE), f"{script.name} states {rule}"
