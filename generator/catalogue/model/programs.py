"""A program of exercises.toml: sessions of the catalogue's exercises, printed one page per session."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, Tag, field_validator

from generator.catalogue.model.exercises import DescribedIntensity, PercentIntensity, intensity_kind
from generator.catalogue.model.fields import ShortText, Slug, Strict, Text, tagged
from generator.catalogue.model.ids import EntryId
from generator.catalogue.model.ranges import IntRange
from generator.catalogue.wording import invalid

AS_PRESCRIBED: Literal["as-prescribed"] = "as-prescribed"
MAX_SETS_ON_SHEET = 8
MAX_ENTRIES_PER_SESSION = 8


def _load_kind(value: Any) -> str | None:
    if isinstance(value, str):
        return "as-prescribed"
    return intensity_kind(value)


_NOT_A_LOAD = (
    'a load is { of = "clean", percent = [70, 80] }, '
    '{ describe = "moderate" } or "as-prescribed" (the exercise page\'s own prescription)'
)
ProgramLoad = Annotated[
    Annotated[PercentIntensity, Tag("percent")]
    | Annotated[DescribedIntensity, Tag("described")]
    | Annotated[Literal["as-prescribed"], Tag("as-prescribed")],
    tagged(_load_kind, "not a load", _NOT_A_LOAD),
]


class SessionEntry(Strict):
    """One row of a program sheet: an exercise with its sets, reps, rest and load."""

    exercise: Slug = Field(description="Id of an exercise of the catalogue.")
    sets: IntRange = Field(description="Sets; the sheet prints one box per set.")
    reps: IntRange
    """Repetitions per set: `8` or a range such as `[6, 10]`."""
    rest: ShortText | None = None
    """Rest between sets, e.g. "90 seconds"."""
    load: ProgramLoad = Field(
        default=AS_PRESCRIBED,
        description="A percentage of a reference lift, a load in words, or the exercise page's own.",
    )
    cue: Text | None = Field(
        default=None,
        description="The one cue printed on the sheet; by default the exercise's first cue.",
    )
    note: ShortText | None = Field(default=None, description="Printed in the notes column.")

    @field_validator("sets")
    @classmethod
    def _sets_fit_the_sheet(cls, sets: IntRange) -> IntRange:
        if sets.high > MAX_SETS_ON_SHEET:
            raise invalid(
                "too many sets for a sheet",
                f"{sets.high} sets do not fit on a sheet: at most {MAX_SETS_ON_SHEET} per exercise",
            )
        return sets


class Session(Strict):
    """One training session: one printed page."""

    name: ShortText
    """What the session is called on its sheet: "Day 1: hinge"."""
    notes: list[Text] = Field(default_factory=list, max_length=4)
    """Notes printed under the session's title: warm-up, order, how to progress."""
    exercises: list[SessionEntry] = Field(
        min_length=1,
        max_length=MAX_ENTRIES_PER_SESSION,
        description="In the order they are done; at most 8, so the session prints on one page.",
    )


class Program(Strict):
    """A training program: sessions of exercises from the catalogue, printed one page per session."""

    id: EntryId = Field(
        description="Lower-case words joined by hyphens; the page is programs/<id>/."
    )
    name: ShortText
    """The program's title."""
    goal: Text
    """Who the program is for and what it builds, in a sentence or two."""
    notes: list[Text] = Field(default_factory=list, max_length=10)
    """How to run the program: how often, how to progress, when to stop."""
    sessions: list[Session] = Field(min_length=1, max_length=14)
    """The training sessions, in order; each prints as one page."""
    sources: list[Slug] = Field(
        min_length=1, max_length=10, description="Ids of entries in [sources]."
    )
    source_note: Text | None = Field(
        default=None, description="Where the program goes beyond its sources, say so here."
    )
