"""The converter of free-exercise-db stops, naming the record, at a word none of its tables maps."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, run
from tests.unit.test_real_catalogue import RECORD


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"equipment": "hover board"}, "the equipment 'hover board' is in no table"),
        ({"primaryMuscles": ["spleen"]}, "the muscle 'spleen' is in no table"),
        ({"secondaryMuscles": ["spleen"]}, "the muscle 'spleen' is in no table"),
        ({"category": "yoga"}, "the category 'yoga' is in no table"),
        ({"level": "legendary"}, "the level 'legendary' is in no table"),
        ({"primaryMuscles": []}, "lists no primary muscle"),
        ({"equipment": "other"}, "no entry in EQUIPMENT_BY_NAME"),
        ({"equipment": None}, "no entry in EQUIPMENT_BY_NAME"),
        (
            {"name": "Mystery Movement"},
            "no pattern rule or PATTERN_BY_NAME entry covers 'Mystery Movement'",
        ),
    ],
)
def test_a_word_no_table_maps_stops_the_conversion(
    tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    record = {**RECORD, "name": "Test Romanian Deadlift", **change}
    data = tmp_path / "data.json"
    data.write_text(json.dumps([record]), "utf-8")
    out = tmp_path / "exercises.toml"
    result = run(
        str(ROOT / "benchmarks" / "free_exercise_db.py"), str(data), str(out), cwd=tmp_path
    )
    assert result.returncode == 1
    assert message in result.stderr
    assert record["name"] in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
