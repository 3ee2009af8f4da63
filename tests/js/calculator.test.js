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

  test(`${scenario.name}: a percentage of a training max gives Python's load, exactly`, () => {
    for (const [unit, oneRepMax, percent, share, expected] of scenario.shared) {
      const found = guide.nearestLoad(scenario.data, unit, oneRepMax, percent, share);
      const answer = found && [found.load, found.platesPerSide, found.atBar];
      assert.deepEqual(answer, expected, `${percent} % of ${share} % of ${oneRepMax} ${unit}`);
    }
  });

  test(`${scenario.name}: every 1RM estimate is Python's, and reps it does not take give none`, () => {
    for (const [weight, reps, expected] of scenario.estimates) {
      const found = guide.estimateMax(weight, reps, scenario.data.estimate);
      assert.equal(found === null ? null : Math.round(found * 1000) / 1000, expected, `${weight} x ${reps}`);
    }
  });
}

test("a program's weekly step adds to the rounded load exactly, in thousandths", () => {
  assert.equal(guide.withAdded(102.5, "2.5"), 105);
  assert.equal(guide.withAdded(0.1, "0.2"), 0.3); // not 0.30000000000000004
  assert.equal(guide.withAdded(135, null), 135);
});

test("a halfway load goes where the data says, whichever way that is", () => {
  const halfway = cases().filter((scenario) => scenario.name.startsWith("a halfway load"));
  assert.deepEqual(halfway.map((scenario) => scenario.data.halfway), ["lighter", "heavier"]);
  assert.deepEqual(halfway.map((scenario) => scenario.loads[0][3][0]), [50, 55]);
});

// The script states no rule of its own: give it other rules in the data and it follows them.
test("the estimate takes the reps, factors and step the data gives, and no others", () => {
  const estimate = { formula: "Test", step: 0.5, factors: { 2: [5, 4], 12: [3, 2] } };
  assert.equal(guide.estimateMax(80, 12, estimate), 120);
  assert.equal(guide.estimateMax(81, 2, estimate), 101.5); // 101.25 to the half, a half going up
  assert.equal(guide.estimateMax(80, 10, estimate), null);
  assert.equal(guide.estimateMax(80, 1, estimate), null);
});

test("a unit the data names is a unit the calculator loads in", () => {
  const data = { halfway: "lighter", stone: { bar: 3, complete: true, loads: [[3, []], [4, [0.5]], [5, [1]]] } };
  assert.deepEqual(guide.nearestLoad(data, "stone", 10, 45).load, 4); // 4.5 exactly: lighter
  assert.deepEqual(guide.nearestLoad({ ...data, halfway: "heavier" }, "stone", 10, 45).load, 5);
});
