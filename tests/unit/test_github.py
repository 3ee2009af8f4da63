"""The repository's GitHub side: workflows, issue form and Dependabot are valid and locked down,
and the issue form asks for what the Exercise model needs, in the model's own words."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from generator.catalogue.load_vocabulary import default_vocabulary
from generator.catalogue.model import Exercise
from generator.catalogue.model.vocabulary import (
    EQUIPMENT,
    LEVELS,
    MECHANICS,
    MUSCLES,
    PATTERNS,
    Kind,
)
from tests.conftest import ROOT

GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
ISSUE_FORM = GITHUB / "ISSUE_TEMPLATE" / "new-exercise.yml"
# Tools installed by `make test` into the same environment as the interpreter running the tests.
# Exercise fields the form leaves to maintainers, and why.
NOT_ASKED = {
    "load_table_rows": "table rows of a reference lift are a maintainer's layout choice",
}


def test_there_are_ci_and_pages_workflows() -> None:
    assert [path.name for path in WORKFLOWS] == ["ci.yml", "pages.yml"]


def form_fields() -> dict[str, dict[str, Any]]:
    """The issue form's questions by id (the markdown and the closing checkboxes have none)."""
    form = yaml.safe_load(ISSUE_FORM.read_text(encoding="utf-8"))
    return {element["id"]: element for element in form["body"] if "id" in element}


def model_field(form_id: str) -> str:
    """`muscles-primary` asks for part of `muscles`; other ids are the model's field names."""
    return form_id.partition("-")[0]


@pytest.mark.parametrize(
    ("form_id", "kind"),
    [
        ("pattern", PATTERNS),
        ("muscles-primary", MUSCLES),
        ("muscles-secondary", MUSCLES),
        ("equipment", EQUIPMENT),
        ("level", LEVELS),
        ("mechanic", MECHANICS),
    ],
)
def test_issue_form_dropdown_offers_exactly_the_vocabulary(form_id: str, kind: Kind) -> None:
    """A contributor picks words by the names pages show; vocabulary.toml holds them."""
    field = form_fields()[form_id]
    assert field["type"] == "dropdown"
    words = default_vocabulary().words(kind).values()
    assert field["attributes"]["options"] == [word.name for word in words]


def test_issue_form_asks_for_every_field_of_an_exercise() -> None:
    asked = {model_field(form_id) for form_id in form_fields()}
    assert asked - set(Exercise.model_fields) == set(), "form fields the model does not have"
    assert set(Exercise.model_fields) - asked == set(NOT_ASKED)


def test_issue_form_requires_what_the_model_requires() -> None:
    required_by_form = {
        model_field(form_id)
        for form_id, field in form_fields().items()
        if field.get("validations", {}).get("required", False)
    }
    required_by_model = {
        name for name, field in Exercise.model_fields.items() if field.is_required()
    }
    assert required_by_form == required_by_model
