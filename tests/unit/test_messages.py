"""The templates' own wording in gettext catalogues (generator/site/messages.py): the committed
messages.pot is what the templates say now, each language's .po translates all of it with the same
placeholders, and a page rendered in German shows the German. The English pages are the golden
pages of test_render.py, unchanged."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from generator.catalogue.load import load_catalog
from generator.site import messages
from generator.site.messages import MESSAGES, translations
from generator.site.pages import render_site
from generator.site.templating import TEMPLATES, environment
from tests.conftest import ROOT

PLACEHOLDER = re.compile(r"%\((\w+)\)s")
LANGUAGES = sorted(path.stem for path in MESSAGES.glob("*.po"))
PAGE = "exercises/romanian-deadlift.md"


def _read(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file)


def _ids(message_id: str | tuple[str, ...]) -> tuple[str, ...]:
    return message_id if isinstance(message_id, tuple) else (message_id,)


def _texts(message_string: str | tuple[str, ...] | None) -> tuple[str, ...]:
    if message_string is None:
        return ("",)
    return message_string if isinstance(message_string, tuple) else (message_string,)


@pytest.fixture(scope="module")
def template() -> Catalog:
    return _read(MESSAGES / "messages.pot")


def test_the_template_is_what_the_templates_say_now(template: Catalog) -> None:
    with (ROOT / "babel.cfg").open() as config:
        method_map, options_map = parse_mapping_cfg(config)
    extracted = {
        _ids(message_id)
        for _, _, message_id, _, _ in extract_from_dir(
            ROOT,
            method_map,
            options_map,
            comment_tags=("TRANSLATORS:",),
            strip_comment_tags=True,
            directory_filter=lambda path: Path(path).resolve().is_relative_to(TEMPLATES),
        )
    }
    committed = {_ids(message.id) for message in template if message.id}
    assert extracted, "no wording found: is babel.cfg's pattern still templates/**.j2?"
    assert sorted(extracted - committed) == [], "new wording: run `make messages`"
    assert sorted(committed - extracted) == [], "wording gone from the templates: `make messages`"


def test_there_is_a_german_catalogue() -> None:
    assert "de" in LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_catalogue_translates_all_the_wording_with_its_placeholders(
    language: str, template: Catalog
) -> None:
    assert_translates_all_of(template, _read(MESSAGES / f"{language}.po"))


def assert_translates_all_of(template: Catalog, catalogue: Catalog) -> None:
    """`catalogue` translates every message of `template` and no other, none fuzzy or empty,
    each with the placeholders of its English."""
    wording = {message.id for message in template if message.id}
    translated = {message.id: message for message in catalogue if message.id}
    assert sorted(map(_ids, wording - set(translated))) == [], "untranslated: edit the .po"
    assert sorted(map(_ids, set(translated) - wording)) == [], "no longer in the templates/scripts"
    for message_id, message in translated.items():
        names = {name for text in _ids(message_id) for name in PLACEHOLDER.findall(text)}
        assert not message.fuzzy, f"fuzzy, not yet checked: {message_id!r}"
        for text in _texts(message.string):
            assert text, f"empty translation of {message_id!r}"
            assert set(PLACEHOLDER.findall(text)) == names, f"placeholders of {message_id!r}"
            # As a page or a script fills it in: only %(name)s and %% are marks; a lone % fails.
            assert "%" not in re.sub(r"%\(\w+\)s|%%", "", text), f"a lone % in {message_id!r}"
    assert [errors for _, errors in catalogue.check()] == []


def test_english_is_what_the_templates_say() -> None:
    assert type(translations("en")) is gettext.NullTranslations
    assert environment(language="en").from_string('{{ _("Safety") }}').render() == "Safety"


def test_a_language_without_a_catalogue_keeps_the_english_wording(tmp_path: Path) -> None:
    assert translations("fr", tmp_path).gettext("Safety") == "Safety"


def test_a_catalogue_is_compiled_once_for_its_text() -> None:
    assert translations("de") is translations("de")
    assert translations("de").gettext("Safety") == "Sicherheit"
    assert messages._compiled.cache_info().currsize >= 1


def test_compiled_templates_are_shared_by_every_language() -> None:
    # The process's compiled templates know no language: a template compiled for German renders
    # English in an English environment, and the other way round.
    name = "calculator.html.j2"
    context = {
        "reference": type("Lift", (), {"name": "Back squat"})(),
        "i": {"of": "back-squat", "percent": {"low": 70, "high": 80}},
        "id": "load-1",
        "warmup": [],
        "barbell": True,
        "units": [],
        "max_one_rep_max": 1000,
        "estimate_reps": [1, 10],
    }
    german = environment(language="de").get_template(name).render(context)
    english = environment().get_template(name).render(context)
    assert "Mein 1RM schätzen" in german
    assert "Estimate my 1RM" in english
    assert "Mein 1RM schätzen" not in english


@pytest.fixture(scope="module")
def german_page() -> str:
    return render_site(load_catalog(ROOT / "exercises.toml"), language="de")[PAGE]


@pytest.fixture(scope="module")
def english_page() -> str:
    return render_site(load_catalog(ROOT / "exercises.toml"))[PAGE]


def _headings(page: str) -> set[str]:
    """A page's headings and admonition titles, without their attribute lists."""
    found = {m[1] for m in re.finditer(r"^#{2,6} (.+?)(?: \{[^}]*\})?$", page, re.M)}
    return found | set(re.findall(r'^!!! \w+ "(.+)"$', page, re.M))


def test_the_german_exercise_page_has_german_headings(german_page: str, english_page: str) -> None:
    german = translations("de")
    headings = _headings(german_page)
    assert {"Sicherheit", "Häufige Fehler", "Technikhinweise", "Quellen"} <= headings
    english_translated = {
        heading for heading in _headings(english_page) if german.gettext(heading) != heading
    }
    assert english_translated, "the English page's headings are in de.po"
    assert sorted(english_translated & headings) == []
    assert "<strong>Sätze:</strong>" in german_page
    assert "Estimate my 1RM" not in german_page


def test_the_german_page_keeps_what_scripts_and_styles_read(
    german_page: str, english_page: str
) -> None:
    def attributes(page: str) -> list[str]:
        # A lift's name as prose writes it is the language's (German keeps a noun's capital), and
        # a text no translation translates yet is marked so on any site but the English one.
        found = re.findall(r'(?:data-[\w-]+|id|class|name|for)="[^"]*"', page)
        language_own = ("data-lift-name=", 'class="eg-untranslated"')
        return [a for a in found if not a.startswith(language_own)]

    assert attributes(german_page) == attributes(english_page)
