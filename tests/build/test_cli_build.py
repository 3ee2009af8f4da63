"""`python -m generator build --out`: the pages, data files and printed sheets written, then only what changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli import generator
from tests.conftest import ROOT, run


def _snapshot(folder: Path) -> dict[str, int]:
    """Each file of the folder (the manifest too) and when it was last written."""
    return {
        p.relative_to(folder).as_posix(): p.stat().st_mtime_ns
        for p in folder.rglob("*")
        if p.is_file()
    }


def _rewritten(before: dict[str, int], after: dict[str, int]) -> list[str]:
    return sorted(path for path in after if before.get(path) != after[path])


def test_build_writes_pages_then_nothing_when_unchanged(tmp_path: Path) -> None:
    out = tmp_path / "pages"
    first = generator("build", "--out", str(out))
    assert first.returncode == 0, first.stderr
    # 12 pages and assets/loads.json, 13 muscle pages, their list and the muscle map's drawing,
    # 3 data files, 2 sheets, the service worker, manifest and icon
    assert "34 written, 0 unchanged, 0 removed" in first.stdout
    assert (out / "exercises" / "romanian-deadlift.md").read_text("utf-8").startswith("---\ntitle:")
    second = generator("build", "--out", str(out))
    assert "0 written, 34 unchanged, 0 removed" in second.stdout
    assert (out / "programs" / "lower-back-assistance-a4.pdf").read_bytes().startswith(b"%PDF")
    assert json.loads((out / "exercises.json").read_text("utf-8"))["exercises"]


def test_build_writes_the_load_data_the_pages_name(tmp_path: Path) -> None:
    """The same site as the plugin's: the calculators' data file beside the pages that name it."""
    out = tmp_path / "pages"
    assert generator("build", "--out", str(out)).returncode == 0
    data = json.loads((out / "assets" / "loads.json").read_text("utf-8"))
    assert data["units"] == ["kg", "lb"]
    assert data["kg"]["loads"][:2] == [[20, []], [22.5, [1.25]]]
    page = (out / "exercises" / "romanian-deadlift.md").read_text("utf-8")
    # An address from the page's own (exercises/romanian-deadlift/), which no engine resolves.
    assert 'data-src="../../assets/loads.json"' in page
    assert 'href="deadlift.md"' in page, "a link to a page is resolved by the engine"


def test_build_refuses_to_overwrite_a_file_it_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "pages"
    (out / "exercises").mkdir(parents=True)
    mine = out / "exercises" / "clean.md"
    mine.write_text("my own notes on the clean\n", "utf-8")
    result = generator("build", "--out", str(out))
    assert result.returncode == 1
    assert "refusing to overwrite" in result.stderr and "clean.md" in result.stderr
    assert mine.read_text("utf-8") == "my own notes on the clean\n"
    assert not (out / "index.md").exists(), "nothing is written when any file is in the way"


def test_second_build_without_a_change_writes_no_file(tmp_path: Path) -> None:
    out = tmp_path / "pages"
    assert generator("build", "--out", str(out)).returncode == 0
    before = _snapshot(out)
    assert generator("build", "--out", str(out)).returncode == 0
    assert _rewritten(before, _snapshot(out)) == []


@pytest.mark.parametrize(
    ("old", "new", "rewritten"),
    [
        # A cue shows on the exercise's own page only, and in the open data; any change gives the
        # service worker a new version.
        (
            "Lock your heels under the rollers.",
            "Lock both heels under the rollers.",
            ["exercises.json", "exercises/back-extension.md", "service-worker.js"],
        ),
        # A name shows wherever the exercise is listed: the catalogue, the pages linking to it,
        # the pages of the muscles it works, the program that has it in a session and that
        # program's printed sheets.
        (
            'name = "Back extension"',
            'name = "Back raise"',
            [
                "exercises.json",
                "exercises/back-extension.md",
                "exercises/back-squat.md",
                "exercises/deadlift.md",
                "exercises/glute-bridge.md",
                "exercises/good-morning.md",
                "exercises/romanian-deadlift.md",
                "index.md",
                "muscles/erectors.md",
                "muscles/glutes.md",
                "muscles/hamstrings.md",
                "programs/lower-back-assistance-a4.pdf",
                "programs/lower-back-assistance-letter.pdf",
                "programs/lower-back-assistance.md",
                "service-worker.js",  # a new version: the saved copy for offline use is replaced
            ],
        ),
    ],
    ids=["cue", "name"],
)
def test_build_after_one_exercise_changed_rewrites_only_the_pages_showing_it(
    tmp_path: Path, old: str, new: str, rewritten: list[str]
) -> None:
    source = tmp_path / "exercises.toml"
    text = (ROOT / "exercises.toml").read_text("utf-8")
    source.write_text(text, "utf-8")
    out = tmp_path / "pages"
    assert generator("build", str(source), "--out", str(out)).returncode == 0
    before = _snapshot(out)
    assert old in text
    source.write_text(text.replace(old, new, 1), "utf-8")
    assert generator("build", str(source), "--out", str(out)).returncode == 0
    assert _rewritten(before, _snapshot(out)) == [".exercise-guide-manifest.json", *rewritten]


def test_python_dash_m_generator_runs_as_a_user_types_it(tmp_path: Path) -> None:
    """The one place the CLI runs in a process of its own: the module entry point, its exit
    statuses (0 valid, 1 problems, 2 usage) and no traceback. The other CLI tests call it in-process."""
    assert run("-m", "generator", "check").returncode == 0
    bad = tmp_path / "exercises.toml"
    bad.write_bytes(b"[settings\n")
    checked = run("-m", "generator", "check", str(bad), cwd=tmp_path)
    assert checked.returncode == 1
    assert f"{bad}:1:10: TOML syntax" in checked.stderr
    assert "Traceback" not in checked.stderr
    usage = run("-m", "generator", "no-such-command")
    assert usage.returncode == 2
    assert "Traceback" not in usage.stderr
