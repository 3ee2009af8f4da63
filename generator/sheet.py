"""A program as printable sheets, one per session: the numbers and words a lifter takes to the gym. No I/O.

`program_sheets` prepares the data (loads worked out when 1RMs are known, rounded like the load tables);
the templates `sheet.html.j2` (one session) and `sheet-document.html.j2` (a whole PDF) lay it out.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

import segno

from generator.loads import percent_of, round_to_loadable
from generator.model import DescribedIntensity, PercentIntensity
from generator.paths import absolute_url, exercise_page
from generator.vocabulary import Unit

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from generator.catalog import Catalog
    from generator.loads import BarSetup
    from generator.model import Exercise, Program, SessionEntry


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


def entry_loads(
    catalog: Catalog, entry: SessionEntry
) -> list[PercentIntensity | DescribedIntensity]:
    """The loads of a session entry; "as-prescribed" means those of the exercise page."""
    if isinstance(entry.load, PercentIntensity | DescribedIntensity):
        return [entry.load]
    prescription = catalog.exercise(entry.exercise).prescription
    return list(prescription.intensity) if prescription else []


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
) -> ProgramSheets:
    """The sheets of `program`; loads are worked out for the lifts in `maxes` (1RMs in `unit`).

    A coach may send every 1RM an athlete has: those no load of the program uses are listed in
    `unused`, not refused.
    """
    lifts = reference_lifts(catalog, (e for session in program.sessions for e in session.exercises))
    used = {lift.id for lift in lifts}
    given = {lift: weight for lift, weight in (maxes or {}).items() if lift in used}
    unused = sorted(set(maxes or {}) - used)
    sessions = [
        SessionSheet(
            name=session.name,
            notes=list(session.notes),
            lifts=reference_lifts(catalog, session.exercises),
            rows=[_row(catalog, entry, setup, given, site_url) for entry in session.exercises],
            boxes=max(entry.sets.high for entry in session.exercises),
        )
        for session in program.sessions
    ]
    return ProgramSheets(program, unit, lifts, given, sessions, unused)


def _row(
    catalog: Catalog,
    entry: SessionEntry,
    setup: BarSetup,
    maxes: Mapping[str, Decimal],
    site_url: str,
) -> SheetRow:
    exercise = catalog.exercise(entry.exercise)
    url = absolute_url(site_url, exercise_page(exercise.id))
    return SheetRow(
        entry=entry,
        exercise=exercise,
        cue=entry.cue or exercise.cues[0],
        loads=[_load(load, setup, maxes) for load in entry_loads(catalog, entry)],
        url=url,
        qr_svg=qr_code(url, title=f"Address of the {exercise.name} page") if site_url else "",
    )


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
