"""The build tier: real `mkdocs build` and `serve`, the Zensical build, installs, printed PDFs and
commands run in processes of their own, as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import mark_folder


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    mark_folder(items, Path(__file__).parent, "build")
