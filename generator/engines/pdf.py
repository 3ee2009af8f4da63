"""PDF adapter: a program's sheets, as HTML from generator/site/sheet.py, printed to PDF bytes by WeasyPrint.

`python -m generator.engines.pdf < sheet.html > sheet.pdf` prints one in a process of its own: the site
build does that while it converts its pages, so printing costs it no time on a second core.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys

from generator import PROJECT
from generator.site.paths import SHEET_STYLESHEET

# The stylesheet of the printed sheets, relative to docs/ (the site's pages use it too).
SHEET_CSS = PROJECT / "docs" / SHEET_STYLESHEET

# WeasyPrint reports every CSS rule it skips (the site's screen-only rules in sheet.css); those are not news.
logging.getLogger("weasyprint").setLevel(logging.ERROR)
logging.getLogger("fontTools").setLevel(logging.ERROR)


class PrintError(Exception):
    """Printing a sheet in its own process failed; the message is that process's last words."""


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


# A sheet prints in about a second; a printer still busy after this long is stuck, not slow.
PRINT_TIMEOUT_S = 300


def html_to_pdf_in_a_process(html: str) -> bytes:
    """`html_to_pdf` run by this module in a new Python process, which imports this very package.
    Raises `PrintError` when that process fails, and `subprocess.TimeoutExpired` when it hangs."""
    package_parent = str(PROJECT)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [package_parent, os.environ.get("PYTHONPATH")])),
    }
    result = subprocess.run(
        [sys.executable, "-m", "generator.engines.pdf"],
        input=html.encode("utf-8"),
        capture_output=True,
        env=env,
        check=False,
        timeout=PRINT_TIMEOUT_S,
    )
    if result.returncode != 0:
        last_words = result.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
        raise PrintError(last_words[0] if last_words else f"exit status {result.returncode}")
    return result.stdout


if __name__ == "__main__":
    sys.stdout.buffer.write(html_to_pdf(sys.stdin.buffer.read().decode("utf-8")))
