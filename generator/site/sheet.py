"""A program as printable sheets, one per session per week: the numbers and words a lifter takes to
the gym. No I/O.

`program_sheets` prepares the data (what each week asks for, generator/catalogue/weeks.py, with the
loads worked out when 1RMs are known, rounded like the load tables); the templates `sheet.html.j2`
(one session) and `sheet-document.html.j2` (a whole PDF) lay it out.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

import segno

from generator.catalogue.model import KindOfIntensity, PercentIntensity
from generator.catalogue.weeks import program_weeks
from generator.loads import Unit, percent_of, round_to_loadable
from generator.site.paths import absolute_url, exercise_page

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from generator.catalogue.load import Catalog
    from generator.catalogue.model import Exercise, PlannedSet, Program
    from generator.catalogue.model.programs import ProgramLoad
    from generator.catalogue.weeks import WeekEntry
    from generator.loads import BarSetup
    from generator.site.substitutes import Substitute


@dataclass(frozen=True)
class SheetLoad:
    """One way to load an exercise: a percentage of a lift (worked out when its 1RM is known), or
    a load the sheet says in words (bodyweight, a band, an effort, a load described)."""

    intensity: KindOfIntensity
    low: Decimal | None = None  # the rounded loads, when the 1RM is known
    high: Decimal | None = None
    of_training_max: bool = False  # the percentage is of the lift's training max, not its 1RM
    added: Mapping[Unit, Decimal] = field(default_factory=dict)  # the weeks' steps, per unit


@dataclass(frozen=True)
class SheetSet:
    """One set of a row whose sets differ: its reps, whether as many as possible, and its load."""

    planned: PlannedSet
    load: SheetLoad | None


@dataclass(frozen=True)
class SheetRow:
    week: WeekEntry  # what the row asks for this week: sets, reps, seconds, metres, note
    exercise: Exercise
    cue: str
    own_cue: bool  # the program's own cue for it (translated as the program's), not the exercise's
    loads: list[SheetLoad]
    sets: list[SheetSet]  # each set, when they differ; else empty
    url: str  # the exercise page, absolute when the site's address is known
    scannable: bool  # the address is absolute: a QR code of a relative one would scan to nothing
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
    position: int  # its place among the program's sessions, from 0 (where its texts are translated)
    week: int  # from 1
    week_name: str  # the program's name for the week, or ""
    weeks: int  # how many weeks the program has: a week is named only when there are several
    deload: bool
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
    sessions: list[SessionSheet]  # every session of every week, week by week
    unused: list[str]  # lifts given a 1RM that no load of the program uses
    swap_lifts: list[Exercise] = field(default_factory=list)
    """Reference lifts that only the loads of substitutes use: the page's form asks for their 1RMs too."""
    training_maxes: dict[str, Decimal] = field(default_factory=dict)
    """The training max of each lift whose percentages are of one, as a percentage of its 1RM."""


def entry_loads(catalog: Catalog, week: WeekEntry) -> list[KindOfIntensity]:
    """The loads of a row; "as-prescribed" means those of the exercise page."""
    return _loads(catalog, week.load, week.entry.exercise)


def _loads(catalog: Catalog, load: ProgramLoad, exercise_id: str) -> list[KindOfIntensity]:
    if isinstance(load, str):
        return prescribed_loads(catalog.exercise(exercise_id))
    return [load]


def _lift_ids(catalog: Catalog, week: WeekEntry) -> list[str]:
    ids = [load.of for load in entry_loads(catalog, week) if isinstance(load, PercentIntensity)]
    if any(s.percent is not None for s in week.planned):
        ids.append(week.lift)
    return ids


def reference_lifts(catalog: Catalog, weeks: Iterable[WeekEntry]) -> list[Exercise]:
    """The lifts that the loads of `weeks` are percentages of, in the order they first appear."""
    ids = {lift: None for week in weeks for lift in _lift_ids(catalog, week)}
    return [catalog.exercise(lift_id) for lift_id in ids]


