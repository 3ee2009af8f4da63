"""Writes generated pages to a folder: only files whose content changed, never a file it did not write.

A manifest in the folder records what the generator wrote and the hash of each file, so that a
hand-written file, or a generated file someone edited by hand, is never overwritten or deleted.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

MANIFEST = ".exercise-guide-manifest.json"


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


def write_pages(pages: Mapping[str, str | bytes], out_dir: Path) -> WriteReport:
    """Bring `out_dir` in line with `pages` (text, or bytes such as PDFs); files dropped from the
    catalogue are removed.

    Changed pages are first written in full to a staging folder inside `out_dir`, then each
    replaces its old version with an atomic rename: a failure while writing leaves every page,
    old or new, whole, and the previous pages in place.
    """
    owned = _read_manifest(out_dir)
    conflicts = [
        out_dir / relative
        for relative in sorted(set(pages) | set(owned))
        if (out_dir / relative).exists() and not _is_ours(out_dir / relative, owned.get(relative))
    ]
    if conflicts:
        raise OutputConflict(conflicts)

    report = WriteReport()
    manifest: dict[str, str] = {}
    changed: dict[str, bytes] = {}
    for relative, content in sorted(pages.items()):
        data = content.encode("utf-8") if isinstance(content, str) else content
        digest = hashlib.sha256(data).hexdigest()
        manifest[relative] = digest
        if owned.get(relative) == digest and (out_dir / relative).exists():
            report.unchanged.append(relative)
        else:
            changed[relative] = data
    stale = sorted(set(owned) - set(pages))
    if not changed and not stale and manifest == owned:
        return report
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out_dir, prefix=".exercise-guide-staging-") as staging:
        for relative, data in changed.items():
            staged = Path(staging, relative)
            staged.parent.mkdir(parents=True, exist_ok=True)
            staged.write_bytes(data)
        staged_manifest = Path(staging, MANIFEST)
        staged_manifest.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", "utf-8")
        for relative in changed:
            target = out_dir / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(Path(staging, relative), target)
            report.written.append(relative)
        for relative in stale:
            (out_dir / relative).unlink(missing_ok=True)
            report.removed.append(relative)
        os.replace(staged_manifest, out_dir / MANIFEST)
    return report


def _read_manifest(out_dir: Path) -> dict[str, str]:
    path = out_dir / MANIFEST
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    # A manifest is only a file in the folder: an entry pointing outside it is never ours.
    return {str(k): str(v) for k, v in data.items() if _inside(str(k))}


def _inside(relative: str) -> bool:
    path = PurePosixPath(relative)
    return (
        bool(relative)
        and not path.is_absolute()
        and ".." not in path.parts
        and "\\" not in relative
    )


def _is_ours(path: Path, recorded_digest: str | None) -> bool:
    """A file is ours to replace only if we wrote it and nobody changed it since."""
    if recorded_digest is None or not path.is_file():
        return False
    return hashlib.sha256(path.read_bytes()).hexdigest() == recorded_digest
