"""The site the MkDocs plugin hands MkDocs, made from the sources mkdocs.yml names, and again only
when one of them changed (in part: a memo keeps what is unchanged); a hand-written page with the
path of a generated one stops the build."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError

from generator.catalogue.in_language import catalogue_in
from generator.catalogue.load import load_catalog
from generator.catalogue.load_vocabulary import vocabulary_beside
from generator.catalogue.page_translations import page_translations, pages_beside
from generator.catalogue.problems import CatalogError
from generator.catalogue.translations import translations_beside
from generator.engines.gc_paused import gc_paused
from generator.site.build import Site, build_site
from generator.site.language import ENGLISH
from generator.site.page_memo import PageMemo

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from generator.engines.mkdocs_plugin.config import ExerciseGuideConfig

log = logging.getLogger("mkdocs.plugins.exercise_guide")


@dataclass(frozen=True)
class Sources:
    """What the generated files are made from, where mkdocs.yml's options put them."""

    catalogue: Path
    templates: Path
    sheet_style: Path
    language: str = ENGLISH

    @classmethod
    def of(cls, config: MkDocsConfig, options: ExerciseGuideConfig) -> Sources:
        root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        style = Path(config.docs_dir) / options.sheet_stylesheet
        return cls(root / options.source, root / options.templates, style, options.language)

    @property
    def watched(self) -> list[Path]:
        """What `mkdocs serve` watches besides docs/ (the sheet stylesheet is in docs/)."""
        sources = [self.catalogue, vocabulary_beside(self.catalogue), self.templates]
        return [*sources, translations_beside(self.catalogue)] if self.translated else sources

    @property
    def translated(self) -> bool:
        return self.language != ENGLISH

    def hand_written(self, config: MkDocsConfig) -> dict[str, Path]:
        """The hand-written pages of docs/ that this language's translations replace (those that
        translate the English page as it is now), by path in docs/; a stale one is noted."""
        if not self.translated:
            return {}
        folder = pages_beside(self.catalogue, self.language)
        try:
            found = page_translations(folder, Path(config.docs_dir), self.language)
        except CatalogError as error:
            raise PluginError(str(error)) from None
        for problem in found.status.stale:  # info: the English page shows, marked
            log.info("%s (the English page is shown)", problem)
        return found.current

    def fingerprint(self, config: MkDocsConfig) -> str:
        """A digest of the sources and of the settings of mkdocs.yml that the files depend on."""
        files = [*self.watched[:2], self.sheet_style, *sorted(self.templates.rglob("*"))]
        if self.translated:
            files += sorted(translations_beside(self.catalogue).rglob("*"))
        settings = [config.site_url or "", config.site_name, str(config.use_directory_urls)]
        settings.append(self.language)
        return fingerprint("\n".join(settings), files)


class SiteMaker:
    """build_site's files for each build, made again only when a source of them changed, and then
    only in part: a memo (generator/site/page_memo.py) keeps what is unchanged."""

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
                    shown = catalogue_in(sources.language, catalog, sources.catalogue)
                    css = (
                        sources.sheet_style.read_text("utf-8")
                        if sources.sheet_style.is_file()
                        else ""
                    )
                    site = build_site(
                        shown.catalog,
                        sources.templates,
                        site_url=config.site_url or "",
                        sheet_style=css,
                        site_name=config.site_name,
                        use_directory_urls=config.use_directory_urls,
                        memo=self.memo,
                        language=sources.language,
                        in_english=shown.in_english,
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


def refuse_hand_written(docs_dir: Path, site: Site) -> None:
    """Stop the build when a hand-written file of docs/ has the path of a generated one."""
    for src_uri in [*site.pages, *site.data, *site.sheets]:
        if (docs_dir / src_uri).exists():
            raise PluginError(
                f"{docs_dir.name}/{src_uri} is hand-written, but the exercise guide generates a "
                "page with the same path; rename or remove the hand-written file"
            )
