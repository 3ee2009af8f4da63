"""A real catalogue: free-exercise-db's 873 exercises, converted by benchmarks/free_exercise_db.py, pass `check`."""

from __future__ import annotations

import importlib.util
import json
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.catalogue.load_vocabulary import default_vocabulary
from tests.cli import generator
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data" / "free-exercise-db.json"


def _converter() -> ModuleType:
    path = ROOT / "benchmarks" / "free_exercise_db.py"
    spec = importlib.util.spec_from_file_location("free_exercise_db", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


converter = _converter()


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = json.loads(DATA.read_text("utf-8"))
    return loaded


@pytest.fixture(scope="module")
def catalogue(records: list[dict[str, Any]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("real") / "exercises.toml"
    path.write_text(converter.convert(records), "utf-8")
    return path


def test_the_real_catalogue_passes_check(catalogue: Path) -> None:
    exercises = tomllib.loads(catalogue.read_text("utf-8"))["exercises"]
    assert len(exercises) >= 800
    result = generator("check", str(catalogue), cwd=catalogue.parent)
    assert result.returncode == 0, result.stderr
    assert f"{len(exercises)} exercises" in result.stdout


def test_every_exercise_but_those_waiting_for_a_word_is_converted(
    records: list[dict[str, Any]], catalogue: Path
) -> None:
    names = {e["name"] for e in tomllib.loads(catalogue.read_text("utf-8"))["exercises"]}
    kept = [r["name"] for r in records if r["name"] not in converter.LEFT_OUT]
    assert names == {converter.catalogue_name(name) for name in kept}


def test_no_equipment_only_where_the_data_set_or_the_name_table_says_so(
    records: list[dict[str, Any]], catalogue: Path
) -> None:
    said = {r["name"] for r in records if r["equipment"] == "body only"}
    said |= {name for name, words in converter.EQUIPMENT_BY_NAME.items() if words == ("none",)}
    exercises = tomllib.loads(catalogue.read_text("utf-8"))["exercises"]
    without = {e["name"] for e in exercises if "none" in e["equipment"]}
    assert without and without <= said
    assert all(e["equipment"] == ["none"] for e in exercises if "none" in e["equipment"])


RECORD = {
    "id": "Test_Lift",
    "name": "Test Lift",
    "category": "strength",
    "force": "pull",
    "level": "beginner",
    "mechanic": "compound",
    "equipment": "barbell",
    "primaryMuscles": ["hamstrings"],
    "secondaryMuscles": [],
}


def test_names_and_ids_are_made_unique_deterministically() -> None:
    twins = [
        {**RECORD, "id": "a", "name": "Romanian Deadlift"},
        {**RECORD, "id": "b", "name": "romanian deadlift"},
        {**RECORD, "id": "c", "name": "Romanian-Deadlift"},
    ]
    exercises = tomllib.loads(converter.convert(twins))["exercises"]
    assert [(e["id"], e["name"]) for e in exercises] == [
        ("romanian-deadlift", "Romanian Deadlift"),
        ("romanian-deadlift-2", "romanian deadlift (2)"),
        ("romanian-deadlift-3", "Romanian-Deadlift"),
    ]


def test_a_word_the_vocabulary_lost_stops_the_conversion() -> None:
    vocabulary = default_vocabulary()
    without_sled = {k: v for k, v in vocabulary.equipment.items() if k != "sled"}
    renamed = vocabulary.model_copy(update={"equipment": without_sled})
    with pytest.raises(converter.ConversionError, match=r"\[equipment\] 'sled'"):
        converter.convert([RECORD], renamed)
