"""The JSON Schema of exercises.toml, generated from the pydantic models. No I/O.

Editors with Taplo or Even Better TOML read it (the `#:schema` line at the top of exercises.toml)
to complete keys and explain each field as a contributor types; `python -m generator schema`
writes it, and the site publishes it beside exercises.json.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from generator.model import Document

SCHEMA_FILE = "exercises.schema.json"
DIALECT = "https://json-schema.org/draft/2020-12/schema"


class _TomlJsonSchema(GenerateJsonSchema):
    """TOML has real decimal numbers, so a Decimal field takes a number, never a string."""

    def decimal_schema(self, schema: core_schema.DecimalSchema) -> JsonSchemaValue:
        number: JsonSchemaValue = {"type": "number"}
        for ours, theirs in (
            ("gt", "exclusiveMinimum"),
            ("ge", "minimum"),
            ("lt", "exclusiveMaximum"),
            ("le", "maximum"),
        ):
            limit = schema.get(ours)
            if limit is not None:
                number[theirs] = _plain(limit)
        return number

    def encode_default(self, dft: Any) -> Any:
        return _plain(super().encode_default(_plain(dft)))


def json_number(value: Decimal) -> int | float:
    """A TOML decimal as a JSON number: 20 stays 20 (not 20.0), 2.5 stays 2.5."""
    return int(value) if value == value.to_integral_value() else float(value)


def _plain(value: Any) -> Any:
    """Decimals as JSON numbers, inside lists and tables too."""
    if isinstance(value, Decimal):
        return json_number(value)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def catalogue_schema() -> dict[str, Any]:
    """The JSON Schema of exercises.toml, as a JSON-ready dictionary."""
    schema = Document.model_json_schema(schema_generator=_TomlJsonSchema)
    return {
        "$schema": DIALECT,
        "title": "exercises.toml of the Strength Exercise Guide",
        **{key: value for key, value in schema.items() if key != "title"},
    }


def schema_text() -> str:
    """The schema as the committed file holds it: stable key order, two-space indent, final newline."""
    return json.dumps(catalogue_schema(), indent=2, ensure_ascii=False) + "\n"
