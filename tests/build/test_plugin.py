"""The MkDocs plugin through a real `mkdocs build --strict` of the real site."""

from __future__ import annotations

import json
import re
import shutil
from html import unescape
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from generator.catalogue.load import load_catalog
from generator.engines.pdf import PrintError
from tests.conftest import REAL_EXERCISE_IDS, ROOT, copy_project, run

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig


def page_text(site: Path, url: str) -> str:
    """The visible text of a built page's article, tags stripped, whitespace collapsed."""
    html = (site / url / "index.html").read_text("utf-8")
    article = re.search(r"<article.*?</article>", html, re.S)
    assert article, f"{url} has no article"
    text = re.sub(r"<[^>]+>", " ", article.group(0))
    return re.sub(r"\s+", " ", unescape(text))


@pytest.mark.parametrize("exercise_id", REAL_EXERCISE_IDS)
def test_each_exercise_has_a_page_with_safety_cues_and_sources(
    built_site: Path, exercise_id: str
) -> None:
    html = (built_site / "exercises" / exercise_id / "index.html").read_text("utf-8")
    assert 'class="admonition warning"' in html
    assert re.search(r'<h2 id="technique-cues">', html)
    assert re.search(r'<h2 id="sources">', html)
    catalog = load_catalog(ROOT / "exercises.toml")
    for source_id in catalog.exercise(exercise_id).sources:  # each source the exercise cites
        assert catalog.source(source_id).title in unescape(html)


def test_romanian_deadlift_page_holds_the_articles_figures(built_site: Path) -> None:
    text = page_text(built_site, "exercises/romanian-deadlift")
    assert "Also called: RDL, Stiff-leg deadlift" in text.replace(" ,", ",")
    assert "Sets: 3–4" in text
    assert "Reps: 6–10" in text
    assert "70–100 % of your clean one-rep max" in text
    assert "or 50–60 % of your deadlift one-rep max" in text
    # The load table example, in both units: clean 100 kg -> 70 .. 100 kg; 220 lb -> 155 .. 220 lb.
    assert "100 kg 70 75 80 85 90 95 100" in text
    assert "220 lb 155 165 175 185 200 210 220" in text


def test_other_article_figures(built_site: Path) -> None:
    assert "Lighter than your Romanian deadlift loads" in page_text(
        built_site, "exercises/good-morning"
    )
    back_extension = page_text(built_site, "exercises/back-extension")
    assert "Sets: 3–4" in back_extension and "Reps: 8–12" in back_extension
    assert "Moderate to heavy" in back_extension
    assert "Optional hold at the top" in back_extension
    glute_bridge = page_text(built_site, "exercises/glute-bridge")
    assert "as long as your spine stays still" in glute_bridge
    assert "only the hips move" in glute_bridge


def test_load_tables_are_content_tabs_linked_across_the_site(built_site: Path) -> None:
    html = (built_site / "exercises" / "romanian-deadlift" / "index.html").read_text("utf-8")
    labels = re.findall(r'<label for="units-\d+-\d+">([^<]+)</label>', html)
    assert labels == ["kg", "lb", "kg", "lb"]
    assert '"content.tabs.link"' in html


def test_load_tables_have_a_caption_and_headers_for_screen_readers(built_site: Path) -> None:
    html = (built_site / "exercises" / "romanian-deadlift" / "index.html").read_text("utf-8")
    assert "<caption>Loads in lb for 50–60 % of your deadlift one-rep max (1RM)</caption>" in html
    assert '<th scope="col">Clean 1RM</th><th scope="col">70 %</th>' in html
    assert '<tr><th scope="row">100 kg</th><td>70<td>' in html


def test_search_index_holds_names_aliases_cues_and_safety_but_not_what_every_page_repeats(
    built_site: Path,
) -> None:
    index = json.loads((built_site / "search" / "search_index.json").read_text("utf-8"))
    entries = [d for d in index["docs"] if d["location"].startswith("exercises/romanian-deadlift/")]
    text = unescape(" ".join(f"{d['title']} {d['text']}" for d in entries))
    assert "Romanian deadlift" in text
    assert "RDL" in text
    assert "Stiff-leg deadlift" in text
    assert "Hamstrings, hams" in text  # a primary muscle, a word of the vocabulary, and a synonym
    assert "keep that bend fixed for the whole set" in text  # a cue
    assert "range of motion is earned, not forced" in text  # a safety note
    assert "Fix:" not in text  # the faults
    assert "Clean 1RM" not in text
    assert "112.5" not in text  # a load of the clean table
    assert "Good morning" not in text  # a related exercise: searching it should not find this page
    assert "Strengthen Your Lower Back" not in text  # the source, the same on every page


