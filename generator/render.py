"""Catalog -> {docs-relative path: Markdown text}, through the Jinja2 templates in templates/. No I/O.

Python prepares the numbers (load tables); the templates decide every word and the layout.
"""

from __future__ import annotations

import html
import json
import traceback
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import jinja2
from markupsafe import Markup

from generator.errors import CatalogError, Problem
from generator.loads import (
    BarSetup,
    loadable_weights,
    percent_columns,
    percent_of,
    round_to_loadable,
    table_rows,
)
from generator.markup import inline_html, join_text, link_target, plain_text
from generator.sheet import PROGRAM_DIR, ProgramSheets, program_page, program_pdf, program_sheets
from generator.vocabulary import Unit

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import TracebackType

    from generator.catalog import Catalog
    from generator.model import Exercise, PercentIntensity, Settings

T = TypeVar("T")

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
EXERCISE_DIR = "exercises"  # docs-relative folder of the exercise pages
# The heaviest load the in-page calculator knows of, per unit: above any lift a guide reader makes.
CALCULATOR_LIMIT = {Unit.KG: Decimal(500), Unit.LB: Decimal(1100)}


@dataclass(frozen=True)
class LoadRow:
    one_rep_max: Decimal
    loads: list[Decimal]


@dataclass(frozen=True)
class UnitTable:
    unit: Unit
    percents: list[Decimal]
    rows: list[LoadRow]


@dataclass(frozen=True)
class ShownTable:
    """A unit table as a page shows it: the HTML of templates/load-table.html.j2."""

    unit: Unit
    # Rendered by our autoescaping environment: every contributed value in it is escaped.
    html: Markup


@dataclass(frozen=True)
class LoadTable:
    """The load table of one percentage prescription, in every unit the site shows, with its
    intensity band (templates/intensity-band.html.j2) and calculator (templates/calculator.html.j2)."""

    intensity: PercentIntensity
    reference: Exercise
    units: list[ShownTable]
    band: Markup
    calculator: Markup


def exercise_page(exercise_id: str) -> str:
    """Docs-relative path of an exercise's page."""
    return f"{EXERCISE_DIR}/{exercise_id}.md"


def bar_setup(settings: Settings, unit: Unit) -> BarSetup:
    unit_settings = settings.for_unit(unit)
    return BarSetup(unit_settings.bar, unit_settings.weights, unit_settings.pairs)


def loadable_description(settings: Settings) -> dict[str, object]:
    """What the page's calculator may load, per unit: every buildable weight with its plates per side.

    The calculator only picks the nearest entry (round_to_loadable's rule), so the numbers have one
    implementation, this one. `complete` is false where the list stops at CALCULATOR_LIMIT rather
    than at the last weight the plates can build.
    """
    description: dict[str, object] = {
        "units": [unit.value for unit in settings.units],
        "formula": settings.one_rep_max_formula.value,
    }
    for unit in settings.units:
        setup = bar_setup(settings, unit)
        limit = CALCULATOR_LIMIT[unit]
        description[unit.value] = {
            "bar": setup.bar,
            "complete": setup.heaviest is not None and setup.heaviest <= limit,
            "loads": [[w.load, list(w.plates_per_side)] for w in loadable_weights(setup, limit)],
        }
    return description


def loadable_json(settings: Settings) -> str:
    """`loadable_description` as compact JSON, numbers as JSON numbers (72.5, not "72.5")."""
    return json.dumps(loadable_description(settings), separators=(",", ":"), default=_json_number)


def _json_number(value: object) -> int | float:
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        return float(value)  # loads are short decimals; float's shortest repr prints them exactly
    raise TypeError(f"cannot describe {value!r} in JSON")


