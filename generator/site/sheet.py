"""A program as printable sheets, one per session: the numbers and words a lifter takes to the gym. No I/O.

`program_sheets` prepares the data (loads worked out when 1RMs are known, rounded like the load tables);
the templates `sheet.html.j2` (one session) and `sheet-document.html.j2` (a whole PDF) lay it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

import segno

from generator.catalogue.model import DescribedIntensity, PercentIntensity
from generator.loads import Unit, percent_of, round_to_loadable
from generator.site.paths import absolute_url, exercise_page

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from generator.catalogue.load import Catalog
    from generator.catalogue.model import Exercise, Program, SessionEntry
    from generator.loads import BarSetup
    from generator.site.substitutes import Substitute


@dataclass(frozen=True)
class SheetLoad:
    """One way to load an exercise: a percentage of a lift (worked out when its 1RM is known) or words."""

    intensity: PercentIntensity | DescribedIntensity
    low: Decimal | None = None  # the rounded loads, when the 1RM is known
    high: Decimal | None = None


@dataclass(frozen=True)
class SheetRow:
    entry: SessionEntry
    exercise: Exercise
    cue: str
    loads: list[SheetLoad]
    url: str  # the exercise page, absolute when the site's address is known
    qr_svg: (
        str  # empty when the site's address is unknown: a code for a relative path scans to nothing
    )
    swaps: list[SwapRow] = field(default_factory=list)
    """The row as each substitute of the exercise would print it, for a lifter to swap it before printing."""


@dataclass(frozen=True)
class SwapRow:
    """A sheet row with a substitute in place of the program's exercise: the program's sets, reps,
    rest and note, the substitute's name, key cue and its own loads (as its page prescribes them:
    a program's load belongs to the exercise it names)."""

    substitute: Substitute
    row: SheetRow


@dataclass(frozen=True)
class SessionSheet:
    name: str
    notes: list[str]
    lifts: list[Exercise]  # the session's reference lifts: a line for the 1RM of each
    rows: list[SheetRow]
    boxes: int  # set boxes per row: the most sets any exercise of the session may take


@dataclass(frozen=True)
class ProgramSheets:
    program: Program
    unit: Unit
    lifts: list[Exercise]  # reference lifts: one 1RM line each
    maxes: dict[str, Decimal]  # the 1RMs given for those lifts
    sessions: list[SessionSheet]
    unused: list[str]  # lifts given a 1RM that no load of the program uses
    swap_lifts: list[Exercise] = field(default_factory=list)
    """Reference lifts that only the loads of substitutes use: the page's form asks for their 1RMs too."""


def entry_loads(
    catalog: Catalog, entry: SessionEntry
) -> list[PercentIntensity | DescribedIntensity]:
    """The loads of a session entry; "as-prescribed" means those of the exercise page."""
    if isinstance(entry.load, PercentIntensity | DescribedIntensity):
        return [entry.load]
    return prescribed_loads(catalog.exercise(entry.exercise))


def reference_lifts(catalog: Catalog, entries: Iterable[SessionEntry]) -> list[Exercise]:
    """The lifts that the loads of `entries` are percentages of, in the order they first appear."""
    ids: dict[str, None] = {}
    for entry in entries:
        for load in entry_loads(catalog, entry):
            if isinstance(load, PercentIntensity):
                ids[load.of] = None
    return [catalog.exercise(lift_id) for lift_id in ids]


