"""The program builder's page and the published schema of a program (pages/builder.py,
open_data.py): the page is made with what its script needs, and program.schema.json takes the
real program of exercises.toml as the builder exports it, and refuses a broken one."""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest

from generator.catalogue.load import load_catalog
from generator.catalogue.model.ids import RESERVED_IDS
from generator.site.build import build_site
from generator.site.open_data import as_toml
from generator.site.pages import render_site
from generator.site.paths import (
    BUILDER_DATA_FILE,
    BUILDER_PAGE,
    PROGRAM_SCHEMA_FILE,
    SERVICE_WORKER,
    in_nav,
)
from tests.conftest import ROOT

SITE_URL = "https://example.org/guide/"


@pytest.fixture(scope="module")
def site() -> Any:
    return build_site(load_catalog(ROOT / "exercises.toml"), site_url=SITE_URL)


@pytest.fixture(scope="module")
def schema(site: Any) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(site.data[PROGRAM_SCHEMA_FILE])
    return schema


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    """What `jsonschema.validate` makes each call (checking the schema itself first), made once."""
    return jsonschema.Draft202012Validator(schema)


def the_real_program() -> dict[str, Any]:
    """The program of exercises.toml, as the builder's JSON export writes it."""
    program = load_catalog(ROOT / "exercises.toml").programs[0]
    return {"$schema": f"{SITE_URL}{PROGRAM_SCHEMA_FILE}", **as_toml(program)}


def test_the_builder_page_is_made_and_in_the_navigation() -> None:
    pages = render_site(load_catalog(ROOT / "exercises.toml"))
    assert BUILDER_PAGE in pages
    assert pages[BUILDER_PAGE].startswith("---\ntitle: Build a program\n")
    assert in_nav(BUILDER_PAGE)
    assert "[program builder](builder.md)" in pages["programs/index.md"]


def test_the_service_worker_saves_the_builder_and_the_load_data_it_reads(site: Any) -> None:
    worker = site.data[SERVICE_WORKER]
    assert '"./programs/builder/"' in worker
    assert '"./assets/loads.json"' in worker
    assert '"./assets/builder.json"' in worker


def test_the_builder_page_carries_the_catalogue_and_the_rules_of_a_program(site: Any) -> None:
    assert 'data-src="../assets/builder.json"' in site.pages[BUILDER_PAGE]
    data = json.loads(site.pages[BUILDER_DATA_FILE])
    rdl = next(e for e in data["exercises"] if e["id"] == "romanian-deadlift")
    assert rdl["name"] == "Romanian deadlift" and "RDL" in rdl["aliases"]
    assert data["sources"][0] == "dewar-lower-back"
    assert "lower-back-assistance" in data["takenIds"]  # its TOML would be a duplicate id
    assert set(RESERVED_IDS) <= set(data["takenIds"])
    assert data["limits"]["sessions"] == 14
    assert data["limits"]["entries"] == 8
    assert data["limits"]["sets"] == 8
    assert data["schema"] == f"{SITE_URL}{PROGRAM_SCHEMA_FILE}"


def test_a_name_with_markup_is_data_for_the_builder_and_text_in_its_page(tmp_path: Any) -> None:
    text = (ROOT / "exercises.toml").read_text("utf-8")
    hostile = "</script><img src=x onerror=alert(1)> & co"
    text = text.replace('name = "Romanian deadlift"', f'name = "{hostile}"', 1)
    (tmp_path / "exercises.toml").write_text(text, "utf-8")
    (tmp_path / "vocabulary.toml").write_text(
        (ROOT / "vocabulary.toml").read_text("utf-8"), "utf-8"
    )
    pages = render_site(load_catalog(tmp_path / "exercises.toml"))
    names = [e["name"] for e in json.loads(pages[BUILDER_DATA_FILE])["exercises"]]
    assert hostile in names
    assert "<img" not in pages[BUILDER_PAGE]  # in the page's options it is escaped text
    assert "&#60;img src=x onerror=alert(1)&#62; &#38; co" in pages[BUILDER_PAGE]


def test_the_program_schema_is_valid_and_takes_the_real_program(
    schema: dict[str, Any], validator: jsonschema.Draft202012Validator
) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    validator.validate(the_real_program())


@pytest.mark.parametrize(
    ("breakage", "words"),
    [
        (lambda p: p.pop("sources"), "'sources' is a required property"),
        (lambda p: p["sessions"].clear(), "should be non-empty"),
        (lambda p: p["sessions"][0]["exercises"][0].update(sets=9), "9 is not valid"),
        (lambda p: p["sessions"][0]["exercises"][0].update(sets="three"), "is not valid"),
        (lambda p: p.update(colour="red"), "Additional properties are not allowed"),
        (lambda p: p["sessions"][0].update(exercises=[{}] * 9), "is too long"),
    ],
    ids=["no sources", "no sessions", "nine sets", "sets in words", "unknown key", "9 entries"],
)
def test_the_program_schema_refuses_a_broken_program(
    validator: jsonschema.Draft202012Validator, breakage: Any, words: str
) -> None:
    broken = copy.deepcopy(the_real_program())
    breakage(broken)
    refused = jsonschema.exceptions.best_match(validator.iter_errors(broken))  # as validate says it
    assert refused is not None
    assert words in str(refused)
