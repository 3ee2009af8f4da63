"""`python -m generator new "Nordic Curl"`: the text of a new exercise entry, full of placeholders. No I/O.

Every value a good page needs is written as a "TODO: ..." placeholder, which `check` refuses
until it is replaced; the words of the entry live in templates/new-exercise.toml.j2.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path

from generator.catalogue.model.vocabulary import (
    EQUIPMENT,
    KINDS,
    LEVELS,
    MECHANICS,
    MUSCLES,
    PATTERNS,
    Vocabulary,
)
from generator.catalogue.placeholders import PLACEHOLDER
from generator.site.templating import TEMPLATES, environment

SCAFFOLD_TEMPLATE = "new-exercise.toml.j2"


def exercise_id(name: str) -> str:
    """The id a name gives: "Nordic Curl" -> "nordic-curl", "Good-Morning (Seated)" -> "good-morning-seated"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def exercise_entry(
    name: str,
    new_id: str,
    source_ids: list[str],
    vocabulary: Vocabulary,
    templates: Path = TEMPLATES,
) -> str:
    """The `[[exercises]]` entry to append to exercises.toml, starting with a blank line."""
    env = environment(templates, pages=False)  # TOML, quoted by toml_string, not a page
    env.filters["toml_string"] = toml_string

    def first(words: Mapping[str, object]) -> str | None:
        return next(iter(words), None)

    return env.get_template(SCAFFOLD_TEMPLATE).render(
        name=name,
        id=new_id,
        todo=PLACEHOLDER,
        source_ids=source_ids,
        kinds=[
            {"title": f"[{kind.table}]", "words": list(vocabulary.words(kind))}
            for kind in KINDS
            if vocabulary.words(kind)
        ],
        # Each placeholder's example is a word the vocabulary has, so following it passes check.
        example={
            "pattern": first(vocabulary.words(PATTERNS)),
            "muscle": first(vocabulary.words(MUSCLES)),
            "equipment": first(vocabulary.words(EQUIPMENT)),
            "level": first(vocabulary.words(LEVELS)),
            "mechanic": first(vocabulary.words(MECHANICS)),
        },
    )


def toml_string(value: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, plus DEL, which TOML wants escaped too."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
