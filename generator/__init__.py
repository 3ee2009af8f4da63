"""Exercise guide generator: exercises.toml -> validated catalogue -> Markdown pages -> MkDocs site.

Four rooms, each importing only from the ones after it (tests/unit/test_architecture.py holds
them to it; ARCHITECTURE.md draws the pipeline):

- generator.engines:   the CLI, the MkDocs plugin, the Zensical build, the writer, the printer
- generator.site:      build_site(catalog) -> every generated file, through templates/
- generator.catalogue: exercises.toml and vocabulary.toml -> a validated Catalog, or located problems
- generator.loads:     exact load arithmetic, units and limits
"""

from pathlib import Path

# The project's folder: where templates/, docs/ and the default vocabulary.toml are.
PROJECT = Path(__file__).resolve().parent.parent
