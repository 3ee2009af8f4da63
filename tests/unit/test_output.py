"""The output writer never loses a file: it replaces only what it wrote and nobody has edited since."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.engines.output import MANIFEST, STAGING, OutputConflict, write_pages

PAGES = {"index.md": "home\n", "exercises/a.md": "a\n", "exercises/b.md": "b\n"}


def test_first_write_writes_everything(tmp_path: Path) -> None:
    report = write_pages(PAGES, tmp_path)
    assert sorted(report.written) == sorted(PAGES)
    assert (tmp_path / "exercises" / "a.md").read_text("utf-8") == "a\n"
    assert (tmp_path / MANIFEST).exists()


def test_second_write_without_change_touches_no_file(tmp_path: Path) -> None:
    write_pages(PAGES, tmp_path)
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}
    report = write_pages(PAGES, tmp_path)
    assert report.written == [] and report.removed == []
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()} == before


def test_one_change_rewrites_only_that_page(tmp_path: Path) -> None:
    write_pages(PAGES, tmp_path)
    report = write_pages({**PAGES, "exercises/a.md": "a, changed\n"}, tmp_path)
    assert report.written == ["exercises/a.md"]
    assert (tmp_path / "exercises" / "a.md").read_text("utf-8") == "a, changed\n"


def test_page_of_a_deleted_exercise_is_removed(tmp_path: Path) -> None:
    write_pages(PAGES, tmp_path)
    remaining = {k: v for k, v in PAGES.items() if k != "exercises/b.md"}
    report = write_pages(remaining, tmp_path)
    assert report.removed == ["exercises/b.md"]
    assert not (tmp_path / "exercises" / "b.md").exists()
    assert (tmp_path / "exercises" / "a.md").exists()


def test_hand_written_file_in_the_way_is_kept_and_nothing_is_written(tmp_path: Path) -> None:
    (tmp_path / "exercises").mkdir()
    (tmp_path / "exercises" / "b.md").write_text("mine\n", "utf-8")
    with pytest.raises(OutputConflict) as caught:
        write_pages(PAGES, tmp_path)
    assert caught.value.paths == [tmp_path / "exercises" / "b.md"]
    assert (tmp_path / "exercises" / "b.md").read_text("utf-8") == "mine\n"
    assert not (tmp_path / "index.md").exists()


def test_generated_file_edited_by_hand_is_neither_overwritten_nor_deleted(tmp_path: Path) -> None:
    write_pages(PAGES, tmp_path)
    edited = tmp_path / "exercises" / "a.md"
    edited.write_text("a, with my notes\n", "utf-8")
    with pytest.raises(OutputConflict):
        write_pages({**PAGES, "exercises/a.md": "a, new\n"}, tmp_path)
    with pytest.raises(OutputConflict):
        write_pages({k: v for k, v in PAGES.items() if k != "exercises/a.md"}, tmp_path)
    assert edited.read_text("utf-8") == "a, with my notes\n"


def test_other_files_in_the_folder_are_left_alone(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("keep me\n", "utf-8")
    write_pages(PAGES, tmp_path)
    write_pages({"index.md": "home\n"}, tmp_path)
    assert notes.read_text("utf-8") == "keep me\n"


def test_unreadable_manifest_means_nothing_is_ours(tmp_path: Path) -> None:
    write_pages(PAGES, tmp_path)
    (tmp_path / MANIFEST).write_text("{not json", "utf-8")
    with pytest.raises(OutputConflict):
        write_pages(PAGES, tmp_path)
    assert (tmp_path / "index.md").read_text("utf-8") == "home\n"


def test_a_failure_while_writing_leaves_the_previous_pages_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_pages(PAGES, tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    real_write_bytes = Path.write_bytes
    written: list[Path] = []

    def disk_full_after_one_page(path: Path, data: bytes) -> int:
        if written:
            raise OSError(28, "No space left on device")
        written.append(path)
        return real_write_bytes(path, data)

    monkeypatch.setattr(Path, "write_bytes", disk_full_after_one_page)
    changed = {relative: text + "changed\n" for relative, text in PAGES.items()}
    with pytest.raises(OSError):
        write_pages(changed, tmp_path)
    monkeypatch.undo()

    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before  # no page half-replaced, no staging folder left behind
    assert write_pages(changed, tmp_path).written == sorted(PAGES)


def test_a_manifest_entry_outside_the_folder_is_never_deleted(tmp_path: Path) -> None:
    """A manifest is only a file in the output folder; whoever edits it cannot aim the writer elsewhere."""
    outside = tmp_path / "precious.md"
    outside.write_text("mine\n", "utf-8")
    out = tmp_path / "out"
    write_pages(PAGES, out)
    manifest = json.loads((out / MANIFEST).read_text("utf-8"))
    manifest["../precious.md"] = hashlib.sha256(b"mine\n").hexdigest()
    manifest[str(outside)] = hashlib.sha256(b"mine\n").hexdigest()
    (out / MANIFEST).write_text(json.dumps(manifest), "utf-8")

    report = write_pages(PAGES, out)

    assert report.removed == []
    assert outside.read_text("utf-8") == "mine\n"


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def _states_while_writing(
    pages: dict[str, str], out: Path, monkeypatch: pytest.MonkeyPatch, keep: Path
) -> list[Path]:
    """Write `pages` to `out`, keeping a copy of the folder before each change the writer makes
    to the disk and after the last: each is what a process killed at that moment leaves."""
    states: list[Path] = []

    def keep_state() -> None:
        state = keep / str(len(states))
        shutil.copytree(out, state) if out.exists() else os.makedirs(state)
        states.append(state)

    def before(real: Callable[..., Any]) -> Callable[..., Any]:
        def changing(*args: Any, **kwargs: Any) -> Any:
            keep_state()
            return real(*args, **kwargs)

        return changing

    with monkeypatch.context() as patched:
        for owner, name in [
            (os, "replace"),
            (shutil, "rmtree"),
            (Path, "write_bytes"),
            (Path, "write_text"),
            (Path, "unlink"),
            (Path, "mkdir"),
        ]:
            patched.setattr(owner, name, before(getattr(owner, name)))
        write_pages(pages, out)
    keep_state()
    return states


@pytest.mark.parametrize("first_write", [True, False], ids=["into-an-empty-folder", "a-rewrite"])
def test_a_write_stopped_at_any_point_is_finished_by_the_next_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first_write: bool
) -> None:
    """Killed after its first replace or at any other point, a write leaves each page whole, old
    or new; the next write finishes it, without help, and leaves no staging folder."""
    start = tmp_path / "start"
    start.mkdir()
    (start / "notes.md").write_text("mine\n", "utf-8")  # hand-written: kept whatever happens
    if not first_write:
        write_pages(PAGES, start)
    new = {"index.md": "home, new\n", "exercises/a.md": "a\n", "exercises/c.md": "c\n"}
    finished = tmp_path / "finished"
    shutil.copytree(start, finished)
    write_pages(new, finished)
    expected = _files(finished)

    out = tmp_path / "out"
    shutil.copytree(start, out)
    states = _states_while_writing(new, out, monkeypatch, tmp_path / "states")

    assert len(states) > 10
    whole = {
        relative: {
            text.encode("utf-8") for text in {PAGES.get(relative), new.get(relative)} if text
        }
        for relative in set(PAGES) | set(new)
    }
    for state in states:
        for relative, data in _files(state).items():
            if relative in whole:
                assert data in whole[relative], (state.name, relative)
        write_pages(new, state)
        assert _files(state) == expected, state.name
        assert not (state / STAGING).exists(), state.name


def test_a_write_stopped_before_its_manifest_leaves_no_foreign_file_unprotected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a stopped write may replace is only what it wrote: a hand-written file in the way is
    still refused, before and after the stop."""
    states = _states_while_writing(PAGES, tmp_path / "out", monkeypatch, tmp_path / "states")
    for state in states:
        (state / "exercises").mkdir(exist_ok=True)
        (state / "exercises" / "mine.md").write_text("mine\n", "utf-8")
        with pytest.raises(OutputConflict):
            write_pages({**PAGES, "exercises/mine.md": "generated\n"}, state)
        assert (state / "exercises" / "mine.md").read_text("utf-8") == "mine\n"


def test_a_staging_folder_left_by_a_write_that_stopped_after_its_manifest_goes(
    tmp_path: Path,
) -> None:
    write_pages(PAGES, tmp_path)
    (tmp_path / STAGING / "exercises").mkdir(parents=True)
    (tmp_path / STAGING / "exercises" / "a.md").write_text("a\n", "utf-8")

    report = write_pages(PAGES, tmp_path)

    assert report.written == []
    assert not (tmp_path / STAGING).exists()
