// The search box's query reaches Material's search with each character of query syntax written
// as a space (a hyphen too) and each whole word also searched as itself. The script is
// docs/assets/javascripts/search-hyphens.js; tests/browser/test_browser.py and
// tests/browser/test_search_ranking.py show what it changes in the ranking.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const script = require("../../docs/assets/javascripts/search-hyphens.js");
const { search } = require("./cases.js");

function each(name, cases, run) {
  for (const [typed, searched] of cases) {
    test(`${name}: ${JSON.stringify(typed)}`, () => assert.equal(run(typed), searched));
  }
}

each("a hyphen inside a word is searched as a space", [
  ["High-bar squat", "High bar squat"],
  ["Bababasi High-bar squat", "Bababasi High bar squat"],
  ["stiff-leg", "stiff leg"],
  ["Stiff--leg", "Stiff leg"],
  ["one-and-a-half squat", "one and a half squat"],
  ["rdl", "rdl"],
], script.literalWords);

// Names hold the characters lunr and Material read as query syntax ("Bench Press: Barbell");
// typed into the search box, each is text, and the index ends a word there.
each("a character of query syntax is searched as a space", [
  // lunr's field: the word before the colon was read as a field name and lost.
  ["Lunges: Dumbbell", "Lunges  Dumbbell"],
  ["Curl:Hammer", "Curl Hammer"],
  // lunr's presence: required (+) or left out (-) before a word.
  ["Squat + Press", "Squat   Press"],
  ["+Band Press", " Band Press"],
  ["Extension -Pronated Grip", "Extension  Pronated Grip"],
  ["-front squat", " front squat"],
  ["High-", "High "],
  // lunr's edit distance (~), boost (^), wildcard (*) and escape (\).
  ["Row ~ Wide", "Row   Wide"],
  ["Squat^2", "Squat 2"],
  ["Press*", "Press "],
  ["Back\\slash", "Back slash"],
  // Material's phrase: its words were required.
  ['"Zercher" Squat', " Zercher  Squat"],
  // Not syntax: Material splits at them where the index does (or keeps them, as "'").
  ["Front Squat (Clean Grip)", "Front Squat (Clean Grip)"],
  ["3/4 Sit-Up", "3/4 Sit Up"],
  ["Farmer's Walk, Heavy", "Farmer's Walk, Heavy"],
], script.literalWords);

// The search separator of mkdocs.yml (which both engines read; tests/js/cases.py passes it on)
// splits at each character the script turns into a space: "Lunges:" in a name is the word
// "lunges" the query then holds.
test("the index ends a word at every character of query syntax", () => {
  const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
  const spaced = printable.filter((c) => new RegExp(`^(?:${script.QUERY_SYNTAX})$`).test(c));
  assert.deepEqual(new Set(spaced), new Set(':+-~^*"\\'));
  const separator = new RegExp(search().separator);
  for (const character of spaced) {
    assert.deepEqual(`Lunges${character}Dumbbell`.split(separator), ["Lunges", "Dumbbell"], character);
  }
});

// Material completes every word as a prefix; a word as typed counts more.
each("a whole word is also searched as itself", [
  ["Deadlift", "Deadlift^10 Deadlift"],
  ["chin up", "chin^10 chin up^10 up"],
  ["3/4 sit", "3/4^10 3/4 sit^10 sit"],
  ["Front Squat (Clean", "Front^10 Front Squat^10 Squat (Clean^10 (Clean"],
  ["squat ", "squat^10 squat "],
  ["", ""],
  [
    "Calf Press On The Leg press Machine",
    "Calf^10 Calf Press^10 Press On^10 On The^10 The Leg^10 Leg Machine^10 Machine",
  ],
], script.wholeWordsFirst);

each("the query has its syntax spaced, then its whole words doubled", [
  ["High-bar squat", "High^10 High bar^10 bar squat^10 squat"],
  ["Lunges: Dumbbell", "Lunges^10 Lunges Dumbbell^10 Dumbbell"],
  ["squat -front", "squat^10 squat front^10 front"],
  ['"back squat" bar', " back^10 back squat^10 squat bar^10 bar"],
], script.searchQuery);
