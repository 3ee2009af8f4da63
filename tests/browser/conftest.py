"""The browser tier: a real headless Chromium (Debian's, or Playwright's own) on the built site."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import sync_playwright

from tests.conftest import CHROMIUM_ARGS, Network, chromium_executable, mark_folder

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    mark_folder(items, Path(__file__).parent, "browser")


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=chromium_executable(), args=CHROMIUM_ARGS
        )
        yield instance
        instance.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A fresh browser profile: nothing remembered from another test."""
    instance = browser.new_context(viewport={"width": 1000, "height": 900})
    yield instance
    instance.close()


@pytest.fixture
def network() -> Network:
    """This test's network, plugged in until it unplugs it."""
    return Network()
