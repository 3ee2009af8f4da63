"""What the generated files depend on in the mkdocs.yml beside the catalogue, read by MkDocs's own
config loading (with its defaults, its validation and its `!ENV` and `INHERIT`), so that the files
`build --out` writes match those the plugin hands MkDocs from the same mkdocs.yml."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import NamedTuple

from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError

from generator.site.language import ENGLISH

CONFIG_FILE = "mkdocs.yml"


class MkDocsSettings(NamedTuple):
    site_url: str
    site_name: str
    docs_dir: Path
    use_directory_urls: bool


class UnreadableConfig(Exception):
    """mkdocs.yml is there but MkDocs refuses it; the message is MkDocs's."""


def mkdocs_settings(source: Path, language: str = ENGLISH) -> MkDocsSettings:
    """The settings of the mkdocs.yml beside the catalogue `source`, or of a language's own
    mkdocs.<language>.yml where there is one (mkdocs.de.yml: the German site's address); MkDocs's
    defaults where there is none."""
    folder = source.resolve().parent
    config_file = folder / CONFIG_FILE
    if language != ENGLISH and (folder / f"mkdocs.{language}.yml").is_file():
        config_file = folder / f"mkdocs.{language}.yml"
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
    return MkDocsSettings(
        site_url=config.site_url or "",
        site_name=config.site_name,
        docs_dir=Path(config.docs_dir),
        use_directory_urls=config.use_directory_urls,
    )


class _Errors(logging.Handler):
    """The error messages MkDocs logs while it reads a config."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())
