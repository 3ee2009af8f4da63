"""What of the catalogue a translation translates: every text, by the key path a translation file
writes it under (translations/<language>.toml, read in translations.py). No I/O."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.catalogue.model.vocabulary import KINDS

if TYPE_CHECKING:
    from generator.catalogue.load import Catalog
    from generator.catalogue.model import Exercise, Program
    from generator.catalogue.source import KeyPath


def english_texts(catalog: Catalog) -> dict[KeyPath, str]:
    """Every text of the catalogue a translation may translate, by the key path a translation
    file writes it under (`("exercises", "clean", "cues", 2)`)."""
    texts: dict[KeyPath, str] = {}
    for exercise in catalog.exercises:
        texts.update(_exercise_texts(exercise, ("exercises", exercise.id)))
    for program in catalog.programs:
        texts.update(_program_texts(program, ("programs", program.id)))
    for kind in KINDS:
        for word_id, word in catalog.vocabulary.words(kind).items():
            at: KeyPath = ("vocabulary", kind.table, word_id)
            texts[(*at, "name")] = word.name
            if word.description:
                texts[(*at, "description")] = word.description
    return texts


def _exercise_texts(exercise: Exercise, at: KeyPath) -> dict[KeyPath, str]:
    texts = {(*at, "name"): exercise.name, (*at, "summary"): exercise.summary}
    if exercise.placement:
        texts[(*at, "placement")] = exercise.placement
    texts.update({(*at, "cues", i): cue for i, cue in enumerate(exercise.cues)})
    for i, fault in enumerate(exercise.faults):
        texts[(*at, "faults", i)] = fault_text(fault.fault, fault.fix)
    texts.update({(*at, "safety", i): note for i, note in enumerate(exercise.safety)})
    texts.update({(*at, "goals", i): goal for i, goal in enumerate(exercise.goals)})
    if prescription := exercise.prescription:
        for field in ("tempo", "pause", "rest"):
            if said := getattr(prescription, field):
                texts[(*at, f"prescription_{field}")] = said
        notes = enumerate(prescription.notes)
        texts.update({(*at, "prescription_notes", i): note for i, note in notes})
    return texts


def _program_texts(program: Program, at: KeyPath) -> dict[KeyPath, str]:
    texts = {(*at, "name"): program.name, (*at, "goal"): program.goal}
    texts.update({(*at, "notes", i): note for i, note in enumerate(program.notes)})
    texts.update({(*at, "week_names", i): n for i, n in enumerate(program.week_names)})
    for s, session in enumerate(program.sessions):
        texts[(*at, "sessions", s, "name")] = session.name
        texts.update({(*at, "sessions", s, "notes", i): n for i, n in enumerate(session.notes)})
        for e, entry in enumerate(session.exercises):
            for field in ("rest", "cue"):
                if said := getattr(entry, field):
                    texts[(*at, "sessions", s, "exercises", e, field)] = said
    return texts


def fault_text(fault: str, fix: str) -> str:
    """The English a fault's translation is of: the fault and its fix together."""
    return f"{fault}\n{fix}"
