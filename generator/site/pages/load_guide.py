"""The page that explains the load tables: how they round, the bars and plates they assume, and the
reference lifts whose 1RM they start from (templates/load-tables.md.j2). No I/O."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.site.paths import LOAD_TABLES_PAGE

if TYPE_CHECKING:
    from generator.site.pages.rendering import Rendering


def pages(rendering: Rendering) -> dict[str, str]:
    template = rendering.env.get_template("load-tables.md.j2")
    references = rendering.catalog.reference_lifts()
    return {LOAD_TABLES_PAGE: template.render(rendering.context, references=references)}
