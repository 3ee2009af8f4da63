"""Translations kept as data (translations/<language>.toml): `translate` writes what is missing,
with the English beside it; `check` sums up what is translated, stale and missing per language
without failing, fails on them with --strict-translations, and locates every mistake of a file."""

from __future__ import annotations

import re
import shutil
from typing import TYPE_CHECKING

import pytest

from generator.catalogue.translations import source_hash
from tests.cli import generator
from tests.conftest import ROOT
from tests.located import location

if TYPE_CHECKING:
    from pathlib import Path

FIRST_CUE = "Stand tall with the bar at your hips, feet about hip-width apart, hands just outside the thighs."
GERMAN_CUE = "Stell dich aufrecht hin, die Stange an den Hüften, die Füße etwa hüftbreit, die Hände knapp außerhalb der Oberschenkel."
LOCATED = re.compile(r"^(translations/de\.toml|exercises\.toml):(\d+):(\d+): (.+)$")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for name in ("exercises.toml", "vocabulary.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def translated(project: Path) -> Path:
    """The project with a German file from `translate`, its first cue translated."""
    made = generator("translate", "de", cwd=project)
    assert made.returncode == 0, made.stderr
    german = project / "translations" / "de.toml"
    todo = f'{{text = "TODO: translate", source = "{source_hash(FIRST_CUE)}"}}'
    text = german.read_text("utf-8")
    assert todo in text
    german.write_text(
        text.replace(todo, f'{{text = "{GERMAN_CUE}", source = "{source_hash(FIRST_CUE)}"}}', 1),
        "utf-8",
    )
    return german


def test_translate_writes_every_english_text_with_its_english_beside_it(project: Path) -> None:
    result = generator("translate", "de", cwd=project)

    assert result.returncode == 0, result.stderr
    text = (project / "translations" / "de.toml").read_text("utf-8")
    assert "[exercises.romanian-deadlift]" in text
    assert (
        f'{{text = "TODO: translate", source = "{source_hash(FIRST_CUE)}"}}, # English: {FIRST_CUE}'
        in text
    )
    assert "[vocabulary.muscles.glutes]" in text
    assert "[[programs.squat-and-deadlift-waves.sessions]]" in text
    added = int(re.search(r"(\d+) texts added", result.stdout).group(1))  # type: ignore[union-attr]
    checked = generator("check", cwd=project)
    assert checked.returncode == 0
    assert (
        f"translations/de.toml (de): 0 of {added} texts translated; {added} missing"
        in checked.stdout
    )


def test_a_translation_counts_and_a_second_translate_keeps_it_and_adds_nothing(
    project: Path,
) -> None:
    german = translated(project)
    german.write_text("# Maintained by the German team.\n" + german.read_text("utf-8"), "utf-8")
    before = german.read_text("utf-8")

    again = generator("translate", "de", cwd=project)
    checked = generator("check", cwd=project)

    assert again.returncode == 0
    assert "0 texts added to translate; nothing is missing" in again.stdout
    assert german.read_text("utf-8") == before  # the translation, the comment, the layout
    assert re.search(r"\(de\): 1 of \d+ texts translated; \d+ missing", checked.stdout)


def test_an_english_change_makes_its_translation_stale_and_strict_fails_on_it(
    project: Path,
) -> None:
    german = translated(project)
    source = project / "exercises.toml"
    source.write_text(
        source.read_text("utf-8").replace(
            FIRST_CUE, FIRST_CUE.replace("Stand tall", "Stand up tall")
        ),
        "utf-8",
    )
    where = location(german.read_text("utf-8"), f'{GERMAN_CUE}", ^source')

    checked = generator("check", cwd=project)
    strict = generator("check", "--strict-translations", "de", cwd=project)

    assert checked.returncode == 0
    assert (
        f"; 1 stale, first at translations/de.toml:{where[0]}:{where[1]} (exercise "
        "'romanian-deadlift': cues[0]: translates an older English text" in checked.stdout
    )
    assert strict.returncode == 1
    assert "Traceback" not in strict.stderr
    located = [line for line in strict.stderr.splitlines() if LOCATED.match(line)]
    stale = f"translations/de.toml:{where[0]}:{where[1]}: exercise 'romanian-deadlift': cues[0]:"
    assert any(line.startswith(stale) for line in located), located
    assert any("not translated" in line for line in located)  # and what is missing


def test_strict_about_a_language_without_a_file_says_so(project: Path) -> None:
    result = generator("check", "--strict-translations", "fr", cwd=project)

    assert result.returncode == 2
    assert "there is no translations/fr.toml to be strict about" in result.stderr


def test_translate_refuses_what_is_not_a_language_code(project: Path) -> None:
    result = generator("translate", "German", cwd=project)

    assert result.returncode == 2
    assert "'German' is not a language code, such as de or pt-br" in result.stderr
    assert not (project / "translations").exists()


H = source_hash("Romanian deadlift")
BAD_FILES = [
    pytest.param(
        f'[exercises.romanian-deadlfit]\nname = {{ text = "Rumänisches Kreuzheben", source = "{H}" }}\n',
        "^[exercises.romanian-deadlfit]",
        "exercises.romanian-deadlfit: there is no such entry in exercises.toml; this translates an "
        "exercise that is not there; did you mean 'romanian-deadlift'?",
        id="unknown-exercise",
    ),
    pytest.param(
        f'[exercises.romanian-deadlift]\nnaem = {{ text = "Rumänisches Kreuzheben", source = "{H}" }}\n',
        "^naem",
        "exercises.romanian-deadlift.naem: unknown key 'naem'; did you mean 'name'?",
        id="unknown-key",
    ),
    pytest.param(
        '[exercises.romanian-deadlift]\nname = { text = "Rumänisches Kreuzheben", source = "abc" }\n',
        '^source = "abc"',
        'exercises.romanian-deadlift.name.source: "abc" is not the hash of an English '
        "text: 8 hex digits, as `python -m generator translate` writes them",
        id="source-not-a-hash",
    ),
    pytest.param(
        f'[exercises.romanian-deadlift]\nsummary = {{ text = "[Klick](javascript:alert(1))", source = "{H}" }}\n',
        "^text",
        "the link target 'javascript:alert(1)' is not allowed",
        id="javascript-link",
    ),
    pytest.param(
        f'[exercises.romanian-deadlift]\nname = {{ text = "Rumänisches \\u202eKreuzheben", source = "{H}" }}\n',
        "^text",
        "holds the invisible control character U+202E; remove it",
        id="invisible-character",
    ),
    pytest.param(
        "[exercises.romanian-deadlift]\ncues = [\n"
        + "".join(f'  {{ text = "Hinweis {n}", source = "{H}" }},\n' for n in range(7))
        + "]\n",
        '^{ text = "Hinweis 6"',
        "exercise 'romanian-deadlift': cues[6]: the English has no such text, so there is nothing "
        "to translate; a list follows the English one item for one",
        id="more-cues-than-the-english",
    ),
    pytest.param(
        f'[vocabulary.muscles.glutaeus]\nname = {{ text = "Gesäß", source = "{H}" }}\n',
        "^[vocabulary.muscles.glutaeus]",
        "vocabulary.muscles.glutaeus: there is no such entry in vocabulary.toml; this translates a "
        "word that is not there",
        id="unknown-word",
    ),
    pytest.param(
        f'[programs.lower-back]\nname = {{ text = "Unterer Rücken", source = "{H}" }}\n',
        "^[programs.lower-back]",
        "programs.lower-back: there is no such entry in exercises.toml; this translates a program "
        "that is not there",
        id="unknown-program",
    ),
    pytest.param(
        "[programs.lower-back-assistance]\n"
        + "".join(
            f'[[programs.lower-back-assistance.sessions]]\nname = {{ text = "Tag {n}", source = "{H}" }}\n'
            for n in range(3)
        ),
        '^name = { text = "Tag 2"',
        "program 'lower-back-assistance': sessions[2].name: the English has no such text",
        id="a-session-too-many",
    ),
    pytest.param(
        f'[exercises.romanian-deadlift]\nname = {{ text = "  ", source = "{H}" }}\n',
        "^text",
        "is empty; write the text",
        id="empty-text",
    ),
    pytest.param(
        '[exercises.romanian-deadlift]\nname = { text = "Rumänisches Kreuzheben", source = ',
        "",
        "",
        id="malformed-toml",
    ),
    pytest.param(
        '[exercises.romanian-deadlift]\nname = "Rumänisches Kreuzheben"\n',
        "^name",
        'exercises.romanian-deadlift.name: expected a table { key = value, ... }, got "Rumänisches '
        'Kreuzheben"',
        id="text-not-a-table",
    ),
    pytest.param(
        f'[exercises.romanian-deadlift]\nfaults = [{{ fault = "Der Rücken rundet sich.", source = "{H}" }}]\n',
        "^{ fault",
        "fix: this required key is missing",
        id="fault-without-fix",
    ),
]


@pytest.mark.parametrize(("text", "at", "message"), BAD_FILES)
def test_a_bad_translation_file_is_located_and_refused(
    project: Path, text: str, at: str, message: str
) -> None:
    folder = project / "translations"
    folder.mkdir()
    (folder / "de.toml").write_text(text, "utf-8")

    result = generator("check", cwd=project)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    located = [line for line in result.stderr.splitlines() if LOCATED.match(line)]
    assert located, result.stderr
    if at:
        line, column = location(text, at)
        assert located[0].startswith(f"translations/de.toml:{line}:{column}: "), located
    assert message in located[0], located


def test_a_file_not_named_after_a_language_is_refused(project: Path) -> None:
    folder = project / "translations"
    folder.mkdir()
    (folder / "German.toml").write_text("", "utf-8")

    result = generator("check", cwd=project)

    assert result.returncode == 1
    assert (
        "translations/German.toml:1:1: 'German' is not a language code: name the file after its "
        "language, as translations/de.toml or translations/pt-br.toml" in result.stderr
    )
