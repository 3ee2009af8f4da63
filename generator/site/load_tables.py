"""The load tables of a catalogue's pages, with their intensity bands and calculators, and what the
calculator may load: the site's data file paths.LOADS_FILE. No I/O.

Python computes every number (generator/loads/arithmetic.py); the templates load-table.html.j2,
intensity-band.html.j2 and calculator.html.j2 turn them into HTML, once per build for each
distinct table, and render.py places that HTML in the pages.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from markupsafe import Markup

from generator.loads import (
    CALCULATOR_LIMIT,
    ESTIMATE_REPS,
    ESTIMATE_STEP,
    HALFWAY,
    MAX_ONE_REP_MAX,
    BarSetup,
    Unit,
    factors,
    loadable_weights,
    percent_columns,
    percent_of,
    round_to_loadable,
    table_rows,
)
from generator.site.language import ENGLISH, decimal_mark

if TYPE_CHECKING:
    import jinja2

    from generator.catalogue.load import Catalog
    from generator.catalogue.model import Exercise, PercentIntensity, Settings


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


def bar_setup(settings: Settings, unit: Unit) -> BarSetup:
    unit_settings = settings.for_unit(unit)
    return BarSetup(unit_settings.bar, unit_settings.weights, unit_settings.pairs)


def loadable_description(settings: Settings, language: str = ENGLISH) -> dict[str, object]:
    """What the pages' calculators may load, per unit: every buildable weight with its plates per side.

    The calculator only picks the nearest entry, a tie going where `halfway` says
    (round_to_loadable's rule), so the numbers have one implementation, this one. `complete` is
    false where the list stops at CALCULATOR_LIMIT rather than at the last weight the plates can
    build. `decimal` is the mark the scripts write numbers with in `language` ("," in German). `kilograms` is what one of the unit weighs in kg, to convert a remembered 1RM.
    `estimate` is the 1RM estimate of the settings' formula: its name, the step it is rounded to,
    and the factor of the weight for each number of reps it takes (loads/one_rep_max.py).
    """
    formula = settings.one_rep_max_formula
    description: dict[str, object] = {
        "units": [unit.value for unit in settings.units],
        "estimate": {
            "formula": formula.author,
            "step": ESTIMATE_STEP,
            "factors": {str(reps): list(share) for reps, share in factors(formula).items()},
        },
        "halfway": HALFWAY,
        "decimal": decimal_mark(language),
    }
    for unit in settings.units:
        setup = bar_setup(settings, unit)
        limit = CALCULATOR_LIMIT[unit]
        description[unit.value] = {
            "kilograms": unit.kilograms,
            "bar": setup.bar,
            "complete": setup.heaviest is not None and setup.heaviest <= limit,
            "loads": [[w.load, list(w.plates_per_side)] for w in loadable_weights(setup, limit)],
        }
    return description


def loadable_json(settings: Settings, language: str = ENGLISH) -> str:
    """`loadable_description` as compact JSON, numbers as JSON numbers (72.5, not "72.5")."""
    description = loadable_description(settings, language)
    return json.dumps(description, separators=(",", ":"), default=_json_number)


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
                max_one_rep_max=MAX_ONE_REP_MAX,
                estimate_reps=ESTIMATE_REPS,
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
