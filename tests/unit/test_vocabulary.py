"""vocabulary.toml: the words a catalogue may use, which a site owner extends without Python."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.catalogue.load_vocabulary import (
    default_vocabulary,
    load_vocabulary,
    parse_vocabulary,
)
from generator.catalogue.model.vocabulary import EQUIPMENT, KINDS, MUSCLES
from generator.catalogue.problems import CatalogError
from tests.cli import generator
from tests.conftest import ROOT, copy_project

TRAP_BAR = '[equipment.trap-bar]\nname = "Trap bar"\nsynonyms = ["hex bar"]\n'


def vocabulary_problems(text: str) -> list[str]:
    with pytest.raises(CatalogError) as caught:
        parse_vocabulary(text, "vocabulary.toml")
    return [str(problem) for problem in caught.value.problems]


def minimal(extra: str = "") -> str:
    return (
        '[patterns.hinge]\nname = "Hinge"\n[muscles.glutes]\nname = "Glutes"\n'
        '[equipment.none]\nname = "No equipment"\n' + extra
    )


def test_the_projects_vocabulary_covers_real_catalogues() -> None:
    """The words the issue names as missing before, among them "no equipment" said as such."""
    vocabulary = default_vocabulary()
    for kind, words in {
        "equipment": [
            "cable-station",
            "machine",
            "ez-bar",
            "trap-bar",
            "medicine-ball",
            "stability-ball",
            "foam-roller",
            "bands",
            "pull-up-bar",
            "rings",
            "suspension-trainer",
            "sled",
            "box",
            "landmine",
            "none",
        ],
        "muscles": ["hip-abductors", "neck", "rotator-cuff", "obliques", "serratus", "tibialis"],
        "patterns": [
            "knee-flexion",
            "knee-extension",
            "elbow-flexion",
            "elbow-extension",
            "horizontal-push",
            "vertical-push",
            "horizontal-pull",
            "vertical-pull",
            "rotation",
            "anti-rotation",
            "stretch",
            "mobility",
            "jump",
            "conditioning",
        ],
        "levels": ["beginner", "intermediate", "advanced"],
        "mechanics": ["compound", "isolation"],
    }.items():
        assert set(words) <= set(getattr(vocabulary, kind)), kind
    assert vocabulary.name(EQUIPMENT, "none") == "No equipment"


def test_a_synonym_or_a_name_finds_its_word_whatever_the_case() -> None:
    vocabulary = default_vocabulary()
    assert vocabulary.word_for(EQUIPMENT, "Hex Bar") == "trap-bar"
    assert vocabulary.word_for(MUSCLES, "QUADS") == "quadriceps"
    assert vocabulary.word_for(MUSCLES, "Hip abductors") == "hip-abductors"
    assert vocabulary.word_for(MUSCLES, "hex bar") is None  # another kind's synonym


def test_every_kind_has_a_table_and_every_word_a_name() -> None:
    vocabulary = default_vocabulary()
    for kind in KINDS:
        words = vocabulary.words(kind)
        assert words, kind.table
        assert all(word.name for word in words.values())


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        pytest.param(
            TRAP_BAR + '[equipment.hex-bar]\nname = "Hex bar"\n',
            "vocabulary.toml:10:1: equipment.hex-bar: 'hex bar' also names the word 'trap-bar' "
            "(line 7); each id, name and synonym names one word of a kind",
            id="a-synonym-is-another-word's-name",
        ),
        pytest.param(
            '[equipment.hex]\nname = "No Equipment"\n',
            "vocabulary.toml:7:1: equipment.hex: 'no equipment' also names the word 'none' "
            "(line 5); each id, name and synonym names one word of a kind",
            id="two-words-one-name",
        ),
        pytest.param(
            '[equipment.box]\nname = "Box"\nsynonyms = ["box"]\n',
            "vocabulary.toml:9:13: equipment.box: synonyms[0]: 'box' is already the word's id "
            "or name; remove it",
            id="a-synonym-repeats-the-id",
        ),
        pytest.param(
            '[equipment.Trap_Bar]\nname = "Trap bar"\n',
            "vocabulary.toml:7:1: equipment.Trap_Bar: 'Trap_Bar' is not a valid id: use lower-case",
            id="an-id-that-is-no-slug",
        ),
        pytest.param(
            '[muscles.index]\nname = "Index finger flexors"\n',
            "vocabulary.toml:7:1: muscles.index: 'index' is the name of the page that lists the "
            "muscles; give the muscle another id",
            id="a-muscle-named-like-the-list-of-muscles",
        ),
        pytest.param(
            '[equipment.sled]\nname = "Sled"\nalways_at_hand = "yes"\n',
            'vocabulary.toml:9:1: equipment.sled.always_at_hand: expected true or false, got "yes"',
            id="a-yes-for-true",
        ),
        pytest.param(
            '[equipment.sled]\nnaem = "Sled"\n',
            "vocabulary.toml:8:1: equipment.sled.naem: unknown key 'naem'; did you mean 'name'?",
            id="a-misspelt-key",
        ),
    ],
)
def test_mistakes_in_the_vocabulary_are_located(extra: str, message: str) -> None:
    problems = vocabulary_problems(minimal(extra))
    assert any(problem.startswith(message) for problem in problems), problems


def test_an_unknown_word_says_which_file_to_add_it_to(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    source = project / "exercises.toml"
    source.write_text(
        source.read_text("utf-8").replace(
            'equipment = ["barbell", "plates"]', 'equipment = ["yoke-bar"]', 1
        ),
        "utf-8",
    )

    result = generator("check", cwd=project)

    assert result.returncode == 1
    assert (
        "equipment[0]: 'yoke-bar' is not an equipment word of vocabulary.toml; use one of its "
        "[equipment] words, or add a word for it there (CONTRIBUTING.md shows how)"
    ) in result.stderr


def test_a_table_nested_2000_deep_is_located_where_it_is_written(tmp_path: Path) -> None:
    """Not at the first table of the file: at the header that nests too deep, with its depth."""
    text = (ROOT / "vocabulary.toml").read_text("utf-8")
    line = text.count("\n") + 1
    path = tmp_path / "vocabulary.toml"
    path.write_text(
        text + "[equipment." + ".".join(["sled"] * 1_999) + ']\nname = "Sled"\n', "utf-8"
    )
    with pytest.raises(CatalogError) as caught:
        load_vocabulary(path, "vocabulary.toml")
    assert [str(problem) for problem in caught.value.problems] == [
        f"vocabulary.toml:{line}:1: arrays or tables nested 2000 deep here; "
        "the generator reads far fewer levels"
    ]


def test_bytes_that_are_not_utf8_are_located_at_the_bad_byte(tmp_path: Path) -> None:
    text = (ROOT / "vocabulary.toml").read_text("utf-8")
    line = text.splitlines().index('name = "Squat"') + 1
    path = tmp_path / "vocabulary.toml"
    path.write_bytes(text.replace('name = "Squat"', 'name = "Squ\u00e4t"').encode("latin-1"))
    with pytest.raises(CatalogError) as caught:
        load_vocabulary(path, "vocabulary.toml")
    assert [str(problem) for problem in caught.value.problems] == [
        f"vocabulary.toml:{line}:12: the file is not UTF-8 text; save it as UTF-8"
    ]
