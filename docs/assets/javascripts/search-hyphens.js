/*
 * Search reads a hyphenated word as its parts, each counted once, as if typed with a space.
 *
 * The search index splits "High-bar" into "high" and "bar" (Material's separator for English,
 * [\s\-]+). Material's query parsing splits it too, but keeps the whole word once per part, and
 * lunr then splits each copy again: "High-bar squat" is searched as "high bar* high bar* squat*".
 * Every part of a hyphenated word weighs twice as much as any other word, and "bar*" also
 * completes to other words: with "Barabasi back squat" in the catalogue, its name, counted twice,
 * outranks the one word that names "Bababasi back squat" when searching that exercise's alias
 * "Bababasi High-bar squat". With a space each word of the query counts once.
 *
 * Material 9 has no setting or hook for the query (its `transform` went with 9.0), so this changes
 * the query on its way to Material's search worker: the one message to a worker whose data is text
 * (setting up the index sends an object). tests/test_browser.py searches such an alias; it fails if
 * a Material update sends the query another way.
 *
 * Plain script, no framework. In Node (tests/test_search_hyphens.py) it exports its pure part.
 */
(function (root) {
  "use strict";

  // Hyphens inside a word. A hyphen at the start of a word is lunr's "leave out", and stays.
  var INNER_HYPHENS = /([^\s-])-+(?=[^\s-])/g;

  /* `query` with each hyphen inside a word written as a space. */
  function searchQuery(query) {
    return query.replace(INNER_HYPHENS, "$1 ");
  }

  if (typeof module === "object" && module.exports) {
    module.exports = { searchQuery: searchQuery };
    return;
  }

  var Worker = root.Worker;
  if (!Worker || Worker.prototype.postMessage.exerciseGuideSearch) return; // loaded twice
  var post = Worker.prototype.postMessage;

  function postMessage(message) {
    var args = Array.prototype.slice.call(arguments);
    if (message && typeof message === "object" && typeof message.data === "string") {
      args[0] = Object.assign({}, message, { data: searchQuery(message.data) });
    }
    return post.apply(this, args);
  }
  postMessage.exerciseGuideSearch = true;
  Worker.prototype.postMessage = postMessage;
})(typeof window !== "undefined" ? window : globalThis);