def program_sheets(
    catalog: Catalog,
    program: Program,
    *,
    unit: Unit,
    setup: BarSetup,
    maxes: Mapping[str, Decimal] | None = None,
    site_url: str = "",
    substitutes: Mapping[str, Sequence[Substitute]] | None = None,
) -> ProgramSheets:
    """The sheets of `program`; loads are worked out for the lifts in `maxes` (1RMs in `unit`).

    With `substitutes` (generator/site/substitutes.py, by exercise id), each row also holds the rows
    its exercise's substitutes would print as. A coach may send every 1RM an athlete has: those no
    load of the program uses are listed in `unused`, not refused.
    """
    entries = [e for session in program.sessions for e in session.exercises]
    lifts = reference_lifts(catalog, entries)
    swapped = [s.exercise for e in entries for s in (substitutes or {}).get(e.exercise, ())]
    program_lifts = {lift.id for lift in lifts}
    swap_lifts = [lift for lift in _prescribed_lifts(swapped) if lift not in program_lifts]
    used = program_lifts | set(swap_lifts)
    given = {lift: weight for lift, weight in (maxes or {}).items() if lift in used}
    unused = sorted(set(maxes or {}) - used)
    rows = _Rows(catalog, setup, given, site_url, substitutes or {})
    sessions = [
        SessionSheet(
            name=session.name,
            notes=list(session.notes),
            lifts=reference_lifts(catalog, session.exercises),
            rows=[rows.of(entry) for entry in session.exercises],
            boxes=max(entry.sets.high for entry in session.exercises),
        )
        for session in program.sessions
    ]
    return ProgramSheets(
        program,
        unit,
        lifts,
        given,
        sessions,
        unused,
        swap_lifts=[catalog.exercise(lift) for lift in swap_lifts],
    )


def _prescribed_lifts(exercises: Iterable[Exercise]) -> list[str]:
    """The lifts the prescriptions of `exercises` load from, in the order they first appear."""
    ids = {
        load.of: None
        for exercise in exercises
        for load in prescribed_loads(exercise)
        if isinstance(load, PercentIntensity)
    }
    return list(ids)


@dataclass(frozen=True)
class _Rows:
    """What every row of a program's sheets is made with."""

    catalog: Catalog
    setup: BarSetup
    maxes: Mapping[str, Decimal]
    site_url: str
    substitutes: Mapping[str, Sequence[Substitute]]

    def of(self, entry: SessionEntry) -> SheetRow:
        exercise = self.catalog.exercise(entry.exercise)
        swaps = [
            SwapRow(
                s, self._row(entry, s.exercise, s.exercise.cues[0], prescribed_loads(s.exercise))
            )
            for s in self.substitutes.get(exercise.id, ())
        ]
        cue = entry.cue or exercise.cues[0]
        return self._row(entry, exercise, cue, entry_loads(self.catalog, entry), swaps)

    def _row(
        self,
        entry: SessionEntry,
        exercise: Exercise,
        cue: str,
        loads: Sequence[PercentIntensity | DescribedIntensity],
        swaps: list[SwapRow] | None = None,
    ) -> SheetRow:
        url = absolute_url(self.site_url, exercise_page(exercise.id))
        title = f"Address of the {exercise.name} page"
        return SheetRow(
            entry=entry,
            exercise=exercise,
            cue=cue,
            loads=[_load(load, self.setup, self.maxes) for load in loads],
            url=url,
            qr_svg=qr_code(url, title=title) if self.site_url else "",
            swaps=swaps or [],
        )


def prescribed_loads(exercise: Exercise) -> list[PercentIntensity | DescribedIntensity]:
    """The loads of an exercise's own page, which a substitute brings to a program's row."""
    return list(exercise.prescription.intensity) if exercise.prescription else []


def _load(
    load: PercentIntensity | DescribedIntensity, setup: BarSetup, maxes: Mapping[str, Decimal]
) -> SheetLoad:
    if isinstance(load, DescribedIntensity) or load.of not in maxes:
        return SheetLoad(load)
    one_rep_max = maxes[load.of]
    low = round_to_loadable(percent_of(one_rep_max, load.percent.low), setup)
    high = round_to_loadable(percent_of(one_rep_max, load.percent.high), setup)
    return SheetLoad(load, low, high)


def qr_code(url: str, *, title: str) -> str:
    """A QR code of `url` as inline SVG that scales with its box (no file, no network)."""
    code = segno.make(url, error="m", micro=False)
    svg: str = code.svg_inline(scale=1, border=0, omitsize=True, title=title, dark="#000")
    return svg