class LoadTables:
    """The load tables of each exercise, each computed and rendered once per build.

    Across a catalogue, many prescriptions name the same reference lift and percentage range;
    their tables, bands and calculators are identical, so the arithmetic and the HTML are shared.
    """

    def __init__(self, catalog: Catalog, env: jinja2.Environment) -> None:
        self._catalog = catalog
        self._table = env.get_template("load-table.html.j2")
        self._band = env.get_template("intensity-band.html.j2")
        self._calculator = env.get_template("calculator.html.j2")
        self._rendered: dict[tuple[object, ...], Markup] = {}

    def of(self, exercise: Exercise) -> list[LoadTable]:
        if exercise.prescription is None:
            return []
        warmup = tuple(exercise.prescription.warmup)
        barbell = "barbell" in exercise.equipment
        tables = []
        for index, i in enumerate(exercise.prescription.percent_intensities, start=1):
            reference = self._catalog.exercise(i.of)
            lift = (reference.id, i.percent.low, i.percent.high)
            html_id = f"load-{index}"  # the page's n-th table: ids stay unique on the page
            shown = [self._shown_table(reference, i, unit) for unit in self._catalog.settings.units]
            band = self._once(
                self._band, ("band", *lift, html_id), i=i, reference=reference, id=f"{html_id}-band"
            )
            calculator = self._once(
                self._calculator,
                ("calculator", *lift, html_id, warmup, barbell),
                i=i,
                reference=reference,
                id=html_id,
                warmup=warmup,
                barbell=barbell,
                units=self._catalog.settings.units,
            )
            tables.append(LoadTable(i, reference, shown, band, calculator))
        return tables

    def _shown_table(
        self, reference: Exercise, intensity: PercentIntensity, unit: Unit
    ) -> ShownTable:
        key = ("table", reference.id, intensity.percent.low, intensity.percent.high, unit)
        html = self._rendered.get(key)
        if html is None:
            table = unit_table(self._catalog.settings, reference, intensity, unit)
            rendered = self._table.render(table=table, reference=reference, intensity=intensity)
            html = self._rendered[key] = Markup(rendered)
        return ShownTable(unit, html)

    def _once(self, template: jinja2.Template, key: tuple[object, ...], **data: object) -> Markup:
        """The template rendered with `data`, once per build for each key (which must name
        everything in `data` that changes the HTML)."""
        html = self._rendered.get(key)
        if html is None:
            html = self._rendered[key] = Markup(template.render(**data))
        return html


def unit_table(
    settings: Settings, reference: Exercise, intensity: PercentIntensity, unit: Unit
) -> UnitTable:
    setup = bar_setup(settings, unit)
    own_rows = reference.load_table_rows.for_unit(unit) if reference.load_table_rows else None
    rows = own_rows or settings.for_unit(unit).rows
    percents = percent_columns(intensity.percent.low, intensity.percent.high)
    return UnitTable(
        unit=unit,
        percents=percents,
        rows=[
            LoadRow(one_rm, [round_to_loadable(percent_of(one_rm, p), setup) for p in percents])
            for one_rm in table_rows(rows.min, rows.max, rows.step)
        ],
    )


def environment(templates: Path = TEMPLATES, *, pages: bool = True) -> jinja2.Environment:
    """The Jinja2 environment of the templates; `pages=False` for text that is not published
    (the TOML that `new` writes), whose templates quote values themselves."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
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
    env.filters["label"] = label
    env.filters["yaml_string"] = yaml_string
    env.globals["exercise_page"] = exercise_page
    return env


def render_site(
    catalog: Catalog, templates: Path = TEMPLATES, *, site_url: str = ""
) -> dict[str, str]:
    """Every generated page of the site, keyed by its path relative to docs/.

    `site_url` makes the addresses printed on program sheets absolute.
    A mistake in a template is raised as a `CatalogError` located in that template.
    """
    return _located_template_errors(_render_pages, catalog, templates, site_url)


def render_sheet_document(
    catalog: Catalog,
    sheets: ProgramSheets,
    *,
    page_size: str,
    stylesheet: str,
    templates: Path = TEMPLATES,
) -> str:
    """A program's sheets as one HTML document, one page per session, for a PDF renderer."""

    def render(catalog: Catalog, templates: Path) -> str:
        return (
            environment(templates)
            .get_template("sheet-document.html.j2")
            .render(catalog=catalog, sheets=sheets, page_size=page_size, stylesheet=stylesheet)
        )

    return _located_template_errors(render, catalog, templates)


def _located_template_errors(
    render: Callable[..., T], catalog: Catalog, templates: Path, *args: str
) -> T:
    try:
        return render(catalog, templates, *args)
    except jinja2.TemplateSyntaxError as error:
        where = Path(error.filename or error.name or "templates")
        problem = Problem(str(where), error.lineno, 1, f"template syntax: {error.message}")
        raise CatalogError([problem]) from None
    except jinja2.TemplateError as error:
        file, line = _template_frame(error.__traceback__, templates)
        raise CatalogError([Problem(file, line, 1, f"template: {error.message}")]) from None


