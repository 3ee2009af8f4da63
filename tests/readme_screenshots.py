"""The README's screenshots, taken in the same headless Chromium as the browser tests:

    make site && .venv/bin/python -m tests.readme_screenshots

Each is a part of a page of the built site (site/), so it shows what a reader sees today.
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.conftest import CHROMIUM_ARGS, ROOT, chromium_executable, serve

ASSETS = ROOT / "docs" / "assets"


def muscle_map_and_substitutes(site_url: str, target: Path) -> None:
    """Two parts of the good morning's page, one above the other: "At a glance" with the muscle map
    beside it, and the substitutes further down."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_executable(), args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": 1000, "height": 1000}, device_scale_factor=1)
        page.goto(f"{site_url}exercises/good-morning/")
        page.locator(".eg-muscle-map svg").wait_for()
        article = page.locator("article").bounding_box()
        glance = page.locator("h2#at-a-glance").bounding_box()
        drawn = page.locator(".eg-muscle-map").bounding_box()
        facts = page.locator("#eg-secondary-muscles").locator("xpath=..").bounding_box()
        heading = page.locator("h2#substitutes").bounding_box()
        listed = page.locator(".eg-substitutes").bounding_box()
        assert article and glance and drawn and facts and heading and listed
        left, width = article["x"] - 12, article["width"] + 24
        bottom = max(drawn["y"] + drawn["height"], facts["y"] + facts["height"])
        first = {
            "x": left,
            "y": glance["y"] - 8,
            "width": width,
            "height": bottom - glance["y"] + 24,
        }
        end = listed["y"] + listed["height"]
        second = {
            "x": left,
            "y": heading["y"] - 8,
            "width": width,
            "height": end - heading["y"] + 16,
        }
        parts = [page.screenshot(clip=clip, full_page=True) for clip in (first, second)]
        browser.close()
    _stack(parts, target)


def _stack(parts: list[bytes], target: Path) -> None:
    """The PNGs one above the other with a thin rule between, drawn by Chromium itself."""
    import base64  # noqa: PLC0415

    images = "".join(
        f'<img src="data:image/png;base64,{base64.b64encode(part).decode()}">' for part in parts
    )
    html = (
        "<body style='margin:0;background:#fff'><div style='display:inline-flex;flex-direction:column;"
        f"gap:0;border:1px solid #ccc'>{images.replace('><img', '><hr style=margin:0><img')}</div>"
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_executable(), args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": 800, "height": 600})
        page.set_content(html)
        page.locator("div").screenshot(path=str(target))
        browser.close()


def main() -> None:
    site = ROOT / "site"
    if not (site / "index.html").is_file():
        raise SystemExit("site/ is not built: run `make site` first")
    with serve(site) as url:
        muscle_map_and_substitutes(url, ASSETS / "muscle-map-and-substitutes.png")
    print(f"wrote {ASSETS / 'muscle-map-and-substitutes.png'}")


if __name__ == "__main__":
    main()
