"""The files that make the site installable and keep it working without a network: a web app
manifest with its icon, and a service worker at the site's root that saves every generated page,
data file and sheet, under a version taken from their content and its own code. No I/O.

overrides/main.html links the manifest and loads docs/assets/javascripts/offline.js, which
registers the worker and hands it what the page loaded besides (the theme's hashed scripts and
styles, the search index), files that only the engine knows the names of.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from generator.site.language import ENGLISH
from generator.site.paths import APP_MANIFEST, ICON, SERVICE_WORKER, page_url
from generator.site.templating import render_file

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path


def offline_files(
    saved: Mapping[str, str],
    templates: Path,
    *,
    site_name: str,
    use_directory_urls: bool = True,
    language: str = ENGLISH,
) -> dict[str, str]:
    """The worker, the manifest and the icon, by their path relative to docs/. `saved` is what the
    worker saves on install, by path (a page's Markdown or a file as it is published), with the
    text it is made from: the version changes whenever one of them does."""
    icon = render_file(templates, "app-icon.svg.j2")
    manifest = render_file(
        templates, "manifest.webmanifest.j2", language, site_name=site_name, icon=ICON
    )
    files = {**saved, APP_MANIFEST: manifest, ICON: icon}
    precache = [address(path, use_directory_urls=use_directory_urls) for path in sorted(files)]

    def worker(version: str) -> str:
        return render_file(templates, "service-worker.js.j2", version=version, precache=precache)

    # The worker's own code is part of its version: two workers of one version share a copy,
    # which the one whose install fails deletes.
    version = content_version({**files, SERVICE_WORKER: worker("")})
    return {SERVICE_WORKER: worker(version), APP_MANIFEST: manifest, ICON: icon}


def address(path: str, *, use_directory_urls: bool = True) -> str:
    """The address of a site file relative to the worker at the root: a page's as the engines
    give it (`exercises/clean.md` -> `./exercises/clean/`), any other file's as it is."""
    url = page_url(path, use_directory_urls=use_directory_urls) if path.endswith(".md") else path
    return f"./{url}"


def content_version(files: Mapping[str, str]) -> str:
    """A short digest of the files' paths and text: equal sites, equal versions."""
    sha = hashlib.sha256()
    for path in sorted(files):
        for part in (path, files[path]):
            sha.update(hashlib.sha256(part.encode("utf-8")).digest())
    return sha.hexdigest()[:16]