def program_sheets(
    catalog: Catalog,
    program: Program,
    *,
    unit: Unit,
    setup: BarSetup,
    maxes: Mapping[str, Decimal] | None = None,
    training_maxes: Mapping[str, Decimal] | None = None,
    site_url: str = "",
    substitutes: Mapping[str, Sequence[Substitute]] | None = None,
) -> ProgramSheets:
    """The sheets of `program`, every week of it; loads are worked out for the lifts in `maxes`
    (1RMs in `unit`), of the training maxes in `training_maxes` (percentages of the 1RM, by lift;
    the program's own for a lift not given) when the program has one.

    With `substitutes` (generator/site/substitutes.py, by exercise id), each row also holds the rows
    its exercise's substitutes would print as. A coach may send every 1RM an athlete has: those no
    load of the program uses are listed in `unused`, not refused.
    """
    weeks = program_weeks(program)
    entries = [e for week in weeks for session in week.sessions for e in session.entries]
    lifts = reference_lifts(catalog, entries)
    swapped = [s.exercise for e in entries for s in (substitutes or {}).get(e.entry.exercise, ())]
    program_lifts = {lift.id for lift in lifts}
    swap_lifts = [lift for lift in _prescribed_lifts(swapped) if lift not in program_lifts]
    used = program_lifts | set(swap_lifts)
    given = {lift: weight for lift, weight in (maxes or {}).items() if lift in used}
    unused = sorted(set(maxes or {}) - used)
    tms = _training_maxes(program, lifts, training_maxes or {})
    rows = _Rows(catalog, setup, unit, given, tms, site_url, substitutes or {})
    sessions = [
        SessionSheet(
            name=session.name,
            position=position,
            week=week.number,
            week_name=week.name,
            weeks=program.weeks,
            deload=week.deload,
            notes=list(session.notes),
            lifts=reference_lifts(catalog, session.entries),
            rows=[rows.of(entry) for entry in session.entries],
            boxes=max(entry.sets.high for entry in session.entries),
        )
        for week in weeks
        for position, session in enumerate(week.sessions)
    ]
    return ProgramSheets(
        program,
        unit,
        lifts,
        given,
        sessions,
        unused,
        swap_lifts=[catalog.exercise(lift) for lift in swap_lifts],
        training_maxes=tms,
    )


def _training_maxes(
    program: Program, lifts: Sequence[Exercise], given: Mapping[str, Decimal]
) -> dict[str, Decimal]:
    tm = program.training_max
    if tm is None:
        return {}
    return {lift.id: given.get(lift.id, tm.percent) for lift in lifts if tm.covers(lift.id)}


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
    unit: Unit
    maxes: Mapping[str, Decimal]
    training_maxes: Mapping[str, Decimal]  # empty when the program's percentages are of 1RMs
    site_url: str
    substitutes: Mapping[str, Sequence[Substitute]]

    def of(self, week: WeekEntry) -> SheetRow:
        exercise = self.catalog.exercise(week.entry.exercise)
        # Sets that each have their own load are the program's plan for that lift: not swapped.
        offered = () if week.planned else self.substitutes.get(exercise.id, ())
        swaps = [
            SwapRow(
                s, self._row(week, s.exercise, s.exercise.cues[0], prescribed_loads(s.exercise))
            )
            for s in offered
        ]
        cue = week.entry.cue or exercise.cues[0]
        return self._row(week, exercise, cue, entry_loads(self.catalog, week), swaps, own=True)

    def _row(
        self,
        week: WeekEntry,
        exercise: Exercise,
        cue: str,
        loads: Sequence[KindOfIntensity],
        swaps: list[SwapRow] | None = None,
        *,
        own: bool = False,
    ) -> SheetRow:
        """A row of `exercise`; `own` for the program's exercise, whose percentages are the
        program's (of a training max, with its steps), not a substitute's page's."""
        url = absolute_url(self.site_url, exercise_page(exercise.id))
        program_load = own and not isinstance(week.load, str)
        sets = [
            SheetSet(
                s,
                self._load(PercentIntensity(of=week.lift, percent=s.percent), week, True)
                if s.percent
                else None,
            )
            for s in week.planned
        ]
        return SheetRow(
            week=week,
            exercise=exercise,
            cue=cue,
            own_cue=own and bool(week.entry.cue),
            loads=[self._load(load, week, program_load) for load in loads],
            sets=sets if own else [],
            url=url,
            scannable=bool(self.site_url),
            swaps=swaps or [],
        )

    def _load(self, load: KindOfIntensity, week: WeekEntry, programs: bool) -> SheetLoad:
        """`load` worked out where it can be; `programs` when it is the program's own (of the
        training max, with the week's steps)."""
        if not isinstance(load, PercentIntensity):
            return SheetLoad(load)
        tm = self.training_maxes.get(load.of) if programs else None
        added = week.added if programs else {}
        one_rep_max = self.maxes.get(load.of)
        if one_rep_max is None:
            return SheetLoad(load, of_training_max=tm is not None, added=added)
        base = percent_of(one_rep_max, tm) if tm is not None else one_rep_max
        extra = added.get(self.unit, Decimal(0))
        low = round_to_loadable(percent_of(base, load.percent.low), self.setup) + extra
        high = round_to_loadable(percent_of(base, load.percent.high), self.setup) + extra
        return SheetLoad(load, low, high, of_training_max=tm is not None, added=added)


def prescribed_loads(exercise: Exercise) -> list[KindOfIntensity]:
    """The loads of an exercise's own page, which a substitute brings to a program's row."""
    return list(exercise.prescription.intensity) if exercise.prescription else []


@functools.lru_cache(maxsize=1024)
def qr_code(url: str, *, title: str) -> str:
    """A QR code of `url` as inline SVG that scales with its box (no file, no network), named by
    `title` (plain text, which the SVG escapes); the templates' `qr_code`, which gives the title
    in the page's language. Made once a process for each address and title (finding its best
    mask takes tens of milliseconds)."""
    code = segno.make(url, error="m", micro=False)
    svg: str = code.svg_inline(scale=1, border=0, omitsize=True, title=title, dark="#000")
    return svg
