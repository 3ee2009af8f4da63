"""Contributed text -> escaped text or sanitised inline HTML, safe inside a Markdown page."""

from __future__ import annotations

import html
import tomllib

import markdown
import pytest

from generator.site.markup import inline_html, join_text, link_target, plain_text
from tests.conftest import ROOT, strings_in


def _page(fragment: str) -> str:
    """The HTML that Python-Markdown, with the site's extensions, makes of a page line."""
    return markdown.markdown(fragment, extensions=["attr_list", "tables", "admonition"])


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "*not emphasis* and [not a link](https://example.com)",
        'cue {: onclick="alert(1)" }',
        "| not | a table |",
        "# not a heading",
        "1. not a list",
        "- not a list either",
        '!!! note "not an admonition"',
        "&lt;already an entity&gt;",
    ],
)
def test_plain_text_reads_exactly_as_written(text: str) -> None:
    rendered = _page(str(plain_text(text)))
    inner = rendered.removeprefix("<p>").removesuffix("</p>")
    assert "<" not in inner  # one paragraph of text, no element of any kind
    assert html.unescape(inner) == text


def test_inline_keeps_emphasis_code_and_http_links() -> None:
    fragment = inline_html(
        "Keep it *slow*, **always**; `tempo` per [the article](https://example.com/a)."
    )
    assert _page(str(fragment)) == (
        "<p>Keep it <em>slow</em>, <strong>always</strong>; <code>tempo</code> per "
        '<a href="https://example.com/a" rel="nofollow noopener noreferrer">the article</a>.</p>'
    )


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("<b onmouseover=alert(1)>bold</b>", "<b onmouseover=alert(1)>bold</b>"),
        ("![pic](https://example.com/x.png)", "![pic](https://example.com/x.png)"),
        ("# heading", "# heading"),
        ("one\n\ntwo", "one two"),
    ],
)
def test_inline_shows_anything_beyond_the_subset_as_text(text: str, shown: str) -> None:
    rendered = _page(str(inline_html(text)))
    assert "<b" not in rendered and "<img" not in rendered and "<h1" not in rendered
    assert html.unescape(rendered.removeprefix("<p>").removesuffix("</p>")) == shown


def test_inline_drops_a_link_target_that_is_not_http() -> None:
    rendered = _page(str(inline_html("[x](javascript:alert(1))")))
    assert "javascript" not in rendered
    assert ">x</a>" in rendered


def test_link_target_cannot_end_the_markdown_link_early() -> None:
    target = link_target('https://example.com/a)b "c" <d>')
    assert _page(f"[x]({target})") == (
        '<p><a href="https://example.com/a%29b%20%22c%22%20%3Cd%3E">x</a></p>'
    )


def test_join_escapes_every_item() -> None:
    assert html.unescape(str(join_text(["*a*", "<b>"], " / "))) == "*a* / <b>"
    assert "<b>" not in _page(str(join_text(["*a*", "<b>"], " / ")))


def test_plain_prose_reads_the_same_through_the_markdown_subset() -> None:
    """Text without emphasis, code or links takes the quick path; it must read exactly as rendered."""
    catalogue = tomllib.loads((ROOT / "exercises.toml").read_text("utf-8"))
    texts = list(strings_in(catalogue))
    assert len(texts) > 200

    for text in texts:
        assert inline_html(text) == str(inline_html(text + " *x*")).removesuffix(" <em>x</em>")
