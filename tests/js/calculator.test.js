// The calculator's numbers (docs/assets/javascripts/exercise-guide.js) against Python's answers,
// which tests/js/cases.py wrote for the very data the site publishes (`make test-js` runs both).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { cases } = require("./cases.js");
const guide = require("../../docs/assets/javascripts/exercise-guide.js");

for (const scenario of cases()) {
  test(`${scenario.name}: every load and its plates are those of the load tables`, () => {
    assert.ok(scenario.loads.length > 0);
    for (const [unit, oneRepMax, percent, expected] of scenario.loads) {
      const found = guide.nearestLoad(scenario.data, unit, oneRepMax, percent);
      const answer = found && [found.load, found.platesPerSide, found.atBar];
      assert.deepEqual(answer, expected, `${percent} % of ${oneRepMax} ${unit}`);
    }
  });

  test(`${scenario.name}: every 1RM estimate is Python's, and reps it does not take give none`, () => {
    for (const [weight, reps, expected] of scenario.estimates) {
      const found = guide.estimateMax(weight, reps, scenario.data.estimate);
      assert.equal(found === null ? null : Math.round(found * 1000) / 1000, expected, `${weight} x ${reps}`);
    }
  });
}

test("a halfway load goes where the data says, whichever way that is", () => {
  const halfway = cases().filter((scenario) => scenario.name.startsWith("a halfway load"));
  assert.deepEqual(halfway.map((scenario) => scenario.data.halfway), ["lighter", "heavier"]);
  assert.deepEqual(halfway.map((scenario) => scenario.loads[0][3][0]), [50, 55]);
});
