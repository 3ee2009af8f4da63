"""`new`, then `check`, then filling in the placeholders, then a real build: a contributor's round trip."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run
from tests.unit.test_scaffold import check, fill_in, new


def test_the_round_trip_new_check_fill_check_build(project: Path, tmp_path: Path) -> None:
    assert new(project, "Nordic Curl")[0] == 0

    code, errors = check(project)
    placeholders = [line for line in errors if "fill in this placeholder" in line]
    assert code == 1
    assert len(errors) == len(placeholders) + 2, "one message per placeholder, and the summary"
    assert errors[-2:] == [
        f"{len(placeholders)} problems of 1 kind:",
        f"  {len(placeholders)} × placeholder to fill in (first at {placeholders[0].split(': ')[0]})",
    ]
    fields = [line.split(": ")[2] for line in placeholders]
    assert fields[:3] == ["summary", "pattern", "muscles.primary[0]"]
    assert "sources[0]" in fields

    assert fill_in(project / "exercises.toml") == len(placeholders), "every one has an example"
    code, errors = check(project)
    assert code == 0, errors

    site = tmp_path / "built"
    build = run("-m", "mkdocs", "build", "--strict", "--site-dir", str(site), cwd=project)
    assert build.returncode == 0, build.stderr
    page = (site / "exercises" / "nordic-curl" / "index.html").read_text("utf-8")
    assert "Nordic Curl" in page
    assert "Set up with the feet hip-width apart." in page
