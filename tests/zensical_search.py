"""Zensical's own search, run in Node on a site Zensical built: where each query ranks its page.

Zensical's search box sends its worker (a web worker shipped in the installed zensical package)
the index, search.json, and then each query as an object; search-hyphens.js leaves both alone.
Node runs the worker as the browser does, as tests/material_search.py does Material's. The ranks
are those of the result list, whose first item is the first result a reader sees.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from tests.conftest import ROOT
from tests.material_search import SHOWN, Ranked, run_node

PACKAGES = ROOT / ".venv-zensical" / "lib"
WORKERS = "python*/site-packages/zensical/templates/assets/javascripts/workers/search.*.min.js"

# The input (stdin) is {worker, index, queries, shown}; the output is, for each query, the pages
# of its first `shown` results, best first.
_SCORER = """
const fs = require("fs");
const vm = require("vm");
const { worker, index, queries, shown } = JSON.parse(fs.readFileSync(0, "utf8"));

// A web worker's global scope, as far as Zensical's worker uses it.
let reply = null;
globalThis.self = globalThis;
globalThis.postMessage = (message) => reply(message);
vm.runInThisContext(fs.readFileSync(worker, "utf8"), { filename: worker });

function send(data) {
  return new Promise((resolve) => { reply = resolve; self.onmessage({ data }); });
}

(async () => {
  const data = JSON.parse(fs.readFileSync(index, "utf8"));
  const ready = await send({ type: 0, data });
  if (ready.type !== 1) throw new Error("the worker did not set up the index");
  const pages = [];
  for (const input of queries) {
    // A filter object of its own each time: given the same one again, the worker finds nothing.
    const filter = { input: { type: "operator", data: { operator: "and", operands: [] } } };
    const answer = await send({ type: 2, data: { input, filter } });
    if (answer.type !== 3) throw new Error(`the worker failed on ${JSON.stringify(input)}`);
    pages.push(answer.data.items.slice(0, shown).map((i) => data.items[i.id].location.split("#")[0]));
  }
  process.stdout.write(JSON.stringify(pages));
})().catch((error) => { console.error(error); process.exit(1); });
"""


def zensical_worker() -> Path:
    (worker,) = PACKAGES.glob(WORKERS)
    return worker


def zensical_search_ranks(site: Path, queries: Sequence[tuple[str, str]]) -> list[Ranked]:
    """Each (query, expected page location) searched on the Zensical-built `site`, with its rank."""
    request = {
        "worker": str(zensical_worker()),
        "index": str(site / "search.json"),
        "queries": [query for query, _ in queries],
        "shown": SHOWN,
    }
    results: list[list[str]] = json.loads(run_node(_SCORER, json.dumps(request)))
    ranked = []
    for (query, expected), pages in zip(queries, results, strict=True):
        rank = pages.index(expected) + 1 if expected in pages else None
        ranked.append(Ranked(query, expected, rank, pages[0] if pages else None))
    return ranked
