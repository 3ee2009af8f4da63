"""The contributor's commands: `new` (scaffold an exercise) and `schema` (the editor's JSON Schema)."""

from __future__ import annotations

from pathlib import Path

import click

from generator.catalogue.load_vocabulary import load_vocabulary, vocabulary_beside
from generator.catalogue.near_duplicates import LIKELY_DUPLICATE, name_words
from generator.catalogue.placeholders import find_placeholders
from generator.catalogue.problems import CatalogError
from generator.catalogue.schema import schema_text
from generator.catalogue.source import KeyPath, SourceDocument, decode_toml, parse_toml
from generator.catalogue.validation import explain_placeholder
from generator.engines.cli.report import EXIT_INVALID, fail, source_argument
from generator.engines.cli.scaffold import exercise_entry, exercise_id
from generator.site.paths import SCHEMA_FILE


@click.command()
@click.argument("name")
@source_argument
def new(name: str, source: Path) -> None:
    """Append an exercise called NAME to SOURCE, with placeholders to fill in."""
    new_id = exercise_id(name)
    if not new_id:
        raise click.BadParameter("the name needs at least one letter or digit", param_hint="NAME")
    try:
        text = decode_toml(source.read_bytes(), str(source))
        parsed = parse_toml(text, str(source))
    except CatalogError as error:
        fail(error)
    exercises = parsed.data.get("exercises")
    for index, entry in enumerate(exercises if isinstance(exercises, list) else []):
        if isinstance(entry, dict) and entry.get("id") == new_id:
            problem = parsed.problem(
                ("exercises", index, "id"),
                f"there is already an exercise with the id '{new_id}'; "
                "edit it, or give the new one a different name",
                "duplicate id",
            )
            fail(CatalogError([problem]))
    _note_likely_duplicates(name, parsed)
    sources = parsed.data.get("sources")
    source_ids = list(sources) if isinstance(sources, dict) else []
    try:
        vocabulary = load_vocabulary(vocabulary_beside(source))
    except CatalogError as error:
        fail(error)
    separator = "" if text.endswith("\n") or not text else "\n"
    with source.open("a", encoding="utf-8", newline="") as file:
        file.write(separator + exercise_entry(name, new_id, source_ids, vocabulary))
    _print_placeholders(source, new_id)


def _note_likely_duplicates(name: str, parsed: SourceDocument) -> None:
    """Warn of each exercise named (or also called) with the words of `name`, where it is: the new
    one may be there already. `check` warns too, but only once every placeholder is filled in."""
    words = name_words(name)
    exercises = parsed.data.get("exercises")
    for index, entry in enumerate(exercises if isinstance(exercises, list) else []):
        if not isinstance(entry, dict):
            continue
        aliases = entry.get("aliases")
        titles: list[tuple[KeyPath, object]] = [(("exercises", index, "name"), entry.get("name"))]
        if isinstance(aliases, list):
            titles += [(("exercises", index, "aliases", n), a) for n, a in enumerate(aliases)]
        for path, title in titles:
            if isinstance(title, str) and name_words(title) == words:
                message = (
                    f"exercise '{entry.get('id')}': '{title}' has the words of '{name}': if that "
                    "is this exercise, edit it instead of the new entry; if they differ on "
                    f'purpose, add not_duplicates = ["{entry.get("id")}"] to the new one'
                )
                click.echo(parsed.problem(path, message, LIKELY_DUPLICATE).as_warning(), err=True)
                break


def _print_placeholders(source: Path, new_id: str) -> None:
    parsed = parse_toml(source.read_text("utf-8-sig"), str(source))
    last = len(parsed.data["exercises"]) - 1
    click.echo(f"{source}: added the exercise '{new_id}' at the end; fill in these placeholders:")
    for path, text in find_placeholders(parsed.data["exercises"][last], ("exercises", last)):
        click.echo(str(explain_placeholder(path, text, parsed)))
    click.echo(
        "Then run `python -m generator check` until it finds no problems, and preview the page "
        f"with `make serve` at exercises/{new_id}/."
    )


@click.command()
@click.option(
    "--check",
    "check_only",
    is_flag=True,
    help=f"Only compare: exit 1 when {SCHEMA_FILE} differs from what the models give.",
)
@click.option(
    "--out",
    "out_file",
    default=SCHEMA_FILE,
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where the schema is written.",
)
def schema(check_only: bool, out_file: Path) -> None:
    """Write the JSON Schema of exercises.toml, generated from generator/catalogue/model/ and vocabulary.toml."""
    try:
        expected = schema_text(load_vocabulary(vocabulary_beside(out_file)))
    except CatalogError as error:
        fail(error)
    if check_only:
        try:
            current = out_file.read_text("utf-8")
        except FileNotFoundError:
            current = None
        if current != expected:
            state = (
                "is missing"
                if current is None
                else "is out of date with generator/catalogue/model/ or vocabulary.toml"
            )
            click.echo(
                f"{out_file} {state}; run `python -m generator schema` and commit the result",
                err=True,
            )
            raise SystemExit(EXIT_INVALID)
        click.echo(f"{out_file} is up to date")
        return
    out_file.write_text(expected, "utf-8")
    click.echo(f"{out_file}: written")
