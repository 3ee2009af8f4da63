"""The command line, `python -m generator`: commands (check, build, sheet), contribute (new,
schema), report (problems as text and GitHub annotations), scaffold (the entry `new` writes)."""

from generator.engines.cli.commands import main

__all__ = ["main"]
