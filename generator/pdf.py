"""PDF adapter: a program's sheets, as HTML from render.py, printed to PDF bytes by WeasyPrint."""

from __future__ import annotations

import logging
from pathlib import Path

SHEET_CSS = Path(__file__).resolve().parent.parent / "docs" / "assets" / "stylesheets" / "sheet.css"

# WeasyPrint reports every CSS rule it skips (the site's screen-only rules in sheet.css); those are not news.
logging.getLogger("weasyprint").setLevel(logging.ERROR)
logging.getLogger("fontTools").setLevel(logging.ERROR)


def html_to_pdf(html: str) -> bytes:
    """Print an HTML document to PDF; the document brings its own page size and styles."""
    # Slow to import, and only sheets need it.
    from weasyprint import HTML  # noqa: PLC0415
    from weasyprint.urls import URLFetcher  # noqa: PLC0415

    # A sheet is one self-contained document: it never reads a file or the network, whatever
    # address a contributed text might smuggle in (`file:///etc/passwd` as an image, say).
    fetch_nothing = URLFetcher(allowed_protocols=())
    pdf: bytes = HTML(string=html, url_fetcher=fetch_nothing).write_pdf()
    return pdf
