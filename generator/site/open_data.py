"""The catalogue as open data: exercises.json, its JSON Schema, the schema of exercises.toml, and
the schema of one program as the program builder exports it (program.schema.json). No I/O.

exercises.json holds every exercise and program as exercises.toml has them (ranges as `8` or
`[6, 10]`, weights as numbers), each with its stable id and the absolute URL of its page, so the
data can be used without parsing TOML. Its schema reuses the definitions generated from the
models (generator/catalogue/schema.py) and adds only what the published file has more: `$schema`, the
licence and the page URLs.
"""

from __future__ import annotations

import copy
import functools
import json
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from generator.catalogue.model import BoundedRange
from generator.catalogue.model.progression import MAX_SETS_ON_SHEET
from generator.catalogue.schema import DIALECT, catalogue_schema, json_number, schema_text
from generator.site.page_memo import PageMemo
from generator.site.paths import (
    DATA_FILE,
    DATA_SCHEMA_FILE,
    PROGRAM_SCHEMA_FILE,
    SCHEMA_FILE,
    absolute_url,
    exercise_page,
    program_page,
)

if TYPE_CHECKING:
    from generator.catalogue.load import Catalog
    from generator.catalogue.model import Exercise
    from generator.catalogue.model.vocabulary import Vocabulary

CONTENT_LICENCE = {
    "name": "CC BY-SA 4.0",
    "url": "https://creativecommons.org/licenses/by-sa/4.0/",
}


def _head(catalog: Catalog, site_url: str) -> dict[str, Any]:
    return {
        "$schema": f"{site_url.rstrip('/')}/{DATA_SCHEMA_FILE}",
        "licence": CONTENT_LICENCE,
        "settings": as_toml(catalog.settings),
        "sources": {key: as_toml(source) for key, source in catalog.document.sources.items()},
    }


def exercise_data(exercise: Exercise, site_url: str) -> dict[str, Any]:
    return {**as_toml(exercise), "url": absolute_url(site_url, exercise_page(exercise.id))}


