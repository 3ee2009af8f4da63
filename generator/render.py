"""Catalog -> {docs-relative path: Markdown text}, through the Jinja2 templates in templates/. No I/O.

Python prepares the numbers (load tables, in load_tables.py); the templates decide every word and
the layout.
"""

from __future__ import annotations

import functools
import html
import json
import traceback
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

import jinja2
from markupsafe import Markup

from generator.errors import CatalogError, Problem
from generator.load_tables import LoadTables, bar_setup, loadable_json
from generator.loads import MAX_ONE_REP_MAX
from generator.markup import inline_html, join_text, link_target, plain_text
from generator.muscle_map import VIEW_BOX, drawing, muscle_marks
from generator.page_memo import PageMemo
from generator.paths import (
    HOME_PAGE,
    LOAD_TABLES_PAGE,
    LOADS_FILE,
    MUSCLE_MAP_FILE,
    MUSCLES_INDEX,
    PROGRAMS_PAGE,
    exercise_page,
    from_page,
    muscle_page,
    program_page,
    program_pdf,
)
from generator.sheet import ProgramSheets, program_sheets
from generator.substitutes import substitutes_of
from generator.vocabulary import EQUIPMENT, KINDS, LEVELS, MECHANICS, MUSCLES, PATTERNS

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence
    from types import TracebackType

    from generator.catalog import Catalog
    from generator.loads import BarSetup
    from generator.model import Exercise, Settings, Source
    from generator.muscle_map import MuscleMarks
    from generator.substitutes import Substitute
    from generator.vocabulary import Kind, Vocabulary, Word

T = TypeVar("T")

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def environment(
    templates: Path = TEMPLATES,
    *,
    pages: bool = True,
    compiled: jinja2.BytecodeCache | None = None,
) -> jinja2.Environment:
    """The Jinja2 environment of the templates; `pages=False` for text that is not published
    (the TOML that `new` writes), whose templates quote values themselves. `compiled` keeps
    compiled templates from one environment to the next."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        bytecode_cache=compiled,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        # Contributed text is untrusted. Every `{{ value }}` of a page is escaped for Markdown and
        # HTML by `plain_text`; only the sanitised output of `inline` (or of a macro) is Markup and kept.
        autoescape=pages,
        finalize=plain_text if pages else None,
    )
    if pages:
        env.filters["inline"] = inline_html
        env.filters["join"] = join_text
        env.filters["link_target"] = link_target
    env.filters["number"] = format_number
    env.filters["yaml_string"] = yaml_string
    env.globals["exercise_page"] = exercise_page
    env.globals["muscle_page"] = muscle_page
    env.globals["muscle_map_box"] = VIEW_BOX
    return env


def render_site(
    catalog: Catalog,
    templates: Path = TEMPLATES,
    *,
    site_url: str = "",
    memo: PageMemo | None = None,
) -> dict[str, str]:
    """Every generated page of the site, and the data file its calculators read (LOADS_FILE),
    keyed by its path relative to docs/.

    `site_url` makes the addresses printed on program sheets absolute. `memo`, kept from the last
    build and started for this one (build_site), spares the exercise pages whose inputs are unchanged.
    A mistake in a template is raised as a `CatalogError` located in that template.
    """
    memo = memo or PageMemo()
    return _located_template_errors(
        lambda: _render_pages(catalog, templates, site_url, memo), templates
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

    return _located_template_errors(render, templates)


def render_file(templates: Path, name: str, **context: object) -> str:
    """A published file that is not a page (the service worker, the web app manifest): its values
    as the template writes them, not escaped for Markdown; a mistake located as in a page's."""

    def render() -> str:
        return environment(templates, pages=False).get_template(name).render(**context)

    return _located_template_errors(render, templates)


def _located_template_errors(render: Callable[[], T], templates: Path) -> T:
    try:
        return render()
    except jinja2.TemplateSyntaxError as error:
        where = Path(error.filename or error.name or "templates")
        message = f"template syntax: {error.message}"
        problem = Problem(str(where), error.lineno, 1, message, "template syntax error")
        raise CatalogError([problem]) from None
    except jinja2.TemplateError as error:
        file, line = _template_frame(error.__traceback__, templates)
        problem = Problem(file, line, 1, f"template: {error.message}", "template error")
        raise CatalogError([problem]) from None


def _template_frame(trace: TracebackType | None, templates: Path) -> tuple[str, int]:
    """The innermost template line of a rendering error (Jinja2 puts template frames in tracebacks)."""
    found = (str(templates), 1)
    for frame, line in traceback.walk_tb(trace):
        filename = frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = (filename, line)
    return found


def _render_pages(
    catalog: Catalog, templates: Path, site_url: str, memo: PageMemo
) -> dict[str, str]:
    env = environment(templates, compiled=memo.compiled_templates)
    env.filters["word"] = _word_names(catalog.vocabulary)
    by_name = sorted(catalog.exercises, key=lambda e: e.name.casefold())
    context = {
        "catalog": catalog,
        "settings": catalog.settings,
        "setups": _setups(catalog.settings),
        "max_one_rep_max": MAX_ONE_REP_MAX,
    }
    # The same on every exercise page: rendered once (a tenth of the time of a page, each time).
    context["bar_list"] = Markup(env.get_template("bar-list.html.j2").render(context))
    # The catalogue names each exercise and lists its words: nothing else of it, so a saved cue
    # leaves the page as it was.
    entries = [CatalogueEntry(e.id, e.name) for e in by_name]
    columns = _catalogue_columns(by_name, catalog.vocabulary)
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


class CatalogueEntry(NamedTuple):
    """An exercise as the home page's catalogue lists it (its words are in the columns)."""

    id: str
    name: str


@dataclass(frozen=True)
class CatalogueColumn:
    """A column of the home page's catalogue, each with a filter of the words it holds."""

    heading: str
    kind: Kind
    words_of: Callable[[Exercise], Iterable[str]]


def _optional(word: str | None) -> tuple[str, ...]:
    return (word,) if word else ()


# In the order the page shows them, after the exercise's name. A column is one line here.
CATALOGUE_COLUMNS = (
    CatalogueColumn("Pattern", PATTERNS, lambda e: (e.pattern,)),
    CatalogueColumn("Primary muscles", MUSCLES, lambda e: e.muscles.primary),
    CatalogueColumn("Equipment", EQUIPMENT, lambda e: e.equipment),
    CatalogueColumn("Level", LEVELS, lambda e: _optional(e.level)),
    CatalogueColumn("Mechanic", MECHANICS, lambda e: _optional(e.mechanic)),
)


@dataclass(frozen=True)
class FilledColumn:
    """A column filled with a catalogue's words: its filter's choices, and each exercise's words."""

    heading: str
    kind: str  # the vocabulary table of its words, for the template's `word` filter
    choices: list[str]  # the words the catalogue uses, in the order of vocabulary.toml
    words: dict[str, list[str]]  # exercise id -> its words in this column


def _catalogue_columns(
    exercises: Sequence[Exercise],
    vocabulary: Vocabulary,
    columns: Iterable[CatalogueColumn] = CATALOGUE_COLUMNS,
) -> list[FilledColumn]:
    """The catalogue's columns and filters; a column no exercise fills (no levels given) is left out.

    The choices keep vocabulary.toml's order, which its owner chose: beginner, intermediate, advanced.
    """
    shown = []
    for column in columns:
        words = {e.id: list(column.words_of(e)) for e in exercises}
        used = {word for each in words.values() for word in each}
        if used:
            # catalog.py has checked that each word is one of the vocabulary.
            choices = [w for w in vocabulary.words(column.kind) if w in used]
            shown.append(FilledColumn(column.heading, column.kind.table, choices, words))
    return shown


def _setups(settings: Settings) -> dict[str, BarSetup]:
    return {unit.value: bar_setup(settings, unit) for unit in settings.units}


def format_number(value: Decimal | int) -> str:
    """72.5 -> '72.5', 100.00 -> '100'."""
    if isinstance(value, int):
        return str(value)
    normal = value.normalize()
    return f"{normal:f}"


def _word_names(vocabulary: Vocabulary) -> Callable[[str, str], str]:
    """The `word` filter: `exercise.pattern | word("patterns")` is the word's display name."""
    kinds = {kind.table: kind for kind in KINDS}

    def word(word_id: str, table: str) -> str:
        return vocabulary.name(kinds[table], word_id)

    return word


def yaml_string(value: str) -> Markup:
    """A string as a double-quoted YAML scalar (JSON's string syntax is valid YAML), safe in front matter.

    The theme puts front-matter values (title, description) into its HTML unescaped, so the
    value is HTML-escaped first: the page shows the text as written, never as markup.
    """
    text = value.unescape() if isinstance(value, Markup) else str(value)
    escaped = html.escape(text, quote=False).replace('"', "&quot;")
    return Markup(json.dumps(escaped, ensure_ascii=False))
