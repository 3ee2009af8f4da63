"""The GitHub workflows, issue form and Dependabot configuration pass GitHub's schemas and zizmor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.unit.test_github import GITHUB, ISSUE_FORM, WORKFLOWS

BIN = Path(sys.executable).parent


def tool(name: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / name), *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_workflow_matches_githubs_schema(workflow: Path) -> None:
    result = tool("check-jsonschema", "--builtin-schema", "vendor.github-workflows", workflow)
    assert result.returncode == 0, result.stdout + result.stderr


def test_issue_form_matches_githubs_schema() -> None:
    result = tool("check-jsonschema", "--builtin-schema", "vendor.github-issue-forms", ISSUE_FORM)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dependabot_config_matches_githubs_schema() -> None:
    dependabot = GITHUB / "dependabot.yml"
    result = tool("check-jsonschema", "--builtin-schema", "vendor.dependabot", dependabot)
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing_in_the_workflows_or_dependabot() -> None:
    """Actions pinned to commit SHAs, least-privilege permissions, no credentials left on disk, no
    dangerous trigger such as pull_request_target, a cooldown on updates (rules: .github/zizmor.yml).
    A file zizmor cannot read is an error, not a file skipped in silence."""
    result = tool(
        "zizmor", "--offline", "--strict-collection", "--no-progress", "--format", "plain", GITHUB
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout
