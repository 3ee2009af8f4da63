"""An exercise's page: its cues, faults and safety notes, its prescription with load tables and a
calculator, its muscle map, substitutes and sources (templates/exercise.md.j2). No I/O."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.site.load_tables import LoadTables
from generator.site.muscle_map import muscle_marks
from generator.site.paths import LOADS_FILE, MUSCLE_MAP_FILE, exercise_page, from_page

if TYPE_CHECKING:
    import jinja2

    from generator.catalogue.model import Exercise, Source
    from generator.site.muscle_map import MuscleMarks
    from generator.site.pages.rendering import Rendering
    from generator.site.substitutes import Substitute


@dataclass(frozen=True)
class ExercisePage:
    """Everything an exercise's page is made from, besides what every page shares (`shared_inputs`)."""

    exercise: Exercise
    sources: list[Source]
    related: list[Exercise]
    variations: list[Exercise]
    references: list[Exercise]  # the lifts its loads are percentages of
    # Made from other exercises too: a change to one of them shows here.
    substitutes: list[Substitute]
    marks: MuscleMarks  # the muscle map's marked regions


def pages(rendering: Rendering) -> dict[str, str]:
    """Each exercise's page, reused from the memo where everything it is made from is unchanged."""
    catalog = rendering.catalog
    template = rendering.env.get_template("exercise.md.j2")
    load_tables = LoadTables(catalog, rendering.env)
    made: dict[str, str] = {}
    for exercise in catalog.exercises:
        path = exercise_page(exercise.id)
        page = ExercisePage(
            exercise,
            sources=[catalog.source(s) for s in exercise.sources],
            related=[catalog.exercise(i) for i in exercise.related],
            variations=[catalog.exercise(i) for i in exercise.variations],
            references=[catalog.exercise(i.of) for i in exercise.percent_intensities],
            substitutes=rendering.substitutes[exercise.id],
            marks=muscle_marks(
                exercise.muscles.primary, exercise.muscles.secondary, catalog.vocabulary
            ),
        )
        render = functools.partial(_render, template, rendering.context, load_tables, page)
        made[path] = rendering.memo.file(path, page, render)
    return made


def _render(
    template: jinja2.Template, context: dict[str, object], tables: LoadTables, page: ExercisePage
) -> str:
    path = exercise_page(page.exercise.id)
    return template.render(
        context,
        loads_file=from_page(LOADS_FILE, path),
        exercise=page.exercise,
        tables=tables.of(page.exercise),
        sources=page.sources,
        related=page.related,
        variations=page.variations,
        substitutes=page.substitutes,
        marks=page.marks,
        drawing=from_page(MUSCLE_MAP_FILE, path),
    )
