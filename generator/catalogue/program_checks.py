"""The checks of a program that need the whole of it, each located at the key it is about: waves
named and as long as the program, values given for every week, deload weeks inside it,
percentages of a training max no higher than it, supersets of two or three entries in a row.
No I/O. The models check one value at a time; references.py checks the ids a program names.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from itertools import groupby

from generator.catalogue.model import PercentIntensity, PlannedSet, Program, SessionEntry
from generator.catalogue.problems import Problem
from generator.catalogue.source import KeyPath, SourceDocument
from generator.catalogue.suggest import likely_typo

MAX_PERCENT = Decimal(150)  # of a 1RM, as a PercentRange allows
SUPERSET_SIZES = range(2, 4)


def program_problems(index: int, program: Program, source: SourceDocument) -> Iterator[Problem]:
    """Every mistake of `program` (the `index`-th of the file) that only the whole program shows."""
    where: KeyPath = ("programs", index)
    label = f"program '{program.id}'"
    if program.week_names and len(program.week_names) != program.weeks:
        yield source.problem(
            (*where, "week_names"),
            f"{label}: week_names: {len(program.week_names)} names for {_weeks(program.weeks)}; "
            "give one name per week, or none",
            "week names do not match the weeks",
        )
    if program.deload:
        for position, week in enumerate(program.deload.weeks):
            if week > program.weeks:
                yield source.problem(
                    (*where, "deload", "weeks", position),
                    f"{label}: deload.weeks[{position}]: week {week} is after the program's "
                    f"last ({_weeks(program.weeks)})",
                    "deload week outside the program",
                )
        if program.weeks == 1:
            yield _one_week(source, (*where, "deload"), f"{label}: deload")
    for wave_id, wave in program.waves.items():
        path: KeyPath = (*where, "waves", wave_id, "weeks")
        if len(wave.weeks) != program.weeks:
            yield source.problem(
                path,
                f"{label}: waves.{wave_id}: the wave has {_weeks(len(wave.weeks))} and the program "
                f"{_weeks(program.weeks)}; give one list of sets per week",
                "wave and program of different lengths",
            )
        for week, sets in enumerate(wave.weeks):
            yield from _planned_over_the_max(program, sets, (*path, week), source, label)
    for s, session in enumerate(program.sessions):
        for e, entry in enumerate(session.exercises):
            entry_path: KeyPath = (*where, "sessions", s, "exercises", e)
            entry_label = f"{label}: sessions[{s}].exercises[{e}]"
            yield from _entry_problems(program, entry, entry_path, entry_label, source)
        yield from _superset_problems(session.exercises, (*where, "sessions", s), label, s, source)


def _entry_problems(
    program: Program, entry: SessionEntry, path: KeyPath, label: str, source: SourceDocument
) -> Iterator[Problem]:
    if entry.wave is not None and entry.wave not in program.waves:
        message = f"{label}.wave: the program has no wave '{entry.wave}'"
        meant = likely_typo(entry.wave, list(program.waves))
        message += f"; did you mean '{meant}'?" if meant else "; add it under waves"
        yield source.problem((*path, "wave"), message, "unknown wave")
    if entry.by_week is not None and len(entry.by_week) != program.weeks:
        yield source.problem(
            (*path, "by_week"),
            f"{label}.by_week: {len(entry.by_week)} tables for {_weeks(program.weeks)}; "
            "give one per week ({} keeps the entry's values)",
            "by_week and program of different lengths",
        )
    if program.weeks == 1:
        for key in ("step", "by_week"):
            if getattr(entry, key) is not None:
                yield _one_week(source, (*path, key), f"{label}.{key}")
    if entry.step is not None and not _percent_load(entry):
        yield source.problem(
            (*path, "step"),
            f"{label}.step: a step adds to a load worked out from a percentage; this entry's "
            "load is not one (give load = { percent = ... } or sets with a percent)",
            "step without a percentage",
        )
    if isinstance(entry.sets, list):
        if any(s.percent is not None for s in entry.sets) and entry.load != "as-prescribed":
            yield source.problem(
                (*path, "load"),
                f"{label}.load: the sets carry their own percentages; leave out load, "
                "or the sets' percent",
                "load given twice",
            )
        lift = entry.of or entry.exercise
        yield from _planned_over_the_max(
            program, entry.sets, (*path, "sets"), source, label, lift=lift
        )
    if isinstance(entry.load, PercentIntensity):
        yield from _over_the_max(program, entry, (*path, "load", "percent"), source, label)


def _percent_load(entry: SessionEntry) -> bool:
    if entry.wave is not None or isinstance(entry.load, PercentIntensity):
        return True
    return isinstance(entry.sets, list) and any(s.percent is not None for s in entry.sets)


def _over_the_max(
    program: Program,
    entry: SessionEntry,
    path: KeyPath,
    source: SourceDocument,
    label: str,
) -> Iterator[Problem]:
    """The heaviest week's percentage, with its steps: no more than a training max (lifting more
    than the max the program is built on makes no sense), nor than 150 % of a 1RM."""
    assert isinstance(entry.load, PercentIntensity)
    load = entry.load
    step = entry.step.percent if entry.step and entry.step.percent else Decimal(0)
    steps = program.weeks - 1 if step else 0
    highest = load.percent.high + step * steps
    yield from _too_heavy(program, highest, path, source, label, lift=load.of, stepped=steps > 0)


def _planned_over_the_max(
    program: Program,
    sets: list[PlannedSet],
    path: KeyPath,
    source: SourceDocument,
    label: str,
    *,
    lift: str | None = None,
) -> Iterator[Problem]:
    """`lift`, the lift of the sets; None for a wave, which any lift may follow."""
    for position, planned in enumerate(sets):
        if planned.percent is not None:
            at = (*path, position, "percent")
            yield from _too_heavy(program, planned.percent.high, at, source, label, lift=lift)


def _too_heavy(
    program: Program,
    percent: Decimal,
    path: KeyPath,
    source: SourceDocument,
    label: str,
    *,
    lift: str | None,
    stepped: bool = False,
) -> Iterator[Problem]:
    by = " by the last week, with its steps," if stepped else ""
    tm = program.training_max
    if tm is not None and (lift is None or tm.covers(lift)) and percent > 100:
        yield source.problem(
            path,
            f"{label}: {percent} %{by} is more than the training max the program's percentages "
            f"are of ({tm.percent} % of the 1RM); at most 100 %",
            "percentage over the training max",
        )
    elif percent > MAX_PERCENT:
        yield source.problem(
            path,
            f"{label}: {percent} %{by} of a 1RM is more than {MAX_PERCENT} %",
            "percentage over the training max",
        )


def _superset_problems(
    entries: list[SessionEntry], where: KeyPath, label: str, s: int, source: SourceDocument
) -> Iterator[Problem]:
    """A group letter names two or three entries in a row, once per session."""
    seen: set[str] = set()
    position = 0
    for letter, run in groupby(entries, key=lambda entry: entry.group):
        size = len(list(run))
        first = position
        position += size
        if letter is None:
            continue
        path: KeyPath = (*where, "exercises", first, "group")
        at = f"{label}: sessions[{s}].exercises[{first}].group"
        if letter in seen:
            yield source.problem(
                path,
                f"{at}: group '{letter}' is used again after other exercises; "
                "the exercises of a superset follow each other",
                "superset apart",
            )
        elif size not in SUPERSET_SIZES:
            yield source.problem(
                path,
                f"{at}: group '{letter}' has {size} exercise{'s' * (size != 1)}; a superset is "
                "two or three exercises in a row",
                "superset of the wrong size",
            )
        seen.add(letter)


def _one_week(source: SourceDocument, path: KeyPath, label: str) -> Problem:
    return source.problem(
        path,
        f"{label}: the program has one week; set weeks = N on the program first",
        "progression in a one-week program",
    )


def _weeks(count: int) -> str:
    return f"{count} week{'s' * (count != 1)}"
