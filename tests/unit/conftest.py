"""The unit tier: everything in this process, so that `make test-fast` answers in well under a
minute. A test here may call the CLI (tests/cli.py) and build_site in-process, but a test that
starts a process, runs an MkDocs build or opens a browser fails with `StartedOutsideTheProcess`:
such a test belongs in tests/build/ or tests/browser/."""

from __future__ import annotations

import asyncio
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import mkdocs.commands.build
import pytest

from tests.conftest import mark_folder


class StartedOutsideTheProcess(AssertionError):
    """A unit test started a process or an MkDocs build."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    mark_folder(items, Path(__file__).parent, "unit")


def _refusal(what: str) -> Callable[..., None]:
    def refuse(*args: object, **kwargs: object) -> None:
        raise StartedOutsideTheProcess(
            f"a unit test started {what}; move it to tests/build/ (or tests/browser/)"
        )

    return refuse


@pytest.fixture(autouse=True)
def _in_this_process_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every way this code base could start a process (subprocess, os, asyncio: Playwright starts
    its browser through the last) or an MkDocs build, refused for the test's duration."""
    monkeypatch.setattr(subprocess.Popen, "__init__", _refusal("a process (subprocess)"))
    for name in ("system", "fork", "forkpty", "posix_spawn", "posix_spawnp", "execv", "execve"):
        if hasattr(os, name):
            monkeypatch.setattr(os, name, _refusal(f"a process (os.{name})"))
    monkeypatch.setattr(asyncio, "create_subprocess_exec", _refusal("a process (asyncio)"))
    monkeypatch.setattr(mkdocs.commands.build, "build", _refusal("an MkDocs build"))
    yield
