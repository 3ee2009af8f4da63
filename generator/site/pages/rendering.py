"""What every page type renders with: the catalogue, the Jinja2 environment and the context all
templates share, and what more than one page type is made from. No I/O."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from generator.site.language import ENGLISH
from generator.site.substitutes import substitutes_of

if TYPE_CHECKING:
    import jinja2

    from generator.catalogue.load import Catalog
    from generator.catalogue.model import Exercise
    from generator.site.page_memo import PageMemo
    from generator.site.substitutes import Substitute


@dataclass
class Rendering:
    """One build's rendering of the pages (generator/site/pages/__init__.py makes it)."""

    catalog: Catalog
    env: jinja2.Environment
    context: dict[str, object]
    """What every template is rendered with: the catalogue, its settings, the bar setups, the
    limits, and the list of bars every exercise page shows."""
    site_url: str
    """The site's address, printed on program sheets (empty: addresses from the site's root)."""
    memo: PageMemo
    """What the last build made (page_memo.py): a page whose inputs are unchanged is reused."""
    language: str = ENGLISH
    """The pages' language: "en", or a translation's (catalogue/in_language.py)."""

    @cached_property
    def by_name(self) -> list[Exercise]:
        """Every exercise, in the order of its name as a reader looks it up."""
        return sorted(self.catalog.exercises, key=lambda e: e.name.casefold())

    @cached_property
    def substitutes(self) -> dict[str, list[Substitute]]:
        """Each exercise's substitutes, by its id: its page lists them and programs swap them in."""
        return substitutes_of(self.catalog)
