"""Material's own search, run in Node on a built site: where each query ranks its page.

The search box of a built site hands each query to search-hyphens.js (docs/assets/javascripts/),
which passes it on to Material's search worker (a web worker shipped in the installed material
package). Node runs both as the browser does: the worker's code with the message interface of a
web worker around it (addEventListener("message") in, postMessage out), first the index as
Material's page sends it, then one query after another. The ranks are those of the result list:
Material groups the results by page, and the first group is the first result a reader sees.

Used by the tests (tests/browser/test_search_ranking.py) and by
benchmarks/scale.py.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import material

WORKERS = Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers"
HYPHENS_SCRIPT = Path("assets") / "javascripts" / "search-hyphens.js"  # in a built site
SHOWN = 10  # results kept per query: a rank below this says "not shown near the top"

# The input (stdin) is {worker, hyphens, index, queries, shown}: paths (hyphens may be null), the
# queries as typed, how many results to report.
# The output is, for each query, the pages of its first SHOWN results, best first.
_SCORER = """
const fs = require("fs");
const vm = require("vm");
const { worker, hyphens, index, queries, shown } = JSON.parse(fs.readFileSync(0, "utf8"));
const searchQuery = hyphens ? require(hyphens).searchQuery : (query) => query;

// A web worker's global scope, as far as Material's worker uses it.
let onMessage = null;
let reply = null;
globalThis.self = globalThis;
globalThis.addEventListener = (type, listener) => { if (type === "message") onMessage = listener; };
globalThis.postMessage = (message) => reply(message);
globalThis.importScripts = () => { throw new Error("only English is set up in Node"); };
vm.runInThisContext(fs.readFileSync(worker, "utf8"), { filename: worker });

function send(data) {
  return new Promise((resolve) => { reply = resolve; onMessage({ data }); });
}

(async () => {
  const { config, docs } = JSON.parse(fs.readFileSync(index, "utf8"));
  const ready = await send({ type: 0, data: { config, docs, options: { suggest: false } } });
  if (ready.type !== 1) throw new Error("the worker did not set up the index");
  const pages = [];
  for (const query of queries) {
    const answer = await send({ type: 2, data: searchQuery(query) });
    pages.push(answer.data.items.slice(0, shown).map((group) => group[0].location.split("#")[0]));
  }
  process.stdout.write(JSON.stringify(pages));
})().catch((error) => { console.error(error); process.exit(1); });
"""


class Ranked(NamedTuple):
    """Where a query put the page it should find: 1 is first, None not among the first SHOWN."""

    query: str
    expected: str  # the page's location in the index: "exercises/back-squat/"
    rank: int | None
    first: str | None  # the page that came first instead, if any


def node() -> str:
    found = shutil.which("node")
    assert found, "Node.js runs the site's JavaScript in these tests; install nodejs"
    return found


def run_node(script: str, stdin: str, *args: str, timeout: float = 600) -> str:
    """Run `script` with Node, `stdin` as its input; its output."""
    result = subprocess.run(
        [node(), "-e", script, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def material_worker() -> Path:
    (worker,) = WORKERS.glob("search.*.min.js")
    return worker


def search_ranks(
    site: Path, queries: Sequence[tuple[str, str]], *, query_script: bool = True
) -> list[Ranked]:
    """Each (query, expected page location) searched on the built `site`, with its rank; without
    `query_script`, as if the site's search-hyphens.js did not run."""
    request = {
        "worker": str(material_worker()),
        "hyphens": str((site / HYPHENS_SCRIPT).resolve()) if query_script else None,
        "index": str(site / "search" / "search_index.json"),
        "queries": [query for query, _ in queries],
        "shown": SHOWN,
    }
    results: list[list[str]] = json.loads(run_node(_SCORER, json.dumps(request)))
    ranked = []
    for (query, expected), pages in zip(queries, results, strict=True):
        rank = pages.index(expected) + 1 if expected in pages else None
        ranked.append(Ranked(query, expected, rank, pages[0] if pages else None))
    return ranked
