"""A page for each muscle that an exercise works, with its map and those exercises, and one page
that lists these muscles in the order of vocabulary.toml (templates/muscle.md.j2, muscles.md.j2).
No I/O."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.site.muscle_map import muscle_marks
from generator.site.paths import MUSCLE_MAP_FILE, MUSCLES_INDEX, from_page, muscle_page

if TYPE_CHECKING:
    from generator.catalogue.model.vocabulary import Word
    from generator.site.pages.rendering import Rendering


def pages(rendering: Rendering) -> dict[str, str]:
    vocabulary = rendering.catalog.vocabulary
    template = rendering.env.get_template("muscle.md.j2")
    made: dict[str, str] = {}
    listed: dict[str, Word] = {}
    for muscle_id, muscle in vocabulary.muscles.items():
        primary = [e for e in rendering.by_name if muscle_id in e.muscles.primary]
        secondary = [e for e in rendering.by_name if muscle_id in e.muscles.secondary]
        if not primary and not secondary:
            continue
        listed[muscle_id] = muscle
        made[muscle_page(muscle_id)] = template.render(
            rendering.context,
            muscle=muscle,
            muscle_id=muscle_id,
            primary=primary,
            secondary=secondary,
            marks=muscle_marks([muscle_id], [], vocabulary),
            drawing=from_page(MUSCLE_MAP_FILE, muscle_page(muscle_id)),
        )
    index = rendering.env.get_template("muscles.md.j2")
    made[MUSCLES_INDEX] = index.render(rendering.context, muscles=listed)
    return made
