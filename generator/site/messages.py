"""The site's own wording in a language, from gettext message catalogues that `make messages`
extracts and updates (CONTRIBUTING.md): the templates' ("Safety", "Common faults", the calculator's
labels) in translations/messages/<language>.po, which Babel reads and compiles in memory (no
compiled .mo file is kept), and the browser scripts' (docs/assets/javascripts/: the calculator's
refusals, the builder's messages) in a domain of their own, translations/scripts/<language>.po,
which the site publishes as the scripts' messages file (pages/page_data.py). No I/O besides
reading translations/.
"""

from __future__ import annotations

import functools
import gettext
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from babel.messages.mofile import write_mo
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po
from babel.support import Translations

from generator import PROJECT
from generator.site.language import ENGLISH

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

MESSAGES = PROJECT / "translations" / "messages"
"""Where the templates' message catalogues live: messages.pot, what the templates say, and
<language>.po."""
SCRIPT_MESSAGES = PROJECT / "translations" / "scripts"
"""Where the scripts' message catalogues live: scripts.pot, what the scripts say, and <language>.po."""


def catalogue_path(language: str, messages: Path = MESSAGES) -> Path:
    """The message catalogue of `language`: translations/messages/de.po."""
    return messages / f"{language}.po"


def translations(language: str, messages: Path = MESSAGES) -> gettext.NullTranslations:
    """What the templates' wording is in `language`: English says what the templates say
    (gettext's identity); a language without a catalogue, or a text its catalogue leaves
    untranslated or fuzzy, stays English too. Compiled once a process for each catalogue's text."""
    path = catalogue_path(language, messages)
    if language == ENGLISH or not path.is_file():
        return gettext.NullTranslations()
    return _compiled(language, path.read_bytes())


@functools.cache
def _compiled(language: str, po: bytes) -> Translations:
    """A catalogue's text compiled as a .mo would be, in memory (fuzzy entries left out, as
    msgfmt leaves them out)."""
    catalog = read_po(io.BytesIO(po), locale=language.replace("-", "_"))
    mo = io.BytesIO()
    write_mo(mo, catalog)
    mo.seek(0)
    return Translations(mo)


@dataclass(frozen=True)
class ScriptTranslations:
    """What the scripts' wording is in a language, for the scripts' messages file."""

    messages: Mapping[str, str | tuple[str, ...]]
    """Each English text (a plural's by its singular) -> its translation, or a plural's forms."""
    plural: str
    """Which form a count `n` takes, as gettext writes it ("(n != 1)"), checked to be one."""


def script_translations(language: str, messages: Path = SCRIPT_MESSAGES) -> ScriptTranslations:
    """The scripts' wording in `language`, from its catalogue: English has none (the scripts say
    it), and a text a catalogue leaves untranslated or fuzzy is left out, so it stays English."""
    path = catalogue_path(language, messages)
    if language == ENGLISH or not path.is_file():
        return ScriptTranslations({}, _plural_of(language))
    return _script_translations(language, path.read_bytes())


@functools.cache
def _script_translations(language: str, po: bytes) -> ScriptTranslations:
    catalog = read_po(io.BytesIO(po), locale=language.replace("-", "_"))
    translated: dict[str, str | tuple[str, ...]] = {}
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, str):
            if isinstance(message.string, str) and message.string:
                translated[message.id] = message.string
            continue
        # A plural, by its singular (as gettext looks it up), with every form translated.
        forms = tuple(message.string or ())
        if forms and all(isinstance(form, str) and form for form in forms):
            translated[message.id[0]] = forms
    return ScriptTranslations(translated, _checked_plural(catalog.plural_expr))


def _plural_of(language: str) -> str:
    """The plural rule of `language` by Babel's locale data ("nplurals=2; plural=(n != 1);")."""
    return _checked_plural(get_plural(language.replace("-", "_")).plural_expr)


def _checked_plural(expression: str) -> str:
    """`expression` once gettext has read it as a plural rule: a .po's Plural-Forms holds no
    other code (gettext refuses anything but `n`, numbers and operators), as the scripts run it."""
    gettext.c2py(expression)
    return expression
