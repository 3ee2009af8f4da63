"""The search index tuned for exercises (generator/search_index.py): aliases as titles, tags once."""

from __future__ import annotations

from generator.search_index import for_exercises

TAGS = ["Pattern/Squat", "Muscle/Glutes"]


def index(*docs: dict[str, object]) -> dict[str, object]:
    return {"config": {"lang": ["en"]}, "docs": list(docs)}


def test_an_exercise_gets_a_section_titled_with_its_aliases_after_its_page() -> None:
    tuned = for_exercises(
        index(
            {"location": "exercises/back-squat/", "title": "Back squat", "text": "", "tags": TAGS},
            {"location": "exercises/back-squat/#cues", "title": "Cues", "text": "", "tags": TAGS},
            {"location": "safety/", "title": "Safety", "text": ""},
        ),
        {"exercises/back-squat/": ["Barbell back squat", "High-bar squat"]},
    )
    assert tuned["config"] == {"lang": ["en"]}
    assert tuned["docs"] == [
        {"location": "exercises/back-squat/", "title": "Back squat", "text": "", "tags": TAGS},
        {
            "location": "exercises/back-squat/#also-called",
            "title": "Barbell back squat, High-bar squat",
            "text": "",
        },
        {"location": "exercises/back-squat/#cues", "title": "Cues", "text": ""},
        {"location": "safety/", "title": "Safety", "text": ""},
    ]


def test_an_exercise_without_aliases_gets_no_section_but_loses_its_repeated_tags() -> None:
    tuned = for_exercises(
        index(
            {"location": "exercises/clean/", "title": "Clean", "text": "", "tags": TAGS},
            {"location": "exercises/clean/#cues", "title": "Cues", "text": "", "tags": TAGS},
        ),
        {"exercises/clean/": []},
    )
    assert [d["location"] for d in tuned["docs"]] == ["exercises/clean/", "exercises/clean/#cues"]
    assert "tags" not in tuned["docs"][1]


def test_pages_that_are_not_exercises_keep_their_tags() -> None:
    docs = [{"location": "notes/#part", "title": "Part", "text": "", "tags": TAGS}]
    assert for_exercises(index(*docs), {"exercises/clean/": []})["docs"] == docs


def test_an_alias_that_looks_like_html_stays_text() -> None:
    """Material shows titles as HTML; an alias comes from a contributor."""
    tuned = for_exercises(
        index({"location": "exercises/x/", "title": "X", "text": ""}),
        {"exercises/x/": ['<img src=x onerror="alert(1)">', "Tom & Jerry"]},
    )
    assert tuned["docs"][1]["title"] == '&lt;img src=x onerror="alert(1)"&gt;, Tom &amp; Jerry'
