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

LINK_SCHEMES = frozenset({"http", "https"})

# `[text](target)` and `![alt](target)`: everything up to the closing parenthesis, titles and
# line breaks included, since only the scheme at its start matters.
_INLINE = re.compile(r"\]\(([^)]*)")
# `[label]: target` at the start of a line, indented by up to three spaces.
_DEFINITION = re.compile(r"^[ \t]{0,3}\[(?:[^\]\\]|\\.)*\]:[ \t]*\n?[ \t]*(\S*)", re.MULTILINE)
# `<scheme:address>` and `<name@example.com>` (a mailto: link).
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*)>")
_AUTOMAIL = re.compile(r"<([^\s<>@]+@[^\s<>@]+)>")
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
# Browsers ignore these inside a URL, so `java\tscript:` is still `javascript:`.
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")


def unsafe_link_targets(text: str) -> list[str]:
    """The link and image targets of `text` whose scheme is not http or https (relative is fine)."""
    if "](" not in text and "]:" not in text and "<" not in text:
        return []  # no Markdown link, image, reference or autolink
    targets = [
        m.group(1).strip() for pattern in (_INLINE, _DEFINITION) for m in pattern.finditer(text)
    ]
    targets += [m.group(1) for m in _AUTOLINK.finditer(text)]
    targets += [f"mailto:{m.group(1)}" for m in _AUTOMAIL.finditer(text)]
    return [target for target in targets if not allowed_target(target)]


def allowed_target(target: str) -> bool:
    """Whether a browser would follow `target` to an http(s) address or a relative one, reading it
    as a Markdown engine hands it over: escapes removed and character references decoded."""
    decoded = html.unescape(_MARKDOWN_ESCAPE.sub(r"\1", target))
    visible = _IGNORED_IN_URL.sub("", decoded).lower().removeprefix("<")
    scheme = _SCHEME.match(visible)
    return scheme is None or scheme.group(1) in LINK_SCHEMES
