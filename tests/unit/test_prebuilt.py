"""Prebuilt HTML leaves a page's Markdown before MkDocs converts it and comes back unchanged,
its page links made addresses."""

from __future__ import annotations

from generator.engines.prebuilt import put_back, set_aside

PAGE = """# Clean

## At a glance

<ul data-search-exclude="true" data-prebuilt>
<li><strong>Pattern:</strong> Olympic</li>
</ul>

A paragraph with <em>inline</em> HTML.

<section class="eg-load-table" data-prebuilt>
<figure class="eg-band" data-prebuilt><svg></svg></figure>
<div class="tabbed-set"><div><table data-prebuilt><tr><td>70</td></tr></table></div></div>
</section>

<ul>
<li>A list the templates did not mark.</li>
</ul>
"""


def addresses(known: dict[str, str]) -> list[str]:
    asked: list[str] = []

    def page_address(path: str) -> str | None:
        asked.append(path)
        return known.get(path)

    markdown = '<ul data-prebuilt>\n<li><a href="deadlift.md#load-tables">Deadlift</a></li>\n<li><a href="missing.md">?</a></li>\n</ul>\n'
    _, [block] = set_aside(markdown, page_address)
    return [block, *asked]


def test_prebuilt_elements_make_way_for_placeholders_and_come_back() -> None:
    markdown, blocks = set_aside(PAGE, lambda path: None)
    assert len(blocks) == 2
    assert "<li><strong>Pattern:</strong> Olympic</li>" not in markdown
    assert "<td>70</td>" not in markdown
    assert "A paragraph with <em>inline</em> HTML." in markdown
    assert "<li>A list the templates did not mark.</li>" in markdown
    assert blocks[1].startswith('<section class="eg-load-table">')
    assert blocks[1].endswith("</section>")
    # Back as it was, without the build's markers, which the browser has no use for.
    assert put_back(markdown, blocks) == PAGE.replace(" data-prebuilt", "").replace(
        ' data-search-exclude="true"', ""
    )


def test_links_to_pages_become_addresses_and_unknown_ones_stay_as_written() -> None:
    block, *asked = addresses({"deadlift.md": "../deadlift/"})
    assert asked == ["deadlift.md", "missing.md"]
    assert '<a href="../deadlift/#load-tables">Deadlift</a>' in block
    assert '<a href="missing.md">?</a>' in block


def test_the_data_file_a_page_names_becomes_its_address() -> None:
    markdown = '<script type="application/json" id="x" data-src="../assets/loads.json" data-prebuilt></script>\n'
    _, [block] = set_aside(markdown, {"../assets/loads.json": "../../assets/loads.json"}.get)
    assert 'data-src="../../assets/loads.json"' in block


def test_escaped_text_that_reads_like_prebuilt_html_stays_in_the_markdown() -> None:
    """Contributed text reaches the page with its "<" escaped: it cannot smuggle a placeholder in."""
    text = "&#60;ul data-prebuilt&#62;&#60;/ul&#62; and &#60;!-- exercise-guide prebuilt 0 --&#62;"
    markdown, blocks = set_aside(text, lambda path: None)
    assert (markdown, blocks) == (text, [])
    assert put_back(markdown, ["<script>alert(1)</script>"]) == text
