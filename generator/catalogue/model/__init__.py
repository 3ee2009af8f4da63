"""Pydantic models of what a coach writes in exercises.toml, split along its data. No I/O, no page code.

- `ranges`: the ranges of numbers a coach writes (counts, percentages, load-table rows)
- `settings`: [settings], the units and the bar and plates loads are rounded to
- `exercises`: [[exercises]], with their prescriptions and intensities
- `intensity`: how heavy or how hard: percentages, words, bodyweight, bands, effort
- `progression`: what changes by week: planned sets, waves, steps, deloads
- `programs`: [[programs]], sessions of the catalogue's exercises
- `document`: the whole file, and its [sources]

Cross-references between entries (ids that must exist, duplicates) are checked in `catalog.py`,
which sees the whole file; these models check one value at a time.
"""

from generator.catalogue.model.document import Document, Source
from generator.catalogue.model.exercises import (
    Exercise,
    Fault,
    Media,
    Muscles,
    Prescription,
    TableRows,
)
from generator.catalogue.model.ids import RESERVED_IDS, EntryId
from generator.catalogue.model.intensity import (
    BandIntensity,
    BodyweightIntensity,
    DescribedIntensity,
    EffortIntensity,
    Intensity,
    KindOfIntensity,
    PercentIntensity,
)
from generator.catalogue.model.programs import (
    AS_PRESCRIBED,
    MAX_ENTRIES_PER_SESSION,
    TRAINING_MAX_PERCENT,
    Program,
    ProgramLoad,
    Session,
    SessionEntry,
)
from generator.catalogue.model.progression import (
    MAX_SETS_ON_SHEET,
    MAX_WEEKS,
    Deload,
    PlannedSet,
    Step,
    Wave,
    WeekValues,
)
from generator.catalogue.model.ranges import (
    MAX_TABLE_ROWS,
    BoundedRange,
    DistanceRange,
    DurationRange,
    IntRange,
    PercentRange,
    RowRange,
)
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
    "MAX_WEEKS",
    "MIN_PLATE_STEP",
    "RESERVED_IDS",
    "TRAINING_MAX_PERCENT",
    "BandIntensity",
    "BodyweightIntensity",
    "BoundedRange",
    "Deload",
    "DescribedIntensity",
    "DistanceRange",
    "Document",
    "DurationRange",
    "EffortIntensity",
    "EntryId",
    "Exercise",
    "Fault",
    "IntRange",
    "Intensity",
    "KindOfIntensity",
    "Media",
    "Muscles",
    "PercentIntensity",
    "PercentRange",
    "PlannedSet",
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
    "Step",
    "TableRows",
    "UnitSettings",
    "Wave",
    "WeekValues",
]
