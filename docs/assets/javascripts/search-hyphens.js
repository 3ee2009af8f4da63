/*
 * Search reads the query as its words: a hyphenated word as its parts, each counted once, and a
 * word typed whole before the longer words it begins.
 *
 * The search index splits "High-bar" into "high" and "bar" (Material's separator for English,
 * [\s\-]+). Material's query parsing splits it too, but keeps the whole word once per part, and
 * lunr then splits each copy again: "High-bar squat" is searched as "high bar* high bar* squat*".
 * Every part of a hyphenated word weighs twice as much as any other word, and "bar*" also
 * completes to other words: with "Barabasi back squat" in the catalogue, its name, counted twice,
 * outranks the one word that names "Bababasi back squat" when searching that exercise's alias
 * "Bababasi High-bar squat". With a space each word of the query counts once.
 *
 * Material completes every word of the query as a prefix, and a rarer word weighs more: "Deadlift"
 * found "Cable Deadlifts" before "Deadlift", "Squat with Bands" found "Squats With Bands". Each
 * whole word is also searched as itself, WHOLE_WORD times as much (lunr's "word^10"), so a name
 * with the words as typed comes first; the word still completes to longer words, at its weight
 * before. A word typed twice is searched once: the index weighs a name's words once each. The
 * index is tuned for names in generator/site/search_index.py.
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
  // A word without lunr's syntax (field:, ^boost, ~distance, *, +, leading -); quotes are Material's.
  var PLAIN_WORD = /^[^\s:^~*+\-"][^\s:^~*"]*$/;
  var WHOLE_WORD = 10;

  /* `query` with each hyphen inside a word written as a space. */
  function spacedHyphens(query) {
    return query.replace(INNER_HYPHENS, "$1 ");
  }

  /* `query` with each plain word also searched as a whole word: "squat" -> "squat^10 squat";
     a word typed twice is searched once, so that it counts as much as any other word of a name
     ("Calf Press On The Leg Press Machine" is not a query for "Calf Press"). */
  function wholeWordsFirst(query) {
    if (query.indexOf('"') !== -1) return query; // a quoted phrase: Material's own syntax
    var seen = {};
    return query
      .split(/(\s+)/)
      .map(function (word) {
        if (!PLAIN_WORD.test(word)) return word;
        var folded = word.toLowerCase();
        if (seen[folded]) return "";
        seen[folded] = true;
        return word + "^" + WHOLE_WORD + " " + word;
      })
      .join("")
      .replace(/\s{2,}/g, " ");
  }

  /* The query Material's search worker gets for `query`, as typed. */
  function searchQuery(query) {
    return wholeWordsFirst(spacedHyphens(query));
  }

  if (typeof module === "object" && module.exports) {
    module.exports = {
      searchQuery: searchQuery,
      spacedHyphens: spacedHyphens,
      wholeWordsFirst: wholeWordsFirst,
    };
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
