"""The built site publishes exercises.json and its schemas, with every page they name."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from generator.catalogue.load import load_catalog
from generator.catalogue.model import Document
from tests.conftest import REAL_EXERCISE_IDS, ROOT
from tests.unit.test_open_data import SITE_URL


def published(site: Path, name: str) -> Any:
    return json.loads((site / name).read_text("utf-8"))


def page_of(site: Path, url: str) -> Path:
    """The built file a URL of the site serves."""
    assert url.startswith(SITE_URL), url
    return site / url.removeprefix(SITE_URL) / "index.html"


def test_exercises_json_validates_against_its_published_schema(built_site: Path) -> None:
    data = published(built_site, "exercises.json")
    assert data["$schema"] == f"{SITE_URL}exercises.data.schema.json"
    schema = published(built_site, "exercises.data.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(data)]
    assert errors == []


def test_the_data_schema_rejects_an_entry_without_its_page(built_site: Path) -> None:
    data = published(built_site, "exercises.json")
    del data["exercises"][0]["url"]
    schema = published(built_site, "exercises.data.schema.json")
    assert not jsonschema.Draft202012Validator(schema).is_valid(data)


def test_the_data_carries_the_prescriptions_beyond_the_barbell(built_site: Path) -> None:
    data = published(built_site, "exercises.json")
    exercises = {exercise["id"]: exercise for exercise in data["exercises"]}
    assert exercises["side-plank"]["prescription"]["seconds"] == 10
    assert exercises["side-plank"]["prescription"]["per_side"] is True
    assert exercises["farmers-carry"]["prescription"]["metres"] == [20, 40]
    assert exercises["push-up"]["prescription"]["intensity"] == [
        {"bodyweight": True},
        {"bodyweight": True, "added_kg": [5, 10]},
        {"rir": [1, 3]},
    ]
    (waves,) = [p for p in data["programs"] if p["id"] == "squat-and-deadlift-waves"]
    assert waves["weeks"] == 4
    assert waves["training_max"] == {"percent": 90, "lifts": ["back-squat", "deadlift"]}
    assert waves["waves"]["five-three-one"]["weeks"][0][2] == {
        "reps": 5,
        "percent": 85,
        "amrap": True,
    }


@pytest.mark.parametrize(
    "broken",
    [{"rpe": 11}, {"bodyweight": False}, {"rir": -1}, {"band": ""}],
    ids=["rpe-11", "bodyweight-false", "rir-negative", "band-empty"],
)
def test_the_data_schema_rejects_a_load_check_would_refuse(
    built_site: Path, broken: dict[str, object]
) -> None:
    data = published(built_site, "exercises.json")
    data["exercises"][0]["prescription"]["intensity"].append(broken)
    schema = published(built_site, "exercises.data.schema.json")
    assert not jsonschema.Draft202012Validator(schema).is_valid(data)


def test_every_exercise_and_program_is_listed_with_a_page_that_was_built(built_site: Path) -> None:
    data = published(built_site, "exercises.json")
    catalog = load_catalog(ROOT / "exercises.toml")
    assert [e["id"] for e in data["exercises"]] == REAL_EXERCISE_IDS
    assert [p["id"] for p in data["programs"]] == [p.id for p in catalog.programs]
    for entry in data["exercises"]:
        assert entry["url"] == f"{SITE_URL}exercises/{entry['id']}/"
        assert "<h1" in page_of(built_site, entry["url"]).read_text("utf-8")
    for entry in data["programs"]:
        assert entry["url"] == f"{SITE_URL}programs/{entry['id']}/"
        assert page_of(built_site, entry["url"]).is_file(), entry["url"]


def test_exercises_json_holds_exactly_what_exercises_toml_says(built_site: Path) -> None:
    """Read back through the models, the published data is the catalogue itself."""
    data = published(built_site, "exercises.json")
    as_written = {
        "settings": data["settings"],
        "sources": data["sources"],
        "exercises": [{k: v for k, v in e.items() if k != "url"} for e in data["exercises"]],
        "programs": [{k: v for k, v in p.items() if k != "url"} for p in data["programs"]],
    }
    decimals = json.loads(json.dumps(as_written), parse_float=Decimal)
    assert Document.model_validate(decimals) == load_catalog(ROOT / "exercises.toml").document


def test_the_site_publishes_the_schema_of_exercises_toml(built_site: Path) -> None:
    committed = (ROOT / "exercises.schema.json").read_text("utf-8")
    assert (built_site / "exercises.schema.json").read_text("utf-8") == committed


DATA_FILES = (
    "exercises.json",
    "exercises.data.schema.json",
    "exercises.schema.json",
    "program.schema.json",
)


def test_use_the_data_page_is_in_the_nav_and_its_files_resolve(built_site: Path) -> None:
    home = (built_site / "index.html").read_text("utf-8")
    assert 'href="data/"' in home and "Use the data" in home
    page = (built_site / "data" / "index.html").read_text("utf-8")
    for name in DATA_FILES:
        assert f'href="../{name}"' in page
        assert (built_site / name).is_file()
    assert "CC BY-SA 4.0" in page and "MIT licence" in page
