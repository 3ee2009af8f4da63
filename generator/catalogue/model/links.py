"""Which link targets contributed text may hold: http(s) addresses and pages of this site. No I/O.

Validation runs without the page code (no Markdown renderer, no HTML sanitiser), so the targets are
found by their syntax alone, more widely than any one Markdown engine reads them: every inline link
or image destination, reference definition and autolink. A target that no engine would link is
still refused when its scheme is not http(s); a contributor can always write it another way, while
a missed one would be a script address on the page of whichever engine builds the site.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

LINK_SCHEMES = frozenset({"http", "https"})

# `[text](target "title")` and `![alt](target)`: the destination runs to the parenthesis that
# closes it, line breaks included; a title at its end is not part of it.
_INLINE_START = "]("
_TITLE = re.compile(r"""\s+(?:"[^"]*"|'[^']*')\s*$""")
# `[label]: target` at the start of a line, indented by up to three spaces.
# The target is looked ahead at, so that a definition without one does not hide the next line's.
_DEFINITION = re.compile(r"^[ \t]{0,3}\[(?:[^\]\\]|\\.)*\]:(?=[ \t]*\n?[ \t]*(\S*))", re.MULTILINE)
# `<scheme:address>` and `<name@example.com>` (a mailto: link), as widely as engines read them:
# Python-Markdown lets spaces into the one and line breaks into the other.
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^<>]*)>")
_AUTOMAIL = re.compile(r"<([^<> ]*@[^<> ]*)>")
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
# Browsers ignore these inside a URL, so `java\tscript:` is still `javascript:`.
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")


def unsafe_link_targets(text: str) -> list[str]:
    """The link and image targets of `text` whose scheme is not http or https (relative is fine)."""
    if "](" not in text and "]:" not in text and "<" not in text:
        return []  # no Markdown link, image, reference or autolink
    targets = list(_inline_destinations(text))
    targets += [m.group(1) for m in _DEFINITION.finditer(text)]
    targets += [m.group(1) for m in _AUTOLINK.finditer(text)]
    targets += [f"mailto:{m.group(1)}" for m in _AUTOMAIL.finditer(text)]
    return [target for target in targets if not allowed_target(target)]


def _inline_destinations(text: str) -> Iterator[str]:
    start = text.find(_INLINE_START)
    while start != -1:
        first = position = start + len(_INLINE_START)
        depth = 0  # a destination may hold balanced parentheses: `alert(1)`
        while position < len(text):
            char = text[position]
            if char == "\\":
                position += 1  # an escaped character neither opens nor closes
            elif char == "(":
                depth += 1
            elif char == ")":
                if depth == 0:
                    break
                depth -= 1
            position += 1
        yield _TITLE.sub("", text[first:position].strip())
        start = text.find(_INLINE_START, first)


def allowed_target(target: str) -> bool:
    """Whether a browser would follow `target` to an http(s) address or a relative one, reading it
    as a Markdown engine hands it over: escapes removed and character references decoded."""
    decoded = html.unescape(_MARKDOWN_ESCAPE.sub(r"\1", target))
    visible = _IGNORED_IN_URL.sub("", decoded).lower().removeprefix("<")
    scheme = _SCHEME.match(visible)
    return scheme is None or scheme.group(1) in LINK_SCHEMES
