"""Pydantic's validation errors -> located, plain-language problems with did-you-mean suggestions."""

from __future__ import annotations

import types
import typing
from collections.abc import Collection
from difflib import get_close_matches
from enum import Enum
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from generator.catalogue.model import Document
from generator.catalogue.model.intensity import INTENSITY_TAGS
from generator.catalogue.problems import Problem
from generator.catalogue.source import KeyPath, SourceDocument
from generator.catalogue.suggest import likely_typo
from generator.catalogue.wording import Wording, in_our_words

# The tags of tagged unions, which pydantic adds to error locations: of the items of a list
# (model.Intensity, model.Plate) by the list's key, and of a single value (model.ProgramLoad) by its key.
UNION_TAGS = {"intensity": INTENSITY_TAGS, "plates": {"weight", "counted"}}
VALUE_UNION_TAGS = {"load": {*INTENSITY_TAGS, "as-prescribed"}, "sets": {"count", "planned"}}


def explain_validation_error(
    error: ValidationError,
    source: SourceDocument,
    skip: Collection[KeyPath] = (),
    root: type[BaseModel] = Document,
) -> list[Problem]:
    """One located problem per mistake; nothing at or under a path of `skip` (already reported).
    `root` is the model of the whole file: Document for exercises.toml."""
    details = _one_per_mistake(error.errors(include_url=False))
    kept = [d for d in details if not _under(_without_union_tags(tuple(d["loc"])), skip)]
    return sorted({_explain(detail, source, root) for detail in kept})


def explain_placeholder(path: KeyPath, text: str, source: SourceDocument) -> Problem:
    """A value `generator new` wrote and nobody has filled in yet."""
    subject, field_path = describe(path, source.data)
    message = f"fill in this placeholder: {text}"
    prefix = f"{subject}: " if subject else ""
    return source.problem(path, f"{prefix}{field_path}: {message}", "placeholder to fill in")


def _under(loc: KeyPath, paths: Collection[KeyPath]) -> bool:
    return any(loc[: len(path)] == path for path in paths)


def _one_per_mistake(details: list[ErrorDetails]) -> list[ErrorDetails]:
    """A misspelt key (`safty`) is also a missing one (`safety`): report only the misspelling."""
    unknown = {tuple(d["loc"]) for d in details if d["type"] == "extra_forbidden"}

    def misspelt(detail: ErrorDetails) -> bool:
        loc = tuple(detail["loc"])
        siblings = [str(u[-1]) for u in unknown if u[:-1] == loc[:-1]]
        return any(likely_typo(sibling, [str(loc[-1])]) for sibling in siblings)

    return [d for d in details if not (d["type"] == "missing" and d["loc"] and misspelt(d))]


def _explain(detail: ErrorDetails, source: SourceDocument, root: type[BaseModel]) -> Problem:
    loc = _without_union_tags(tuple(detail["loc"]))
    subject, field_path = describe(loc, source.data)
    kind, message = _message(detail, loc, source.data, root)
    prefix = f"{subject}: " if subject else ""
    text = f"{prefix}{field_path}: {message}" if field_path else f"{prefix}{message}"
    return source.problem(loc, text, kind)


def _without_union_tags(loc: KeyPath) -> KeyPath:
    """Tagged-union errors add the tag to the location (`intensity[0].percent.of`), and an invalid
    table key `[key]` after the key itself; nobody wrote either."""
    kept: list[str | int] = []
    for index, part in enumerate(loc):
        if part == "[key]":
            continue
        after_item = index >= 2 and isinstance(loc[index - 1], int)
        if after_item and part in UNION_TAGS.get(str(loc[index - 2]), ()):
            continue
        if index >= 1 and part in VALUE_UNION_TAGS.get(str(loc[index - 1]), ()):
            continue
        kept.append(part)
    return tuple(kept)


def describe(loc: KeyPath, data: dict[str, Any]) -> tuple[str, str]:
    """("exercise 'romanian-deadlift'", "prescription.intensity[0].percent") for a location."""
    subject = ""
    rest = loc
    if len(loc) >= 2 and loc[0] in {"exercises", "programs"} and isinstance(loc[1], int):
        kind = "exercise" if loc[0] == "exercises" else "program"
        entries = data.get(loc[0])
        entry = entries[loc[1]] if isinstance(entries, list) and loc[1] < len(entries) else None
        entry_id = entry.get("id") if isinstance(entry, dict) else None
        subject = f"{kind} '{entry_id}'" if isinstance(entry_id, str) else f"{kind} #{loc[1] + 1}"
        rest = loc[2:]
    elif len(loc) >= 2 and loc[0] == "sources":
        subject = f"source '{loc[1]}'"
        rest = loc[2:]
    elif loc and loc[0] == "settings":
        subject = "[settings]"
        rest = loc[1:]
    return subject, _dotted(rest)


