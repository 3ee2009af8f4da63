"""The templates' own wording in a language ("Safety", "Common faults", the calculator's labels):
gettext message catalogues, translations/messages/<language>.po, which Babel reads and compiles
in memory (no compiled .mo file is kept). `make messages` extracts the wording from templates/
into translations/messages/messages.pot and updates each language's .po from it
(CONTRIBUTING.md). No I/O besides reading translations/messages/.
"""

from __future__ import annotations

import functools
import gettext
import io
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from generator import PROJECT
from generator.site.language import ENGLISH

MESSAGES = PROJECT / "translations" / "messages"
"""Where the message catalogues live: messages.pot, what the templates say, and <language>.po."""


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
