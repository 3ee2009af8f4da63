"""What the generated files depend on in the mkdocs.yml beside the catalogue, read by MkDocs's own
config loading (with its defaults, its validation and its `!ENV` and `INHERIT`), so that the files
`build --out` writes match those the plugin hands MkDocs from the same mkdocs.yml."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import NamedTuple

from mkdocs.config import load_config
from mkdocs.exceptions import ConfigurationError

CONFIG_FILE = "mkdocs.yml"


class MkDocsSettings(NamedTuple):
    site_url: str
    site_name: str
    docs_dir: Path
    use_directory_urls: bool


class UnreadableConfig(Exception):
    """mkdocs.yml is there but MkDocs refuses it; the message is MkDocs's."""


def mkdocs_settings(source: Path) -> MkDocsSettings:
    """The settings of the mkdocs.yml beside the catalogue `source`; MkDocs's defaults where
    there is none."""
    folder = source.resolve().parent
    config_file = folder / CONFIG_FILE
    if not config_file.is_file():
        return MkDocsSettings("", "", folder / "docs", True)
    # MkDocs logs what it thinks of each option; the command says what it needs to.
    quiet = logging.getLogger("mkdocs")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        config = load_config(str(config_file))
    except ConfigurationError as error:
        raise UnreadableConfig(f"{config_file}: {error}") from None
    finally:
        quiet.setLevel(level)
    return MkDocsSettings(
        site_url=config.site_url or "",
        site_name=config.site_name,
        docs_dir=Path(config.docs_dir),
        use_directory_urls=config.use_directory_urls,
    )
