"""The site's pages, one module per page type, each `pages(rendering) -> {docs path: text}`: the
types are listed in PAGE_TYPES, in the order the pages are made. No I/O.

A new page type is a module here with a `pages` function, its template in templates/, its path in
generator/site/paths.py, and one line in PAGE_TYPES (ARCHITECTURE.md says more).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup

from generator.catalogue.model import TRAINING_MAX_PERCENT
from generator.loads import ESTIMATE_REPS, MAX_ONE_REP_MAX
from generator.site.language import ENGLISH
from generator.site.load_tables import bar_setup
from generator.site.page_memo import PageMemo
from generator.site.pages import builder, exercise, home, load_guide, muscles, page_data, programs
from generator.site.pages.rendering import Rendering
from generator.site.paths import page_url
from generator.site.templating import TEMPLATES, environment, located_template_errors, word_names

if TYPE_CHECKING:
    from collections.abc import Callable

    from generator.catalogue.load import Catalog
    from generator.catalogue.model import Settings
    from generator.catalogue.source import KeyPath
    from generator.loads import BarSetup

PAGE_TYPES: tuple[Callable[[Rendering], dict[str, str]], ...] = (
    page_data.pages,  # assets/loads.json and the muscle map's drawing
    home.pages,  # index.md: the catalogue
    load_guide.pages,  # load-tables.md: how the load tables work
    exercise.pages,  # exercises/<id>.md
    muscles.pages,  # muscles/<id>.md and muscles/index.md
    programs.pages,  # programs/<id>.md and programs/index.md
    builder.pages,  # programs/builder.md: a program made in the browser
)


def render_site(
    catalog: Catalog,
    templates: Path = TEMPLATES,
    *,
    site_url: str = "",
    use_directory_urls: bool = True,
    memo: PageMemo | None = None,
    language: str = ENGLISH,
    in_english: frozenset[KeyPath] = frozenset(),
) -> dict[str, str]:
    """Every generated page of the site, and the files they refer to (page_data.py), keyed by the
    path relative to docs/.

    `site_url` makes the addresses printed on program sheets absolute; `use_directory_urls` gives
    the addresses that front matter names for the theme (a muscle tag's page). `memo`, kept from
    the last build and started for this one (build_site), spares the pages whose inputs are
    unchanged. `language` is the pages' language, whose texts at `in_english` are still English,
    and of the templates' own wording (translations/messages/<language>.po, generator/site/messages.py).
    A mistake in a template is raised as a `CatalogError` located in that template.
    """
    memo = memo or PageMemo()

    def render() -> dict[str, str]:
        rendering = _rendering(
            catalog,
            templates,
            site_url=site_url,
            use_directory_urls=use_directory_urls,
            memo=memo,
            language=language,
            in_english=in_english,
        )
        made: dict[str, str] = {}
        for page_type in PAGE_TYPES:
            made.update(page_type(rendering))
        return made

    return located_template_errors(render, templates)


def shared_inputs(catalog: Catalog, templates: Path, site_url: str) -> tuple[object, ...]:
    """What every generated file may be made from, for PageMemo.start: the templates' text, the
    settings, the vocabulary and the site's address."""
    texts = tuple((path, path.read_text("utf-8")) for path in sorted(templates.rglob("*.j2")))
    return (texts, catalog.settings, catalog.vocabulary, site_url)


def _rendering(
    catalog: Catalog,
    templates: Path,
    *,
    site_url: str,
    use_directory_urls: bool,
    memo: PageMemo,
    language: str,
    in_english: frozenset[KeyPath],
) -> Rendering:
    env = environment(
        templates, compiled=memo.compiled_templates, language=language, in_english=in_english
    )
    env.filters["word"] = word_names(catalog.vocabulary)
    env.globals["page_url"] = functools.partial(page_url, use_directory_urls=use_directory_urls)
    context: dict[str, object] = {
        "catalog": catalog,
        "settings": catalog.settings,
        "setups": _setups(catalog.settings),
        "max_one_rep_max": MAX_ONE_REP_MAX,
        "training_max_percent": TRAINING_MAX_PERCENT,
        "estimate_reps": ESTIMATE_REPS,
    }
    # The same on every exercise page: rendered once (a tenth of the time of a page, each time).
    context["bar_list"] = Markup(env.get_template("bar-list.html.j2").render(context))
    return Rendering(catalog, env, context, site_url, memo, language)


def _setups(settings: Settings) -> dict[str, BarSetup]:
    return {unit.value: bar_setup(settings, unit) for unit in settings.units}
