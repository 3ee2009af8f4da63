"""The published data: exercises.json and its schemas in the built site, faithful to exercises.toml."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
import yaml

from generator.catalogue.model import DistanceRange, DurationRange, IntRange, PercentRange
from generator.catalogue.model.intensity import AddedKg
from generator.site.open_data import as_toml
from tests.conftest import ROOT

SITE_URL: str = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))["site_url"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (IntRange.model_validate(8), 8),
        (IntRange.model_validate([6, 10]), [6, 10]),
        (PercentRange.model_validate([Decimal("72.5"), 100]), [72.5, 100]),
        (DurationRange.model_validate([20, 40]), [20, 40]),
        (DistanceRange.model_validate(30), 30),
        (AddedKg.model_validate([Decimal("2.5"), 5]), [2.5, 5]),
    ],
)
def test_ranges_are_published_as_exercises_toml_writes_them(value: Any, expected: Any) -> None:
    assert as_toml(value) == expected


def test_the_licences_are_in_the_repository_and_named_in_the_readme() -> None:
    assert (ROOT / "LICENSE").read_text("utf-8").startswith("The MIT License (MIT)")
    content = (ROOT / "LICENSE-CONTENT").read_text("utf-8")
    assert content.startswith("Attribution-ShareAlike 4.0 International")
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "LICENSE-CONTENT" in readme and "CC BY-SA 4.0" in readme
    assert "[`LICENSE`](LICENSE)" in readme and "MIT" in readme