def test_reference_lifts_link_to_their_pages(built_site: Path) -> None:
    html = (built_site / "exercises" / "romanian-deadlift" / "index.html").read_text("utf-8")
    assert '<a href="../clean/">clean</a>' in html
    assert '<a href="../deadlift/">deadlift</a>' in html


def test_pages_with_loads_name_the_sites_one_load_data_file(built_site: Path) -> None:
    """The calculator's data is one file of the site, addressed from each page that uses it."""
    data = json.loads((built_site / "assets" / "loads.json").read_text("utf-8"))
    assert data["halfway"] == "lighter"
    for page in ("exercises/romanian-deadlift", "programs/lower-back-assistance"):
        html = (built_site / page / "index.html").read_text("utf-8")
        assert 'id="exercise-guide-loadable" data-src="../../assets/loads.json"' in html
        assert '"loads":' not in html


def test_related_exercises_link_to_their_pages(built_site: Path) -> None:
    html = (built_site / "exercises" / "romanian-deadlift" / "index.html").read_text("utf-8")
    related = html[html.index('id="related-exercises"') :]
    assert '<li><a href="../good-morning/">Good morning</a></li>' in related
    assert (built_site / "exercises" / "good-morning" / "index.html").is_file()


def test_a_template_link_to_a_missing_page_stops_the_strict_build(tmp_path: Path) -> None:
    """Links in the HTML the plugin sets aside are checked as MkDocs checks Markdown links."""
    project = copy_project(tmp_path)
    template = project / "templates" / "exercise.md.j2"
    text = template.read_text("utf-8")
    template.write_text(
        text.replace('<a href="{{ other.id }}.md">', '<a href="{{ other.id }}-x.md">'), "utf-8"
    )
    result = run("-m", "mkdocs", "build", "--strict", cwd=project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (
        "Doc file 'exercises/romanian-deadlift.md' contains a link 'good-morning-x.md'"
        in result.stderr
    )


def test_edit_link_of_a_generated_page_points_at_exercises_toml(built_site: Path) -> None:
    html = (built_site / "exercises" / "clean" / "index.html").read_text("utf-8")
    assert (
        'href="https://github.com/exercise-guide/exercise-guide/edit/main/exercises.toml"' in html
    )
    safety = (built_site / "safety" / "index.html").read_text("utf-8")
    assert (
        'href="https://github.com/exercise-guide/exercise-guide/edit/main/docs/safety.md"' in safety
    )


def test_exercise_pages_stay_out_of_the_sidebar(built_site: Path) -> None:
    html = (built_site / "index.html").read_text("utf-8")
    sidebar = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>\s*</div>', html, re.S)
    assert sidebar
    assert "How to read the load tables" in sidebar.group(0)
    assert "exercises/" not in sidebar.group(0)


def test_home_page_catalogue_lists_every_exercise(built_site: Path) -> None:
    html = (built_site / "index.html").read_text("utf-8")
    for exercise_id in REAL_EXERCISE_IDS:
        assert f'href="exercises/{exercise_id}/"' in html
    text = page_text(built_site, "")
    assert (
        "Romanian deadlift Hinge Hamstrings, Glutes, Spinal erectors Barbell, Weight plates" in text
    )


@pytest.mark.parametrize(
    ("page", "expected", "absent"),
    [
        ("tags/muscles", ["Hamstrings ¶", "Spinal erectors ¶"], ["Hinge ¶", "Muscle/"]),
        ("tags/patterns", ["Hinge ¶", "Bridge ¶"], ["Glutes ¶", "Pattern/"]),
        (
            "tags/equipment",
            ["Barbell ¶", "Back-extension bench ¶"],
            ["Hinge ¶", "Equipment/"],
        ),
    ],
)
def test_tag_pages(built_site: Path, page: str, expected: list[str], absent: list[str]) -> None:
    text = page_text(built_site, page)
    for tag in expected:
        assert tag in text
    for tag in absent:
        assert tag not in text
    assert "Romanian deadlift" in text


def test_search_index_gives_each_alias_a_title_of_its_own(built_site: Path) -> None:
    """A title outweighs text a thousandfold in Material's search, so each alias is a title,
    pointing at the alias on the page."""
    index = json.loads((built_site / "search" / "search_index.json").read_text("utf-8"))
    entries = {d["location"]: d for d in index["docs"]}
    assert entries["exercises/romanian-deadlift/"]["title"] == "Romanian deadlift"
    assert "RDL" not in entries["exercises/romanian-deadlift/"]["text"]  # once is enough
    assert entries["exercises/romanian-deadlift/#also-called-1"]["title"] == "RDL"
    assert entries["exercises/romanian-deadlift/#also-called-2"]["title"] == "Stiff-leg deadlift"
    html = (built_site / "exercises" / "romanian-deadlift" / "index.html").read_text("utf-8")
    assert (
        '<p id="also-called"><strong>Also called:</strong> <span id="also-called-1">RDL</span>, '
        '<span id="also-called-2">Stiff-leg deadlift</span></p>'
    ) in html


def test_search_splits_a_hyphenated_alias_where_the_query_script_does(built_site: Path) -> None:
    """docs/assets/javascripts/search-hyphens.js searches "Stiff-leg" as "Stiff leg": the words the
    index holds for it, so both must split at hyphens."""
    index = json.loads((built_site / "search" / "search_index.json").read_text("utf-8"))
    words = re.split(index["config"]["separator"], "Stiff-leg deadlift")
    assert words == ["Stiff", "leg", "deadlift"]
    html = (built_site / "index.html").read_text("utf-8")
    assert '<script src="assets/javascripts/search-hyphens.js"></script>' in html


def test_search_index_holds_an_exercise_words_as_text_not_tags(built_site: Path) -> None:
    """Material weighs a tag a thousand times a title: "bench" would find the back extension, done
    on a back-extension bench, before every exercise named with "bench"."""
    index = json.loads((built_site / "search" / "search_index.json").read_text("utf-8"))
    entries = [d for d in index["docs"] if d["location"].startswith("exercises/back-extension/")]
    assert not [d["location"] for d in entries if "tags" in d]
    assert "Back-extension bench" in entries[0]["text"]


def test_listings_that_grow_with_the_catalogue_stay_out_of_search(built_site: Path) -> None:
    """The home page's catalogue and the tag pages list every exercise: searching a name
    should find the exercise, not every listing that names it."""
    index = json.loads((built_site / "search" / "search_index.json").read_text("utf-8"))
    pages = {d["location"].partition("#")[0] for d in index["docs"]}
    assert "" not in pages
    assert not any(page.startswith("tags/") for page in pages)
    assert "load-tables/" in pages and "safety/" in pages


def test_load_table_guide_states_the_rounding(built_site: Path) -> None:
    text = page_text(built_site, "load-tables")
    assert (
        "a 20 kg bar and plates of 25, 20, 15, 10, 5, 2.5, 1.25 kg, so loads go up in steps of 2.5 kg"
        in text
    )
    assert (
        "a 45 lb bar and plates of 45, 35, 25, 10, 5, 2.5 lb, so loads go up in steps of 5 lb"
        in text
    )


def test_nothing_is_written_into_docs(built_site: Path) -> None:
    docs = Path(__file__).resolve().parents[2] / "docs"
    assert not (docs / "exercises").exists()
    assert not (docs / "index.md").exists()


def test_invalid_catalogue_stops_the_build_with_a_located_message(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    source = project / "exercises.toml"
    text = source.read_text("utf-8").replace("\nsafety = [\n", "\nsafty = [\n", 1)
    source.write_text(text, "utf-8")
    line = text.splitlines().index("safty = [") + 1
    result = run("-m", "mkdocs", "build", "--strict", cwd=project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (
        f"exercises.toml:{line}:1: exercise 'romanian-deadlift': safty: unknown key 'safty'"
        in result.stderr
    )
    assert not (project / "site").exists()


def test_a_likely_duplicate_is_reported_and_the_strict_build_goes_on(tmp_path: Path) -> None:
    """A likely duplicate (generator/catalogue/near_duplicates.py) is worth a look, not a mistake: the build
    names it where MkDocs reports what it does, and finishes."""
    project = copy_project(tmp_path)
    source = project / "exercises.toml"
    text = source.read_text("utf-8") + (
        '\n[[exercises]]\nid = "deadlifts-romanian"\nname = "Deadlifts: Romanian"\n'
        'summary = "The same lift, entered again."\npattern = "hinge"\n'
        'muscles = { primary = ["hamstrings"] }\nequipment = ["barbell"]\n'
        'cues = ["Push the hips back."]\nsafety = ["Keep the back flat."]\n'
        'sources = ["dewar-lower-back"]\n'
    )
    source.write_text(text, "utf-8")
    line = text.splitlines().index('name = "Deadlifts: Romanian"') + 1
    original = text.splitlines().index('name = "Romanian deadlift"') + 1
    result = run("-m", "mkdocs", "build", "--strict", cwd=project)
    assert result.returncode == 0, result.stderr
    assert (
        f"exercises.toml:{line}:1: warning: exercise 'deadlifts-romanian': name: "
        "'Deadlifts: Romanian' has the words of 'Romanian deadlift', the name of exercise "
        f"'romanian-deadlift' (line {original})"
    ) in result.stderr
    assert (project / "site" / "exercises" / "deadlifts-romanian" / "index.html").is_file()


def test_hand_written_page_with_a_generated_path_is_an_error(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project / "docs" / "exercises").mkdir()
    (project / "docs" / "exercises" / "clean.md").write_text("# My clean notes\n", "utf-8")
    result = run("-m", "mkdocs", "build", "--strict", cwd=project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "docs/exercises/clean.md is hand-written" in result.stderr
    assert (project / "docs" / "exercises" / "clean.md").read_text("utf-8") == "# My clean notes\n"


def test_template_mistake_stops_the_build_with_its_location(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    template = project / "templates" / "exercise.md.j2"
    text = template.read_text("utf-8").replace("# {{ exercise.name }}", "# {{ exercise.nme }}")
    template.write_text(text, "utf-8")
    # The heading's line, whatever follows the name on it (the mark of an untranslated name).
    line = next(
        number
        for number, written in enumerate(text.splitlines(), start=1)
        if written.startswith("# {{ exercise.nme }}")
    )
    result = run("-m", "mkdocs", "build", "--strict", cwd=project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"exercise.md.j2:{line}:1: template: " in result.stderr
    assert "has no attribute 'nme'" in result.stderr


def _generated(config: MkDocsConfig) -> dict[str, str]:
    """The generated pages one build of the configured plugin adds (on_pre_build, on_files), by path."""
    config.plugins.on_pre_build(config=config)
    files = config.plugins.on_files(Files([]), config=config)
    return {f.src_uri: f.content_string for f in files if f.src_uri.endswith(".md")}


def test_serve_rebuilds_reuse_the_pages_until_the_catalogue_or_a_template_changes(
    tmp_path: Path,
) -> None:
    """One plugin instance, as `mkdocs serve` keeps it: unchanged sources give the same pages."""
    project = copy_project(tmp_path)
    config = load_config(config_file=str(project / "mkdocs.yml"))
    config.plugins.on_startup(command="serve", dirty=False)
    first = _generated(config)
    assert _generated(config) == first

    source = project / "exercises.toml"
    source.write_text(
        source.read_text("utf-8").replace("Stiff-leg deadlift", "Stiff-legged"), "utf-8"
    )
    after_source = _generated(config)
    assert "Stiff-legged" in after_source["exercises/romanian-deadlift.md"]

    template = project / "templates" / "exercise.md.j2"
    # The heading's wording as the template marks it for translation (translations/messages/).
    heading = '## {{ _("At a glance") }}'
    template.write_text(template.read_text("utf-8").replace(heading, "## Facts"), "utf-8")
    assert "## Facts" in _generated(config)["exercises/clean.md"]


def _one_build_until_the_copy(config: MkDocsConfig) -> Files:
    """The plugin's events up to the moment MkDocs copies the files into the site (on_env)."""
    config.plugins.on_pre_build(config=config)
    files = config.plugins.on_files(Files([]), config=config)
    ours = config.plugins["exercise-guide"]  # the other plugins' on_env needs pages built
    ours.on_env(config.theme.get_env(), config=config, files=files)
    return files


def test_the_blank_sheets_are_printed_pdfs_by_the_time_they_are_copied(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    config = load_config(config_file=str(project / "mkdocs.yml"))
    files = _one_build_until_the_copy(config)
    sheets = {f.src_uri: f.content_bytes for f in files if f.src_uri.endswith(".pdf")}
    programs = load_catalog(project / "exercises.toml").programs
    assert sorted(sheets) == sorted(
        f"programs/{program.id}-{paper}.pdf" for program in programs for paper in ("a4", "letter")
    )
    assert len(sheets) == 4  # two programs, two papers
    assert all(pdf.startswith(b"%PDF-") for pdf in sheets.values())


def test_a_sheet_that_cannot_be_printed_stops_the_build_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never an empty PDF in the site: the build stops and says why."""

    def fail(html: str) -> bytes:
        raise PrintError("WeasyPrint is not installed")

    monkeypatch.setattr(
        "generator.engines.mkdocs_plugin.sheet_printer.html_to_pdf_in_a_process", fail
    )
    project = copy_project(tmp_path)
    # A sheet style no build has printed yet (MkDocs keeps the plugin, and its PDFs, per process).
    with (project / "docs" / "assets" / "stylesheets" / "sheet.css").open("a") as style:
        style.write("\n/* changed */\n")
    config = load_config(config_file=str(project / "mkdocs.yml"))
    with pytest.raises(PluginError, match="printing the blank program sheets failed: WeasyPrint"):
        _one_build_until_the_copy(config)


def test_mkdocs_yml_sets_each_option_once() -> None:
    """YAML keeps the last of two equal keys without a word: a second `extra_css` once dropped
    the load tables' stylesheet from every page."""

    def repeated(node: yaml.Node) -> list[str]:
        found = []
        if isinstance(node, yaml.MappingNode):
            keys = [key.value for key, _ in node.value]
            found += [key for key in keys if keys.count(key) > 1]
            for _, value in node.value:
                found += repeated(value)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                found += repeated(item)
        return found

    document = yaml.compose((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=yaml.SafeLoader)
    assert document is not None
    assert repeated(document) == []


def test_a_stale_german_page_shows_the_english_marked_and_a_bad_one_stops_the_build(
    tmp_path: Path,
) -> None:
    """docs/safety.md changed after its German was written: the German site shows the English
    page under its German notice (the build passes, --strict too); a translation of a page docs/
    does not have stops the build, located."""
    project = copy_project(tmp_path)
    shutil.copytree(ROOT / "translations", project / "translations")
    english = project / "docs" / "safety.md"
    english.write_text(english.read_text("utf-8") + "\nOne more sentence.\n", "utf-8")
    site = project / "site-de"
    german = ("-f", "mkdocs.de.yml", "--site-dir", str(site))

    result = run("-m", "mkdocs", "build", "--strict", *german, cwd=project)

    assert result.returncode == 0, result.stderr
    html = (site / "safety" / "index.html").read_text("utf-8")
    assert "Safety notes and disclaimer" in html
    assert "Diese Seite ist noch nicht übersetzt" in html
    assert "translations/pages/de/safety.md:5:1: docs/safety.md changed" in result.stderr
    muscles = (site / "tags" / "muscles" / "index.html").read_text("utf-8")
    assert "Übungen nach Muskel" in muscles, "the pages still current stay German"

    stray = project / "translations" / "pages" / "de" / "nowhere.md"
    stray.write_text("---\ntranslates: 0123abcd\n---\n# Nirgends\n", "utf-8")
    result = run("-m", "mkdocs", "build", "--strict", *german, cwd=project)
    assert result.returncode == 1
    assert "translations/pages/de/nowhere.md:1:1: docs/ has no page nowhere.md" in result.stderr
    assert "Traceback" not in result.stderr
