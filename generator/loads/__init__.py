"""Load arithmetic: percentages of a lift rounded to weights a bar can be loaded with, the units
they are in and the limits the guide keeps, and the 1RM a set of several reps estimates.

The bottom of the house: pure, exact (`Decimal`) and imports nothing else of the generator. Every
rule a page's script also needs (where a tie rounds, the reps an estimate takes, the formulas, the
units) is stated here once and reaches the browser as data (generator/site/load_tables.py).
"""

from generator.loads.arithmetic import (
    HALFWAY,
    HUNDRED,
    BarSetup,
    Loadable,
    loadable_weights,
    percent_columns,
    percent_of,
    round_to_loadable,
    table_rows,
)
from generator.loads.one_rep_max import (
    ESTIMATE_REPS,
    ESTIMATE_STEP,
    Formula,
    estimate_one_rep_max,
    factors,
)
from generator.loads.units import CALCULATOR_LIMIT, MAX_ONE_REP_MAX, Unit, pounds, yards

__all__ = [
    "CALCULATOR_LIMIT",
    "ESTIMATE_REPS",
    "ESTIMATE_STEP",
    "HALFWAY",
    "HUNDRED",
    "MAX_ONE_REP_MAX",
    "BarSetup",
    "Formula",
    "Loadable",
    "Unit",
    "estimate_one_rep_max",
    "factors",
    "loadable_weights",
    "percent_columns",
    "percent_of",
    "pounds",
    "round_to_loadable",
    "table_rows",
    "yards",
]
