"""Offline use, in a real headless Chromium on the real site: after one visit with the network on,
the pages, the calculator, the sheets and search keep working with it off; a rebuild arrives at
the next online visit; the site installs as an app. Each test has a browser profile of its own,
so that no test finds what another one saved."""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from generator.catalogue.load import load_catalog
from generator.catalogue.problems import CatalogError
from generator.site.build import build_site
from generator.site.paths import APP_MANIFEST, ICON, SERVICE_WORKER
from tests.conftest import (
    CHROMIUM_ARGS,
    ROOT,
    Network,
    chromium_executable,
    copy_project,
    run,
    serve,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page


EXERCISE = "exercises/romanian-deadlift/"
PROGRAM = "programs/lower-back-assistance/"
SHEET = "programs/lower-back-assistance-a4.pdf"
PRECACHE = re.compile(r"^var PRECACHE = (\[.*\]);$", re.MULTILINE)
VERSION = re.compile(r'^var VERSION = "([0-9a-f]+)";$', re.MULTILINE)

# True once the service worker controls the page and has saved the page and every file of this
# origin that it loaded: from then on, the visit's files are there without a network.
SAVED = """async () => {
  if (!navigator.serviceWorker.controller) return false;
  const origin = location.origin + "/";
  const loaded = performance.getEntriesByType("resource").map((entry) => entry.name);
  for (const url of [location.href, ...loaded].filter((url) => url.startsWith(origin))) {
    if (!(await caches.match(url, { ignoreSearch: true }))) return false;
  }
  return true;
}"""


# What offline.js asks the worker of the address the page shows now: was it the saved copy?
ASK_WHETHER_SAVED = """() => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = (event) => resolve(event.data);
  navigator.serviceWorker.controller.postMessage({ savedCopy: location.href }, [channel.port2]);
})"""


@pytest.fixture
def site_url(built_site: Path, network: Network) -> Iterator[str]:
    """The built site, served to this test alone, so that it can unplug the network."""
    with serve(built_site, network) as url:
        yield url


def wait_until(page: Page, script: str, arg: object = None) -> None:
    """Wait until the page's async `script` answers true (wait_for_function takes a promise for
    a true answer)."""
    for _ in range(120):
        if page.evaluate(script, arg):
            return
        page.wait_for_timeout(250)
    raise AssertionError(f"still false after 30 seconds: {script}")


def visit_online(page: Page, url: str) -> None:
    """Open `url` with the network on and wait until what it loaded is saved for offline use."""
    page.goto(url)
    wait_until(page, SAVED)


def heading(page: Page) -> str:
    return page.locator("h1").first.inner_text().strip()


def calculator_loads(page: Page, url: str) -> list[str]:
    """The loads the Romanian deadlift's calculator shows for a clean of 100 kg."""
    page.goto(url + EXERCISE)
    page.locator("form.eg-calculator").first.wait_for()
    page.get_by_label("Your clean 1RM").fill("100")
    form = page.locator("form.eg-calculator", has=page.get_by_label("Your clean 1RM"))
    return [item.inner_text() for item in form.locator(".eg-calculator__loads li").all()]


def test_after_one_visit_the_home_exercise_and_program_pages_load_offline(
    context: BrowserContext, network: Network, site_url: str
) -> None:
    page = context.new_page()
    visit_online(page, site_url)
    assert not page.locator(".eg-saved-copy").is_visible()  # online: the live page, no notice
    network.unplug(context)
    for path, name in [
        ("", "Strength exercise guide"),
        (EXERCISE, "Romanian deadlift"),
        (PROGRAM + "?clean=100&units=kg", "Lower-back assistance"),
    ]:
        page.goto(site_url + path)
        assert heading(page).startswith(name), path
        notice = page.locator(".eg-saved-copy")
        notice.wait_for()
        assert "saved for offline use" in notice.inner_text()


def test_offline_the_calculator_gives_the_same_loads_and_remembers_the_1rm(
    context: BrowserContext, network: Network, site_url: str
) -> None:
    page = context.new_page()
    visit_online(page, site_url)
    online = calculator_loads(page, site_url)
    assert online == ["70 %: 70 kg (each side: 25 kg)", "100 %: 100 kg (each side: 25 + 15 kg)"]
    network.unplug(context)
    page.goto(site_url + EXERCISE)
    page.locator("form.eg-calculator").first.wait_for()
    assert page.get_by_label("Your clean 1RM").input_value() == "100"  # remembered from online
    assert calculator_loads(page, site_url) == online


def test_offline_the_unit_chosen_online_stays(
    context: BrowserContext, network: Network, site_url: str
) -> None:
    page = context.new_page()
    visit_online(page, site_url)
    calculator_loads(page, site_url)
    form = page.locator("form.eg-calculator", has=page.get_by_label("Your clean 1RM"))
    form.get_by_label("lb").check()
    assert page.get_by_label("Your clean 1RM").input_value() == "220.5"
    network.unplug(context)
    page.goto(site_url + EXERCISE)
    page.locator("form.eg-calculator").first.wait_for()
    assert form.get_by_label("lb").is_checked()
    assert page.get_by_label("Your clean 1RM").input_value() == "220.5"


def test_offline_search_finds_the_romanian_deadlift_by_rdl(
    context: BrowserContext, network: Network, site_url: str
) -> None:
    page = context.new_page()
    visit_online(page, site_url)
    network.unplug(context)
    page.goto(site_url + EXERCISE)
    page.locator("input.md-search__input").click()
    page.keyboard.type("RDL", delay=50)
    first = page.locator(".md-search-result__item").first
    first.wait_for(timeout=15_000)
    assert first.locator("h1").first.inner_text().strip() == "Romanian deadlift"


def test_offline_the_program_sheet_pdf_is_there(
    context: BrowserContext, network: Network, site_url: str, built_site: Path
) -> None:
    page = context.new_page()
    visit_online(page, site_url)
    network.unplug(context)
    page.goto(site_url + PROGRAM)
    link = page.locator(f'a[href$="{SHEET.rsplit("/", 1)[1]}"]').first
    address = link.evaluate("(a) => a.href")
    with page.expect_response(address) as answer:
        size = page.evaluate(
            "async (url) => (await (await fetch(url)).arrayBuffer()).byteLength", address
        )
    assert answer.value.from_service_worker
    assert size == (built_site / SHEET).stat().st_size


def test_without_service_workers_the_site_works_as_before(browser: Browser, site_url: str) -> None:
    context = browser.new_context(service_workers="block")
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        visit_loads = calculator_loads(page, site_url)
        assert visit_loads == [
            "70 %: 70 kg (each side: 25 kg)",
            "100 %: 100 kg (each side: 25 + 15 kg)",
        ]
        assert page.evaluate("navigator.serviceWorker?.controller ?? null") is None
        assert not page.locator(".eg-saved-copy").is_visible()
        assert errors == []
    finally:
        context.close()


def test_the_site_installs_as_an_app(browser: Browser, site_url: str) -> None:
    """Chromium's own check of what a phone needs to add the site to its home screen. Only a
    profile kept on disk can install an app: a throwaway one is a private window."""
    with tempfile.TemporaryDirectory() as profile:
        context = browser.browser_type.launch_persistent_context(
            profile, executable_path=chromium_executable(), args=CHROMIUM_ARGS
        )
        try:
            page = context.new_page()
            visit_online(page, site_url + EXERCISE)
            devtools = context.new_cdp_session(page)
            assert devtools.send("Page.getInstallabilityErrors")["installabilityErrors"] == []
            manifest = devtools.send("Page.getAppManifest")["manifest"]
            assert manifest["name"] == "Strength Exercise Guide"
            assert manifest["startUrl"] == site_url
        finally:
            context.close()


def test_a_rebuild_arrives_at_the_next_online_visit_and_replaces_the_saved_copy(
    context: BrowserContext, network: Network, tmp_path: Path
) -> None:
    project = copy_project(tmp_path)  # its own site: the shared one stays as built
    site = tmp_path / "site"
    built = run("-m", "mkdocs", "build", "--strict", "--site-dir", str(site), cwd=project)
    assert built.returncode == 0, built.stderr
    old = "Unlock the knees slightly and keep that bend fixed for the whole set."
    new = "Soften the knees a little and keep that bend the same for every rep."
    with serve(site, network) as url:
        page = context.new_page()
        visit_online(page, url + EXERCISE)
        assert page.get_by_text(old).is_visible()
        first_version = page.evaluate("caches.keys()")

        source = project / "exercises.toml"
        source.write_text(source.read_text("utf-8").replace(old, new, 1), "utf-8")
        rebuilt = run("-m", "mkdocs", "build", "--strict", "--site-dir", str(site), cwd=project)
        assert rebuilt.returncode == 0, rebuilt.stderr

        page.reload()  # the next online visit
        assert page.get_by_text(new).is_visible()
        assert not page.get_by_text(old).is_visible()
        # The new version's copy replaces the old one whole, once it is saved.
        wait_until(
            page,
            "async (old) => { const names = await caches.keys();"
            " return names.length === 1 && names[0] !== old[0]; }",
            first_version,
        )
        network.unplug(context)
        page.goto(url + EXERCISE)
        assert page.locator(".eg-saved-copy").is_visible()
        assert page.get_by_text(new).is_visible()


OLD_CUE = "Unlock the knees slightly and keep that bend fixed for the whole set."
FORKED_CUE = "Soften the knees a little and keep that bend the same for every rep."


@pytest.fixture(scope="module")
def forked_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A second build of the site, as a fork publishes it: one cue differs, so its version does."""
    project = copy_project(tmp_path_factory.mktemp("fork"))
    source = project / "exercises.toml"
    source.write_text(source.read_text("utf-8").replace(OLD_CUE, FORKED_CUE, 1), "utf-8")
    site = project / "site"
    built = run("-m", "mkdocs", "build", "--strict", "--site-dir", str(site), cwd=project)
    assert built.returncode == 0, built.stderr
    return site


@pytest.fixture(scope="module")
def two_sites(
    built_site: Path, forked_site: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """One origin serving the site at a/ and its fork at b/."""
    origin = tmp_path_factory.mktemp("origin")
    (origin / "a").symlink_to(built_site, target_is_directory=True)
    (origin / "b").symlink_to(forked_site, target_is_directory=True)
    return origin


@pytest.mark.parametrize("first", ["a", "b"], ids=["a-visited-first", "b-visited-first"])
def test_two_guides_on_one_origin_both_work_offline_after_each_was_visited(
    context: BrowserContext, network: Network, two_sites: Path, first: str
) -> None:
    """GitHub Pages serves project sites as user.github.io/a/ and user.github.io/b/: one origin,
    one cache storage. Each guide's worker keeps its own copy and deletes only its own old ones."""
    cue = {"a": OLD_CUE, "b": FORKED_CUE}
    with serve(two_sites, network) as url:
        page = context.new_page()
        for site in (first, "b" if first == "a" else "a"):
            visit_online(page, f"{url}{site}/")
        network.unplug(context)
        for site in ("a", "b"):
            for path, name in [
                ("", "Strength exercise guide"),
                (EXERCISE, "Romanian deadlift"),
                (PROGRAM, "Lower-back assistance"),
            ]:
                page.goto(f"{url}{site}/{path}")
                assert heading(page).startswith(name), (site, path)
                page.locator(".eg-saved-copy").wait_for()
            page.goto(f"{url}{site}/{EXERCISE}")
            assert page.get_by_text(cue[site]).is_visible(), site


def test_a_copy_saved_before_copies_were_named_by_site_goes_only_if_it_is_this_sites(
    context: BrowserContext, site_url: str
) -> None:
    """Older workers named their copies by version alone. The first worker that names them by
    site deletes such a copy when it holds this site's pages and nothing else (or nothing at
    all), and leaves another site's, and any other cache, to its owner."""
    page = context.new_page()
    # A file of the site that registers no worker: the older copies are there before any worker
    # is (a page would register one, and page.route does not hold back a worker's own script).
    page.goto(site_url + "assets/loads.json")
    page.evaluate(
        """async (url) => {
          const copies = {
            "exercise-guide-0000000000000000": [url, url + "exercises/clean/"],
            "exercise-guide-1111111111111111": [],
            "exercise-guide-2222222222222222": [url + "b/", url + "b/exercises/clean/"],
            "someone-elses-cache": [url],
          };
          for (const [name, urls] of Object.entries(copies)) {
            const cache = await caches.open(name);
            for (const saved of urls) await cache.put(saved, new Response("older"));
          }
        }""",
        site_url,
    )
    visit_online(page, site_url + EXERCISE)
    names = page.evaluate("caches.keys()")
    assert sorted(name for name in names if not name.startswith("exercise-guide /")) == [
        "exercise-guide-2222222222222222",
        "someone-elses-cache",
    ]


# The new version of the site's worker, found and installed as at the next visit; its state once
# the install has ended: "activated", or "redundant" when it failed.
UPDATE = """async () => {
  const registration = await navigator.serviceWorker.getRegistration();
  const found = new Promise((resolve) => registration.addEventListener(
    "updatefound", () => resolve(registration.installing), { once: true }));
  registration.update();
  const worker = await found;
  const ended = () => ["activated", "redundant"].includes(worker.state);
  if (!ended()) await new Promise((resolve) => worker.addEventListener(
    "statechange", () => ended() && resolve()));
  return worker.state;
}"""
# Every address saved in this origin's cache storage, each time it is saved.
SAVED_URLS = """async () => {
  const urls = [];
  for (const name of await caches.keys()) {
    for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
  }
  return urls;
}"""
NO_INSTALL_UNDER_WAY = "async () => !(await navigator.serviceWorker.getRegistration()).installing"


def saved_text(page: Page, url: str) -> str:
    return str(page.evaluate("async (url) => (await caches.match(url))?.text() ?? ''", url))


def test_a_failed_update_leaves_the_old_copy_whole_and_nothing_of_the_new_one(
    context: BrowserContext, network: Network, tmp_path: Path
) -> None:
    """The network drops while the new version saves its copy: that copy goes, and the old
    worker, which stays, keeps its copy of the old deploy as it was, though the pages opened
    online meanwhile are the new deploy's. Offline, every page comes from the old deploy."""
    project = copy_project(tmp_path)
    site = tmp_path / "site"
    old, new = "Romanian deadlift", "Romanian dead-lift"  # on the home, exercise and program pages
    built = run("-m", "mkdocs", "build", "--strict", "--site-dir", str(site), cwd=project)
    assert built.returncode == 0, built.stderr
    with serve(site, network) as url:
        page = context.new_page()
        visit_online(page, url + EXERCISE)
        copies = page.evaluate("caches.keys()")

        source = project / "exercises.toml"
        source.write_text(source.read_text("utf-8").replace(old, new), "utf-8")
        rebuilt = run("-m", "mkdocs", "build", "--strict", "--site-dir", str(site), cwd=project)
        assert rebuilt.returncode == 0, rebuilt.stderr
        network.dropped.add("/" + SHEET)  # one file of the new copy never arrives
        assert page.evaluate(UPDATE) == "redundant"
        assert page.evaluate("caches.keys()") == copies  # nothing left of the failed copy

        for path in ("", EXERCISE, PROGRAM):  # online: the new deploy, from the network
            page.goto(url + path)
            assert new in page.content(), path
        wait_until(page, NO_INSTALL_UNDER_WAY)  # each visit tries the new version again
        for _ in range(20):  # had the pages joined the old copy, they would have by now
            page.wait_for_timeout(250)
            assert new not in saved_text(page, url + EXERCISE)
        assert page.evaluate("caches.keys()") == copies

        network.unplug(context)
        for path in ("", EXERCISE, PROGRAM, "exercises/good-morning/"):
            page.goto(url + path)
            page.locator(".eg-saved-copy").wait_for()
            assert old in page.content(), path
            assert new not in page.content(), path


def test_query_strings_add_no_saved_copies(
    context: BrowserContext, network: Network, site_url: str
) -> None:
    """A program page opened with 1RMs in its address is one saved page, whatever they are."""
    page = context.new_page()
    visit_online(page, site_url)
    program = site_url + PROGRAM
    for query in ("?clean=100", "?clean=105&units=lb", "?clean=" + "1" * 8_000):
        visit_online(page, program + query)
    saved = page.evaluate(SAVED_URLS)
    assert saved.count(program) == 1
    assert [url for url in saved if "?" in url] == []
    assert len(saved) == len(set(saved))

    network.unplug(context)
    page.goto(program + "?clean=110")
    assert heading(page).startswith("Lower-back assistance")
    page.locator(".eg-saved-copy").wait_for()
    # A refused 1RM goes from the address (?units=kg is left): still the saved copy, and it says so.
    page.goto(program + "?clean=100000")
    page.wait_for_url(lambda address: "clean=" not in address)
    assert page.evaluate(ASK_WHETHER_SAVED) is True
    assert page.locator(".eg-saved-copy").is_visible()


def test_the_service_worker_saves_every_exercise_and_program_page_and_each_sheet() -> None:
    """What a first visit saves, whichever page it opens: the worker's list of files."""
    catalog = load_catalog(ROOT / "exercises.toml")
    worker = build_site(catalog).data[SERVICE_WORKER]
    match = PRECACHE.search(worker)
    assert match
    saved = set(json.loads(match.group(1)))
    pages = {f"./exercises/{exercise.id}/" for exercise in catalog.exercises}
    programs = {f"./programs/{program.id}/" for program in catalog.programs}
    sheets = {
        f"./programs/{program.id}-{paper}.pdf"
        for program in catalog.programs
        for paper in ("a4", "letter")
    }
    fixed = {"./", "./programs/", "./assets/loads.json", f"./{APP_MANIFEST}", f"./{ICON}"}
    assert pages | programs | sheets | fixed <= saved


def test_the_version_changes_with_the_content_and_only_with_it(tmp_path: Path) -> None:
    """The browser installs a new worker, and with it a new copy, when the version changes."""

    def version(source: Path) -> str:
        match = VERSION.search(build_site(load_catalog(source)).data[SERVICE_WORKER])
        assert match
        return match.group(1)

    project = copy_project(tmp_path)
    source = project / "exercises.toml"
    before = version(source)
    assert version(source) == before
    source.write_text(
        source.read_text("utf-8").replace("Romanian deadlift", "Romanian dead-lift", 1), "utf-8"
    )
    assert version(source) != before


def test_a_mistake_in_the_service_worker_template_is_located(tmp_path: Path) -> None:
    for template in (ROOT / "templates").iterdir():
        (tmp_path / template.name).write_text(template.read_text("utf-8"), "utf-8")
    broken = tmp_path / "service-worker.js.j2"
    text = broken.read_text("utf-8").replace("{{ version | tojson }}", "{{ version | tojson }", 1)
    broken.write_text(text, "utf-8")
    with pytest.raises(CatalogError) as caught:
        build_site(load_catalog(ROOT / "exercises.toml"), tmp_path)
    [problem] = caught.value.problems
    assert Path(problem.file) == broken
    assert problem.line == text.splitlines().index("var VERSION = {{ version | tojson };") + 1
    assert problem.message.startswith("template syntax: ")
