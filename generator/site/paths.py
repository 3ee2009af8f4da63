"""Where each generated file sits in the site, and the address it is read at: the one place that
says so. Paths are relative to docs/ (as MkDocs and Zensical read them); addresses are what a
browser asks for. No I/O.
"""

from __future__ import annotations

import posixpath

from generator.catalogue.model.ids import MUSCLES_INDEX_ID

EXERCISE_DIR = "exercises"  # the exercise pages
MUSCLE_DIR = "muscles"  # each muscle's page: its map and the exercises that work it
PROGRAM_DIR = "programs"  # the program pages, and their blank sheets as PDFs

HOME_PAGE = "index.md"
LOAD_TABLES_PAGE = "load-tables.md"
PROGRAMS_PAGE = f"{PROGRAM_DIR}/index.md"
# Where a coach makes a program in the browser (pages/builder.py); "builder" is a reserved id, so
# no program's page takes its path.
BUILDER_PAGE = f"{PROGRAM_DIR}/builder.md"
# The muscles that have a page, which the tag page links to.
MUSCLES_INDEX = f"{MUSCLE_DIR}/{MUSCLES_INDEX_ID}.md"

LOADS_FILE = "assets/loads.json"  # what the calculators may load; one cached file for every page
# The scripts' wording in the site's language, which they read before they run: the first script of
# mkdocs.yml's extra_javascript (the hand-written ones are docs/assets/javascripts/).
MESSAGES_FILE = "assets/messages.js"
MUSCLE_MAP_FILE = "assets/muscle-map.svg"  # the drawing every muscle map refers to; cached too
BUILDER_DATA_FILE = "assets/builder.json"  # what the program builder searches and checks against
DATA_FILE = "exercises.json"  # the catalogue as open data
DATA_SCHEMA_FILE = "exercises.data.schema.json"  # the JSON Schema of DATA_FILE
SCHEMA_FILE = "exercises.schema.json"  # the JSON Schema of exercises.toml, in the repository too
PROGRAM_SCHEMA_FILE = (
    "program.schema.json"  # the JSON Schema of one program, as the builder exports it
)
# At the site's root, so that the service worker's scope is every page (overrides/main.html names them).
SERVICE_WORKER = "service-worker.js"
APP_MANIFEST = "manifest.webmanifest"  # the web app manifest, which makes the site installable
ICON = "assets/images/app-icon.svg"  # the installed app's icon
SHEET_STYLESHEET = "assets/stylesheets/sheet.css"  # hand-written: how a program's sheets print


def exercise_page(exercise_id: str) -> str:
    return f"{EXERCISE_DIR}/{exercise_id}.md"


def muscle_page(muscle_id: str) -> str:
    return f"{MUSCLE_DIR}/{muscle_id}.md"


def program_page(program_id: str) -> str:
    return f"{PROGRAM_DIR}/{program_id}.md"


def program_pdf(program_id: str, paper: str) -> str:
    """A program's blank sheet for a paper size, e.g. programs/<id>-a4.pdf."""
    return f"{PROGRAM_DIR}/{program_id}-{paper}.pdf"


def in_nav(path: str) -> bool:
    """Whether a generated page belongs in the site's navigation: not an exercise's, a muscle's or
    a program's own page, of which there are as many as the catalogue holds (the sidebar is on
    every page), nor the list of muscles, which the muscles' tag page links to. The programs' list
    and the program builder are."""
    own_page = path.startswith((f"{EXERCISE_DIR}/", f"{MUSCLE_DIR}/", f"{PROGRAM_DIR}/"))
    return not own_page or path in {PROGRAMS_PAGE, BUILDER_PAGE}


def from_page(path: str, page: str) -> str:
    """The site file `path` as a page's template names it: relative to the page's Markdown file,
    as Markdown links are (the engines turn it into an address, generator/engines/prebuilt.py)."""
    return posixpath.relpath(path, posixpath.dirname(page))


def linked_file(link: str, page: str) -> str:
    """The site file a link of `page` names (`../assets/loads.json` on `exercises/clean.md` ->
    `assets/loads.json`): the inverse of `from_page`."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), link))


def address_from_page(path: str, page: str, *, use_directory_urls: bool = True) -> str:
    """The address of the site file `path` (a page's address if it is a page) relative to the
    address of `page`, as a browser resolves it: `assets/loads.json` from `exercises/clean.md` ->
    `../../assets/loads.json`."""
    target = page_url(path, use_directory_urls=use_directory_urls) if path.endswith(".md") else path
    here = page_url(page, use_directory_urls=use_directory_urls)
    # The folder an address is resolved against: up to its last slash ("" is the site's root).
    folder = here[: here.rfind("/") + 1]
    return posixpath.relpath(target or ".", folder or ".")


def page_url(path: str, *, use_directory_urls: bool = True) -> str:
    """The address of a page, relative to the site's root, as MkDocs and Zensical give it:
    `exercises/clean.md` -> `exercises/clean/` (or `exercises/clean.html`), `index.md` -> ``."""
    stem = path.removesuffix(".md")
    if not use_directory_urls:
        return f"{stem}.html"
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return f"{stem}/"


def absolute_url(site_url: str, path: str) -> str:
    """The address of the page at `path`, absolute under `site_url`, else from the site's root:
    what a printed sheet's code or the open data names, which are read away from the site."""
    address = page_url(path)
    return f"{site_url.rstrip('/')}/{address}" if site_url else f"/{address}"
