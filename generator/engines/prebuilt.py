"""Finished HTML in a generated page, kept away from MkDocs while it converts the page. No I/O.

The templates mark `data-prebuilt` the HTML that needs no conversion and no search: lists of facts,
each load table with its band and calculator, the calculator's data, the home page's catalogue.
Python-Markdown would parse it to find where each block ends, and the search plugin would parse it
again; with hundreds of list items and table cells a page, that was most of the build. The plugin
sets it aside before the conversion and puts it back into the finished page.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.site.paths import address_from_page, linked_file

# No such element holds another of its kind, so the first closing tag ends it. Contributed text
# cannot write one: the templates escape every "<" it holds.
_PREBUILT = re.compile(
    r"<(section|table|figure|form|script|ul)\b[^>]*\bdata-prebuilt\b.*?</\1>", re.S
)
_PLACEHOLDER = re.compile(r"<!-- exercise-guide prebuilt (\d+) -->")
# The markers for the build, which the browser has no use for once a block is set aside: every
# page that shows loads carries a dozen of them. Only in tags (contributed text holds no "<").
_TAG = re.compile(r"<[a-z][^<>]*>")
_MARKER = re.compile(r' (?:data-prebuilt|data-search-exclude="true")(?=[ />])')
# A link to another page by its Markdown file (`clean.md`), or to a file of the site
# (`data-src="../assets/loads.json"`, the muscle map's drawing `xlink:href="../assets/muscle-map.svg#body"`),
# by its path from the page's Markdown file, as the templates write them.
_PAGE_LINK = re.compile(r'(xlink:href|href|data-src)="([^"#?:]+\.(?:md|json|svg))(#[^"]*)?"')


def set_aside(markdown: str, page_address: Callable[[str], str | None]) -> tuple[str, list[str]]:
    """`markdown` with each prebuilt element replaced by a placeholder, and those elements in order.

    Their links to pages (`href="clean.md#x"`) become `page_address("clean.md")` (plus the `#x`), as
    MkDocs does for Markdown links, and so do those to data files (`data-src="../assets/loads.json"`);
    a link for which it gives None stays as written. The markers data-prebuilt and
    data-search-exclude, which only the build reads, are left out of them.
    """
    blocks: list[str] = []

    def address(link: re.Match[str]) -> str:
        attribute, path, fragment = link.groups()
        found = page_address(path)
        return link.group(0) if found is None else f'{attribute}="{found}{fragment or ""}"'

    def placeholder(element: re.Match[str]) -> str:
        linked = _PAGE_LINK.sub(address, element.group(0))
        blocks.append(_TAG.sub(lambda tag: _MARKER.sub("", tag.group(0)), linked))
        return f"<!-- exercise-guide prebuilt {len(blocks) - 1} -->"

    return _PREBUILT.sub(placeholder, markdown), blocks


def put_back(html: str, blocks: list[str]) -> str:
    """The page's HTML with the elements `set_aside` took out of its Markdown back in place."""
    return _PLACEHOLDER.sub(lambda match: blocks[int(match.group(1))], html)


def resolve_data_addresses(src_path: str, markdown: str, *, use_directory_urls: bool = True) -> str:
    """`markdown` (the generated page `src_path`) with the data files its prebuilt HTML names
    (`data-src="../assets/loads.json"`, `xlink:href="../assets/muscle-map.svg#body"`) as addresses
    relative to the page's own: for a site built from the generated pages by an engine without this
    project's plugin (Zensical). Links stay as written (`href="clean.md"`): Zensical resolves every
    href itself, even in HTML, and would take an address for a path relative to the Markdown file."""

    def address(link: re.Match[str]) -> str:
        attribute, path, fragment = link.groups()
        if attribute == "href":
            return link.group(0)
        target = linked_file(path, src_path)
        relative = address_from_page(target, src_path, use_directory_urls=use_directory_urls)
        return f'{attribute}="{relative}{fragment or ""}"'

    def resolved(element: re.Match[str]) -> str:
        return _PAGE_LINK.sub(address, element.group(0))

    return _PREBUILT.sub(resolved, markdown)
