"""Catalog -> {docs-relative path: Markdown text}, through the Jinja2 templates in templates/. No I/O.

Python prepares the numbers (load tables, in load_tables.py); the templates decide every word and
the layout.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import jinja2
from markupsafe import Markup

from generator.site.catalogue_columns import CatalogueEntry, catalogue_columns
from generator.site.load_tables import LoadTables, bar_setup, loadable_json
from generator.loads import ESTIMATE_REPS, MAX_ONE_REP_MAX
from generator.site.muscle_map import drawing, muscle_marks
from generator.site.page_memo import PageMemo
from generator.site.paths import (
    HOME_PAGE,
    LOAD_TABLES_PAGE,
    LOADS_FILE,
    MUSCLE_MAP_FILE,
    MUSCLES_INDEX,
    PROGRAMS_PAGE,
    exercise_page,
    from_page,
    muscle_page,
    page_url,
    program_page,
    program_pdf,
)
from generator.site.sheet import ProgramSheets, program_sheets
from generator.site.substitutes import substitutes_of
from generator.site.templating import (
    TEMPLATES,
    environment,
    located_template_errors,
    word_names,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from generator.catalogue.load import Catalog
    from generator.loads import BarSetup
    from generator.catalogue.model import Exercise, Settings, Source
    from generator.site.muscle_map import MuscleMarks
    from generator.site.substitutes import Substitute
    from generator.catalogue.model.vocabulary import Word


def render_site(
    catalog: Catalog,
    templates: Path = TEMPLATES,
    *,
    site_url: str = "",
    use_directory_urls: bool = True,
    memo: PageMemo | None = None,
) -> dict[str, str]:
    """Every generated page of the site, and the data file its calculators read (LOADS_FILE),
    keyed by its path relative to docs/.

    `site_url` makes the addresses printed on program sheets absolute; `use_directory_urls` gives
    the addresses that front matter names for the theme (a muscle tag's page). `memo`, kept from the last
    build and started for this one (build_site), spares the exercise pages whose inputs are unchanged.
    A mistake in a template is raised as a `CatalogError` located in that template.
    """
    memo = memo or PageMemo()
    return located_template_errors(
        lambda: _render_pages(catalog, templates, site_url, use_directory_urls, memo), templates
    )


def shared_inputs(catalog: Catalog, templates: Path, site_url: str) -> tuple[object, ...]:
    """What every generated file may be made from, for PageMemo.start: the templates' text, the
    settings, the vocabulary and the site's address."""
    texts = tuple((path, path.read_text("utf-8")) for path in sorted(templates.rglob("*.j2")))
    return (texts, catalog.settings, catalog.vocabulary, site_url)


def render_sheet_document(
    catalog: Catalog,
    sheets: ProgramSheets,
    *,
    page_size: str,
    stylesheet: str,
    templates: Path = TEMPLATES,
    compiled: jinja2.BytecodeCache | None = None,
) -> str:
    """A program's sheets as one HTML document, one page per session, for a PDF renderer."""

    def render() -> str:
        return (
            environment(templates, compiled=compiled)
            .get_template("sheet-document.html.j2")
            .render(catalog=catalog, sheets=sheets, page_size=page_size, stylesheet=stylesheet)
        )

    return located_template_errors(render, templates)


def _render_pages(
    catalog: Catalog, templates: Path, site_url: str, use_directory_urls: bool, memo: PageMemo
) -> dict[str, str]:
    env = environment(templates, compiled=memo.compiled_templates)
    env.filters["word"] = word_names(catalog.vocabulary)
    env.globals["page_url"] = functools.partial(page_url, use_directory_urls=use_directory_urls)
    by_name = sorted(catalog.exercises, key=lambda e: e.name.casefold())
    context = {
        "catalog": catalog,
        "settings": catalog.settings,
        "setups": _setups(catalog.settings),
        "max_one_rep_max": MAX_ONE_REP_MAX,
        "estimate_reps": ESTIMATE_REPS,
    }
    # The same on every exercise page: rendered once (a tenth of the time of a page, each time).
    context["bar_list"] = Markup(env.get_template("bar-list.html.j2").render(context))
    # The catalogue names each exercise and lists its words: nothing else of it, so a saved cue
    # leaves the page as it was.
    entries = [CatalogueEntry(e.id, e.name) for e in by_name]
    columns = catalogue_columns(by_name, catalog.vocabulary)
    home = env.get_template("home.md.j2")
    pages = {
        LOADS_FILE: loadable_json(catalog.settings),
        MUSCLE_MAP_FILE: env.get_template("muscle-map.svg.j2").render(drawing()),
        HOME_PAGE: memo.file(
            HOME_PAGE,
            (entries, columns),
            lambda: home.render(context, exercises=entries, columns=columns),
        ),
        LOAD_TABLES_PAGE: env.get_template("load-tables.md.j2").render(
            context, references=catalog.reference_lifts()
        ),
    }
    vocabulary = catalog.vocabulary
    exercise_template = env.get_template("exercise.md.j2")
    load_tables = LoadTables(catalog, env)
    substitutes = substitutes_of(catalog)
    for exercise in catalog.exercises:
        path = exercise_page(exercise.id)
        page = ExercisePage(
            exercise,
            sources=[catalog.source(s) for s in exercise.sources],
            related=[catalog.exercise(i) for i in exercise.related],
            variations=[catalog.exercise(i) for i in exercise.variations],
            references=[catalog.exercise(i.of) for i in exercise.percent_intensities],
            substitutes=substitutes[exercise.id],
            marks=muscle_marks(exercise.muscles.primary, exercise.muscles.secondary, vocabulary),
        )
        render = functools.partial(_exercise_page, exercise_template, context, load_tables, page)
        pages[path] = memo.file(path, page, render)
    pages.update(_muscle_pages(env, catalog, context))
    if catalog.programs:
        pages.update(_program_pages(env, catalog, context, site_url, substitutes))
    return pages


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


def _exercise_page(
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


def _muscle_pages(
    env: jinja2.Environment, catalog: Catalog, context: dict[str, object]
) -> dict[str, str]:
    """A page for each muscle that an exercise works, with its map and those exercises, and one
    page that lists these muscles in the order of vocabulary.toml."""
    by_name = sorted(catalog.exercises, key=lambda e: e.name.casefold())
    template = env.get_template("muscle.md.j2")
    pages: dict[str, str] = {}
    listed: dict[str, Word] = {}
    for muscle_id, muscle in catalog.vocabulary.muscles.items():
        primary = [e for e in by_name if muscle_id in e.muscles.primary]
        secondary = [e for e in by_name if muscle_id in e.muscles.secondary]
        if not primary and not secondary:
            continue
        listed[muscle_id] = muscle
        pages[muscle_page(muscle_id)] = template.render(
            context,
            muscle=muscle,
            primary=primary,
            secondary=secondary,
            marks=muscle_marks([muscle_id], [], catalog.vocabulary),
            drawing=from_page(MUSCLE_MAP_FILE, muscle_page(muscle_id)),
        )
    pages[MUSCLES_INDEX] = env.get_template("muscles.md.j2").render(context, muscles=listed)
    return pages


class Paper(NamedTuple):
    label: str  # as a reader knows it
    page_size: str  # as CSS's @page size names it


PAPERS = {"a4": Paper("A4", "A4"), "letter": Paper("US Letter", "letter")}


def _program_pages(
    env: jinja2.Environment,
    catalog: Catalog,
    context: dict[str, object],
    site_url: str,
    substitutes: Mapping[str, Sequence[Substitute]],
) -> dict[str, str]:
    unit = catalog.settings.units[0]
    setup = bar_setup(catalog.settings, unit)
    pages = {
        PROGRAMS_PAGE: env.get_template("programs.md.j2").render(context, programs=catalog.programs)
    }
    template = env.get_template("program.md.j2")
    for program in catalog.programs:
        sheets = program_sheets(
            catalog, program, unit=unit, setup=setup, site_url=site_url, substitutes=substitutes
        )
        example = "&".join(f"{lift.id}=100" for lift in sheets.lifts)
        pages[program_page(program.id)] = template.render(
            context,
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
    return pages


def _setups(settings: Settings) -> dict[str, BarSetup]:
    return {unit.value: bar_setup(settings, unit) for unit in settings.units}
