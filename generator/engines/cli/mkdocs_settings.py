"""What the generated files depend on in the mkdocs.yml beside the catalogue, read by MkDocs's own
config loading (with its defaults, its validation and its `!ENV` and `INHERIT`), so that the files
`build --out` writes match those the plugin hands MkDocs from the same mkdocs.yml."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import NamedTuple

from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError
from mkdocs.utils.yaml import yaml_load

from generator.site.language import ENGLISH

CONFIG_FILE = "mkdocs.yml"
PLUGIN = "exercise-guide"


class MkDocsSettings(NamedTuple):
    site_url: str
    site_name: str
    docs_dir: Path
    use_directory_urls: bool
    language: str = ENGLISH
    """The plugin's `language` option: the language the pages are made in (mkdocs.de.yml's de)."""
    catalogue: Path | None = None
    """The plugin's `source` option, the catalogue the config's site is made from."""


class UnreadableConfig(Exception):
    """mkdocs.yml is there but MkDocs refuses it; the message is MkDocs's."""


def language_config(source: Path, language: str) -> Path | None:
    """A language's own config beside the catalogue `source`, mkdocs.<language>.yml (mkdocs.de.yml:
    the German site, with its address), where there is one; None for English or without one."""
    config_file = source.resolve().parent / f"mkdocs.{language}.yml"
    return config_file if language != ENGLISH and config_file.is_file() else None


def mkdocs_settings(source: Path, config_file: Path | None = None) -> MkDocsSettings:
    """The settings of `config_file`, by default the mkdocs.yml beside the catalogue `source`;
    MkDocs's defaults where there is none."""
    folder = source.resolve().parent
    if config_file is None:
        config_file = folder / CONFIG_FILE
        if not config_file.is_file():
            return MkDocsSettings("", "", folder / "docs", True)
    # MkDocs logs what it thinks of each option, and its errors before it gives up: those are kept
    # for the message, the rest is the command's to say.
    errors = _Errors()
    logger = logging.getLogger("mkdocs")
    level, propagate = logger.level, logger.propagate
    logger.setLevel(logging.ERROR)
    logger.propagate = False
    logger.addHandler(errors)
    try:
        config = load_config(str(config_file))
    except (ConfigurationError, Abort) as error:
        said = "; ".join(errors.messages) or str(error)
        raise UnreadableConfig(f"{config_file}: {said}") from None
    finally:
        logger.removeHandler(errors)
        logger.setLevel(level)
        logger.propagate = propagate
    plugin = config.plugins.get(PLUGIN)
    return MkDocsSettings(
        site_url=config.site_url or "",
        site_name=config.site_name,
        docs_dir=Path(config.docs_dir),
        use_directory_urls=config.use_directory_urls,
        language=plugin.config.language if plugin else ENGLISH,
        catalogue=config_file.parent.resolve() / plugin.config.source if plugin else None,
    )


def merged_config(config_file: Path) -> dict[str, object]:
    """`config_file` with the file it names in `INHERIT` merged in as MkDocs merges it (a key of
    the child replaces the parent's, a mapping is merged key by key, a list is replaced whole),
    for an engine that merges otherwise: Zensical appends lists, so mkdocs.de.yml's nav and
    languages would follow mkdocs.yml's. An unreadable file is refused in MkDocs's words."""
    try:
        with config_file.open("rb") as file:
            merged: dict[str, object] = yaml_load(file) or {}
    except (OSError, ConfigurationError) as error:
        raise UnreadableConfig(f"{config_file}: {error}") from None
    return merged


class _Errors(logging.Handler):
    """The error messages MkDocs logs while it reads a config."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())
