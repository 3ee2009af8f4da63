"""What a site built without this project's plugin needs of the generated files (Zensical, which
runs no MkDocs plugin, builds from docs/ plus what `python -m generator build --out` writes).

The plugin resolves the data files a page's prebuilt HTML names as MkDocs builds the page; an
engine without it reads the page as written, so here they become addresses first.
"""

from __future__ import annotations

from generator.engines.prebuilt import resolve_data_addresses
from generator.site.build import Site


def for_an_engine_without_the_plugin(site: Site, *, use_directory_urls: bool = True) -> Site:
    """The same files with the data files each page names as addresses (resolve_data_addresses)."""
    pages = {
        path: resolve_data_addresses(path, text, use_directory_urls=use_directory_urls)
        if path.endswith(".md")
        else text
        for path, text in site.pages.items()
    }
    return Site(pages, site.data, site.sheets, site.search)
