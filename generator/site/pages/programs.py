"""Each program's page, with its sheets to fill in and print, and the page that lists the programs
(templates/program.md.j2, programs.md.j2); none for a catalogue without programs. No I/O."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup

from generator.site.load_tables import bar_setup
from generator.site.paths import LOADS_FILE, PROGRAMS_PAGE, from_page, program_page, program_pdf
from generator.site.sheet import program_sheets
from generator.site.sheet_document import PAPERS

if TYPE_CHECKING:
    from generator.site.pages.rendering import Rendering


def pages(rendering: Rendering) -> dict[str, str]:
    catalog = rendering.catalog
    if not catalog.programs:
        return {}
    unit = catalog.settings.units[0]
    setup = bar_setup(catalog.settings, unit)
    index = rendering.env.get_template("programs.md.j2")
    made = {PROGRAMS_PAGE: index.render(rendering.context, programs=catalog.programs)}
    template = rendering.env.get_template("program.md.j2")
    for program in catalog.programs:
        sheets = program_sheets(
            catalog,
            program,
            unit=unit,
            setup=setup,
            site_url=rendering.site_url,
            substitutes=rendering.substitutes,
        )
        example = "&".join(f"{lift.id}=100" for lift in sheets.lifts)
        made[program_page(program.id)] = template.render(
            rendering.context,
            loads_file=from_page(LOADS_FILE, program_page(program.id)),
            program=program,
            sheets=sheets,
            sources=[catalog.source(s) for s in program.sources],
            pdfs=[
                {"label": size.label, "file": Path(program_pdf(program.id, paper)).name}
                for paper, size in PAPERS.items()
            ],
            # Ids (slugs) and unit names only; kept as written inside a code span.
            example_query=Markup(
                f"?{example}&units={unit.value}" if example else f"?units={unit.value}"
            ),
        )
    return made
