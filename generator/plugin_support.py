"""What the MkDocs plugin needs beside MkDocs's own API: the site made from its sources, again only
when they change; a page's address as MkDocs writes it for a Markdown link; and the refusal to
overwrite a hand-written page."""

from __future__ import annotations

import hashlib
import logging
import os
import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel

from generator.catalog import load_catalog
from generator.errors import CatalogError
from generator.gc_paused import gc_paused
from generator.page_memo import PageMemo
from generator.paths import in_nav
from generator.site import Site, build_site
from generator.vocabulary_file import vocabulary_beside

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

    from generator.plugin_config import ExerciseGuideConfig

log = logging.getLogger("mkdocs.plugins.exercise_guide")


@dataclass(frozen=True)
class Sources:
    """What the generated files are made from, where mkdocs.yml's options put them."""

    catalogue: Path
    templates: Path
    sheet_style: Path

    @classmethod
    def of(cls, config: MkDocsConfig, options: ExerciseGuideConfig) -> Sources:
        root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        style = Path(config.docs_dir) / options.sheet_stylesheet
        return cls(root / options.source, root / options.templates, style)

    @property
    def watched(self) -> list[Path]:
        """What `mkdocs serve` watches besides docs/ (the sheet stylesheet is in docs/)."""
        return [self.catalogue, vocabulary_beside(self.catalogue), self.templates]

    def fingerprint(self, config: MkDocsConfig) -> str:
        """A digest of the sources and of the settings of mkdocs.yml that the files depend on."""
        files = [*self.watched[:2], self.sheet_style, *sorted(self.templates.rglob("*"))]
        settings = [config.site_url or "", config.site_name, str(config.use_directory_urls)]
        return fingerprint("\n".join(settings), files)


class SiteMaker:
    """build_site's files for each build, made again only when a source of them changed, and then
    only in part: a memo (generator/page_memo.py) keeps what is unchanged."""

    def __init__(self) -> None:
        self.memo = PageMemo()
        self._made: tuple[str, Site] | None = None  # the last build's digest and files

    def site(self, config: MkDocsConfig, sources: Sources) -> Site:
        digest = sources.fingerprint(config)
        if self._made is None or self._made[0] != digest:
            try:
                with gc_paused():
                    catalog = load_catalog(
                        sources.catalogue, display_name=display(sources.catalogue)
                    )
                    for warning in catalog.warnings:  # info: a warning would stop a strict build
                        log.info(warning.as_warning())
                    css = (
                        sources.sheet_style.read_text("utf-8")
                        if sources.sheet_style.is_file()
                        else ""
                    )
                    site = build_site(
                        catalog,
                        sources.templates,
                        site_url=config.site_url or "",
                        sheet_style=css,
                        site_name=config.site_name,
                        use_directory_urls=config.use_directory_urls,
                        memo=self.memo,
                    )
            except CatalogError as error:
                raise PluginError(str(error)) from None
            self._made = (digest, site)
        refuse_hand_written(Path(config.docs_dir), self._made[1])
        return self._made[1]


def fingerprint(settings: str, paths: list[Path]) -> str:
    """A digest of `settings` and of the files at `paths` (folders are skipped)."""
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
