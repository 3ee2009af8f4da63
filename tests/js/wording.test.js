// The scripts' wording (docs/assets/javascripts/exercise-guide.js, wording): looked up in the
// catalogue the site's messages file gives, placeholders filled by name, and the English where the
// catalogue has no translation, as in Node, which has none.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const { messages } = require("./cases.js");
const guide = require("../../docs/assets/javascripts/exercise-guide.js");
const builder = require("../../docs/assets/javascripts/builder-program.js");

const german = guide.wording({
  plural: (n) => Number(n != 1),
  messages: {
    "Enter a weight and %(low)s to %(high)s reps to estimate your 1RM.":
      "Gib ein Gewicht und %(low)s bis %(high)s Wiederholungen ein, um dein 1RM zu schätzen.",
    "%(percent)s %% of %(lift)s 1RM": "%(percent)s %% des 1RM (%(lift)s)",
    "Week %(week)s: %(session)s": "%(session)s (Woche %(week)s)",
    "%(count)s week": ["%(count)s Woche", "%(count)s Wochen"],
    "An empty value": "",
  },
});

test("a translation is filled in by name, wherever the language puts each placeholder", () => {
  const reps = { low: 1, high: 10 };
  assert.equal(
    german._("Enter a weight and %(low)s to %(high)s reps to estimate your 1RM.", reps),
    "Gib ein Gewicht und 1 bis 10 Wiederholungen ein, um dein 1RM zu schätzen."
  );
  assert.equal(german._("Week %(week)s: %(session)s", { week: 2, session: "Tag 1" }), "Tag 1 (Woche 2)");
  assert.equal(german._("%(percent)s %% of %(lift)s 1RM", { percent: "72,5", lift: "Umsetzen" }), "72,5 % des 1RM (Umsetzen)");
});

test("a plural takes the form the language's rule gives the count", () => {
  assert.equal(german.ngettext("%(count)s week", "%(count)s weeks", 1, { count: 1 }), "1 Woche");
  assert.equal(german.ngettext("%(count)s week", "%(count)s weeks", 4, { count: 4 }), "4 Wochen");
});

test("a text the catalogue lacks, or leaves empty, is the English, filled in", () => {
  assert.equal(german._("Copied."), "Copied.");
  assert.equal(german._("An empty value"), "An empty value");
  assert.equal(german.ngettext("%(count)s session", "%(count)s sessions", 3, { count: 3 }), "3 sessions");
  assert.equal(german._("Table: %(heading)s", { heading: "1RM" }), "Table: 1RM");
});

test("a value is put in as it is: its own percent signs and placeholders are text", () => {
  assert.equal(guide._("'%(value)s'", { value: "%(value)s %%" }), "'%(value)s %%'");
  assert.equal(german._("constructor"), "constructor"); // the catalogue's own keys only
});

test("in Node the scripts have no catalogue and say their English", () => {
  assert.equal(globalThis.exerciseGuideMessages, undefined);
  assert.equal(guide.ngettext("%(count)s week", "%(count)s weeks", 1, { count: 1 }), "1 week");
  assert.equal(guide.ngettext("%(count)s week", "%(count)s weeks", 0, { count: 0 }), "0 weeks");
  assert.match(guide.refusal("abc", "1000", "kg"), /^'abc' is not a 1RM this guide takes\. .* at most 1000 kg,/);
  assert.equal(builder.emptyDraft({ sources: [] }).sessions[0].name, "Day 1");
  assert.equal(builder.shapeProblem([], { limits: {} }), "it is not a program (a JSON object).");
});

test("the German site's messages file, run before the scripts as a page runs it, makes them speak German", () => {
  const page = {};
  page.window = page;
  vm.createContext(page);
  vm.runInContext(messages().de, page); // as the generator writes it
  const script = path.join(__dirname, "..", "..", "docs", "assets", "javascripts", "exercise-guide.js");
  vm.runInContext(fs.readFileSync(script, "utf8"), page);
  assert.equal(
    page.exerciseGuide.refusal("", "1000", "kg"),
    "Ein leerer Wert ist kein 1RM, das dieser Leitfaden annimmt. Gib ein Gewicht über 0 und bis höchstens " +
      "1000 kg an, nur in Ziffern (mit höchstens drei Nachkommastellen)."
  );
  assert.equal(page.exerciseGuide.ngettext("%(count)s week", "%(count)s weeks", 1, { count: 1 }), "1 Woche");
  assert.equal(page.exerciseGuide.ngettext("%(count)s week", "%(count)s weeks", 2, { count: 2 }), "2 Wochen");
});
