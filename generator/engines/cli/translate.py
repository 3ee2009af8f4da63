"""`python -m generator translate LANGUAGE`: the translator's scaffold. It adds to
translations/<language>.toml every text the English has and the file does not, as
"TODO: translate" with the hash of its English and the English beside it in a comment, and keeps
everything the file already holds (translations, comments, layout): tomlkit edits it in place."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
import tomlkit
from tomlkit.items import AoT, Array, Table

from generator.catalogue.load import load_catalog
from generator.catalogue.placeholders import PLACEHOLDER
from generator.catalogue.problems import CatalogError, Problem
from generator.catalogue.translations import (
    LANGUAGE_CODE,
    TRANSLATIONS_DIR,
    load_translations,
    source_hash,
    translations_beside,
    untranslated,
)
from generator.engines.cli.report import count, fail, source_argument
from generator.engines.output import write_atomically

if TYPE_CHECKING:
    from tomlkit.toml_document import TOMLDocument

    from generator.catalogue.source import KeyPath

TODO = f"{PLACEHOLDER} translate"
HEADER = (
    "Each text translates the English written beside it; `source` is the hash of that English,\n"
    "so `python -m generator check` can say when the English changed. Replace each\n"
    f'"{TODO}" with the translation. CONTRIBUTING.md says more.'
)


@click.command()
@click.argument("language")
@source_argument
def translate(language: str, source: Path) -> None:
    """Add to translations/LANGUAGE.toml every text SOURCE has that it does not translate yet."""
    if not LANGUAGE_CODE.match(language):
        raise click.BadParameter(
            f"'{language}' is not a language code, such as de or pt-br", param_hint="LANGUAGE"
        )
    try:
        catalog = load_catalog(source)
        folder = translations_beside(source)
        existing = {t.language: t for t in load_translations(folder, catalog)}
    except CatalogError as error:
        fail(error)
    path = folder / f"{language}.toml"
    document = tomlkit.parse(path.read_text("utf-8")) if path.is_file() else _new_document(language)
    missing = untranslated(catalog, existing.get(language))
    for key_path, english in missing:
        _add(document, key_path, english)
    folder.mkdir(exist_ok=True)
    write_atomically(path, tomlkit.dumps(document).encode("utf-8"))
    try:
        load_translations(folder, catalog)  # what it wrote reads back, or it says where not
    except CatalogError as error:
        problem = Problem(str(path), 1, 1, "the file written does not read back", "internal error")
        fail(CatalogError([problem, *error.problems]))
    click.echo(
        f"{TRANSLATIONS_DIR}/{path.name}: {count(len(missing), 'text')} added to translate"
        + (f" (each marked {TODO})" if missing else "; nothing is missing")
    )


def _new_document(language: str) -> TOMLDocument:
    document = tomlkit.document()
    for line in HEADER.splitlines():
        document.add(tomlkit.comment(line))
    document.add(tomlkit.comment(f"Language: {language}"))
    document.add(tomlkit.nl())
    return document


def _add(document: TOMLDocument, path: KeyPath, english: str) -> None:
    """One missing text at `path` (as translation.py keys them), with its English as a comment."""
    item = _todo(path, english)
    comment = "English: " + " / ".join(english.splitlines())
    depth = 3 if path[0] == "vocabulary" else 2
    table = _table(document, path[:depth])
    rest = path[depth:]
    for tables in ("sessions", "exercises"):  # a session's exercise is in its session
        if rest[0] == tables:
            found = _aot(table, tables)
            while len(found) <= int(rest[1]):
                found.append(tomlkit.table())
            table, rest = found[int(rest[1])], rest[2:]
    key = str(rest[0])
    if len(rest) == 1:
        table.add(key, item)
        table[key].comment(comment)
        return
    if key not in table:
        table.add(key, tomlkit.array().multiline(True))
    array = table[key]
    assert isinstance(array, Array)
    array.add_line(item, comment=comment)


def _todo(path: KeyPath, english: str) -> Any:
    fields = {"fault": TODO, "fix": TODO} if "faults" in path else {"text": TODO}
    item = tomlkit.inline_table()
    item.update({**fields, "source": source_hash(english)})
    return item


def _table(document: TOMLDocument, parts: KeyPath) -> Table:
    container: Any = document
    for depth, part in enumerate(parts):
        key = str(part)
        if key not in container:
            container.add(key, tomlkit.table(is_super_table=depth < len(parts) - 1))
        container = container[key]
    assert isinstance(container, Table)
    return container


def _aot(table: Table, key: str) -> AoT:
    if key not in table:
        table.add(key, tomlkit.aot())
    found = table[key]
    assert isinstance(found, AoT)
    return found
