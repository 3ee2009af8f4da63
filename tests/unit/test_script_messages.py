"""The browser scripts' own wording in a gettext domain of its own (generator/site/messages.py,
translations/scripts/): the committed scripts.pot is what the scripts say now, with every comment
for translators, each language's .po translates all of it with the same placeholders, and the site
publishes a language's translations in the messages file the scripts read first."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg

from generator.site.messages import SCRIPT_MESSAGES, ScriptTranslations, script_translations
from generator.site.pages import page_data
from generator.site.pages.page_data import script_messages
from generator.site.paths import MESSAGES_FILE
from tests.conftest import ROOT
from tests.unit.test_messages import _ids, _read, assert_translates_all_of

SCRIPTS = ROOT / "docs" / "assets" / "javascripts"
LANGUAGES = sorted(path.stem for path in SCRIPT_MESSAGES.glob("*.po"))


@pytest.fixture(scope="module")
def template() -> Catalog:
    return _read(SCRIPT_MESSAGES / "scripts.pot")


def _extracted() -> list[tuple[tuple[str, ...], list[str]]]:
    """What `make messages` extracts from the scripts: each message's ids and its comments."""
    with (ROOT / "babel.cfg").open() as config:
        method_map, options_map = parse_mapping_cfg(config)

    def on_the_way(path: str) -> bool:
        folder = Path(path).resolve()
        return folder.is_relative_to(SCRIPTS) or SCRIPTS.is_relative_to(folder)

    return [
        (_ids(message_id), comments)
        for _, _, message_id, comments, _ in extract_from_dir(
            ROOT,
            method_map,
            options_map,
            comment_tags=("TRANSLATORS:",),
            strip_comment_tags=True,
            directory_filter=on_the_way,
        )
    ]


def test_the_template_is_what_the_scripts_say_now(template: Catalog) -> None:
    extracted = {message_id for message_id, _ in _extracted()}
    committed = {_ids(message.id) for message in template if message.id}
    assert len(extracted) > 100, "is babel.cfg's pattern still docs/assets/javascripts/**.js?"
    assert sorted(extracted - committed) == [], "new wording: run `make messages`"
    assert sorted(committed - extracted) == [], "wording gone from the scripts: `make messages`"


def test_every_comment_for_translators_reaches_them(template: Catalog) -> None:
    # Babel keeps a comment only when it ends on the line before the call's last opening bracket:
    # a call whose values call a function on a later line loses it.
    comments = " ".join(" ".join(message.auto_comments) for message in template)
    for script in sorted(SCRIPTS.glob("*.js")):
        for written in re.findall(r"// TRANSLATORS: (.+)", script.read_text("utf-8")):
            assert written.strip() in re.sub(r"\s+", " ", comments), f"{script.name}: {written}"


def test_each_domain_holds_its_own_wording_only(template: Catalog) -> None:
    # The scripts' domain is what the site ships for them; the templates' stays the templates'.
    def folders(catalogue: Catalog) -> set[str]:
        return {path.rsplit("/", 1)[0] for message in catalogue for path, _ in message.locations}

    assert folders(template) == {"docs/assets/javascripts"}
    assert folders(_read(ROOT / "translations" / "messages" / "messages.pot")) == {"templates"}


def test_there_is_a_german_catalogue() -> None:
    assert "de" in LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_catalogue_translates_all_the_wording_with_its_placeholders(
    language: str, template: Catalog
) -> None:
    assert_translates_all_of(template, _read(SCRIPT_MESSAGES / f"{language}.po"))


def test_english_has_no_translations_the_scripts_say_it() -> None:
    assert script_translations("en").messages == {}
    assert script_translations("en").plural == "(n != 1)"


def test_german_translates_a_refusal_and_its_plurals() -> None:
    german = script_translations("de").messages
    assert german["An empty value"] == "Ein leerer Wert"
    assert german["%(count)s week"] == ("%(count)s Woche", "%(count)s Wochen")


PO = """\
msgid ""
msgstr ""
"Language: fr\\n"
"Plural-Forms: {plural}\\n"

msgid "Copied."
msgstr "Copié."

#, fuzzy
msgid "Search"
msgstr "Rechercher"

msgid "Table"
msgstr ""
"""


def test_a_fuzzy_or_empty_translation_stays_english(tmp_path: Path) -> None:
    (tmp_path / "fr.po").write_text(PO.format(plural="nplurals=2; plural=(n > 1);"), "utf-8")
    french = script_translations("fr", tmp_path)
    assert french.messages == {"Copied.": "Copié."}
    assert french.plural == "(n > 1)"


def test_a_language_without_a_catalogue_keeps_the_english(tmp_path: Path) -> None:
    assert script_translations("fr", tmp_path).messages == {}


def test_a_plural_rule_is_a_rule_and_nothing_else(tmp_path: Path) -> None:
    # The scripts run the rule: a catalogue cannot smuggle other code into the site.
    (tmp_path / "fr.po").write_text(PO.format(plural="nplurals=2; plural=alert(1);"), "utf-8")
    with pytest.raises(ValueError, match="plural"):
        script_translations("fr", tmp_path)


def _published(messages_file: str) -> dict[str, object]:
    """The translations a messages file gives the scripts."""
    found = re.search(r"^  messages: (\{.*\})\n\};\n\Z", messages_file, re.MULTILINE | re.DOTALL)
    assert found, messages_file
    published: dict[str, object] = json.loads(found[1])
    return published


def test_the_messages_file_gives_the_scripts_a_languages_translations() -> None:
    assert _published(script_messages("en")) == {}
    german = _published(script_messages("de"))
    assert german["Copied."] == "Kopiert."
    assert german == {
        english: list(text) if isinstance(text, tuple) else text
        for english, text in script_translations("de").messages.items()
    }
    assert "return Number((n != 1));" in script_messages("de")


def test_the_messages_file_is_the_first_script_of_every_page() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    assert config["extra_javascript"][0] == MESSAGES_FILE
    assert "extra_javascript" not in yaml.safe_load((ROOT / "mkdocs.de.yml").read_text("utf-8"))


def test_a_translation_is_data_in_the_messages_file_never_code(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hostile = '"}; alert(1); //</script><img src=x onerror=alert(2)>\u2028'
    translations = ScriptTranslations({"Copied.": hostile}, "(n != 1)")
    monkeypatch.setattr(page_data, "script_translations", lambda language: translations)
    made = page_data.script_messages("xx")
    # The file is the one assignment still, its mapping the text as written, every character
    # of it inside a JSON string (the line separator escaped, as older parsers end a line there).
    assert _published(made) == {"Copied.": hostile}
    assert "\u2028" not in made
