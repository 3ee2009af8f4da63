"""How much a phone keeps for offline use after one visit, at 1,000 exercises.

    .venv/bin/python benchmarks/offline_copy.py          # one table
    .venv/bin/python benchmarks/offline_copy.py --json   # one JSON object

Builds the site of a synthetic catalogue (benchmarks/scale.py makes it), opens its home page in
Chromium and waits until the service worker has saved its copy (every page, data file and sheet,
and what the home page loaded: the theme's files and the search index). Then it counts what the
site's cache holds: the bytes of every saved response, as the pages are served (no compression),
and the storage the browser reports for the origin. Sizes are in binary units (1 MB = 1,024 KB).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import sys
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import CHROMIUM, KB, make_project, mkdocs_build, progress, synthetic_catalog

N = 1_000

# The worker takes over the page once its whole copy is saved; then the page hands over what it
# loaded before (offline.js). Counted once both are there.
SAVED_COPY = """async () => {
  const registration = await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
  }
  const loaded = performance.getEntriesByType("resource").map((entry) => entry.name);
  for (const url of [location.href, ...loaded].filter((url) => url.startsWith(registration.scope))) {
    while (!(await caches.match(url, { ignoreSearch: true }))) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  const names = await caches.keys();
  const bytes = {};  // by the saved response's media type
  let entries = 0;
  for (const name of names) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      const type = (response.headers.get("Content-Type") || "").split(";")[0];
      bytes[type] = (bytes[type] || 0) + (await response.arrayBuffer()).byteLength;
      entries += 1;
    }
  }
  const search = await caches.match(new URL("search/search_index.json", registration.scope).href);
  const usage = (await navigator.storage.estimate()).usage;
  return { copies: names.length, entries, bytes, usage, search: Boolean(search) };
}"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def saved_copy(site: Path) -> dict[str, float]:
    """What the worker saved after one visit to the home page of the built `site`."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
            )
            page = browser.new_page()
            page.set_default_timeout(600_000)
            page.goto(f"http://127.0.0.1:{server.server_port}/")
            found = page.evaluate(SAVED_COPY)
            browser.close()
    finally:
        server.shutdown()
    by_type = found["bytes"]
    mb = KB * KB
    return {
        "saved_copies": found["copies"],
        "saved_entries": found["entries"],
        "saved_copy_mb": sum(by_type.values()) / mb,
        "of_which_html_mb": by_type.get("text/html", 0) / mb,
        "of_which_pdf_mb": by_type.get("application/pdf", 0) / mb,
        "of_which_json_mb": by_type.get("application/json", 0) / mb,
        "search_index_saved": float(found["search"]),
        "browser_usage_mb": found["usage"] / mb,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object instead of a table"
    )
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="offline-copy-") as tmp:
        progress(f"building the site of {N:,} exercises")
        *_, site = mkdocs_build(make_project(Path(tmp) / "site", synthetic_catalog(N)))
        figures = saved_copy(site)
        figures["site_mb"] = sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / KB / KB
    if arguments.json:
        print(json.dumps({key: round(value, 3) for key, value in figures.items()}))
        return
    for key, value in figures.items():
        print(f"{key:<20} {value:>10.2f}")


if __name__ == "__main__":
    main()
