// A program as the program builder holds it and as it leaves it (builder.js draws the page): the
// editor's draft (each entry's values as typed, one set per week) to and from the program as
// exercises.toml writes it, the shape a program from a link or a file must have, the link that
// carries it (base64url of its JSON after the "#") and its exercises.toml text. No DOM: in Node
// (tests/js/builder-program.test.js) it exports the same functions.
//
// The limits (`data.limits`), the id pattern and the ids taken come from the page's data file
// (generator/site/pages/builder.py), read from the program model's schema: none is written here.
(function (root) {
  "use strict";

  var AS_PRESCRIBED = "as-prescribed";
  var ENTRY_KEYS = ["exercise", "sets", "reps", "rest", "load", "cue", "note", "by_week"];
  var WEEK_KEYS = ["sets", "reps", "load", "note"];
  var PROGRAM_KEYS = ["$schema", "id", "name", "goal", "weeks", "notes", "sessions", "sources", "source_note"];

  // A value quoted back as the site quotes a refused 1RM (exercise-guide.js).
  function quoted(text) {
    var guide = root.exerciseGuide || require("./exercise-guide.js");
    return guide.quoted(text);
  }

  // ---- The program as the editor holds it: each entry's values as typed, one set per week. ----

  function emptyDraft(data) {
    return {
      name: "",
      goal: "",
      weeks: 1,
      sources: data.sources.slice(0, 1),
      keep: {},
      sessions: [{ name: "Day 1", entries: [] }]
    };
  }

  function newWeek() {
    return { sets: "3", reps: "8", kind: AS_PRESCRIBED, of: "", percent: "", describe: "", note: "" };
  }

  function copyOf(week) {
    var copy = {};
    Object.keys(week).forEach(function (key) { copy[key] = week[key]; });
    return copy;
  }

  // Weeks added start as a copy of the last one; weeks taken away go.
  function resizeWeeks(draft, weeks) {
    draft.weeks = weeks;
    draft.sessions.forEach(function (session) {
      session.entries.forEach(function (entry) {
        while (entry.weeks.length < weeks) entry.weeks.push(copyOf(entry.weeks[entry.weeks.length - 1]));
        entry.weeks.length = weeks;
      });
    });
  }

  function rangeText(value) {
    return Array.isArray(value) ? value[0] + "-" + value[1] : String(value);
  }

  function weekOfLoad(week, load) {
    if (load === AS_PRESCRIBED || load === undefined) {
      week.kind = AS_PRESCRIBED;
    } else if (load.describe !== undefined) {
      week.kind = "describe";
      week.describe = load.describe;
    } else {
      week.kind = "percent";
      week.of = load.of;
      week.percent = rangeText(load.percent);
    }
  }

  // A program (as exercises.toml writes it, checked by shapeProblems) as the editor holds it.
  function draftOf(program) {
    var weeks = program.weeks || 1;
    var keep = {};
    ["notes", "source_note"].forEach(function (key) {
      if (program[key] !== undefined) keep[key] = program[key];
    });
    return {
      name: program.name,
      goal: program.goal,
      weeks: weeks,
      sources: program.sources.slice(),
      keep: keep,
      sessions: program.sessions.map(function (session) {
        return {
          name: session.name,
          entries: session.exercises.map(function (entry) {
            var own = { sets: rangeText(entry.sets), reps: rangeText(entry.reps), of: "", percent: "", describe: "", note: entry.note || "" };
            weekOfLoad(own, entry.load);
            var byWeek = entry.by_week || [];
            var each = [];
            for (var w = 0; w < weeks; w += 1) {
              var week = copyOf(own);
              var change = byWeek[w] || {};
              if (change.sets !== undefined) week.sets = rangeText(change.sets);
              if (change.reps !== undefined) week.reps = rangeText(change.reps);
              if (change.note !== undefined) week.note = change.note;
              if (change.load !== undefined) weekOfLoad(week, change.load);
              each.push(week);
            }
            return { exercise: entry.exercise, rest: entry.rest || "", cue: entry.cue, weeks: each };
          })
        };
      })
    };
  }

  // ---- From the draft to the program exercises.toml takes, with what stops it. ----

  // "3" -> 3, "3-4" -> [3, 4] (a dash of any kind); null when not a number or range within limits.
  function parseRange(text, limits, whole) {
    var found = /^\s*([0-9]+(?:\.[0-9]{1,3})?)\s*(?:[-\u2013\u2014]\s*([0-9]+(?:\.[0-9]{1,3})?))?\s*$/.exec(text);
    if (!found) return null;
    var low = Number(found[1]);
    var high = found[2] === undefined ? low : Number(found[2]);
    if (whole && (low % 1 || high % 1)) return null;
    if (low < limits[0] || high > limits[1] || low > high) return null;
    return low === high ? low : [low, high];
  }

  function idOf(name, length) {
    // Accents go with the letters they sit on ("Día" -> "dia"), before the words are joined.
    var plain = String(name).toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    var id = plain.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    return id.slice(0, length).replace(/-+$/, "");
  }

  function weekValues(week, where, limits, problems, data) {
    var values = {};
    var sets = parseRange(week.sets, [limits.count[0], limits.sets], true);
    if (sets === null) problems.push(where + ": sets are a whole number or a range such as 3-4, from " + limits.count[0] + " to " + limits.sets + " (a sheet has room for " + limits.sets + ").");
    values.sets = sets;
    var reps = parseRange(week.reps, limits.count, true);
    if (reps === null) problems.push(where + ": reps are a whole number or a range such as 6-8, from " + limits.count[0] + " to " + limits.count[1] + ".");
    values.reps = reps;
    if (week.kind === "percent") {
      var percent = parseRange(week.percent, limits.percent, false);
      if (!data.byId[week.of]) problems.push(where + ": choose the lift the load is a percentage of.");
      if (percent === null) problems.push(where + ": the percentage is a number or a range such as 70-80, from " + limits.percent[0] + " to " + limits.percent[1] + ".");
      values.load = { of: week.of, percent: percent };
    } else if (week.kind === "describe") {
      if (!week.describe.trim()) problems.push(where + ": say the load in a few words, or choose another kind of load.");
      if (week.describe.trim().length > limits.short) problems.push(where + ": the load in words is at most " + limits.short + " characters.");
      values.load = { describe: week.describe.trim() };
    } else {
      values.load = AS_PRESCRIBED;
    }
    if (week.note.trim()) values.note = week.note.trim();
    if (week.note.trim().length > limits.short) problems.push(where + ": the note is at most " + limits.short + " characters.");
    return values;
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  function textProblem(text, label, limit, problems) {
    if (!text) problems.push(label + " is still empty.");
    else if (text.length > limit) problems.push(label + " is " + text.length + " characters long: at most " + limit + ".");
  }

  // {program, problems}: the program in exercises.toml's keys and order, and what a reader must fix
  // before it is one `check` takes (the program is made even then, to show as far as it goes).
  function programOf(draft, data) {
    var limits = data.limits;
    var problems = [];
    var name = draft.name.trim();
    var id = idOf(name, limits.id);
    textProblem(name, "The program's name", limits.name, problems);
    if (name && !id) problems.push("The program's name needs a letter or a digit: its id is made from it.");
    if (data.takenIds.indexOf(id) !== -1) problems.push("The id '" + id + "' is taken by a page of the guide: choose another name.");
    textProblem(draft.goal.trim(), "The goal", limits.goal, problems);
    if (!(draft.weeks >= 1 && draft.weeks <= limits.weeks)) problems.push("A program runs from 1 to " + limits.weeks + " weeks.");
    if (!draft.sources.length) problems.push("Choose the source the program comes from.");
    var program = { id: id, name: name, goal: draft.goal.trim() };
    if (draft.weeks > 1) program.weeks = draft.weeks;
    if (draft.keep.notes) program.notes = draft.keep.notes;
    program.sessions = draft.sessions.map(function (session, s) {
      var label = "Session " + (s + 1);
      textProblem(session.name.trim(), label + "'s name", limits.short, problems);
      if (!session.entries.length) problems.push(label + " has no exercise yet.");
      if (session.entries.length > limits.entries) problems.push(label + " has more than " + limits.entries + " exercises.");
      return {
        name: session.name.trim(),
        exercises: session.entries.map(function (entry, e) {
          return entryOf(entry, label + ", exercise " + (e + 1) + " (" + data.byId[entry.exercise].name + ")", draft.weeks, data, problems);
        })
      };
    });
    if (!draft.sessions.length) problems.push("A program needs a session.");
    if (draft.sessions.length > limits.sessions) problems.push("A program has at most " + limits.sessions + " sessions.");
    program.sources = draft.sources.slice();
    if (draft.keep.source_note) program.source_note = draft.keep.source_note;
    return { program: program, problems: problems };
  }

  function entryOf(entry, where, weeks, data, problems) {
    var each = entry.weeks.slice(0, weeks).map(function (week, w) {
      return weekValues(week, weeks > 1 ? where + ", week " + (w + 1) : where, data.limits, problems, data);
    });
    var own = each[0];
    var made = { exercise: entry.exercise, sets: own.sets, reps: own.reps };
    if (entry.rest.trim()) made.rest = entry.rest.trim();
    if (entry.rest.trim().length > data.limits.short) problems.push(where + ": the rest is at most " + data.limits.short + " characters.");
    made.load = own.load;
    if (entry.cue) made.cue = entry.cue;
    if (own.note) made.note = own.note;
    if (weeks > 1) {
      // Each week overrides what differs from the entry's own values (week 1's); {} keeps them all.
      made.by_week = each.map(function (week) {
        var change = {};
        WEEK_KEYS.forEach(function (key) {
          if (same(week[key], own[key])) return;
          if (key === "load" && week.load === AS_PRESCRIBED) problems.push(where + ": a later week's load is a percentage or words; only week 1's may be as its page prescribes.");
          if (week[key] === undefined) problems.push(where + ": a week may change week 1's note but not leave it out; give it a note too, or give week 1 none.");
          else change[key] = week[key];
        });
        return change;
      });
    }
    return made;
  }

  // ---- A program from outside (a link, a file): its shape checked before anything shows it. ----

  function isText(value, limit) {
    return typeof value === "string" && value.trim().length > 0 && value.length <= limit;
  }

  function isRange(value, limits, whole) {
    var numbers = Array.isArray(value) ? value : [value];
    if (numbers.length < 1 || numbers.length > 2) return false;
    return numbers.every(function (n) {
      return typeof n === "number" && isFinite(n) && (!whole || n % 1 === 0) && n >= limits[0] && n <= limits[1];
    }) && numbers[0] <= numbers[numbers.length - 1];
  }

  function loadProblem(load, data) {
    if (load === undefined || load === AS_PRESCRIBED) return "";
    if (!load || typeof load !== "object" || Array.isArray(load)) return "a load is a percentage of a lift, words or \"as-prescribed\"";
    var keys = Object.keys(load).sort().join(",");
    if (keys === "describe") return isText(load.describe, data.limits.short) ? "" : "a load in words is a short text";
    if (keys !== "of,percent") return "a load has the keys of and percent, or describe";
    if (!data.byId[load.of]) return "its load is a percentage of a lift this guide does not have";
    return isRange(load.percent, data.limits.percent, false) ? "" : "its percentage is not a number or range from " + data.limits.percent[0] + " to " + data.limits.percent[1];
  }

  function unknownKey(value, keys) {
    return Object.keys(value).filter(function (key) { return keys.indexOf(key) === -1; })[0];
  }

  function entryProblem(entry, weeks, data) {
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) return "an exercise is not a table";
    var extra = unknownKey(entry, ENTRY_KEYS);
    if (extra !== undefined) return "an exercise has the unknown key " + quoted(extra);
    if (typeof entry.exercise !== "string" || !data.byId[entry.exercise]) return "it names an exercise this guide does not have";
    var sets = [data.limits.count[0], data.limits.sets];
    if (!isRange(entry.sets, sets, true)) return "an exercise's sets are not a number or range from " + sets[0] + " to " + sets[1];
    if (!isRange(entry.reps, data.limits.count, true)) return "an exercise's reps are not a number or range";
    var load = loadProblem(entry.load, data);
    if (load) return load;
    if (entry.rest !== undefined && !isText(entry.rest, data.limits.short)) return "an exercise's rest is not a short text";
    if (entry.note !== undefined && !isText(entry.note, data.limits.short)) return "an exercise's note is not a short text";
    if (entry.cue !== undefined && !isText(entry.cue, data.limits.goal)) return "an exercise's cue is not a text";
    if (entry.by_week === undefined) return "";
    if (!Array.isArray(entry.by_week) || entry.by_week.length !== weeks) return "an exercise's by_week does not hold one table per week";
    for (var w = 0; w < entry.by_week.length; w += 1) {
      var change = entry.by_week[w];
      if (!change || typeof change !== "object" || Array.isArray(change) || unknownKey(change, WEEK_KEYS) !== undefined) return "a week of by_week is not a table of sets, reps, load and note";
      var merged = { exercise: entry.exercise, sets: entry.sets, reps: entry.reps };
      WEEK_KEYS.forEach(function (key) { if (change[key] !== undefined) merged[key] = change[key]; });
      var problem = entryProblem(merged, weeks, data);
      if (problem) return "week " + (w + 1) + ": " + problem;
    }
    return "";
  }

  // Why `value` is not a program the builder can show, in words; "" when it is one.
  function shapeProblem(value, data) {
    var limits = data.limits;
    if (!value || typeof value !== "object" || Array.isArray(value)) return "it is not a program (a JSON object).";
    var extra = unknownKey(value, PROGRAM_KEYS);
    if (extra !== undefined) return "it has the unknown key " + quoted(extra) + ".";
    var missing = ["id", "name", "goal", "sessions", "sources"].filter(function (key) { return value[key] === undefined; });
    if (missing.length) return "it lacks " + missing.join(", ") + ".";
    if (typeof value.id !== "string" || !new RegExp(data.idPattern).test(value.id)) return "its id is not lower-case words joined by hyphens.";
    if (!isText(value.name, limits.name)) return "its name is not a text of at most " + limits.name + " characters.";
    if (!isText(value.goal, limits.goal)) return "its goal is not a text of at most " + limits.goal + " characters.";
    var weeks = value.weeks === undefined ? 1 : value.weeks;
    if (typeof weeks !== "number" || weeks % 1 !== 0 || weeks < 1 || weeks > limits.weeks) return "its weeks are not a whole number from 1 to " + limits.weeks + ".";
    if (!Array.isArray(value.sources) || !value.sources.length || !value.sources.every(function (s) { return typeof s === "string"; })) return "its sources are not a list of source ids.";
    if (value.notes !== undefined && !(Array.isArray(value.notes) && value.notes.every(function (n) { return isText(n, limits.goal); }))) return "its notes are not a list of texts.";
    if (value.source_note !== undefined && !isText(value.source_note, limits.goal)) return "its source_note is not a text.";
    if (!Array.isArray(value.sessions) || value.sessions.length < 1 || value.sessions.length > limits.sessions) return "it does not hold from 1 to " + limits.sessions + " sessions.";
    for (var s = 0; s < value.sessions.length; s += 1) {
      var session = value.sessions[s];
      var where = "session " + (s + 1) + ": ";
      if (!session || typeof session !== "object" || unknownKey(session, ["name", "notes", "exercises"]) !== undefined) return where + "it is not a table of name and exercises.";
      if (!isText(session.name, limits.short)) return where + "its name is not a short text.";
      if (!Array.isArray(session.exercises) || session.exercises.length < 1 || session.exercises.length > limits.entries) return where + "it does not hold from 1 to " + limits.entries + " exercises.";
      for (var e = 0; e < session.exercises.length; e += 1) {
        var problem = entryProblem(session.exercises[e], weeks, data);
        if (problem) return where + "exercise " + (e + 1) + ": " + problem + ".";
      }
    }
    return "";
  }

  function base64url(text) {
    var bytes = new TextEncoder().encode(text);
    var binary = "";
    for (var i = 0; i < bytes.length; i += 1) binary += String.fromCharCode(bytes[i]);
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function fromBase64url(text) {
    if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("not base64url");
    var binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  }

  // {program} from the link's program=..., or {problem} in words.
  function programOfLink(given, data) {
    if (given.length > 1) return { problem: "the link gives the program more than once." };
    if (given[0].length > data.limits.link) return { problem: "it is longer than any program the builder makes." };
    var value;
    try {
      value = JSON.parse(fromBase64url(given[0]));
    } catch (error) {
      return { problem: "it cannot be read (it is not the builder's encoding of a program's JSON)." };
    }
    return programOfValue(value, data);
  }

  // {program} when `value` is one the builder can show, else {problem} in words.
  function programOfValue(value, data) {
    var problem = shapeProblem(value, data);
    return problem ? { problem: problem } : { program: value };
  }

  function linkOf(program, maxes, unit) {
    var plain = {};
    Object.keys(program).forEach(function (key) { if (key !== "$schema") plain[key] = program[key]; });
    var params = new URLSearchParams();
    params.set("program", base64url(JSON.stringify(plain)));
    Object.keys(maxes || {}).forEach(function (lift) { params.set(lift, String(maxes[lift])); });
    if (unit) params.set("units", unit);
    return "#" + params.toString();
  }

  // ---- exercises.toml ----

  function tomlString(text) {
    return '"' + String(text).replace(/[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, function (mark) {
      var named = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f" }[mark];
      return named || "\\u" + ("0000" + mark.charCodeAt(0).toString(16).toUpperCase()).slice(-4);
    }) + '"';
  }

  function tomlValue(value) {
    if (typeof value === "string") return tomlString(value);
    if (typeof value === "number") return String(value);
    if (Array.isArray(value)) return "[" + value.map(tomlValue).join(", ") + "]";
    var keys = Object.keys(value);
    if (!keys.length) return "{}";
    return "{ " + keys.map(function (key) { return key + " = " + tomlValue(value[key]); }).join(", ") + " }";
  }

  function tomlOf(program) {
    var lines = ["[[programs]]"];
    ["id", "name", "goal", "weeks", "notes", "sources", "source_note"].forEach(function (key) {
      if (program[key] !== undefined) lines.push(key + " = " + tomlValue(program[key]));
    });
    program.sessions.forEach(function (session) {
      lines.push("", "[[programs.sessions]]", "name = " + tomlString(session.name), "exercises = [");
      session.exercises.forEach(function (entry) { lines.push("  " + tomlValue(entry) + ","); });
      lines.push("]");
    });
    return lines.join("\n") + "\n";
  }
  var api = {
    AS_PRESCRIBED: AS_PRESCRIBED,
    WEEK_KEYS: WEEK_KEYS,
    emptyDraft: emptyDraft,
    newWeek: newWeek,
    resizeWeeks: resizeWeeks,
    draftOf: draftOf,
    programOf: programOf,
    parseRange: parseRange,
    idOf: idOf,
    shapeProblem: shapeProblem,
    programOfValue: programOfValue,
    programOfLink: programOfLink,
    base64url: base64url,
    fromBase64url: fromBase64url,
    linkOf: linkOf,
    tomlString: tomlString,
    tomlOf: tomlOf
  };
  if (typeof module === "object" && module.exports) {
    module.exports = api;
    return;
  }
  root.exerciseGuideProgram = api;
})(typeof window !== "undefined" ? window : globalThis);