def _template_frame(trace: TracebackType | None, templates: Path) -> tuple[str, int]:
    """The innermost template line of a rendering error (Jinja2 puts template frames in tracebacks)."""
    found = (str(templates), 1)
    for frame, line in traceback.walk_tb(trace):
        filename = frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = (filename, line)
    return found


def _render_pages(catalog: Catalog, templates: Path, site_url: str) -> dict[str, str]:
    env = environment(templates)
    by_name = sorted(catalog.exercises, key=lambda e: e.name.casefold())
    context = {
        "catalog": catalog,
        "settings": catalog.settings,
        "setups": _setups(catalog.settings),
        # Numbers from [settings] only, and no "<" in JSON can close its <script> element.
        "loadable_json": Markup(loadable_json(catalog.settings).replace("<", "\\u003c")),
    }
    pages = {
        "index.md": env.get_template("home.md.j2").render(
            context, exercises=by_name, used=_vocabulary_used(catalog)
        ),
        "load-tables.md": env.get_template("load-tables.md.j2").render(
            context, references=catalog.reference_lifts()
        ),
    }
    exercise_template = env.get_template("exercise.md.j2")
    load_tables = LoadTables(catalog, env)
    for exercise in catalog.exercises:
        pages[exercise_page(exercise.id)] = exercise_template.render(
            context,
            exercise=exercise,
            tables=load_tables.of(exercise),
            sources=[catalog.source(s) for s in exercise.sources],
            related=[catalog.exercise(i) for i in exercise.related],
            variations=[catalog.exercise(i) for i in exercise.variations],
        )
    if catalog.programs:
        pages.update(_program_pages(env, catalog, context, site_url))
    return pages


PAPERS = {"a4": ("A4", "A4"), "letter": ("US Letter", "letter")}  # name -> (label, CSS page size)


def _program_pages(
    env: jinja2.Environment, catalog: Catalog, context: dict[str, object], site_url: str
) -> dict[str, str]:
    unit = catalog.settings.units[0]
    setup = bar_setup(catalog.settings, unit)
    pages = {
        f"{PROGRAM_DIR}/index.md": env.get_template("programs.md.j2").render(
            context, programs=catalog.programs
        )
    }
    template = env.get_template("program.md.j2")
    for program in catalog.programs:
        sheets = program_sheets(catalog, program, unit=unit, setup=setup, site_url=site_url)
        example = "&".join(f"{lift.id}=100" for lift in sheets.lifts)
        pages[program_page(program.id)] = template.render(
            context,
            program=program,
            sheets=sheets,
            sources=[catalog.source(s) for s in program.sources],
            pdfs=[
                {"label": label, "file": Path(program_pdf(program.id, paper)).name}
                for paper, (label, _) in PAPERS.items()
            ],
            # Ids (slugs) and unit names only; kept as written inside a code span.
            example_query=Markup(
                f"?{example}&units={unit.value}" if example else f"?units={unit.value}"
            ),
        )
    return pages


def _vocabulary_used(catalog: Catalog) -> dict[str, set[str]]:
    """The patterns, primary muscles and equipment the catalogue names: the catalogue's filters."""
    return {
        "patterns": {e.pattern for e in catalog.exercises},
        "muscles": {m for e in catalog.exercises for m in e.muscles.primary},
        "equipment": {item for e in catalog.exercises for item in e.equipment},
    }


def _setups(settings: Settings) -> dict[str, BarSetup]:
    return {unit.value: bar_setup(settings, unit) for unit in settings.units}


def format_number(value: Decimal | int) -> str:
    """72.5 -> '72.5', 100.00 -> '100'."""
    if isinstance(value, int):
        return str(value)
    normal = value.normalize()
    return f"{normal:f}"


def label(value: str) -> str:
    """A vocabulary value as a reader sees it: 'back-extension-bench' -> 'Back extension bench'."""
    text = str(value).replace("-", " ")
    return text[:1].upper() + text[1:]


def yaml_string(value: str) -> Markup:
    """A string as a double-quoted YAML scalar (JSON's string syntax is valid YAML), safe in front matter.

    The theme puts front-matter values (title, description) into its HTML unescaped, so the
    value is HTML-escaped first: the page shows the text as written, never as markup.
    """
    text = value.unescape() if isinstance(value, Markup) else str(value)
    escaped = html.escape(text, quote=False).replace('"', "&quot;")
    return Markup(json.dumps(escaped, ensure_ascii=False))
