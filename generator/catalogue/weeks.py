"""What each week of a program asks for, entry by entry: its sets (a count, or sets that each
have their own reps and load), reps, seconds, metres, load and note, once waves, steps, deloads
and `by_week` are applied. No I/O; generator/site/sheet.py works the loads out from 1RMs.

Percentages stay of what the program's are of (the training max when it has one); the weight a
step adds by a week is kept apart, per unit, to add to the rounded load as a coach would.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from generator.catalogue.model import (
    AS_PRESCRIBED,
    IntRange,
    PercentIntensity,
    PercentRange,
    PlannedSet,
)
from generator.loads import Unit

if TYPE_CHECKING:
    from generator.catalogue.model import DistanceRange, DurationRange, Program, SessionEntry
    from generator.catalogue.model.programs import ProgramLoad


@dataclass(frozen=True)
class WeekEntry:
    """One entry of a session in one week."""

    entry: SessionEntry
    label: str  # "A1", "A2" for the exercises of a superset, else ""
    sets: IntRange  # how many sets: a box each on the sheet
    planned: list[PlannedSet]  # each set with its own reps and load; empty when they are alike
    lift: str  # the lift the planned sets' percentages are of
    reps: IntRange | None
    seconds: DurationRange | None
    metres: DistanceRange | None
    load: ProgramLoad
    note: str | None
    added: dict[Unit, Decimal] = field(default_factory=dict)  # what the steps add by this week


@dataclass(frozen=True)
class WeekSession:
    name: str
    notes: list[str]
    entries: list[WeekEntry]


@dataclass(frozen=True)
class Week:
    number: int  # from 1
    name: str  # the program's name for it; "" where it names none (the templates say "Week 2")
    deload: bool
    sessions: list[WeekSession]


def program_weeks(program: Program) -> list[Week]:
    """Every week of `program`, in order, each with every session."""
    return [_week(program, number) for number in range(1, program.weeks + 1)]


def _week(program: Program, number: int) -> Week:
    deload = program.deload is not None and number in program.deload.weeks
    name = program.week_names[number - 1] if program.week_names else ""
    sessions = [
        WeekSession(
            session.name,
            list(session.notes),
            [
                _entry(program, entry, number, label)
                for entry, label in zip(
                    session.exercises, superset_labels(session.exercises), strict=True
                )
            ],
        )
        for session in program.sessions
    ]
    return Week(number, name, deload, sessions)


def superset_labels(entries: list[SessionEntry]) -> list[str]:
    """ "A1", "A2" for the entries of group A, in order; "" for an entry of no group."""
    counts: dict[str, int] = {}
    labels = []
    for entry in entries:
        if entry.group is None:
            labels.append("")
            continue
        counts[entry.group] = counts.get(entry.group, 0) + 1
        labels.append(f"{entry.group}{counts[entry.group]}")
    return labels


def _entry(program: Program, entry: SessionEntry, number: int, label: str) -> WeekEntry:
    sets = entry.sets
    reps, seconds, metres, load, note = (
        entry.reps,
        entry.seconds,
        entry.metres,
        entry.load,
        entry.note,
    )
    explicit = False  # whether this week's load is written out (a wave, by_week), not a rule
    if entry.wave is not None:
        sets = program.waves[entry.wave].weeks[number - 1]
        explicit = True
    if entry.by_week is not None:
        values = entry.by_week[number - 1]
        explicit = explicit or values.load is not None or isinstance(values.sets, list)
        sets = values.sets or sets
        reps, seconds, metres = (
            values.reps or reps,
            values.seconds or seconds,
            values.metres or metres,
        )
        load = values.load or load
        note = values.note or note
    weeks_on = number - 1
    deload = program.deload if program.deload and number in program.deload.weeks else None
    added: dict[Unit, Decimal] = {}
    scale, step = Decimal(1), Decimal(0)
    if deload and not explicit:
        scale = deload.percent / 100
    elif entry.step is not None:
        if entry.step.percent is not None:
            step = entry.step.percent * weeks_on
        elif entry.step.kg is not None and entry.step.lb is not None and weeks_on:
            added = {Unit.KG: entry.step.kg * weeks_on, Unit.LB: entry.step.lb * weeks_on}
    planned = list(sets) if isinstance(sets, list) else []
    if isinstance(load, PercentIntensity):
        load = load.model_copy(update={"percent": _moved(load.percent, scale, step)})
    planned = [
        s.model_copy(update={"percent": _moved(s.percent, scale, step)}) if s.percent else s
        for s in planned
    ]
    count = IntRange.model_construct(low=len(planned), high=len(planned)) if planned else sets
    assert isinstance(count, IntRange)
    return WeekEntry(
        entry=entry,
        label=label,
        sets=count,
        planned=planned,
        lift=entry.of or entry.exercise,
        reps=reps,
        seconds=seconds,
        metres=metres,
        load=load if load is not None else AS_PRESCRIBED,
        note=note,
        added=added,
    )


def _moved(percent: PercentRange, scale: Decimal, step: Decimal) -> PercentRange:
    """`percent` scaled (a deload) and stepped (the weeks' steps), as the checks allowed it."""
    return PercentRange.model_construct(
        low=percent.low * scale + step, high=percent.high * scale + step
    )
