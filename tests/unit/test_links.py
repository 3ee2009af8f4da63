"""Which link targets contributed text may hold, found without rendering any Markdown."""

from __future__ import annotations

import tomllib
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.catalogue.model.links import allowed_target, unsafe_link_targets
from generator.site import markup
from tests.conftest import ROOT, strings_in
from tests.xss_corpus import REJECTED, RENDERED

TRICKY = [
    "[x](javascript:alert(1))",
    "[x](JAVASCRIPT:alert(1))",
    "[x](java&#x09;script:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](javascript&colon;alert(1))",
    "[x](javascript\\:alert(1))",
    "[x]( <javascript:alert(1)>)",
    "[x](\u200bjavascript:alert(1))",
    "[x](data:text/html,hi)",
    "[x](vbscript:msgbox)",
    '[x](ftp://example.com "title")',
    "![x](javascript:alert(1))",
    "[x][r]\n\n[r]: javascript:alert(1)",
    "[x][r]\n\n   [r]:\n   <javascript:alert(1)>",
    "[x]\n\n[x]: data:text/html,hi",
    "<ftp://example.com/file>",
    "<coach@example.com>",
]


@pytest.mark.parametrize("text", [*TRICKY, *REJECTED])
def test_unsafe_link_targets_are_found(text: str) -> None:
    assert unsafe_link_targets(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "no link",
        "[x](https://example.com)",
        '[x](https://example.com "a title: with a colon")',
        "[x](../safety.md)",
        "[x](#cues)",
        "[x][r]\n\n[r]: https://example.com",
        "<https://example.com>",
        "a < b",
        "Rest: 2 min",
        "Cue: [brace] first: then pull",
        *RENDERED,
    ],
)
def test_http_and_relative_links_are_fine(text: str) -> None:
    assert unsafe_link_targets(text) == []


@pytest.mark.parametrize(
    ("target", "allowed"),
    [
        ("https://example.com", True),
        ("../safety.md", True),
        ("HTTPS://EXAMPLE.COM", True),
        ("java\tscript:alert(1)", False),
        ("&#x6A;avascript:alert(1)", False),
        ("mailto:coach@example.com", False),
    ],
)
def test_a_target_is_read_as_a_browser_reads_it(target: str, allowed: bool) -> None:
    assert allowed_target(target) is allowed


# The check must refuse at least every target that the site's Markdown renderer would make a link
# of; text, Markdown and HTML syntax, schemes and entities mixed at random.
_PIECES = st.sampled_from(
    [
        "[",
        "]",
        "(",
        ")",
        "<",
        ">",
        ":",
        " ",
        "\n",
        "\t",
        "\\",
        '"',
        "!",
        "@",
        "x",
        "java",
        "script:",
        "javascript:",
        "data:",
        "https://a.b",
        "&#x09;",
        "&#106;",
        "&colon;",
        "\u200b",
        "[r]: ",
        "[r]",
        "](",
        "ftp://",
        "'",
        "&#58;",
        "a@b",
    ]
)


@settings(max_examples=5 * settings.default.max_examples, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_every_target_the_renderer_would_link_is_checked(text: str) -> None:
    assert_checked_as_rendered(text)


def test_every_target_of_the_catalogue_and_the_corpus_is_checked() -> None:
    catalogue = tomllib.loads((ROOT / "exercises.toml").read_text("utf-8"))
    for text in [*strings_in(catalogue), *TRICKY, *REJECTED, *RENDERED]:
        assert_checked_as_rendered(text)


def assert_checked_as_rendered(text: str) -> None:
    collector = _TargetCollector()
    collector.feed(markup._to_html(text))  # the renderer the pages use
    collector.close()
    refused = [t for t in collector.targets if not allowed_target(t)]
    if refused:
        assert unsafe_link_targets(text), f"{text!r} renders the link target {refused[0]!r}"


class _TargetCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.targets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.targets.extend(value or "" for name, value in attrs if name in {"href", "src"})


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("[see](javascript:alert(1)) Unlock", "javascript:alert(1)"),
        ('[see](javascript:alert(1) "a title")', "javascript:alert(1)"),
        ("[r]: data:text/html,hi", "data:text/html,hi"),
    ],
)
def test_the_refused_target_is_reported_as_written(text: str, reported: str) -> None:
    assert unsafe_link_targets(text)[0] == reported
