"""The checks between the entries of a catalogue: the ids an entry names exist, no two entries share
an id or a name, substitutes are pinned and ruled out among real exercises, sources are declared.
No I/O.

They run on every entry that is valid on its own, even when others are not, so a file with a typo
in one exercise still has its other references checked in the same run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import ValidationError

from generator.catalogue.model import Document, Exercise, PercentIntensity, Program
from generator.catalogue.problems import Problem
from generator.catalogue.program_checks import program_problems
from generator.catalogue.source import KeyPath, SourceDocument
from generator.catalogue.suggest import likely_typo


def reference_problems(document: Document | None, source: SourceDocument) -> Iterator[Problem]:
    """Every problem of the references between the entries of `source`: of the whole `document`
    when it is valid, else of each entry that is valid on its own."""
    return _reference_problems(_References.of(document, source.data), source)


@dataclass(frozen=True)
class _References:
    """What the reference checks need: the entries that are valid on their own, at their index in
    the file, and every id the file declares (an exercise with a typo elsewhere still exists)."""

    exercises: list[tuple[int, Exercise]]
    programs: list[tuple[int, Program]]
    exercise_ids: list[str]
    program_ids: list[str]
    source_ids: list[str]

    @classmethod
    def of(cls, document: Document | None, data: dict[str, Any]) -> _References:
        if document is not None:
            return cls(
                list(enumerate(document.exercises)),
                list(enumerate(document.programs)),
                [exercise.id for exercise in document.exercises],
                [program.id for program in document.programs],
                list(document.sources),
            )
        raw_exercises = _entries(data, "exercises")
        raw_programs = _entries(data, "programs")
        sources = data.get("sources")
        return cls(
            _valid_entries(Exercise, raw_exercises),
            _valid_entries(Program, raw_programs),
            [_raw_id(entry) for entry in raw_exercises],
            [_raw_id(entry) for entry in raw_programs],
            list(sources) if isinstance(sources, dict) else [],
        )


def _entries(data: dict[str, Any], collection: str) -> list[Any]:
    entries = data.get(collection)
    return entries if isinstance(entries, list) else []


def _raw_id(entry: Any) -> str:
    entry_id = entry.get("id") if isinstance(entry, dict) else None
    return entry_id if isinstance(entry_id, str) else ""


_Entry = TypeVar("_Entry", Exercise, Program)


def _valid_entries(model: type[_Entry], entries: list[Any]) -> list[tuple[int, _Entry]]:
    valid = []
    for index, entry in enumerate(entries):
        try:
            valid.append((index, model.model_validate(entry)))
        except ValidationError:
            continue  # already reported by the validation of the whole document
    return valid


def _reference_problems(refs: _References, source: SourceDocument) -> Iterator[Problem]:
    yield from _duplicate_ids("exercises", refs.exercise_ids, source)
    ids = set(refs.exercise_ids)  # a set: a list lookup per reference made checking quadratic
    for index, exercise in refs.exercises:
        yield from _exercise_references(index, exercise, ids, refs.source_ids, source)
    yield from _duplicate_names("exercises", refs.exercises, source)
    yield from _duplicate_ids("programs", refs.program_ids, source)
    yield from _duplicate_names("programs", refs.programs, source)
    for index, program in refs.programs:
        yield from _program_references(index, program, ids, refs.source_ids, source)
        yield from program_problems(index, program, source)


def _duplicate_ids(collection: str, ids: list[str], source: SourceDocument) -> Iterator[Problem]:
    kind = collection.removesuffix("s")
    first_index: dict[str, int] = {}
    for index, entry_id in enumerate(ids):
        if not entry_id:
            continue  # an entry without a valid id is reported by the validation
        if entry_id not in first_index:
            first_index[entry_id] = index
            continue
        line, _ = source.position((collection, first_index[entry_id]))
        yield source.problem(
            (collection, index, "id"),
            f"{kind} '{entry_id}': the id '{entry_id}' is already used by the {kind} "
            f"at line {line}; each {kind} needs its own id",
            "duplicate id",
        )


def _duplicate_names(
    collection: str, entries: Sequence[tuple[int, Exercise | Program]], source: SourceDocument
) -> Iterator[Problem]:
    """Names and aliases find one entry each in search and on the page, so none may repeat,
    whatever its case ("RDL" and "rdl" are one name)."""
    kind = collection.removesuffix("s")
    first: dict[str, tuple[str, str, KeyPath]] = {}  # folded name -> (entry id, role, path)
    seen_ids: set[str] = set()
    for index, entry in entries:
        if entry.id in seen_ids:
            continue  # a repeated entry is reported once, as a duplicate id
        seen_ids.add(entry.id)
        names: list[tuple[str, KeyPath, str]] = [("name", (collection, index, "name"), entry.name)]
        for position, alias in enumerate(getattr(entry, "aliases", [])):
            names.append((f"aliases[{position}]", (collection, index, "aliases", position), alias))
        for field_path, path, name in names:
            folded = name.casefold()
            if folded not in first:
                role = "the name" if field_path == "name" else "an alias"
                first[folded] = (entry.id, role, path)
                continue
            other_id, role, other_path = first[folded]
            owner = f"this {kind}" if other_id == entry.id else f"{kind} '{other_id}'"
            line, _ = source.position(other_path)
            yield source.problem(
                path,
                f"{kind} '{entry.id}': {field_path}: '{name}' is already {role} of {owner} "
                f"(line {line}); names and aliases must be unique, ignoring case",
                "name or alias used twice",
            )


def _program_references(
    index: int, program: Program, ids: set[str], source_ids: list[str], source: SourceDocument
) -> Iterator[Problem]:
    """Every exercise, reference lift and source a program names must exist."""
    label = f"program '{program.id}'"
    for s, session in enumerate(program.sessions):
        for e, entry in enumerate(session.exercises):
            path: KeyPath = ("programs", index, "sessions", s, "exercises", e)
            field_path = f"{label}: sessions[{s}].exercises[{e}]"
            if _missing(entry.exercise, ids):
                yield _unknown(
                    source,
                    (*path, "exercise"),
                    f"{field_path}.exercise",
                    entry.exercise,
                    ids,
                    kind="exercise",
                )
            lifts: list[tuple[KeyPath, str]] = []
            if isinstance(entry.load, PercentIntensity):
                lifts.append(((*path, "load", "of"), entry.load.of))
            if entry.of is not None:
                lifts.append(((*path, "of"), entry.of))
            for week, values in enumerate(entry.by_week or []):
                if isinstance(values.load, PercentIntensity):
                    lifts.append(((*path, "by_week", week, "load", "of"), values.load.of))
            for lift_path, lift in lifts:
                if _missing(lift, ids):
                    yield _unknown(
                        source,
                        lift_path,
                        f"{field_path}.{_dotted(lift_path[len(path) :])}",
                        lift,
                        ids,
                        kind="exercise",
                    )
    for position, lift in enumerate(program.training_max.lifts if program.training_max else []):
        if _missing(lift, ids):
            at: KeyPath = ("programs", index, "training_max", "lifts", position)
            yield _unknown(
                source, at, f"{label}: training_max.lifts[{position}]", lift, ids, kind="exercise"
            )
    yield from _source_references(("programs", index), label, program.sources, source_ids, source)


def _exercise_references(
    index: int, exercise: Exercise, ids: set[str], source_ids: list[str], source: SourceDocument
) -> Iterator[Problem]:
    """Every id an exercise names must exist: related, variations, substitutes pinned or ruled out,
    exercises it is not a duplicate of, reference lifts, sources."""
    label = f"exercise '{exercise.id}'"
    named: list[tuple[KeyPath, str, str]] = []  # (location, field path, id)
    for key in ("related", "variations", "substitutes", "not_substitutes", "not_duplicates"):
        for position, target in enumerate(getattr(exercise, key)):
            named.append((("exercises", index, key, position), f"{key}[{position}]", target))
    if exercise.prescription:
        for position, intensity in enumerate(exercise.prescription.intensity):
            if isinstance(intensity, PercentIntensity):
                path: KeyPath = ("exercises", index, "prescription", "intensity", position, "of")
                named.append((path, f"prescription.intensity[{position}].of", intensity.of))
    for path, field_path, target in named:
        if target == exercise.id and "intensity" not in path:  # a percentage of its own 1RM is fine
            message = f"{label}: {field_path}: an exercise cannot refer to itself"
            yield source.problem(path, message, "exercise naming itself")
        elif _missing(target, ids):
            yield _unknown(source, path, f"{label}: {field_path}", target, ids, kind="exercise")
    yield from _pinned_and_ruled_out(index, exercise, source)
    yield from _source_references(("exercises", index), label, exercise.sources, source_ids, source)


def _pinned_and_ruled_out(
    index: int, exercise: Exercise, source: SourceDocument
) -> Iterator[Problem]:
    """A substitute cannot be both pinned and ruled out: the contributor must say which."""
    pinned = set(exercise.substitutes)
    for position, target in enumerate(exercise.not_substitutes):
        if target in pinned:
            yield source.problem(
                ("exercises", index, "not_substitutes", position),
                f"exercise '{exercise.id}': not_substitutes[{position}]: '{target}' is also in "
                "substitutes; keep it in one of the two",
                "substitute pinned and ruled out",
            )


def _dotted(path: KeyPath) -> str:
    """`("by_week", 2, "load", "of")` as `by_week[2].load.of`."""
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")


def _missing(target: str, ids: set[str]) -> bool:
    """No exercise has this id. When one has no readable id it may be the one meant, and its
    missing id is already reported: one mistake, one message."""
    return target not in ids and "" not in ids


def _source_references(
    where: KeyPath, label: str, named: list[str], source_ids: list[str], source: SourceDocument
) -> Iterator[Problem]:
    for position, source_id in enumerate(named):
        if source_id not in source_ids:
            path = (*where, "sources", position)
            field_path = f"{label}: sources[{position}]"
            yield _unknown(source, path, field_path, source_id, source_ids, kind="source")


def _unknown(
    source: SourceDocument,
    path: KeyPath,
    field_path: str,
    value: str,
    choices: Iterable[str],
    *,
    kind: str,
) -> Problem:
    message = f"{field_path}: there is no {kind} with the id '{value}'"
    meant = likely_typo(value, choices)
    if meant:
        message += f"; did you mean '{meant}'?"
    elif kind == "source":
        message += "; add it under [sources.<id>] first"
    return source.problem(path, message, f"unknown {kind} id")
