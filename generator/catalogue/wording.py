"""Pydantic's error details -> our words: what is wrong with a value, and the kind of problem.

Pydantic says "List should have at most 20 items after validation"; a contributor reads "has 23
items; at most 20 are allowed". No message of the validation library reaches a user: each error
type the models can raise has its words here, and one we did not foresee gets plain words too.
Errors our own validators raise (`invalid`) already carry our words, and their error type is the
kind.
"""

from __future__ import annotations

import re
import typing
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, NamedTuple

from pydantic_core import ErrorDetails, PydanticCustomError
from pydantic_core.core_schema import ErrorType

# Error types of pydantic itself; any other type was raised by a validator of ours.
PYDANTIC_TYPES = frozenset(typing.get_args(ErrorType))


def invalid(kind: str, message: str) -> PydanticCustomError:
    """The error a validator of ours raises: `kind` is the problem's kind (errors.Problem) and
    `message` is in our words already. Braces in it stay as written: no context fills them."""
    return PydanticCustomError(kind, message)


class Wording(NamedTuple):
    kind: str
    message: str


def in_our_words(detail: ErrorDetails, *, removable: str = "") -> Wording:
    """The kind and message of one error; keys and vocabulary words are explain.py's business.
    `removable` is what a user may delete instead of fixing the value ("the key", "the item")."""
    kind = detail["type"]
    value = detail.get("input")
    context = detail.get("ctx") or {}
    if kind not in PYDANTIC_TYPES:
        return Wording(kind, detail["msg"])
    if kind == "value_error":
        return Wording("invalid value", str(context.get("error", "this value cannot be used here")))
    if kind in _BOUNDS:
        limit = next(iter(context.values()), "?")
        return Wording("number out of range", _BOUNDS[kind].format(value=shown(value), limit=limit))
    if kind == "string_too_short" and context.get("min_length") == 1:
        remedy = f"write the text or remove {removable}" if removable else "write the text"
        return Wording("empty text", f"is empty; {remedy}")
    words = _WORDS.get(kind)
    if words is not None:
        return Wording(words[0], words[1](value, context))
    return Wording("invalid value", f"{shown(value)} cannot be used here")


def shown(value: Any) -> str:
    """A value as the user wrote it in TOML: 2.5, "three", true, nan, or what it is: a list."""
    if isinstance(value, bool):
        text = str(value).lower()
    elif isinstance(value, Decimal) and not value.is_finite():
        text = ("-" if value.is_signed() else "") + ("nan" if value.is_nan() else "inf")
    elif isinstance(value, str):
        quoted = value if len(value) <= 40 else value[:39] + "…"
        text = '"' + quoted.replace("\\", "\\\\").replace('"', '\\"') + '"'
    elif isinstance(value, int | Decimal):
        text = str(value)
        if len(text) > 40:
            text = f"{text[:20]}…{text[-5:]} ({len(text)} digits)"
    elif isinstance(value, date | datetime | time):
        text = f"the date or time {value.isoformat()}"
    else:
        kinds: dict[type, str] = {list: "a list", dict: "a table"}
        text = kinds.get(type(value), "a value of another type")
    return text


def _items(number: int) -> str:
    return f"{number} item{'' if number == 1 else 's'}"


def _too_long(value: Any, context: dict[str, Any]) -> str:
    actual = context.get("actual_length", len(value) if isinstance(value, list) else "?")
    return f"has {_items(actual)}; at most {context['max_length']} are allowed"


def _too_short(value: Any, context: dict[str, Any]) -> str:
    needed = context["min_length"]
    verb = "is" if needed == 1 else "are"
    if context.get("actual_length") == 0:
        return f"is empty; at least {_items(needed)} {verb} needed"
    return f"has {_items(context.get('actual_length', 0))}; at least {needed} {verb} needed"


def _text_too_long(value: Any, context: dict[str, Any]) -> str:
    length = len(value) if isinstance(value, str) else "more"
    return f"has {length} characters; at most {context['max_length']} are allowed"


def _text_too_short(value: Any, context: dict[str, Any]) -> str:
    return f"has too few characters; at least {context.get('min_length')} are needed"


