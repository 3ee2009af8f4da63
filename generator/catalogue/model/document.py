"""The whole of exercises.toml: settings, the sources the facts come from, exercises and programs."""

from __future__ import annotations

from pydantic import AnyHttpUrl, Field

from generator.catalogue.model.exercises import Exercise
from generator.catalogue.model.fields import ShortText, Slug, Strict, Text
from generator.catalogue.model.programs import Program
from generator.catalogue.model.settings import Settings


class Source(Strict):
    """A published work that the facts on a page come from."""

    title: Text
    """The title of the article, book or study, as published."""
    author: ShortText
    """Who wrote it, with credentials if the source gives them ("Mike Dewar, CSCS")."""
    publisher: ShortText
    """The website, journal or publisher that published it."""
    url: AnyHttpUrl | None = Field(
        default=None, description="Leave out rather than guess when the address is not known."
    )


class Document(Strict):
    """The whole of exercises.toml."""

    settings: Settings = Field(default_factory=Settings)
    """Units, bars and plates used for the load tables."""
    sources: dict[Slug, Source] = Field(default_factory=dict)
    """The published works the facts come from, each under its own id: [sources.<id>]."""
    # The guide is meant to grow for years; benchmarks/scale.py measures 10,000 exercises.
    exercises: list[Exercise] = Field(min_length=1, max_length=20_000)
    """Every exercise of the guide, one [[exercises]] table each."""
    programs: list[Program] = Field(default_factory=list, max_length=200)
    """Training programs built from the exercises, one [[programs]] table each."""
