"""Pydantic models of what a coach writes in exercises.toml, split along its data. No I/O, no page code.

- `ranges`: the ranges of numbers a coach writes (counts, percentages, load-table rows)
- `settings`: [settings], the units and the bar and plates loads are rounded to
- `exercises`: [[exercises]], with their prescriptions and intensities
- `programs`: [[programs]], sessions of the catalogue's exercises
- `document`: the whole file, and its [sources]

Cross-references between entries (ids that must exist, duplicates) are checked in `catalog.py`,
which sees the whole file; these models check one value at a time.
"""

from generator.catalogue.model.document import Document, Source
from generator.catalogue.model.exercises import (
    DescribedIntensity,
    Exercise,
    Fault,
    Intensity,
    Media,
    Muscles,
    PercentIntensity,
    Prescription,
    TableRows,
)
from generator.catalogue.model.ids import RESERVED_IDS, EntryId
from generator.catalogue.model.programs import (
    AS_PRESCRIBED,
    MAX_ENTRIES_PER_SESSION,
    MAX_SETS_ON_SHEET,
    Program,
    ProgramLoad,
    Session,
    SessionEntry,
)
from generator.catalogue.model.ranges import MAX_TABLE_ROWS, IntRange, PercentRange, RowRange
from generator.catalogue.model.settings import (
    DEFAULT_KG,
    DEFAULT_LB,
    MIN_PLATE_STEP,
    Plate,
    PlatePairs,
    Settings,
    UnitSettings,
)

__all__ = [
    "AS_PRESCRIBED",
    "DEFAULT_KG",
    "DEFAULT_LB",
    "MAX_ENTRIES_PER_SESSION",
    "MAX_SETS_ON_SHEET",
    "MAX_TABLE_ROWS",
    "MIN_PLATE_STEP",
    "RESERVED_IDS",
    "DescribedIntensity",
    "Document",
    "EntryId",
    "Exercise",
    "Fault",
    "IntRange",
    "Intensity",
    "Media",
    "Muscles",
    "PercentIntensity",
    "PercentRange",
    "Plate",
    "PlatePairs",
    "Prescription",
    "Program",
    "ProgramLoad",
    "RowRange",
    "Session",
    "SessionEntry",
    "Settings",
    "Source",
    "TableRows",
    "UnitSettings",
]
