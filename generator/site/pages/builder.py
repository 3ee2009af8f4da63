"""The program builder (programs/builder/): a page where a coach picks exercises of the catalogue,
groups them into sessions and weeks, and takes the program away as a link, a printout, JSON or an
exercises.toml entry, all in the browser (templates/builder.md.j2, docs/assets/javascripts/builder.js).
Its script reads a data file of its own (BUILDER_DATA_FILE): each exercise's names and words for
search, the sources, the ids already taken, and the limits of a program, read from its JSON Schema
so that the models stay their one home. A file rather than JSON in the page, so that no
contributed text is ever inside a <script> element; the service worker saves it with the page.
No I/O.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from generator.catalogue.model.fields import SLUG_PATTERN
from generator.catalogue.model.ids import RESERVED_IDS
from generator.catalogue.model.programs import AS_PRESCRIBED
from generator.catalogue.model.progression import MAX_SETS_ON_SHEET, MAX_WEEKS
from generator.catalogue.model.vocabulary import EQUIPMENT, MUSCLES, PATTERNS
from generator.site.open_data import program_schema
from generator.site.paths import (
    BUILDER_DATA_FILE,
    BUILDER_PAGE,
    LOADS_FILE,
    PROGRAM_SCHEMA_FILE,
    PROGRAMS_PAGE,
    from_page,
)

if TYPE_CHECKING:
    from generator.catalogue.load import Catalog
    from generator.catalogue.model.vocabulary import Kind
    from generator.site.pages.rendering import Rendering

# A link longer than this is refused unread: a program at every limit is well under it.
MAX_LINK_LENGTH = 60_000


def pages(rendering: Rendering) -> dict[str, str]:
    catalog = rendering.catalog
    template = rendering.env.get_template("builder.md.j2")
    data = builder_data(catalog, rendering.site_url)
    page = template.render(
        rendering.context,
        loads_file=from_page(LOADS_FILE, BUILDER_PAGE),
        builder_file=from_page(BUILDER_DATA_FILE, BUILDER_PAGE),
        # None without programs: the programs' list is then not made (pages/programs.py).
        programs_page=from_page(PROGRAMS_PAGE, BUILDER_PAGE) if catalog.programs else None,
        exercises=rendering.by_name,
        # Each filter by its name, which builder.js reads and the template labels.
        filters=[
            {"name": name, "words": _words_in_use(catalog, kind)}
            for name, kind in (("equipment", EQUIPMENT), ("pattern", PATTERNS), ("muscle", MUSCLES))
        ],
        sources=[
            {"id": key, "title": source.title, "author": source.author}
            for key, source in catalog.document.sources.items()
        ],
        limits=data["limits"],
        as_prescribed=AS_PRESCRIBED,
    )
    return {BUILDER_PAGE: page, BUILDER_DATA_FILE: _json(data)}


def builder_data(catalog: Catalog, site_url: str) -> dict[str, Any]:
    """What builder.js reads from the page: the catalogue for search, and the rules of a program."""
    schema = program_schema(catalog.vocabulary)
    program, definitions = schema["properties"], schema["$defs"]
    entry = definitions["SessionEntry"]["properties"]
    count = definitions["IntRange"]["anyOf"][0]
    percent = definitions["PercentRange"]["anyOf"][0]
    return {
        "exercises": [
            {
                "id": exercise.id,
                "name": exercise.name,
                "aliases": exercise.aliases,
                "equipment": exercise.equipment,
                "pattern": exercise.pattern,
                "muscles": exercise.muscles.primary,
            }
            for exercise in sorted(catalog.exercises, key=lambda e: e.name.casefold())
        ],
        "sources": list(catalog.document.sources),
        "takenIds": sorted({program.id for program in catalog.programs} | RESERVED_IDS),
        "idPattern": SLUG_PATTERN,
        "schema": f"{site_url.rstrip('/')}/{PROGRAM_SCHEMA_FILE}",
        "limits": {
            "weeks": MAX_WEEKS,
            "sessions": program["sessions"]["maxItems"],
            "entries": definitions["Session"]["properties"]["exercises"]["maxItems"],
            "sets": MAX_SETS_ON_SHEET,
            "count": [count["minimum"], count["maximum"]],
            "percent": [percent["minimum"], percent["maximum"]],
            "id": program["id"]["maxLength"],
            "name": program["name"]["maxLength"],
            "goal": program["goal"]["maxLength"],
            "short": entry["note"]["anyOf"][0]["maxLength"],
            "link": MAX_LINK_LENGTH,
        },
    }


def _words_in_use(catalog: Catalog, kind: Kind) -> list[dict[str, str]]:
    """The words of `kind` that some exercise uses (as its pattern, primary muscle or equipment),
    by name: a filter offers no word that would find nothing."""
    used: set[str] = set()
    for exercise in catalog.exercises:
        if kind is PATTERNS:
            used.add(exercise.pattern)
        elif kind is MUSCLES:
            used.update(exercise.muscles.primary)
        else:
            used.update(exercise.equipment)
    words = catalog.vocabulary.words(kind)
    return sorted(
        ({"id": word_id, "name": words[word_id].name} for word_id in used if word_id in words),
        key=lambda word: word["name"].casefold(),
    )


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
