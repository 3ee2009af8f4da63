"""CONTRIBUTING is published with working links, and following it word for word adds a page."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from tests.conftest import ROOT, copy_project
from tests.unit.test_contributing import CONTRIBUTING, MKDOCS, commands, links
from tests.unit.test_scaffold import fill_in

SITE_URL: str = MKDOCS["site_url"]


# Commands that need GitHub or a person at the keyboard; the test does what they do another way.
NOT_RUN = {
    "git clone": "the test starts from a copy of this checkout instead",
    "cd exercise-guide": "the test runs every command in that copy",
    "git push": "there is no fork to push to",
    "make serve": "tests/build/test_serve.py serves the site; here `make site` builds it",
}


def shell(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    identity = {"GIT_AUTHOR_NAME": "A Coach", "GIT_AUTHOR_EMAIL": "coach@example.org"}
    identity |= {"GIT_COMMITTER_NAME": "A Coach", "GIT_COMMITTER_EMAIL": "coach@example.org"}
    return subprocess.run(
        ["bash", "-c", command],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, **identity},
    )


def test_contributing_is_published_with_working_links(built_site: Path) -> None:
    page = (built_site / "contributing" / "index.html").read_text("utf-8")
    for heading in re.findall(r"^#+ (.+)$", CONTRIBUTING.read_text("utf-8"), re.M):
        assert heading in page
    assert "--8&lt;--" not in page
    for link in links():
        if link.startswith(SITE_URL):
            assert (built_site / link.removeprefix(SITE_URL) / "index.html").is_file(), link
        if link.startswith("#"):
            assert f'id="{link[1:]}"' in page, link


def test_following_contributing_word_for_word_adds_a_page(tmp_path: Path) -> None:
    """Every command of CONTRIBUTING.md in order, in a copy of the project, filling in as a coach would."""
    project = tmp_path / "exercise-guide"
    project.mkdir()
    copy_project(project)
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy2(
            ROOT / name, project / name
        )  # copy2: `make` sees the installed .venv as up to date
    shutil.copytree(ROOT / "requirements", project / "requirements")
    (project / ".venv").symlink_to(ROOT / ".venv")
    # `make site` must find the shared .venv up to date, or it would install this copy into it.
    assert shell("make -q .venv/.site", project).returncode == 0, (
        "this checkout's .venv is older than its requirements: run `make test` (it reinstalls)"
    )
    assert shell("git init -q && git add -A && git commit -qm start", project).returncode == 0
    ran = []
    for command in commands():
        if any(command.startswith(skipped) for skipped in NOT_RUN):
            continue
        result = shell(command, project)
        assert "Traceback" not in result.stdout + result.stderr
        assert result.returncode == 0, (command, result.stdout, result.stderr)
        if "generator new" in command:
            fill_in(project / "exercises.toml")  # step 2, "Fill it in"
        ran.append(command)
    assert any(command.startswith("git commit") for command in ran)
    assert shell("make site", project).returncode == 0
    page = project / "site" / "exercises" / "nordic-curl" / "index.html"
    assert "Nordic Curl" in page.read_text("utf-8")
    committed = shell("git show --stat --format=%s HEAD", project).stdout
    assert "exercises.toml" in committed
