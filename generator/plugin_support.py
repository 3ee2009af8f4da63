"""What the MkDocs plugin needs beside MkDocs's own API: a fingerprint of the sources, a path as
the user types it, and a page's address as MkDocs writes it for a Markdown link."""

from __future__ import annotations

import hashlib
import logging
import posixpath
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError

if TYPE_CHECKING:
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

    from generator.site import Site

log = logging.getLogger("mkdocs.plugins.exercise_guide")


def fingerprint(settings: str, paths: list[Path]) -> str:
    """A digest of everything the generated files are made from: the settings of mkdocs.yml they
    depend on, and files (folders are skipped)."""
    sha = hashlib.sha256(settings.encode())
    for path in paths:
        if path.is_dir():
            continue
        sha.update(str(path).encode())
        try:
            sha.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:
            sha.update(b"unreadable")
    return sha.hexdigest()


def display(path: Path) -> str:
    """The path as the user would type it: relative to the working directory when inside it."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


def page_address(path: str, page: Page, files: Files) -> str | None:
    """The address of the page `path` (relative to `page`'s Markdown file) seen from `page`, as
    MkDocs writes it for a Markdown link; None, with MkDocs's own warning (an error under
    --strict), when there is no such page."""
    src_uri = posixpath.normpath(posixpath.join(posixpath.dirname(page.file.src_uri), path))
    target = files.get_file_from_path(src_uri)
    if target is None:
        log.warning(
            "Doc file '%s' contains a link '%s', but the target is not found among documentation files.",
            page.file.src_uri,
            path,
        )
        return None
    return target.url_relative_to(page.file)


def refuse_hand_written(docs_dir: Path, site: Site) -> None:
    """Stop the build when a hand-written file of docs/ has the path of a generated one."""
    for src_uri in [*site.pages, *site.data, *site.sheets]:
        if (docs_dir / src_uri).exists():
            raise PluginError(
                f"{docs_dir.name}/{src_uri} is hand-written, but the exercise guide generates a "
                "page with the same path; rename or remove the hand-written file"
            )
