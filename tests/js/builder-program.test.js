// The program builder's program, link and TOML (docs/assets/javascripts/builder-program.js), with
// the data file the real catalogue gives the builder (tests/golden/assets/builder.json, which
// tests/unit/test_render.py holds to what the generator writes).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const builder = require("../../docs/assets/javascripts/builder-program.js");

function catalogue() {
  const file = path.join(__dirname, "..", "golden", "assets", "builder.json");
  const data = JSON.parse(fs.readFileSync(file, "utf-8"));
  data.byId = {};
  for (const exercise of data.exercises) data.byId[exercise.id] = exercise;
  return data;
}

function draft(data) {
  const made = builder.emptyDraft(data);
  made.name = "Día 1: señor's \"pull\" 💪";
  made.goal = "Line one\nLine two";
  const week = Object.assign(builder.newWeek(), { sets: "3-4", reps: "6 – 10", kind: "percent", of: "clean", percent: "72.5-80" });
  made.sessions[0].entries.push({ exercise: "romanian-deadlift", rest: "2 min", weeks: [week] });
  return made;
}

test("a draft becomes the program exercises.toml takes, in its keys and order", () => {
  const data = catalogue();
  const { program, problems } = builder.programOf(draft(data), data);
  assert.deepEqual(problems, []);
  assert.equal(program.id, "dia-1-senor-s-pull");
  assert.deepEqual(Object.keys(program), ["id", "name", "goal", "sessions", "sources"]);
  assert.deepEqual(program.sessions[0].exercises[0], {
    exercise: "romanian-deadlift",
    sets: [3, 4],
    reps: [6, 10],
    rest: "2 min",
    load: { of: "clean", percent: [72.5, 80] }
  });
  assert.deepEqual(program.sources, [data.sources[0]]);
});

test("weeks added copy the last; by_week holds what each week changes, {} for none", () => {
  const data = catalogue();
  const made = draft(data);
  builder.resizeWeeks(made, 3);
  made.sessions[0].entries[0].weeks[1].sets = "5";
  const { program, problems } = builder.programOf(made, data);
  assert.deepEqual(problems, []);
  assert.equal(program.weeks, 3);
  assert.deepEqual(program.sessions[0].exercises[0].by_week, [{}, { sets: 5 }, {}]);
  assert.deepEqual(builder.programOf(builder.draftOf(program), data).program, program);
});

test("the link carries the program whole, whatever its text, and reads back the same", () => {
  const data = catalogue();
  const { program } = builder.programOf(draft(data), data);
  const link = builder.linkOf(program, { clean: 100 }, "lb");
  assert.match(link, /^#program=[A-Za-z0-9_-]+&clean=100&units=lb$/);
  const params = new URLSearchParams(link.slice(1));
  assert.deepEqual(builder.programOfLink(params.getAll("program"), data), { program });
  assert.match(builder.programOfLink(["%%%"], data).problem, /cannot be read/);
  assert.match(builder.programOfLink(["a", "b"], data).problem, /more than once/);
});

test("a string in the TOML can hold any text: quotes, backslashes, line breaks, controls", () => {
  assert.equal(builder.tomlString('a "b" \\ c'), '"a \\"b\\" \\\\ c"');
  assert.equal(builder.tomlString("one\ntwo\tthree\r"), '"one\\ntwo\\tthree\\r"');
  assert.equal(builder.tomlString("\u0000\u001b\u202e"), '"\\u0000\\u001B\u202e"');
  const data = catalogue();
  const toml = builder.tomlOf(builder.programOf(draft(data), data).program);
  assert.ok(toml.startsWith('[[programs]]\nid = "dia-1-senor-s-pull"\nname = "Día 1: señor\'s \\"pull\\" 💪"\n'));
  assert.ok(toml.includes('\ngoal = "Line one\\nLine two"\n'));
  assert.ok(toml.includes('{ exercise = "romanian-deadlift", sets = [3, 4], reps = [6, 10], rest = "2 min", load = { of = "clean", percent = [72.5, 80] } },'));
});

test("what stops a program is said, limit by limit", () => {
  const data = catalogue();
  const made = draft(data);
  made.name = "Lower-back assistance";
  made.sessions[0].entries[0].weeks[0].sets = String(data.limits.sets + 1);
  made.sessions.push({ name: "", entries: [] });
  const { problems } = builder.programOf(made, data);
  assert.deepEqual(problems, [
    "The id 'lower-back-assistance' is taken by a page of the guide: choose another name.",
    "Session 1, exercise 1 (Romanian deadlift): sets are a whole number or a range such as 3-4, from 1 to " +
      data.limits.sets + " (a sheet has room for " + data.limits.sets + ").",
    "Session 2's name is still empty.",
    "Session 2 has no exercise yet."
  ]);
});

test("a program from outside is refused for its shape, in words", () => {
  const data = catalogue();
  const { program } = builder.programOf(draft(data), data);
  const broken = (change) => builder.shapeProblem(change(JSON.parse(JSON.stringify(program))), data);
  assert.equal(builder.shapeProblem(program, data), "");
  assert.equal(builder.shapeProblem([], data), "it is not a program (a JSON object).");
  assert.match(broken((p) => { delete p.sources; return p; }), /lacks sources/);
  assert.match(broken((p) => Object.assign(p, { colour: "red" })), /unknown key 'colour'/);
  assert.match(broken((p) => { p.sessions[0].exercises[0].sets = 99; return p; }), /sets are not/);
  assert.match(broken((p) => { p.sessions[0].exercises[0].exercise = "nope"; return p; }), /does not have/);
  assert.match(broken((p) => Object.assign(p, { weeks: 2 })) || "", /^$/);
  assert.match(broken((p) => { p.weeks = 2; p.sessions[0].exercises[0].by_week = [{}]; return p; }), /one table per week/);
  assert.equal(broken((p) => Object.assign(p, { name: "<img src=x onerror=alert(1)>" })), "");  // text, shown as text
});

test("ranges and ids, as a coach types them", () => {
  const count = [1, 8];
  assert.deepEqual(builder.parseRange("3-4", count, true), [3, 4]);
  assert.equal(builder.parseRange(" 5 ", count, true), 5);
  assert.equal(builder.parseRange("4-3", count, true), null);
  assert.equal(builder.parseRange("0", count, true), null);
  assert.equal(builder.parseRange("3.5", count, true), null);
  assert.equal(builder.parseRange("1e3", count, true), null);
  assert.deepEqual(builder.parseRange("72.5–80", [0.5, 150], false), [72.5, 80]);
  assert.equal(builder.idOf("Posterior Chain: Day 1!", 64), "posterior-chain-day-1");
  assert.equal(builder.idOf("Ñandú", 64), "nandu");
  assert.equal(builder.idOf("a ".repeat(40), 64).length <= 64, true);
  assert.equal(builder.idOf("💪", 64), "");
});