def _dotted(loc: KeyPath) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def _message(
    detail: ErrorDetails, loc: KeyPath, data: dict[str, Any], root: type[BaseModel]
) -> Wording:
    kind = detail["type"]
    value = detail.get("input")
    context = detail.get("ctx") or {}
    if kind == "extra_forbidden":
        return Wording("unknown key", _unknown_key(loc, data, root))
    if kind == "enum":
        return Wording("unknown value", _unknown_value(value, _enum_choices(loc, data, root)))
    if kind == "literal_error":
        expected = str(context.get("expected", "")).strip("'")
        return Wording(
            "unknown value", f"{_show_input(value)} is not a known value; write '{expected}'"
        )
    return in_our_words(detail, removable=_removable(loc, data, root))


def _removable(loc: KeyPath, data: dict[str, Any], root: type[BaseModel]) -> str:
    """What a user may delete rather than fix: a list's item, or a key that is not required."""
    if loc and isinstance(loc[-1], int):
        return "the item"
    parent = _model_at(loc[:-1], data, root)
    field = parent.model_fields.get(str(loc[-1])) if parent and loc else None
    return "the key" if field is not None and not field.is_required() else ""


def _show_input(value: object) -> str:
    return f"'{value}'" if isinstance(value, str) else str(value)


def _unknown_value(value: object, choices: list[str]) -> str:
    close = get_close_matches(str(value), choices, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'? " if close else ""
    return f"'{value}' is not a known value; {hint}choose from: {', '.join(choices)}"


def _unknown_key(loc: KeyPath, data: dict[str, Any], root: type[BaseModel]) -> str:
    key = str(loc[-1]) if loc else "?"
    allowed = _fields_at(loc[:-1], data, root)
    message = f"unknown key '{key}'"
    meant = likely_typo(key, allowed)
    if meant:
        return f"{message}; did you mean '{meant}'?"
    if allowed:
        return f"{message}; the keys allowed here are: {', '.join(allowed)}"
    return message


def _fields_at(loc: KeyPath, data: Any, root: type[BaseModel]) -> list[str]:
    model = _model_at(loc, data, root)
    return list(model.model_fields) if model else []


def _enum_choices(loc: KeyPath, data: Any, root: type[BaseModel]) -> list[str]:
    annotation = _annotation_at(loc, data, root)
    for candidate in _unwrap(annotation):
        if isinstance(candidate, type) and issubclass(candidate, Enum):
            return [str(member.value) for member in candidate]
    return []


def _model_at(loc: KeyPath, data: Any, root: type[BaseModel]) -> type[BaseModel] | None:
    """The model that validates the table at `loc`, following the user's data through unions."""
    annotation: Any = root
    for part in loc:
        data = _child(data, part)
        if isinstance(part, int):
            continue
        if typing.get_origin(annotation) is dict:
            # `part` is a key the user chose, like a source id, not a field name.
            annotation = typing.get_args(annotation)[1]
            continue
        model = _best_model(annotation, None)
        if model is None or part not in model.model_fields:
            return None
        annotation = model.model_fields[part].annotation
    return _best_model(annotation, data)


def _child(data: Any, part: str | int) -> Any:
    if isinstance(part, int):
        return data[part] if isinstance(data, list) and 0 <= part < len(data) else None
    return data.get(part) if isinstance(data, dict) else None


def _annotation_at(loc: KeyPath, data: Any, root: type[BaseModel]) -> Any:
    while loc and isinstance(loc[-1], int):
        loc = loc[:-1]
    if not loc:
        return None
    parent = _model_at(loc[:-1], data, root)
    name = loc[-1]
    if parent is None or name not in parent.model_fields:
        return None
    return parent.model_fields[name].annotation


def _best_model(annotation: Any, data: Any) -> type[BaseModel] | None:
    """Of the models an annotation allows, the one sharing most keys with the data."""
    models = [c for c in _unwrap(annotation) if isinstance(c, type) and issubclass(c, BaseModel)]
    keys = set(data) if isinstance(data, dict) else set()
    return max(models, key=lambda m: len(keys & set(m.model_fields)), default=None)


def _unwrap(annotation: Any) -> list[Any]:
    """The plain types inside list[X], dict[K, X], X | None and Annotated[X, ...]."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in {list, tuple, typing.Union, types.UnionType}:
        return [t for arg in typing.get_args(annotation) for t in _unwrap(arg)]
    if origin is dict:
        return _unwrap(typing.get_args(annotation)[1])
    return [annotation]
