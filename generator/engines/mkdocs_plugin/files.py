"""The generated files as MkDocs's File objects, and a link of a generated page resolved as MkDocs
resolves a Markdown link."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.structure.files import File, InclusionLevel

from generator.site.paths import in_nav, linked_file

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.exercise_guide")


def generated_file(
    config: MkDocsConfig, src_uri: str, content: str, folder: Path | None, edited: Path
) -> File:
    """A generated file for MkDocs, whose "edit this page" link goes to `edited` (the catalogue):
    read from `folder` where a dirty serve writes the generated files (MkDocs rebuilds a page
    whose file is newer than its output), else from memory."""
    level = InclusionLevel.UNDEFINED if in_nav(src_uri) else InclusionLevel.NOT_IN_NAV
    if folder is None:
        file = File.generated(config, src_uri, content=content, inclusion=level)
    else:
        file = File(
            src_uri, str(folder), config.site_dir, config.use_directory_urls, inclusion=level
        )
    file.edit_uri = Path(os.path.relpath(edited, config.docs_dir)).as_posix()
    return file


def translated_page(config: MkDocsConfig, src_uri: str, translation: Path) -> File:
    """A hand-written page of docs/ in the site's language, read from its translation (whose
    "edit this page" link it gets) in place of the English."""
    folder = translation.parents[len(Path(src_uri).parts) - 1]
    file = File(src_uri, str(folder), config.site_dir, config.use_directory_urls)
    file.edit_uri = Path(os.path.relpath(translation, config.docs_dir)).as_posix()
    return file


def page_address(path: str, page: Page, files: Files) -> str | None:
    """The address of the page `path` (relative to `page`'s Markdown file) seen from `page`, as
    MkDocs writes it for a Markdown link; None, with MkDocs's own warning (an error under
    --strict), when there is no such page."""
    target = files.get_file_from_path(linked_file(path, page.file.src_uri))
    if target is None:
        log.warning(
            "Doc file '%s' contains a link '%s', but the target is not found among documentation files.",
            page.file.src_uri,
            path,
        )
        return None
    return target.url_relative_to(page.file)
