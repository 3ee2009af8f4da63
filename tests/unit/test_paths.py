"""Where each generated file sits and the address a page reaches it at: generator/site/paths.py, the
one place that says so for templates, both engines and the service worker."""

from __future__ import annotations

import pytest

from generator.catalogue.model.ids import MUSCLES_INDEX_ID
from generator.site.paths import (
    LOADS_FILE,
    MUSCLES_INDEX,
    address_from_page,
    exercise_page,
    from_page,
    linked_file,
    muscle_page,
    page_url,
)


@pytest.mark.parametrize(
    ("path", "directory", "flat"),
    [
        ("exercises/clean.md", "exercises/clean/", "exercises/clean.html"),
        ("index.md", "", "index.html"),
        ("programs/index.md", "programs/", "programs/index.html"),
    ],
)
def test_a_page_has_the_address_the_engines_give_it(path: str, directory: str, flat: str) -> None:
    assert page_url(path) == directory
    assert page_url(path, use_directory_urls=False) == flat


@pytest.mark.parametrize(
    "page", ["exercises/clean.md", "index.md", "muscles/glutes.md", "programs/index.md"]
)
def test_a_link_written_relative_to_a_page_names_the_file_again(page: str) -> None:
    assert linked_file(from_page(LOADS_FILE, page), page) == LOADS_FILE
    assert linked_file(from_page(exercise_page("deadlift"), page), page) == "exercises/deadlift.md"


@pytest.mark.parametrize(
    ("path", "page", "directory", "flat"),
    [
        (LOADS_FILE, "exercises/clean.md", "../../assets/loads.json", "../assets/loads.json"),
        (LOADS_FILE, "index.md", "assets/loads.json", "assets/loads.json"),
        ("exercises/deadlift.md", "exercises/clean.md", "../deadlift", "deadlift.html"),
        ("index.md", "programs/index.md", "..", "../index.html"),
    ],
)
def test_a_file_is_addressed_from_a_page_as_a_browser_resolves_it(
    path: str, page: str, directory: str, flat: str
) -> None:
    assert address_from_page(path, page) == directory
    assert address_from_page(path, page, use_directory_urls=False) == flat


def test_no_muscle_may_take_the_page_that_lists_the_muscles() -> None:
    """The catalogue refuses the muscle id MUSCLES_INDEX_ID because its page would be this one."""
    assert muscle_page(MUSCLES_INDEX_ID) == MUSCLES_INDEX
