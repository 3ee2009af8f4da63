"""The ids of exercises and programs: slugs that name a page of their own, so none may be one of
the site's own paths."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator

from generator.catalogue.model.fields import Slug

# Paths the site itself uses, next to or above the generated pages.
RESERVED_IDS = frozenset(
    {"index", "tags", "assets", "search", "programs", "exercises", "muscles", "load-tables"}
    | {"safety", "builder"}  # builder: programs/builder/, where a coach makes a program
    | {"sitemap", "404", "stylesheets", "javascripts", "images", "site", "docs", "new", "edit"}
)
# A muscle's page is named by its id, beside the page that lists them all, which is named this
# (generator/site/paths.py: muscle_page, MUSCLES_INDEX).
MUSCLES_INDEX_ID = "index"


def _not_reserved(entry_id: str) -> str:
    if entry_id in RESERVED_IDS:
        raise ValueError(
            f"the id '{entry_id}' is reserved for the site's own pages; choose another"
        )
    return entry_id


EntryId = Annotated[Slug, AfterValidator(_not_reserved)]
