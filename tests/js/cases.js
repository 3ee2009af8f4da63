// The answers tests/js/cases.py wrote (`make test-js` writes them first), read once.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const FILE = process.env.EXERCISE_GUIDE_JS_CASES || path.join(__dirname, "..", "..", ".cache", "js-cases.json");
let read = null;

function answers() {
  if (read === null) {
    if (!fs.existsSync(FILE)) {
      throw new Error(`${FILE} is missing: run \`make test-js\`, which writes Python's answers first`);
    }
    read = JSON.parse(fs.readFileSync(FILE, "utf8"));
  }
  return read;
}

// The calculator's scenarios: its data for a gym, with the loads and estimates Python gives.
const cases = () => answers().calculator;
// The search settings of mkdocs.yml that the query script must agree with.
const search = () => answers().search;
// The scripts' messages file of a language's site (assets/messages.js), by language.
const messages = () => answers().messages;

module.exports = { cases, search, messages };