def as_toml(value: Any) -> Any:
    """A validated value as exercises.toml would write it: ranges as 8 or [6, 10], numbers as numbers."""
    if isinstance(value, BoundedRange):
        low, high = (
            as_toml(getattr(value, bound)) for bound in ("low", "high")
        )  # every range has both
        return low if low == high else [low, high]
    if isinstance(value, BaseModel):
        fields = {name: getattr(value, name) for name in type(value).model_fields}
        value = {name: item for name, item in fields.items() if item is not None}
    if isinstance(value, dict):
        return {str(key): as_toml(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_toml(item) for item in value]
    return _scalar(value)


def _scalar(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return json_number(value)
    return value if isinstance(value, str | int | float | bool) else str(value)  # str: URLs


def open_data_schema(vocabulary: Vocabulary) -> dict[str, Any]:
    """The JSON Schema of exercises.json: the models' definitions, plus `url` on every entry."""
    toml = catalogue_schema(vocabulary)
    definitions = toml["$defs"]
    for name in ("Exercise", "Program"):
        published = copy.deepcopy(definitions[name])
        published["properties"]["url"] = {
            "description": "The absolute address of its page on the site.",
            "type": "string",
            "format": "uri",
        }
        published["required"] = [*published.get("required", []), "url"]
        definitions[f"Published{name}"] = published
    return {
        "$schema": DIALECT,
        "title": "exercises.json of the Strength Exercise Guide",
        "description": "Every exercise and program of the guide, with the address of its page.",
        "type": "object",
        "additionalProperties": False,
        "required": ["$schema", "licence", "settings", "sources", "exercises", "programs"],
        "properties": {
            "$schema": {"description": "Where this schema is published.", "type": "string"},
            "licence": {
                "description": "The licence of the content: name and legal code.",
                "type": "object",
                "required": ["name", "url"],
                "properties": {"name": {"type": "string"}, "url": {"type": "string"}},
            },
            "settings": toml["properties"]["settings"],
            "sources": toml["properties"]["sources"],
            "exercises": _list_of("#/$defs/PublishedExercise", "Every exercise, in file order."),
            "programs": _list_of("#/$defs/PublishedProgram", "Every program, in file order."),
        },
        "$defs": definitions,
    }


def program_schema(vocabulary: Vocabulary) -> dict[str, Any]:
    """The JSON Schema of one program as exercises.toml writes it, the models' own definition, with
    the `$schema` key the builder's JSON export carries (pages/builder.py)."""
    toml = catalogue_schema(vocabulary)
    definitions = copy.deepcopy(toml["$defs"])
    # The sheet's limit, a validator of the model that pydantic's schema does not carry.
    sets = definitions["SessionEntry"]["properties"]["sets"]
    fits = {"maximum": MAX_SETS_ON_SHEET}
    sets["allOf"] = [{"anyOf": [fits, {"type": "array", "items": fits}]}]
    program = definitions["Program"]
    program["properties"] = {
        "$schema": {"description": "Where this schema is published.", "type": "string"},
        **program["properties"],
    }
    return {
        "$schema": DIALECT,
        **{key: value for key, value in program.items() if key != "title"},
        "title": "A program of the Strength Exercise Guide, as its program builder exports it",
        "$defs": definitions,
    }


def _list_of(reference: str, description: str) -> dict[str, Any]:
    return {"description": description, "type": "array", "items": {"$ref": reference}}


def open_data_files(
    catalog: Catalog, site_url: str, memo: PageMemo | None = None
) -> dict[str, str]:
    """{site path: text} of the published data files. `memo` (started for this build) spares the
    exercises that are unchanged, and the schemas, which depend only on what it was started with."""
    memo = memo or PageMemo()
    vocabulary = catalog.vocabulary
    return {
        DATA_FILE: _open_data_text(catalog, site_url, memo),
        DATA_SCHEMA_FILE: memo.file(
            DATA_SCHEMA_FILE, (), lambda: _json(open_data_schema(vocabulary))
        ),
        SCHEMA_FILE: memo.file(SCHEMA_FILE, (), lambda: schema_text(vocabulary)),
        PROGRAM_SCHEMA_FILE: memo.file(
            PROGRAM_SCHEMA_FILE, (), lambda: _json(program_schema(vocabulary))
        ),
    }


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _open_data_text(catalog: Catalog, site_url: str, memo: PageMemo) -> str:
    """Everything in exercises.toml as JSON, with page URLs and the licence, put together from each
    exercise's part, which is made again only when the exercise changed (the file is a third of a
    preview's work at 1,000)."""
    exercises = [
        memo.file(
            f"{DATA_FILE}#{exercise.id}",
            exercise,
            functools.partial(_exercise_json, exercise, site_url),
        )
        for exercise in catalog.exercises
    ]
    programs = [
        _nested_json(
            {**as_toml(program), "url": absolute_url(site_url, program_page(program.id))}, 2
        )
        for program in catalog.programs
    ]
    fields = {key: _nested_json(value, 1) for key, value in _head(catalog, site_url).items()}
    fields |= {"exercises": _nested_array(exercises, 1), "programs": _nested_array(programs, 1)}
    members = ",\n".join(f"  {json.dumps(key)}: {text}" for key, text in fields.items())
    return "{\n" + members + "\n}\n"


def _exercise_json(exercise: Exercise, site_url: str) -> str:
    return _nested_json(exercise_data(exercise, site_url), 2)


def _nested_json(value: Any, depth: int) -> str:
    """`value` as `_json` writes it `depth` levels deep (its strings hold no raw line breaks)."""
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + "  " * depth)


def _nested_array(items: list[str], depth: int) -> str:
    """A JSON array of items already written `depth + 1` levels deep, as `_json` writes it."""
    if not items:
        return "[]"
    inside = "  " * (depth + 1)
    return "[\n" + ",\n".join(inside + item for item in items) + "\n" + "  " * depth + "]"
