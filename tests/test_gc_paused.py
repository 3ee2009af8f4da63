"""The cycle collector is paused only while a catalogue is parsed and rendered: a build (or a
`mkdocs serve` session that rebuilds for hours) must leave it as it found it, even on bad input."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from generator.catalog import load_catalog, parse_catalog
from generator.errors import CatalogError
from generator.gc_paused import gc_paused
from generator.render import render_site

from .conftest import ROOT


@pytest.fixture
def collector_restored() -> Iterator[None]:
    was_enabled = gc.isenabled()
    yield
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


def test_collection_resumes_after_a_build(collector_restored: None) -> None:
    gc.enable()
    pages = render_site(load_catalog(ROOT / "exercises.toml"))
    assert "exercises/romanian-deadlift.md" in pages
    assert gc.isenabled()


def test_collection_resumes_after_a_mistake(collector_restored: None) -> None:
    gc.enable()
    with pytest.raises(CatalogError):
        parse_catalog("[[exercises]]\nid = 'x'\nname = \n", "exercises.toml")
    assert gc.isenabled()


def test_collection_stays_off_where_the_caller_turned_it_off(collector_restored: None) -> None:
    gc.disable()
    with gc_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_collection_is_paused_inside(collector_restored: None) -> None:
    gc.enable()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
