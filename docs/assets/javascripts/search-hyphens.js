/*
 * Search reads the query as the words typed: every character is text, and a word typed whole
 * comes before the longer words it begins.
 *
 * Material's search (lunr) reads some characters of a query as syntax: "Lunges: Dumbbell" asks
 * for "Dumbbell" in a field named "Lunges" (the word is lost), "+" and "-" before a word make it
 * required or left out, "~" and "^" take the digits after them as an edit distance or a boost,
 * "*" is a wildcard, "\" escapes, and Material makes the words between double quotes required.
 * Exercise names hold these characters ("Bench Press: Barbell", "Squat + Press"), so each of
 * them (QUERY_SYNTAX) is searched as a space. The index splits words at the same characters
 * (the search separator of mkdocs.yml), so what remains of a name is the words the index holds
 * for it. Other characters the separator splits at, such as parentheses, slashes and commas,
 * Material splits the query at by itself.
 *
 * A hyphen is syntax only before a word, but a space inside one too: the index splits
 * "High-bar" into "high" and "bar", and Material's query parsing splits it too, but keeps the
 * whole word once per part, so that "High-bar squat" was searched as "high bar* high bar*
 * squat*": every part of a hyphenated word counted twice, and "bar*" also completes to other
 * words ("Barabasi back squat" outranked "Bababasi back squat" for its alias "Bababasi High-bar
 * squat"). With a space each word of the query counts once.
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
 * (setting up the index sends an object; so does Zensical's search, which this leaves alone).
 * tests/browser/test_browser.py searches such an alias; it fails if a Material update sends the query
 * another way.
 *
 * Plain script, no framework. In Node (tests/js/search-hyphens.test.js) it exports its pure part.
 */
(function (root) {
  "use strict";

  // Every character lunr or Material reads as query syntax.
  var QUERY_SYNTAX = /[:^~*+\-"\\]+/g;
  var WHOLE_WORD = 10;

  /* `query` with each character of query syntax written as a space. */
  function literalWords(query) {
    return query.replace(QUERY_SYNTAX, " ");
  }

  /* `query`, words without syntax, with each word also searched as a whole word: "squat" ->
     "squat^10 squat"; a word typed twice is searched once, so that it counts as much as any
     other word of a name ("Calf Press On The Leg Press Machine" is not a query for "Calf Press"). */
  function wholeWordsFirst(query) {
    var seen = {};
    return query
      .split(/(\s+)/)
      .map(function (word) {
        if (!word || /^\s/.test(word)) return word;
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
    return wholeWordsFirst(literalWords(query));
  }

  if (typeof module === "object" && module.exports) {
    module.exports = {
      QUERY_SYNTAX: QUERY_SYNTAX.source,
      literalWords: literalWords,
      searchQuery: searchQuery,
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
