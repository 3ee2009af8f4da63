"""A context in which Python's cycle collector does not run, for the bulk steps of a build.

A process-wide switch, so the adapters (the CLI, the MkDocs plugin) use it around their calls to
the core; generator.catalogue and generator.site leave the collector as they find it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Parsing, validating and rendering a catalogue create a few hundred objects per exercise,
    nearly all of which live on (in the catalogue, in the pages) and none of which form garbage
    cycles. The collector, which runs every 700 new objects and ever more often scans the older
    ones, would search them again and again for garbage that is not there: at 10,000 exercises,
    a fifth of the time. Collection resumes, as it was, when the block ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
