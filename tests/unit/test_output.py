"""The output writer never loses a file: it replaces only what it wrote and nobody has edited since."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from generator.engines.output import MANIFEST, OutputConflict, write_pages

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
