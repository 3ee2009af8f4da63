"""Writes generated pages to a folder: only files whose content changed, never a file it did not write.

A manifest in the folder records what the generator wrote and the hash of each file, so that a
hand-written file, or a generated file someone edited by hand, is never overwritten or deleted.

A write may stop at any point (a crash, a full disk, a killed process) and the next one finishes
it: new files are written whole to a staging folder first, and before the first of them replaces
an old one, the manifest says which contents each path may have meanwhile, its old one or its
new one. The staging folder has a name of its own, which the next write clears.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

MANIFEST = ".exercise-guide-manifest.json"
STAGING = ".exercise-guide-staging"

# Path -> the digests its file may have: one once a write is done, its old and new while it runs.
Owned = dict[str, frozenset[str]]


class OutputConflict(Exception):
    """Writing would overwrite or delete files the generator does not own; nothing was written."""

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        listed = ", ".join(str(p) for p in paths)
        super().__init__(
            f"refusing to overwrite files the generator did not write (or that were edited by hand): {listed}; "
            "move them away or choose another output folder"
        )


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def write_atomically(target: Path, content: bytes) -> None:
    """Write next to `target`, then rename: an interrupted run never leaves half a file, and the
    file that was there stays whole until the new one replaces it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, suffix=".tmp") as handle:
        handle.write(content)
    os.replace(handle.name, target)


def write_pages(pages: Mapping[str, str | bytes], out_dir: Path) -> WriteReport:
    """Bring `out_dir` in line with `pages` (text, or bytes such as PDFs); files dropped from the
    catalogue are removed.

    Changed pages are first written in full to a staging folder inside `out_dir`, then each
    replaces its old version with an atomic rename: every page, old or new, stays whole. A write
    that stopped before its end, however it stopped, is finished by the next one.
    """
    owned = _read_manifest(out_dir)
    on_disk = {
        relative: _digest(out_dir / relative)
        for relative in set(pages) | set(owned)
        if (out_dir / relative).is_file()
    }
    conflicts = [
        out_dir / relative
        for relative in sorted(set(pages) | set(owned))
        if (out_dir / relative).exists() and on_disk.get(relative) not in owned.get(relative, ())
    ]
    if conflicts:
        raise OutputConflict(conflicts)

    report = WriteReport()
    manifest: dict[str, str] = {}
    changed: dict[str, bytes] = {}
    for relative, content in sorted(pages.items()):
        data = content.encode("utf-8") if isinstance(content, str) else content
        manifest[relative] = hashlib.sha256(data).hexdigest()
        if on_disk.get(relative) == manifest[relative]:
            report.unchanged.append(relative)
        else:
            changed[relative] = data
    stale = sorted(relative for relative in set(owned) - set(pages) if relative in on_disk)
    done = {relative: frozenset([digest]) for relative, digest in manifest.items()}
    if changed or stale or owned != done:
        # Until the write is done, each path it changes holds its old content or its new one.
        meanwhile = {
            relative: done.get(relative, frozenset()) | {on_disk[relative]}
            for relative in sorted(set(changed) | set(stale))
            if relative in on_disk
        }
        out_dir.mkdir(parents=True, exist_ok=True)
        _replace(changed, stale, {**done, **meanwhile}, done, out_dir)
        report.written.extend(changed)
        report.removed.extend(stale)
    elif (out_dir / STAGING).exists():
        shutil.rmtree(out_dir / STAGING)  # left by a write that stopped after its manifest
    return report


def _replace(
    changed: Mapping[str, bytes], stale: list[str], meanwhile: Owned, done: Owned, out_dir: Path
) -> None:
    """Stage the changed files whole, say in the manifest that each may be old or new, replace
    them and delete the stale ones, then write the manifest of the finished write."""
    staging = out_dir / STAGING
    if staging.exists():
        shutil.rmtree(staging)  # left by a write that stopped
    staging.mkdir()
    try:
        for relative, data in changed.items():
            staged = staging / relative
            staged.parent.mkdir(parents=True, exist_ok=True)
            staged.write_bytes(data)
        _write_manifest(meanwhile, out_dir)
        for relative in changed:
            target = out_dir / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / relative, target)
        for relative in stale:
            (out_dir / relative).unlink(missing_ok=True)
        _write_manifest(done, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _write_manifest(owned: Owned, out_dir: Path) -> None:
    """Replace the manifest whole: a path with one digest as a string, one with two as a list."""
    entries = {
        relative: next(iter(digests)) if len(digests) == 1 else sorted(digests)
        for relative, digests in owned.items()
    }
    staged = out_dir / STAGING / MANIFEST
    staged.write_bytes((json.dumps(entries, indent=2, sort_keys=True) + "\n").encode("utf-8"))
    os.replace(staged, out_dir / MANIFEST)


def _read_manifest(out_dir: Path) -> Owned:
    path = out_dir / MANIFEST
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    owned: Owned = {}
    for relative, digests in data.items():
        listed = [digests] if isinstance(digests, str) else digests
        # A manifest is only a file in the folder: an entry pointing outside it is never ours.
        if isinstance(listed, list) and _inside(str(relative)):
            owned[str(relative)] = frozenset(str(digest) for digest in listed)
    return owned


def _inside(relative: str) -> bool:
    path = PurePosixPath(relative)
    return (
        bool(relative)
        and not path.is_absolute()
        and ".." not in path.parts
        and "\\" not in relative
        and path.parts[0] not in {MANIFEST, STAGING}
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
