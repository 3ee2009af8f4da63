"""The constrained values every table of exercises.toml and vocabulary.toml shares. No I/O.

Text is contributed and shown on pages, so it may hold no invisible control character and no link
that leaves the site for anything but an http(s) address; ids are slugs, the one spelling a page
path and a reference share.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Discriminator, StringConstraints

from generator.catalogue.model.links import unsafe_link_targets

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
# Invisible characters that change how text reads or displays (bidirectional overrides, C0 and C1
# controls other than tab and line breaks): a reviewer cannot see them in a pull request.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _visible(text: str) -> str:
    if match := _INVISIBLE.search(text):
        raise ValueError(
            f"holds the invisible control character U+{ord(match.group(0)):04X}; remove it"
        )
    return text


def _safe_links(text: str) -> str:
    unsafe = unsafe_link_targets(text)
    if unsafe:
        raise ValueError(
            f"the link target '{unsafe[0]}' is not allowed: "
            "a link goes to an http:// or https:// address, or to a page of this site"
        )
    return text


Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=64)]
Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=2000),
    AfterValidator(_visible),
    AfterValidator(_safe_links),
]
ShortText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=120),
    AfterValidator(_visible),
]


class Strict(BaseModel):
    """Every table rejects keys it does not know, so a typo like `safty` is an error."""

    # The docstring under each field is its description in exercises.schema.json, shown in editors.
    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


def tagged(kind_of: Callable[[Any], str | None], problem_kind: str, expected: str) -> Discriminator:
    """How a value that may take several forms is told apart (`kind_of` names its form's tag), and
    the problem kind and message of a value of none of them."""
    return Discriminator(kind_of, custom_error_type=problem_kind, custom_error_message=expected)
