// Which 1RMs the pages show (docs/assets/javascripts/exercise-guide.js, saneMax): a plain decimal
// above 0 and at most the limit the page's input gives; anything else is refused, in words.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const guide = require("../../docs/assets/javascripts/exercise-guide.js");

test("a plain decimal above 0 and at most the limit is the 1RM it says", () => {
  for (const [text, value] of [["100", 100], ["102.5", 102.5], ["0.001", 0.001], ["1000", 1000], ["0100", 100]]) {
    assert.equal(guide.saneMax(text, "1000"), value, text);
  }
});

test("whatever else an address or the storage holds is refused", () => {
  const refused = [
    "1e-320", "1e300", "1E3", "-100", "0", "0.000", "1000.001", "1001", "abc", "0x10", "Infinity",
    "-Infinity", "NaN", "", "  ", " 100", "100 ", "+100", "100,5", "1.", ".5", "102.5555", "1_000",
    "١٠٠", "1".repeat(8000)
  ];
  for (const text of refused) assert.equal(guide.saneMax(text, "1000"), null, JSON.stringify(text));
  for (const value of [100, null, undefined, ["100"], { value: 100 }]) {
    assert.equal(guide.saneMax(value, "1000"), null, String(value)); // only text is read
  }
});

// The script states no limit of its own: the page's is the one that holds.
test("the limit is the one the page gives, and a page that gives none takes nothing", () => {
  assert.equal(guide.saneMax("50", "50"), 50);
  assert.equal(guide.saneMax("50.5", "50"), null);
  assert.equal(guide.saneMax("2000", "5000"), 2000);
  assert.equal(guide.saneMax("100", ""), null);
  assert.equal(guide.saneMax("100", undefined), null);
});

test("a refusal quotes what was given, briefly, and says what is taken", () => {
  assert.equal(
    guide.refusal("1e-320", "1000", "kg"),
    "'1e-320' is not a 1RM this guide takes. Give a weight above 0 and at most 1000 kg, " +
      "in plain digits (at most three after the point)."
  );
  assert.match(guide.refusal("  ", "1000", "lb"), /^An empty value is not a 1RM .* at most 1000 lb,/);
  assert.match(guide.refusal("1e+300", "1000", "kg", true), /^The 1RM this browser remembered is left out: '1e\+300'/);
  const long = guide.refusal("1".repeat(8000), "1000", "kg");
  assert.ok(long.length < 200, long);
  assert.match(long, /^'1{24}…' is not/);
});
