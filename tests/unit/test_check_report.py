"""`check` on a catalogue with hundreds of mistakes, as a converted catalogue has: every problem on
its own located line, then a summary by kind that says what to fix once, and where it starts."""

from __future__ import annotations

import re
from pathlib import Path

from tests.cli import generator
from tests.located import SUMMARY_KIND, split_report
from tests.unit.test_cli import VALID_EXERCISE

HEADER = """[sources.book]
title = "A book"
author = "An author"
publisher = "A publisher"

[[exercises]]
id = "plank"
name = "Plank"
summary = "Hold a straight line on the forearms."
pattern = "anti-extension"
muscles = { primary = ["abdominals"] }
equipment = ["none"]
cues = ["Squeeze the glutes."]
safety = ["Stop when the hips sag."]
sources = ["book"]

[[exercises]]
id = "typo"
name = "Typo"
summary = "An exercise with a misspelt key."
pattern = "hinge"
muscles = { primary = ["hamstrings"] }
equipment = ["barbell"]
cues = ["Hinge at the hips."]
safty = ["Keep the back flat."]
sources = ["book"]
"""


def exercise_entry(i: int, name: str, extra: str) -> str:
    return VALID_EXERCISE.format(id=f"exercise-{i}", name=name, extra=extra)


def _mistaken(i: int) -> str:
    """An exercise with two to four mistakes: an unknown key that is an English word one letter
    from `cues`, a set count of nan, no repetitions, an empty name."""
    reps = "reps = 0\n" if i % 2 == 0 else ""
    extra = f'cures = ["Rest."]\n[exercises.prescription]\nsets = nan\n{reps}'
    name = " " if i % 4 == 1 else f"Exercise {i}"
    return exercise_entry(i, name, extra)


def _dangling(i: int) -> str:
    """A valid exercise naming 'plant': a real word one letter from the exercise 'plank'; every
    second one also names muscles and equipment the vocabulary below lacks: 'abductors' one letter
    from 'adductors', its opposite, and 'partner', which difflib once took for 'plates'."""
    text = exercise_entry(i, f"Exercise {i}", 'related = ["plant"]\n')
    if i % 2 == 0:
        text = text.replace(
            'primary = ["hamstrings"] }', 'primary = ["hamstrings"], secondary = ["abductors"] }'
        )
    if i % 4 == 0:
        text = text.replace('equipment = ["barbell"]', 'equipment = ["barbell", "partner"]')
    return text


# A fork's own vocabulary, beside its catalogue: the words the exercises above may use.
VOCABULARY = """
[patterns.hinge]
name = "Hinge"
[patterns.anti-extension]
name = "Anti-extension"
[muscles.hamstrings]
name = "Hamstrings"
[muscles.abdominals]
name = "Abdominals"
[muscles.adductors]
name = "Adductors"
[equipment.barbell]
name = "Barbell"
[equipment.plates]
name = "Weight plates"
[equipment.none]
name = "No equipment"
"""


def _where(text: str, pattern: str) -> list[str]:
    """`exercises.toml:LINE:COL` of each match of `pattern`, by the start of its group 1 or whole."""
    found = []
    for match in re.finditer(pattern, text, re.M):
        start = match.start(1) if match.groups() else match.start()
        line = text.count("\n", 0, start) + 1
        column = start - (text.rfind("\n", 0, start) + 1) + 1
        found.append(f"exercises.toml:{line}:{column}")
    return found


def test_hundreds_of_problems_are_listed_then_summed_up_by_kind(tmp_path: Path) -> None:
    text = HEADER + "".join(_mistaken(i) for i in range(100))
    text += "".join(_dangling(i) for i in range(100, 200))
    (tmp_path / "exercises.toml").write_text(text, "utf-8")
    (tmp_path / "vocabulary.toml").write_text(VOCABULARY, "utf-8")

    result = generator("check", "exercises.toml", cwd=tmp_path)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    problems, summary = split_report(result.stderr.splitlines())
    expected = {
        "unknown key": _where(text, r"^(?:cures|safty) = "),
        "not a whole number": _where(text, r"^sets = nan"),
        "unknown exercise id": _where(text, r'^related = \[("plant")'),
        "number out of range": _where(text, r"^reps = 0"),
        "empty text": _where(text, r'^name = " "'),
        "muscle not in vocabulary.toml": _where(text, r'secondary = \[("abductors")'),
        "equipment word not in vocabulary.toml": _where(text, r'"barbell", ("partner")'),
    }
    assert [len(places) for places in expected.values()] == [101, 100, 100, 50, 25, 50, 25]
    # The most frequent kind first; a tie in the order of each kind's first place.
    expected = dict(
        sorted(expected.items(), key=lambda item: (-len(item[1]), _line(min(item[1], key=_line))))
    )
    # Every problem on its own line, at its place.
    assert sorted(line.split(": ")[0] for line in problems) == sorted(
        place for places in expected.values() for place in places
    )
    # The summary: the kinds by count (a tie in file order), each with its first place.
    assert summary == [
        "451 problems of 7 kinds:",
        *(
            f"  {len(places):>3} × {kind} (first at {min(places, key=_line)})"
            for kind, places in expected.items()
        ),
    ]
    assert all(SUMMARY_KIND.match(line) for line in summary[1:])
    # A word that is real on its own gets no suggestion; a misspelling does.
    assert not [line for line in problems if "'cures'" in line and "did you mean" in line]
    assert not [line for line in problems if "'plant'" in line and "did you mean" in line]
    assert not [line for line in problems if "'abductors'" in line and "did you mean" in line]
    assert not [line for line in problems if "'partner'" in line and "did you mean" in line]
    # An unknown word says which file to add it to.
    partner = _where(text, r'"barbell", ("partner")')[0]
    assert (
        f"{partner}: exercise 'exercise-100': equipment[1]: 'partner' is not an equipment word of "
        "vocabulary.toml; use one of its [equipment] words, or add a word for it there "
        "(CONTRIBUTING.md shows how)"
    ) in problems
    assert [line for line in problems if "did you mean" in line] == [
        f"{_where(text, r'^safty = ')[0]}: exercise 'typo': safty: unknown key 'safty'; "
        "did you mean 'safety'?"
    ]


def _line(place: str) -> tuple[int, int]:
    _, line, column = place.split(":")
    return int(line), int(column)
