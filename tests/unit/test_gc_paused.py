"""The cycle collector is paused by the adapters, only while a catalogue is parsed and rendered: a
build (or a `mkdocs serve` session that rebuilds for hours) must leave it as it found it, even on bad
input. The core itself never touches the process-wide switch."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

import generator.catalogue.load
import generator.engines.cli.commands
import generator.engines.mkdocs_plugin.plugin
import generator.engines.mkdocs_plugin.site_maker
import generator.site.pages
from generator.catalogue.load import load_catalog, parse_catalog
from generator.catalogue.problems import CatalogError
from generator.engines.gc_paused import gc_paused
from generator.engines.mkdocs_plugin.site_maker import Sources
from generator.site.pages import render_site
from tests.conftest import ROOT, copy_project

BAD = "[[exercises]]\nid = 'x'\nname = \n"


@pytest.fixture
def collector_restored() -> Iterator[None]:
    was_enabled = gc.isenabled()
    yield
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


def _recording(
    monkeypatch: pytest.MonkeyPatch, module: object, name: str = "load_catalog"
) -> list[bool]:
    """Replace `module.name` with the same function that notes whether collection was enabled."""
    seen: list[bool] = []
    real: Callable[..., Any] = getattr(module, name)

    def recorded(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, recorded)
    return seen


def test_the_core_leaves_collection_as_it_finds_it(
    monkeypatch: pytest.MonkeyPatch, collector_restored: None
) -> None:
    gc.enable()
    parsing = _recording(monkeypatch, generator.catalogue.load, "parse_toml")
    rendering = _recording(monkeypatch, generator.site.pages, "_rendering")
    pages = render_site(load_catalog(ROOT / "exercises.toml"))
    assert "exercises/romanian-deadlift.md" in pages
    assert parsing == rendering == [True]
    assert gc.isenabled()
    with pytest.raises(CatalogError):
        parse_catalog(BAD, "exercises.toml")
    assert gc.isenabled()


@pytest.mark.parametrize("command", ["check", "build"])
def test_the_cli_pauses_collection_while_it_builds(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collector_restored: None
) -> None:
    gc.enable()
    seen = _recording(monkeypatch, generator.engines.cli.commands)
    # Printing is tests/build's (the sheets' PDFs are printed after the collector is back on).
    monkeypatch.setattr("generator.engines.pdf.html_to_pdf", lambda html: b"%PDF-")
    source = tmp_path / "exercises.toml"
    shutil.copy(ROOT / "exercises.toml", source)
    args = [command, str(source)] + (["--out", str(tmp_path / "out")] if command == "build" else [])
    result = CliRunner().invoke(generator.engines.cli.commands.main, args)
    assert result.exit_code == 0, result.output
    assert seen == [False]
    assert gc.isenabled()


def test_the_cli_resumes_collection_after_a_mistake(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collector_restored: None
) -> None:
    gc.enable()
    seen = _recording(monkeypatch, generator.engines.cli.commands)
    source = tmp_path / "exercises.toml"
    source.write_text(BAD, "utf-8")
    result = CliRunner().invoke(generator.engines.cli.commands.main, ["check", str(source)])
    assert result.exit_code == 1
    assert seen == [False]
    assert gc.isenabled()


def test_the_plugin_pauses_collection_and_resumes_it_after_a_mistake(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collector_restored: None
) -> None:
    gc.enable()
    seen = _recording(monkeypatch, generator.engines.mkdocs_plugin.site_maker)
    rendered = _recording(monkeypatch, generator.engines.mkdocs_plugin.site_maker, "build_site")
    project = copy_project(tmp_path)
    (project / "exercises.toml").write_text(BAD, "utf-8")
    config = load_config(config_file=str(project / "mkdocs.yml"))
    with pytest.raises(PluginError):
        config.plugins.on_pre_build(config=config)
    assert seen == [False]
    assert rendered == []
    assert gc.isenabled()


def test_the_plugin_renders_with_collection_paused(
    monkeypatch: pytest.MonkeyPatch, collector_restored: None
) -> None:
    """The plugin's own step, without printing the sheets."""
    gc.enable()
    rendered = _recording(monkeypatch, generator.engines.mkdocs_plugin.site_maker, "build_site")
    config = load_config(config_file=str(ROOT / "mkdocs.yml"))
    plugin = generator.engines.mkdocs_plugin.plugin.ExerciseGuidePlugin()
    plugin.load_config({})
    site = generator.engines.mkdocs_plugin.site_maker.SiteMaker().site(
        config, Sources.of(config, plugin.config)
    )
    assert "exercises/romanian-deadlift.md" in site.pages
    assert rendered == [False]
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
