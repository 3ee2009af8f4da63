"""What one build of the site can reuse of the build before it, in a process that builds again and
again (`mkdocs serve`): compiled templates, and each file (or part of one) with the inputs it was
made from.

A file is reused only when every input it was made from is equal to this build's, and so are the
templates, settings and vocabulary that every file shares; so the site is the same with or without
a memo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import jinja2

from generator.site.templating import compiled_templates

if TYPE_CHECKING:
    from collections.abc import Callable


class PageMemo:
    """Files by path, each with the inputs it was made from. Kept by an adapter across builds."""

    def __init__(self) -> None:
        self.compiled_templates: jinja2.BytecodeCache = compiled_templates()
        self._shared: object = None
        self._last: dict[str, tuple[object, str]] = {}  # the last build's pages
        self._this: dict[str, tuple[object, str]] = {}  # this build's, so far

    def start(self, shared: object) -> None:
        """Begin a build whose every file depends on `shared` (templates, settings, vocabulary):
        when it differs from the last build's, nothing is reused. A file the last build made and
        this one does not is forgotten."""
        self._last = self._this if shared == self._shared else {}
        self._shared, self._this = shared, {}

    def file(self, path: str, inputs: object, make: Callable[[], str]) -> str:
        """The file at `path`: the last build's when `inputs` equal its inputs, else `make()`."""
        kept = self._last.get(path)
        text = kept[1] if kept is not None and kept[0] == inputs else make()
        self._this[path] = (inputs, text)
        return text
