"""The Jinja2 environment every generated file is rendered in: its filters, the language of the
templates' own wording (messages.py), and a template's mistake located in the template. No I/O
besides reading templates/ and translations/messages/.
"""

from __future__ import annotations

import functools
import html
import json
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import jinja2
from markupsafe import Markup

from generator import PROJECT
from generator.catalogue.model.vocabulary import KINDS
from generator.catalogue.problems import CatalogError, Problem
from generator.loads import pounds, yards
from generator.site.language import ENGLISH, in_prose, number_text
from generator.site.markup import inline_html, join_text, link_target, plain_text
from generator.site.messages import translations
from generator.site.muscle_map import VIEW_BOX
from generator.site.paths import exercise_page, muscle_page
from generator.site.sheet import qr_code

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import TracebackType

    from generator.catalogue.model.vocabulary import Vocabulary
    from generator.catalogue.source import KeyPath

T = TypeVar("T")

TEMPLATES = PROJECT / "templates"


class _CompiledTemplates(jinja2.BytecodeCache):
    """Jinja2's compiled templates, kept in memory; Jinja2 compiles a template again when its
    source changes (the bucket's checksum)."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if code := self._code.get(bucket.key):
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


# Each template compiled once a process for pages and once for other text (the two compile
# differently: escaping), whichever environment asks: a process that builds twice, as the
# tests do, compiles nothing the second time. The language is no part of the compiled code: the
# wording's `_()` and `{% trans %}` call the environment's gettext when a page is rendered.
_COMPILED = {True: _CompiledTemplates(), False: _CompiledTemplates()}


def compiled_templates(*, pages: bool = True) -> jinja2.BytecodeCache:
    """The process's compiled templates: of pages, or (`pages=False`) of other text."""
    return _COMPILED[pages]


def environment(
    templates: Path = TEMPLATES,
    *,
    pages: bool = True,
    compiled: jinja2.BytecodeCache | None = None,
    language: str = ENGLISH,
    in_english: frozenset[KeyPath] = frozenset(),
) -> jinja2.Environment:
    """The Jinja2 environment of the templates; `pages=False` for text that is not published
    (the TOML that `new` writes), whose templates quote values themselves. `compiled` keeps
    compiled templates from one environment to the next. `language` is the language of the
    templates' own wording (translations/messages/<language>.po; English is the templates' text)
    and of their numbers; the catalogue's texts at `in_english` are still English there
    (catalogue/in_language.py), which the `untranslated` global tells a template."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        bytecode_cache=compiled or _COMPILED[pages],
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        # Contributed text is untrusted. Every `{{ value }}` of a page is escaped for Markdown and
        # HTML by `plain_text`; only the sanitised output of `inline` (or of a macro) is Markup and kept.
        autoescape=pages,
        finalize=plain_text if pages else None,
        extensions=["jinja2.ext.i18n"],
    )
    # New-style gettext: a page's wording is Markup (the template's own text, never escaped again)
    # with its placeholders filled in and escaped; a translation's misspelt placeholder is an error.
    env.install_gettext_translations(translations(language), newstyle=True)  # type: ignore[attr-defined]
    if pages:
        env.filters["inline"] = inline_html
        env.filters["join"] = join_text
        env.filters["link_target"] = link_target
        # A value in a translated text's placeholder, escaped as `{{ value }}` escapes it:
        # `_("... %(lift)s", lift=name | text)` (gettext itself would escape it for HTML only).
        env.filters["text"] = plain_text
    env.filters["number"] = functools.partial(number_text, language=language)
    # A number an attribute gives a script or a number input, which read a decimal point in every
    # language ("72.5"); the reader sees `number`'s.
    env.filters["data_number"] = number_text
    env.filters["in_prose"] = functools.partial(in_prose, language=language)
    env.filters["yards"] = yards
    env.filters["pounds"] = pounds
    env.filters["yaml_string"] = yaml_string
    env.globals["exercise_page"] = exercise_page
    env.globals["muscle_page"] = muscle_page
    env.globals["muscle_map_box"] = VIEW_BOX
    env.globals["qr_code"] = qr_code  # a sheet's code for an exercise page, named in the language
    env.globals["untranslated"] = functools.partial(_is_english, in_english)
    env.globals["language"] = language
    return env


def _is_english(in_english: frozenset[KeyPath], *path: str | int) -> bool:
    """Whether the catalogue's text at `path` is still English on this site (never on the English one)."""
    return path in in_english


def render_file(templates: Path, name: str, language: str = ENGLISH, **context: object) -> str:
    """A published file that is not a page (the service worker, the web app manifest), in the
    site's `language`: its values as the template writes them, not escaped for Markdown; a
    mistake located as in a page's."""

    def render() -> str:
        env = environment(templates, pages=False, language=language)
        return env.get_template(name).render(**context)

    return located_template_errors(render, templates)


def located_template_errors(render: Callable[[], T], templates: Path) -> T:
    """`render()`, with a mistake in a template raised as a `CatalogError` located in it."""
    try:
        return render()
    except jinja2.TemplateSyntaxError as error:
        where = Path(error.filename or error.name or "templates")
        message = f"template syntax: {error.message}"
        problem = Problem(str(where), error.lineno, 1, message, "template syntax error")
        raise CatalogError([problem]) from None
    except jinja2.TemplateError as error:
        file, line = _template_frame(error.__traceback__, templates)
        problem = Problem(file, line, 1, f"template: {error.message}", "template error")
        raise CatalogError([problem]) from None


def _template_frame(trace: TracebackType | None, templates: Path) -> tuple[str, int]:
    """The innermost template line of a rendering error (Jinja2 puts template frames in tracebacks)."""
    found = (str(templates), 1)
    for frame, line in traceback.walk_tb(trace):
        filename = frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = (filename, line)
    return found


def word_names(vocabulary: Vocabulary) -> Callable[[str, str], str]:
    """The `word` filter: `exercise.pattern | word("patterns")` is the word's display name."""
    kinds = {kind.table: kind for kind in KINDS}

    def word(word_id: str, table: str) -> str:
        return vocabulary.name(kinds[table], word_id)

    return word


def yaml_string(value: str) -> Markup:
    """A string as a double-quoted YAML scalar (JSON's string syntax is valid YAML), safe in front matter.

    The theme puts front-matter values (title, description) into its HTML unescaped, so the
    value is HTML-escaped first: the page shows the text as written, never as markup.
    """
    text = value.unescape() if isinstance(value, Markup) else str(value)
    escaped = html.escape(text, quote=False).replace('"', "&quot;")
    return Markup(json.dumps(escaped, ensure_ascii=False))
