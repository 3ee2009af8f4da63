"""The files the pages refer to rather than hold: what the calculators may load (LOADS_FILE) and the
drawing every muscle map marks (MUSCLE_MAP_FILE), each one cached file for the whole site. No I/O."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.site.load_tables import loadable_json
from generator.site.muscle_map import drawing
from generator.site.paths import LOADS_FILE, MUSCLE_MAP_FILE

if TYPE_CHECKING:
    from generator.site.pages.rendering import Rendering


def pages(rendering: Rendering) -> dict[str, str]:
    muscle_map = rendering.env.get_template("muscle-map.svg.j2").render(drawing())
    loads = loadable_json(rendering.catalog.settings, rendering.language)
    return {LOADS_FILE: loads, MUSCLE_MAP_FILE: muscle_map}
