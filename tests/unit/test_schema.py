"""exercises.schema.json: in sync with the models, and it accepts what `check` accepts (and not the mistakes)."""

from __future__ import annotations

import copy
import json
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from generator.catalogue.load_vocabulary import default_vocabulary
from generator.catalogue.schema import schema_text as schema_text_of
from tests.cli import generator
from tests.conftest import ROOT

SCHEMA_FILE = ROOT / "exercises.schema.json"


def schema_text() -> str:
    return schema_text_of(default_vocabulary())


def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_FILE.read_text("utf-8"))
    return loaded


def as_json(value: Any) -> Any:
    """TOML data as a JSON document has it: decimal numbers become JSON numbers."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    return value


def real_catalogue() -> dict[str, Any]:
    text = (ROOT / "exercises.toml").read_text("utf-8")
    data: dict[str, Any] = as_json(tomllib.loads(text, parse_float=Decimal))
    return data


def schema_errors(document: dict[str, Any]) -> list[str]:
    validator = jsonschema.Draft202012Validator(schema())
    return [error.message for error in validator.iter_errors(document)]


def test_committed_schema_is_what_the_models_give() -> None:
    assert SCHEMA_FILE.read_text("utf-8") == schema_text(), (
        "run `python -m generator schema` and commit exercises.schema.json"
    )


def test_schema_enums_are_the_words_of_vocabulary_toml(tmp_path: Path) -> None:
    """A site owner's new word reaches the schema, and `schema --check` says the file is stale."""
    (tmp_path / "vocabulary.toml").write_text(
        (ROOT / "vocabulary.toml").read_text("utf-8")
        + '\n[equipment.yoga-block]\nname = "Yoga block"\n',
        "utf-8",
    )
    (tmp_path / "exercises.schema.json").write_text(schema_text(), "utf-8")

    stale = generator("schema", "--check", cwd=tmp_path)
    written = generator("schema", cwd=tmp_path)

    assert stale.returncode == 1
    assert "out of date" in stale.stderr
    assert written.returncode == 0, written.stderr
    enums = json.loads((tmp_path / "exercises.schema.json").read_text("utf-8"))["$defs"]
    assert "yoga-block" in enums["Equipment"]["enum"]
    assert "yoga-block" not in schema()["$defs"]["Equipment"]["enum"]
    assert schema()["$defs"]["Muscle"]["enum"] == list(default_vocabulary().muscles)


def test_schema_check_passes_on_the_committed_file() -> None:
    result = generator("schema", "--check")
    assert result.returncode == 0, result.stderr
    assert "exercises.schema.json is up to date" in result.stdout


def test_schema_check_fails_with_a_clear_message_when_out_of_date(tmp_path: Path) -> None:
    stale = tmp_path / "exercises.schema.json"
    stale.write_text(schema_text().replace("Two or three sentences", "Three sentences"), "utf-8")
    result = generator("schema", "--check", "--out", str(stale))
    assert result.returncode == 1
    assert "is out of date with generator/catalogue/model/ or vocabulary.toml" in result.stderr
    assert "python -m generator schema" in result.stderr
    assert "Traceback" not in result.stderr


def test_schema_check_fails_when_the_file_is_missing(tmp_path: Path) -> None:
    result = generator("schema", "--check", cwd=tmp_path)
    assert result.returncode == 1
    assert "exercises.schema.json is missing" in result.stderr


def test_schema_command_writes_the_file(tmp_path: Path) -> None:
    result = generator("schema", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "exercises.schema.json").read_text("utf-8") == schema_text()


def test_exercises_toml_points_editors_at_the_schema() -> None:
    first_line = (ROOT / "exercises.toml").read_text("utf-8").splitlines()[0]
    assert first_line == "#:schema ./exercises.schema.json"


def test_the_schema_is_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


def test_the_real_catalogue_validates_against_the_schema() -> None:
    assert schema_errors(real_catalogue()) == []


def test_every_field_is_explained() -> None:
    """Editors show these descriptions as the contributor types a key."""
    definitions = {"": schema(), **schema()["$defs"]}
    missing = [
        f"{name}.{field}"
        for name, definition in definitions.items()
        for field, prop in definition.get("properties", {}).items()
        if not prop.get("description")
    ]
    assert missing == []


def changed(edit: Any) -> dict[str, Any]:
    document = copy.deepcopy(real_catalogue())
    edit(document)
    return document


def rdl(document: dict[str, Any]) -> dict[str, Any]:
    entry: dict[str, Any] = document["exercises"][0]
    assert entry["id"] == "romanian-deadlift"
    return entry


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda d: rdl(d)["prescription"].update(sets=3), id="sets-one-number"),
        pytest.param(lambda d: rdl(d)["prescription"].update(reps=[6, 10]), id="reps-range"),
        pytest.param(lambda d: rdl(d)["prescription"].update(reps=[8]), id="reps-one-in-list"),
        pytest.param(
            lambda d: rdl(d)["prescription"].update(intensity=[{"describe": "heavy"}]),
            id="described-intensity",
        ),
        pytest.param(
            lambda d: d["programs"][0]["sessions"][0]["exercises"][0].update(load="as-prescribed"),
            id="as-prescribed-load",
        ),
        pytest.param(lambda d: d["settings"]["kg"].update(bar=15.5), id="decimal-bar"),
    ],
)
def test_the_schema_accepts_what_check_accepts(edit: Any) -> None:
    assert schema_errors(changed(edit)) == []


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda d: rdl(d).update(safty=["x"]), id="unknown-key"),
        pytest.param(lambda d: rdl(d).pop("cues"), id="missing-cues"),
        pytest.param(lambda d: rdl(d).update(pattern="hinj"), id="unknown-pattern"),
        pytest.param(lambda d: rdl(d)["muscles"].update(primary=["glute"]), id="unknown-muscle"),
        pytest.param(lambda d: rdl(d).update(id="Romanian Deadlift"), id="id-not-a-slug"),
        pytest.param(lambda d: rdl(d)["prescription"].update(sets=0), id="zero-sets"),
        pytest.param(lambda d: rdl(d)["prescription"].update(reps=[6, 8, 10]), id="three-reps"),
        pytest.param(lambda d: rdl(d)["prescription"].update(reps="8"), id="reps-as-text"),
        pytest.param(
            lambda d: rdl(d)["prescription"].update(
                intensity=[{"of": "clean", "percent": [70, 151]}]
            ),
            id="percent-above-150",
        ),
        pytest.param(
            lambda d: rdl(d)["prescription"].update(
                intensity=[{"of": "clean", "percent": 80, "describe": "heavy"}]
            ),
            id="percent-and-words",
        ),
        pytest.param(
            lambda d: d["programs"][0]["sessions"][0]["exercises"][0].update(load="as prescribed"),
            id="load-misspelt",
        ),
        pytest.param(lambda d: d["settings"]["kg"].update(bar="20"), id="bar-as-text"),
    ],
)
def test_the_schema_rejects_mistakes(edit: Any) -> None:
    assert schema_errors(changed(edit)) != []
