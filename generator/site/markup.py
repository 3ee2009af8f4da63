"""Contributed text -> HTML that is safe to put into a generated Markdown page. No I/O.

Every text of exercises.toml comes from a stranger's pull request, and the page it lands on is
Markdown that MkDocs turns into HTML, raw HTML and all. So no contributed character reaches a page
as Markdown or HTML syntax:

- `plain_text` escapes a value completely: it reads exactly as written.
- `inline_html` allows a small Markdown subset (emphasis, code, links): Python-Markdown renders it
  with raw HTML turned off (`<b>` shows as text), then nh3 keeps only the allowed tags and
  attributes and http(s) or relative link targets.

Both return `Markup` in which every character that Markdown or one of the site's extensions
(tables, attribute lists, admonitions, tabs, fences) could read as syntax is a numeric character
reference, and whitespace is collapsed to single spaces, so a value cannot start a new block.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from html.parser import HTMLParser
from urllib.parse import quote

import markdown
import nh3
from markupsafe import Markup

from generator.catalogue.model.links import LINK_SCHEMES

ALLOWED_TAGS = {"a", "code", "em", "strong"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
LINK_REL = "nofollow noopener noreferrer"

# Characters that start Markdown or HTML syntax of the site's extensions (links, emphasis, code,
# attribute lists, tables, admonitions, entities), and `~^` for strike-through and insert should
# they ever be enabled. List markers (`-`, `+`, `1.`) only matter at the start of a line, which
# collapsed whitespace leaves to a value's first characters alone.
_SYNTAX = set('\\`*_{}[]#!|<>&"~^')
_AS_REFERENCES = str.maketrans({char: f"&#{ord(char)};" for char in _SYNTAX})
_LIST_START = re.compile(r"^(?:[-+]|\d+[.)](?=\s|$))")
_WHITESPACE = re.compile(r"\s+")


def plain_text(value: object) -> Markup:
    """`value` as text that reads exactly as written, whatever Markdown or HTML it holds."""
    if isinstance(value, Markup):
        return value
    text = _WHITESPACE.sub(" ", str(value)).strip()
    return Markup(_escape_text(text, at_start=True))


def link_target(url: object) -> Markup:
    """A URL (already validated as http or https) as a Markdown link destination: `()<> "'` and
    other characters that could end or break out of the destination are percent-encoded."""
    return Markup(quote(str(url), safe="/:?#@!$&+,;=%~-._"))


def join_text(items: Iterable[object], separator: str = ", ") -> Markup:
    """Like Jinja2's `join`, with every item escaped by `plain_text` (the separator is the template's)."""
    return Markup(separator).join(plain_text(item) for item in items)


def inline_html(text: str) -> Markup:
    """`text` with its emphasis, code and links, as sanitised inline HTML safe inside Markdown."""
    if _SYNTAX.isdisjoint(text):
        # No character that could start emphasis, code, a link or a tag: nothing for Markdown to
        # render, and escaping alone gives the same output for a tenth of the time.
        return plain_text(text)
    cleaned = nh3.clean(
        _to_html(text),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=LINK_SCHEMES,
        link_rel=LINK_REL,
        strip_comments=True,
    )
    writer = _MarkdownSafeWriter()
    writer.feed(cleaned)
    writer.close()
    return Markup(_WHITESPACE.sub(" ", writer.output()).strip())


def _to_html(text: str) -> str:
    renderer = _markdown()
    renderer.reset()
    html: str = renderer.convert(text)
    return html


@cache
def _markdown() -> markdown.Markdown:
    """Python-Markdown reduced to paragraphs, emphasis, code and links, without raw HTML.

    A tag written in the text is shown as text, never obeyed; a heading or list marker stays
    as written. One instance, reset before each text: building one costs more than converting.
    """
    renderer = markdown.Markdown(output_format="html")
    renderer.preprocessors.deregister("html_block")
    for block in ("indent", "code", "hashheader", "setextheader", "hr", "olist", "ulist", "quote"):
        renderer.parser.blockprocessors.deregister(block)
    for pattern in ("html", "image_link", "image_reference", "short_image_ref"):
        renderer.inlinePatterns.deregister(pattern)
    return renderer


def _escape_text(text: str, *, at_start: bool) -> str:
    escaped = text.translate(_AS_REFERENCES)
    if at_start and (match := _LIST_START.match(escaped)):
        marker = match.group(0)
        escaped = marker[:-1] + f"&#{ord(marker[-1])};" + escaped[len(marker) :]
    return escaped


class _MarkdownSafeWriter(HTMLParser):
    """Re-serialises nh3's output with every text character that Markdown could read escaped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []

    def output(self) -> str:
        return "".join(self._parts)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        written = "".join(
            f' {name}="{_escape_text(value or "", at_start=False)}"' for name, value in attrs
        )
        self._parts.append(f"<{tag}{written}>")

    def handle_endtag(self, tag: str) -> None:
        self._parts.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        collapsed = _WHITESPACE.sub(" ", data)
        self._parts.append(_escape_text(collapsed, at_start=not self._parts))
