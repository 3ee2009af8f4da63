"""The theme's indentation and blank lines leave the finished pages; what a reader sees stays."""

from __future__ import annotations

from generator.engines.mkdocs_plugin.compact_html import compact


def test_whitespace_runs_with_a_line_break_become_one_line_break() -> None:
    html = "<nav>\n\n    <ul>\n      <li>A  b</li>   \n    </ul>\n</nav>"
    assert compact(html) == "<nav>\n<ul>\n<li>A  b</li>\n</ul>\n</nav>"


def test_preformatted_text_keeps_its_whitespace() -> None:
    html = '<div>\n  <pre class="x"><code>a\n\n    b\n</code></pre>\n  <TEXTAREA>\n  c</TEXTAREA>\n</div>'
    assert compact(html) == (
        '<div>\n<pre class="x"><code>a\n\n    b\n</code></pre>\n<TEXTAREA>\n  c</TEXTAREA>\n</div>'
    )


def test_spaces_within_a_line_are_kept() -> None:
    """Spaces between words and inline elements on one line are the reader's: kept."""
    assert (
        compact("<p>Use <strong>the</strong> bar</p>\n\n")
        == "<p>Use <strong>the</strong> bar</p>\n"
    )
