"""The hand-written pages of docs/ in a language: translations/pages/<language>/<path>, each saying in
its front matter which English it translates (`translates: <hash>`, the short hash of the English
page's file), so that a change to the English page makes it stale, as a changed cue makes its
translation stale. A current translation replaces the English page on that language's site; a
stale one does not, and the English page shows, marked (overrides/main.html). No I/O but reading
the files.

An English page that a language should have says so in its front matter (`written_in: en`); a
translation of a page docs/ does not have, or one that names no English, is a mistake, located.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generator.catalogue.problems import CatalogError, Problem
from generator.catalogue.translations import ENGLISH, TRANSLATIONS_DIR, Status, source_hash

PAGES_DIR = "pages"
FRONT_MATTER = re.compile(r"\A---\n(.*?\n)---\n", re.S)
TRANSLATES = re.compile(r"^translates:[ \t]*([^\s#]*)[ \t]*(?:#.*)?$", re.M)
WRITTEN_IN_ENGLISH = re.compile(rf"^written_in:[ \t]*{ENGLISH}[ \t]*$", re.M)


@dataclass(frozen=True)
class PageTranslation:
    """One translated page: its path in docs/ ("safety.md"), its file, and whether it translates
    the English page as it is now."""

    path: str
    file: Path
    current: bool


@dataclass(frozen=True)
class PageTranslations:
    """A language's translated pages, and how far they are (stale and missing, located)."""

    pages: list[PageTranslation]
    status: Status

    @property
    def current(self) -> dict[str, Path]:
        """The translation of each page that replaces the English one: docs path -> file."""
        return {page.path: page.file for page in self.pages if page.current}


def pages_beside(catalogue: Path, language: str) -> Path:
    """Where a language's pages live: translations/pages/<language>/ beside the catalogue."""
    return catalogue.parent / TRANSLATIONS_DIR / PAGES_DIR / language


def page_translations(folder: Path, docs: Path, language: str) -> PageTranslations:
    """The translations of docs/'s pages in `folder` (pages_beside), checked against the English
    pages of `docs`; a `CatalogError` with every mistake."""
    name = f"{TRANSLATIONS_DIR}/{PAGES_DIR}/{language}"
    pages: list[PageTranslation] = []
    stale: list[Problem] = []
    problems: list[Problem] = []
    translated = sorted(folder.rglob("*.md")) if folder.is_dir() else []
    for file in translated:
        path = file.relative_to(folder).as_posix()
        shown = f"{name}/{path}"
        english = docs / path
        hashed = _translates(file.read_text("utf-8"))
        if not english.is_file():
            message = f"docs/ has no page {path} for this to translate"
            problems.append(Problem(shown, 1, 1, message, "unknown page"))
        elif hashed is None:
            message = "front matter names no `translates: <hash>` of the English page"
            problems.append(Problem(shown, 1, 1, message, "no source hash"))
        else:
            line, found = hashed
            expected = source_hash(english.read_text("utf-8"))
            current = found == expected
            pages.append(PageTranslation(path, file, current))
            if not current:
                message = f"docs/{path} changed since this was translated (now {expected})"
                stale.append(Problem(shown, line, 1, message, "stale page"))
    if problems:
        raise CatalogError(problems)
    done = {page.path for page in pages}
    missing = [
        Problem(f"docs/{path}", 1, 1, f"not translated into {language}", "missing page")
        for path in _english_pages(docs)
        if path not in done
    ]
    status = Status(language, name, len(pages) - len(stale), stale, missing, noun="pages")
    return PageTranslations(pages, status)


def _translates(text: str) -> tuple[int, str] | None:
    """The line of a page's `translates:` and the hash it names; None without one."""
    front = FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if front is None:
        return None
    found = TRANSLATES.search(front.group(1))
    if found is None or not found.group(1):
        return None
    return front.group(1).count("\n", 0, found.start()) + 2, found.group(1)


def _english_pages(docs: Path) -> list[str]:
    """The pages of docs/ that say they are written in English, which a language should have."""
    pages = []
    for file in sorted(docs.rglob("*.md")):
        front = FRONT_MATTER.match(file.read_text("utf-8").replace("\r\n", "\n"))
        if front and WRITTEN_IN_ENGLISH.search(front.group(1)):
            pages.append(file.relative_to(docs).as_posix())
    return pages
