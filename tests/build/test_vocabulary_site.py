"""A fork's own vocabulary word is checked by `check` and shown by its name on the built site."""

from __future__ import annotations

from pathlib import Path

from tests.cli import generator
from tests.conftest import copy_project


def test_a_forks_own_word_is_used_by_check_and_shown_by_its_name(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    source = project / "exercises.toml"
    text = source.read_text("utf-8").replace(
        'equipment = ["barbell", "plates", "squat-rack"]', 'equipment = ["safety-squat-bar"]', 1
    )
    source.write_text(text, "utf-8")

    refused = generator("check", cwd=project)
    with (project / "vocabulary.toml").open("a", encoding="utf-8") as vocabulary:
        vocabulary.write('\n[equipment.safety-squat-bar]\nname = "Safety squat bar"\n')
    accepted = generator("check", cwd=project)
    built = generator("build", "--out", str(tmp_path / "out"), cwd=project)

    assert refused.returncode == 1
    assert "'safety-squat-bar' is not an equipment word of vocabulary.toml" in refused.stderr
    assert accepted.returncode == 0, accepted.stderr
    assert built.returncode == 0, built.stderr
    pages = [path.read_text("utf-8") for path in (tmp_path / "out" / "exercises").glob("*.md")]
    [page] = [page for page in pages if "Safety squat bar" in page]
    assert "<strong>Equipment:</strong> Safety squat bar</li>" in page
    assert '"Equipment/Safety squat bar"' in page
