"""The files the pages refer to rather than hold, each one cached file for the whole site: what the
calculators may load (LOADS_FILE), the drawing every muscle map marks (MUSCLE_MAP_FILE), and the
scripts' wording in the site's language (MESSAGES_FILE). No I/O besides reading translations/."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from generator.site.load_tables import loadable_json
from generator.site.messages import script_translations
from generator.site.muscle_map import drawing
from generator.site.paths import LOADS_FILE, MESSAGES_FILE, MUSCLE_MAP_FILE

if TYPE_CHECKING:
    from generator.site.pages.rendering import Rendering


def pages(rendering: Rendering) -> dict[str, str]:
    muscle_map = rendering.env.get_template("muscle-map.svg.j2").render(drawing())
    loads = loadable_json(rendering.catalog.settings, rendering.language)
    return {
        LOADS_FILE: loads,
        MESSAGES_FILE: script_messages(rendering.language),
        MUSCLE_MAP_FILE: muscle_map,
    }


def script_messages(language: str) -> str:
    """The scripts' messages file: a script that sets window.exerciseGuideMessages, which
    exercise-guide.js reads as it starts (`wording`), to the translations of translations/scripts/
    <language>.po and the rule of which plural form a count takes. English has no translations:
    the scripts' text is the English."""
    translations = script_translations(language)
    messages = json.dumps(translations.messages, indent=2, sort_keys=True)
    return (
        f"// The scripts' wording in the language {json.dumps(language)}, made from "
        "translations/scripts/ (generator/site/pages/page_data.py).\n"
        "window.exerciseGuideMessages = {\n"
        f"  plural: function (n) {{ return Number({translations.plural}); }},\n"
        f"  messages: {messages.replace(chr(10), chr(10) + '  ')}\n"
        "};\n"
    )
