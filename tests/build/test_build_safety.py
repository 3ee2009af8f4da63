"""Builds that lose nothing and repeat exactly: the real `mkdocs build` and `python -m generator build`.

A failed build leaves the previous output as it was; an exercise deleted from exercises.toml loses
its page; two builds of the same input give the same bytes, whatever Python's hash seed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from generator.engines.output import MANIFEST, STAGING
from tests.conftest import ROOT, copy_project, run

BROKEN = ("\nsafety = [\n", "\nsafty = [\n")
EXTRA_EXERCISE = """
[[exercises]]
id = "hip-thrust"
name = "Hip thrust"
summary = "A test exercise, added and then deleted."
pattern = "hinge"
muscles = { primary = ["glutes"] }
equipment = ["barbell"]
cues = ["Drive the hips up."]
safety = ["Keep the ribs down."]
sources = ["dewar-lower-back"]
"""


# `python -m generator build --out DIR`, killed with SIGKILL right after it has replaced its first
# generated file with the new one: nothing of the writer's own runs after that.
KILLED_AFTER_FIRST_REPLACE = f"""
import os, signal, sys
from generator.engines.cli.commands import main

real_replace = os.replace

def replace(source, target):
    real_replace(source, target)
    if os.path.basename(target) != {MANIFEST!r}:
        os.kill(os.getpid(), signal.SIGKILL)

os.replace = replace
main(["build", "--out", sys.argv[1]])
"""


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def _build(project: Path, site: Path, hash_seed: str) -> subprocess.CompletedProcess[str]:
    """`mkdocs build` with a chosen hash seed: set and dict orders must not leak into pages."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=project,
        env={**os.environ, "PYTHONHASHSEED": hash_seed},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_a_failed_mkdocs_build_leaves_the_previous_site_untouched(
    tmp_path: Path, built_site: Path
) -> None:
    project = copy_project(tmp_path)
    site = project / "site"
    site.mkdir()
    for relative, data in _files(built_site).items():
        (site / relative).parent.mkdir(parents=True, exist_ok=True)
        (site / relative).write_bytes(data)
    before = _files(site)
    source = project / "exercises.toml"
    source.write_text(source.read_text("utf-8").replace(*BROKEN, 1), "utf-8")

    result = run("-m", "mkdocs", "build", "--strict", cwd=project)

    assert result.returncode == 1
    assert "safty: unknown key 'safty'" in result.stderr
    assert _files(site) == before


def test_a_failed_generator_build_leaves_the_previous_pages_untouched(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    assert run("-m", "generator", "build", "--out", "pages", cwd=project).returncode == 0
    before = _files(project / "pages")
    source = project / "exercises.toml"
    source.write_text(source.read_text("utf-8").replace(*BROKEN, 1), "utf-8")

    result = run("-m", "generator", "build", "--out", "pages", cwd=project)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert _files(project / "pages") == before


def test_the_page_of_a_deleted_exercise_goes_and_hand_written_files_stay(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    pages = project / "pages"
    source = project / "exercises.toml"
    real = source.read_text("utf-8")
    source.write_text(real + EXTRA_EXERCISE, "utf-8")
    assert run("-m", "generator", "build", "--out", "pages", cwd=project).returncode == 0
    assert (pages / "exercises" / "hip-thrust.md").exists()
    (pages / "exercises" / "my-notes.md").write_text("mine\n", "utf-8")
    source.write_text(real, "utf-8")

    result = run("-m", "generator", "build", "--out", "pages", cwd=project)

    assert result.returncode == 0, result.stderr
    assert "1 removed" in result.stdout
    assert not (pages / "exercises" / "hip-thrust.md").exists()
    assert (pages / "exercises" / "glute-bridge.md").exists()
    assert (pages / "exercises" / "my-notes.md").read_text("utf-8") == "mine\n"


def test_generated_markdown_is_byte_identical_across_runs(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"pages-{seed}"
        result = subprocess.run(
            [sys.executable, "-m", "generator", "build", "--out", str(out)],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        outputs.append(_files(out))
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 10


def test_generated_pages_build_to_identical_html(tmp_path: Path) -> None:
    """Two real builds, from two copies of the project, with different hash seeds."""
    sites = []
    for seed in ("1", "2"):
        (tmp_path / seed).mkdir()
        project = copy_project(tmp_path / seed)
        site = tmp_path / f"site-{seed}"
        result = _build(project, site, seed)
        assert result.returncode == 0, result.stderr
        sites.append(site)
    generated = [
        p.relative_to(sites[0]).as_posix()
        for p in sites[0].rglob("*")
        if p.is_file()
        and (p.name == "index.html" or p.suffix == ".pdf")
        and p.relative_to(sites[0]).parts[0]
        in {"exercises", "programs", "index.html", "load-tables"}
    ]
    assert len(generated) > 10
    for relative in generated:
        assert (sites[0] / relative).read_bytes() == (sites[1] / relative).read_bytes(), relative


@pytest.mark.parametrize("first_build", [True, False], ids=["first-build", "rebuild"])
def test_a_killed_generator_build_is_finished_by_the_next_one(
    tmp_path: Path, first_build: bool
) -> None:
    """No later build refuses the folder, nobody has to delete files by hand, and no staging
    folder is left once the next build is done."""
    project = copy_project(tmp_path)
    pages = project / "pages"
    pages.mkdir()
    (pages / "notes.md").write_text("mine\n", "utf-8")  # a hand-written file stays
    source = project / "exercises.toml"
    if not first_build:
        assert run("-m", "generator", "build", "--out", "pages", cwd=project).returncode == 0
        source.write_text(
            source.read_text("utf-8").replace("Romanian deadlift", "Romanian dead-lift", 1), "utf-8"
        )

    killed = run("-c", KILLED_AFTER_FIRST_REPLACE, "pages", cwd=project)
    assert killed.returncode == -signal.SIGKILL, killed.stderr

    result = run("-m", "generator", "build", "--out", "pages", cwd=project)
    assert result.returncode == 0, result.stderr
    assert not (pages / STAGING).exists()
    assert (pages / "notes.md").read_text("utf-8") == "mine\n"
    fresh = project / "fresh"
    assert run("-m", "generator", "build", "--out", "fresh", cwd=project).returncode == 0
    assert _files(pages) == {**_files(fresh), "notes.md": b"mine\n"}
