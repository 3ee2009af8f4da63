"""The MkDocs adapter's search tuning: search_index.json, as Material's search plugin wrote it,
rewritten by generator/site/search_index.py so that names and aliases come first. Only MkDocs needs it:
an engine without the plugin keeps its own search, and the site works either way."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from generator.site.search_index import for_exercises

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

    from generator.site.search_index import SearchTerms

INDEX_FILE = "search/search_index.json"


def tune_search_index(site_dir: Path, terms_by_url: Mapping[str, SearchTerms]) -> bool:
    """Tune the built site's search index for the exercise pages (page address -> what search
    finds it by). False, and nothing changed, when the site has no such index."""
    index_file = site_dir / INDEX_FILE
    if not terms_by_url or not index_file.is_file():
        return False
    tuned = for_exercises(json.loads(index_file.read_text("utf-8")), terms_by_url)
    index_file.write_text(json.dumps(tuned, ensure_ascii=False, separators=(",", ":")), "utf-8")
    return True