def _url_scheme(value: Any, context: dict[str, Any]) -> str:
    schemes = re.sub(r"'(\w+)'", r"\1://", str(context.get("expected_schemes", "'https'")))
    return f"the address must start with {schemes}, got {shown(value)}"


def _expected(what: str) -> typing.Callable[[Any, dict[str, Any]], str]:
    return lambda value, context: f"expected {what}, got {shown(value)}"


_NOT_AN_ADDRESS = (
    "bad web address",
    lambda value, context: (
        f"{shown(value)} is not a web address; write it in full, like https://example.org/page"
    ),
)

_WORDS: dict[str, tuple[str, typing.Callable[[Any, dict[str, Any]], str]]] = {
    "missing": ("missing key", lambda value, context: "this required key is missing"),
    "too_long": ("list too long", _too_long),
    "too_short": ("list too short", _too_short),
    "string_too_long": ("text too long", _text_too_long),
    "string_too_short": ("empty text", _text_too_short),
    "string_pattern_mismatch": (
        "invalid id",
        # Only ids have a pattern.
        lambda value, context: (
            f"'{value}' is not a valid id: use lower-case letters and "
            "digits, with single hyphens between words (like 'romanian-deadlift')"
        ),
    ),
    "string_type": ("not text", _expected('text in quotes ("...")')),
    "string_unicode": ("not text", _expected('text in quotes ("...")')),
    "string_not_ascii": ("not text", _expected("text of plain letters")),
    "int_type": ("not a whole number", _expected("a whole number")),
    "int_parsing": ("not a whole number", _expected("a whole number")),
    "int_parsing_size": ("not a whole number", _expected("a whole number of fewer digits")),
    "int_from_float": ("not a whole number", _expected("a whole number")),
    "float_type": ("not a number", _expected("a number")),
    "float_parsing": ("not a number", _expected("a number")),
    "decimal_type": ("not a number", _expected("a number")),
    "decimal_parsing": ("not a number", _expected("a number")),
    "finite_number": ("number not finite", _expected("a finite number")),
    "decimal_max_digits": ("number with too many digits", _expected("a number of fewer digits")),
    "decimal_max_places": (
        "number with too many decimals",
        _expected("a number with fewer decimals"),
    ),
    "decimal_whole_digits": ("number with too many digits", _expected("a smaller number")),
    "multiple_of": (
        "number out of range",
        lambda value, context: f"{shown(value)} must be a multiple of {context.get('multiple_of')}",
    ),
    "bool_type": ("not true or false", _expected("true or false")),
    "bool_parsing": ("not true or false", _expected("true or false")),
    "list_type": ("not a list", _expected("a list [...]")),
    "tuple_type": ("not a list", _expected("a list [...]")),
    "set_type": ("not a list", _expected("a list [...]")),
    "frozen_set_type": ("not a list", _expected("a list [...]")),
    "iterable_type": ("not a list", _expected("a list [...]")),
    "dict_type": ("not a table", _expected("a table { key = value, ... }")),
    "mapping_type": ("not a table", _expected("a table { key = value, ... }")),
    "model_type": ("not a table", _expected("a table { key = value, ... }")),
    "model_attributes_type": ("not a table", _expected("a table { key = value, ... }")),
    "dataclass_type": ("not a table", _expected("a table { key = value, ... }")),
    "url_type": ("bad web address", _expected('a web address in quotes ("https://...")')),
    "url_parsing": _NOT_AN_ADDRESS,
    "url_syntax_violation": _NOT_AN_ADDRESS,
    "url_too_long": (
        "bad web address",
        lambda value, context: (
            f"the address is too long; at most {context.get('max_length')} characters are allowed"
        ),
    ),
    "url_scheme": ("bad web address", _url_scheme),
    "union_tag_invalid": ("invalid value", _expected("another kind of value")),
    "union_tag_not_found": ("invalid value", _expected("another kind of value")),
    "recursion_loop": ("nesting too deep", lambda value, context: "nested too deep to be read"),
}

_BOUNDS = {
    "greater_than": "{value} is too small: it must be more than {limit}",
    "greater_than_equal": "{value} is below the minimum of {limit}",
    "less_than": "{value} is too large: it must be less than {limit}",
    "less_than_equal": "{value} is above the maximum of {limit}",
}
