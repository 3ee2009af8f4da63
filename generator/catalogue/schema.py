"""The JSON Schema of exercises.toml, generated from the pydantic models. No I/O.

Editors with Taplo or Even Better TOML read it (the `#:schema` line at the top of exercises.toml)
to complete keys and explain each field as a contributor types; `python -m generator schema`
writes it, and the site publishes it beside exercises.json.
"""

from __future__ import annotations

import functools
import json
from decimal import Decimal
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from generator.catalogue.model import Document
from generator.catalogue.model.vocabulary import KINDS, VOCABULARY_MARK, Vocabulary

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


def catalogue_schema(vocabulary: Vocabulary) -> dict[str, Any]:
    """The JSON Schema of exercises.toml, as a JSON-ready dictionary, whose pattern, muscles,
    equipment, level and mechanic take the words of `vocabulary`."""
    schema = _with_word_references(_model_schema())
    for kind in KINDS:
        words = vocabulary.words(kind)
        schema["$defs"][kind.schema_name] = {
            "title": kind.schema_name,
            "description": f"A word of vocabulary.toml's [{kind.table}].",
            "type": "string",
            "enum": list(words),
            # Shown beside each choice by editors that read it (VS Code's JSON and TOML tools).
            "markdownEnumDescriptions": [
                f"{word.name}: {word.description}" if word.description else word.name
                for word in words.values()
            ],
        }
    return {
        "$schema": DIALECT,
        "title": "exercises.toml of the Strength Exercise Guide",
        **{key: value for key, value in schema.items() if key != "title"},
    }


@functools.cache
def _model_schema() -> dict[str, Any]:
    """The models' own schema, made once a process (a tenth of a second); never changed in place:
    `_with_word_references` copies every table and list of it."""
    return Document.model_json_schema(schema_generator=_TomlJsonSchema)


def _with_word_references(value: Any) -> Any:
    """Each value the models mark as a vocabulary word becomes a reference to its kind's enum."""
    if isinstance(value, dict):
        if VOCABULARY_MARK in value:
            rest = {k: _with_word_references(v) for k, v in value.items() if k != VOCABULARY_MARK}
            return {"$ref": f"#/$defs/{value[VOCABULARY_MARK]}", **rest}
        return {key: _with_word_references(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_with_word_references(item) for item in value]
    return value


def schema_text(vocabulary: Vocabulary) -> str:
    """The schema as the committed file holds it: stable key order, two-space indent, final newline."""
    return json.dumps(catalogue_schema(vocabulary), indent=2, ensure_ascii=False) + "\n"
