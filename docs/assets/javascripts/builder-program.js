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

  // The site's own (exercise-guide.js): its wording in the site's language, a value quoted back
  // as a refused 1RM is, and a number with the site's decimal mark (as written where no page is).
  function guide() {
    return root.exerciseGuide || require("./exercise-guide.js");
  }

  function _(text, values) {
    return guide()._(text, values);
  }

  function quoted(text) {
    return guide().quoted(text);
  }

  function number(value) {
    return guide().numberText ? guide().numberText(value) : String(value);
  }

  // ---- The program as the editor holds it: each entry's values as typed, one set per week. ----

  function emptyDraft(data) {
    return {
      name: "",
      goal: "",
      weeks: 1,
      sources: data.sources.slice(0, 1),
      keep: {},
      // TRANSLATORS: the name a new session of a program starts with, "Day 1".
      sessions: [{ name: _("Day %(day)s", { day: 1 }), entries: [] }]
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

  // What a week of an entry holds; what stops it goes in `problems`, each starting with `where`
  // ("Session 1, exercise 2 (Deadlift), week 3").
  function weekValues(week, where, limits, problems, data) {
    var values = {};
    var sets = parseRange(week.sets, [limits.count[0], limits.sets], true);
    var setsLimits = { where: where, low: limits.count[0], high: limits.sets };
    // TRANSLATORS: %(where)s is which exercise of which session, "Session 1, exercise 2 (Deadlift)"; a sheet is a printed page.
    if (sets === null) problems.push(_("%(where)s: sets are a whole number or a range such as 3-4, from %(low)s to %(high)s (a sheet has room for %(high)s).", setsLimits));
    values.sets = sets;
    var reps = parseRange(week.reps, limits.count, true);
    var repsLimits = { where: where, low: limits.count[0], high: limits.count[1] };
    if (reps === null) problems.push(_("%(where)s: reps are a whole number or a range such as 6-8, from %(low)s to %(high)s.", repsLimits));
    values.reps = reps;
    var short = { where: where, limit: limits.short };
    if (week.kind === "percent") {
      var percent = parseRange(week.percent, limits.percent, false);
      var percentLimits = { where: where, low: number(limits.percent[0]), high: number(limits.percent[1]) };
      if (!data.byId[week.of]) problems.push(_("%(where)s: choose the lift the load is a percentage of.", short));
      if (percent === null) problems.push(_("%(where)s: the percentage is a number or a range such as 70-80, from %(low)s to %(high)s.", percentLimits));
      values.load = { of: week.of, percent: percent };
    } else if (week.kind === "describe") {
      if (!week.describe.trim()) problems.push(_("%(where)s: say the load in a few words, or choose another kind of load.", short));
      if (week.describe.trim().length > limits.short) problems.push(_("%(where)s: the load in words is at most %(limit)s characters.", short));
      values.load = { describe: week.describe.trim() };
    } else {
      values.load = AS_PRESCRIBED;
    }
    if (week.note.trim()) values.note = week.note.trim();
    if (week.note.trim().length > limits.short) problems.push(_("%(where)s: the note is at most %(limit)s characters.", short));
    return values;
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  // A text that must be given, of at most `limit` characters: `empty` or `long` (a message taking
  // its length and the limit) when it is not.
  function textProblem(text, limit, problems, empty, long) {
    if (!text) problems.push(empty);
    else if (text.length > limit) problems.push(long({ length: text.length, limit: limit }));
  }

  // {program, problems}: the program in exercises.toml's keys and order, and what a reader must fix
  // before it is one `check` takes (the program is made even then, to show as far as it goes).
  function programOf(draft, data) {
    var limits = data.limits;
    var problems = [];
    var name = draft.name.trim();
    var id = idOf(name, limits.id);
    textProblem(name, limits.name, problems, _("The program's name is still empty."), function (length) {
      return _("The program's name is %(length)s characters long: at most %(limit)s.", length);
    });
    if (name && !id) problems.push(_("The program's name needs a letter or a digit: its id is made from it."));
    if (data.takenIds.indexOf(id) !== -1) problems.push(_("The id '%(id)s' is taken by a page of the guide: choose another name.", { id: id }));
    textProblem(draft.goal.trim(), limits.goal, problems, _("The goal is still empty."), function (length) {
      return _("The goal is %(length)s characters long: at most %(limit)s.", length);
    });
    if (!(draft.weeks >= 1 && draft.weeks <= limits.weeks)) problems.push(_("A program runs from 1 to %(limit)s weeks.", { limit: limits.weeks }));
    if (!draft.sources.length) problems.push(_("Choose the source the program comes from."));
    var program = { id: id, name: name, goal: draft.goal.trim() };
    if (draft.weeks > 1) program.weeks = draft.weeks;
    if (draft.keep.notes) program.notes = draft.keep.notes;
    program.sessions = draft.sessions.map(function (session, s) {
      var numbered = { session: s + 1, limit: limits.entries };
      textProblem(session.name.trim(), limits.short, problems, _("Session %(session)s's name is still empty.", numbered), function (length) {
        return _("Session %(session)s's name is %(length)s characters long: at most %(limit)s.", { session: s + 1, length: length.length, limit: length.limit });
      });
      if (!session.entries.length) problems.push(_("Session %(session)s has no exercise yet.", numbered));
      if (session.entries.length > limits.entries) problems.push(_("Session %(session)s has more than %(limit)s exercises.", numbered));
      return {
        name: session.name.trim(),
        exercises: session.entries.map(function (entry, e) {
          var at = { session: s + 1, exercise: e + 1, name: data.byId[entry.exercise].name };
          // TRANSLATORS: where a problem of a program is, before a colon; %(name)s is the exercise's name.
          return entryOf(entry, _("Session %(session)s, exercise %(exercise)s (%(name)s)", at), draft.weeks, data, problems);
        })
      };
    });
    if (!draft.sessions.length) problems.push(_("A program needs a session."));
    if (draft.sessions.length > limits.sessions) problems.push(_("A program has at most %(limit)s sessions.", { limit: limits.sessions }));
    program.sources = draft.sources.slice();
    if (draft.keep.source_note) program.source_note = draft.keep.source_note;
    return { program: program, problems: problems };
  }

  function entryOf(entry, where, weeks, data, problems) {
    var each = entry.weeks.slice(0, weeks).map(function (week, w) {
      // TRANSLATORS: where a problem of a program is, before a colon: %(where)s is "Session 1, exercise 2 (Deadlift)".
      var inWeek = weeks > 1 ? _("%(where)s, week %(week)s", { where: where, week: w + 1 }) : where;
      return weekValues(week, inWeek, data.limits, problems, data);
    });
    var own = each[0];
    var made = { exercise: entry.exercise, sets: own.sets, reps: own.reps };
    if (entry.rest.trim()) made.rest = entry.rest.trim();
    var short = { where: where, limit: data.limits.short };
    // TRANSLATORS: the rest between sets.
    if (entry.rest.trim().length > data.limits.short) problems.push(_("%(where)s: the rest is at most %(limit)s characters.", short));
    made.load = own.load;
    if (entry.cue) made.cue = entry.cue;
    if (own.note) made.note = own.note;
    if (weeks > 1) {
      // Each week overrides what differs from the entry's own values (week 1's); {} keeps them all.
      made.by_week = each.map(function (week) {
        var change = {};
        WEEK_KEYS.forEach(function (key) {
          if (same(week[key], own[key])) return;
          if (key === "load" && week.load === AS_PRESCRIBED) problems.push(_("%(where)s: a later week's load is a percentage or words; only week 1's may be as its page prescribes.", short));
          if (week[key] === undefined) problems.push(_("%(where)s: a week may change week 1's note but not leave it out; give it a note too, or give week 1 none.", short));
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

  // The words of what is wrong with a program from outside name its keys as exercises.toml does
  // (by_week, describe, source_note), which a translation keeps: what the file holds is in English.
  function loadProblem(load, data) {
    if (load === undefined || load === AS_PRESCRIBED) return "";
    // TRANSLATORS: why a program from a link or a file is refused, after "it is refused:" and where in it; keep "as-prescribed" (a value of the file).
    if (!load || typeof load !== "object" || Array.isArray(load)) return _("a load is a percentage of a lift, words or \"as-prescribed\"");
    var keys = Object.keys(load).sort().join(",");
    if (keys === "describe") return isText(load.describe, data.limits.short) ? "" : _("a load in words is a short text");
    // TRANSLATORS: "of", "percent" and "describe" are keys of the file: keep them as they are.
    if (keys !== "of,percent") return _("a load has the keys of and percent, or describe");
    if (!data.byId[load.of]) return _("its load is a percentage of a lift this guide does not have");
    var range = { low: number(data.limits.percent[0]), high: number(data.limits.percent[1]) };
    return isRange(load.percent, data.limits.percent, false) ? "" : _("its percentage is not a number or range from %(low)s to %(high)s", range);
  }

  function unknownKey(value, keys) {
    return Object.keys(value).filter(function (key) { return keys.indexOf(key) === -1; })[0];
  }

  function entryProblem(entry, weeks, data) {
    // TRANSLATORS: a table is a TOML or JSON table (an object) of the file.
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) return _("an exercise is not a table");
    var extra = unknownKey(entry, ENTRY_KEYS);
    // TRANSLATORS: %(key)s is the key, quoted.
    if (extra !== undefined) return _("an exercise has the unknown key %(key)s", { key: quoted(extra) });
    if (typeof entry.exercise !== "string" || !data.byId[entry.exercise]) return _("it names an exercise this guide does not have");
    var sets = { low: data.limits.count[0], high: data.limits.sets };
    if (!isRange(entry.sets, [sets.low, sets.high], true)) return _("an exercise's sets are not a number or range from %(low)s to %(high)s", sets);
    if (!isRange(entry.reps, data.limits.count, true)) return _("an exercise's reps are not a number or range");
    var load = loadProblem(entry.load, data);
    if (load) return load;
    if (entry.rest !== undefined && !isText(entry.rest, data.limits.short)) return _("an exercise's rest is not a short text");
    if (entry.note !== undefined && !isText(entry.note, data.limits.short)) return _("an exercise's note is not a short text");
    if (entry.cue !== undefined && !isText(entry.cue, data.limits.goal)) return _("an exercise's cue is not a text");
    if (entry.by_week === undefined) return "";
    // TRANSLATORS: by_week is a key of the file: keep it as it is.
    if (!Array.isArray(entry.by_week) || entry.by_week.length !== weeks) return _("an exercise's by_week does not hold one table per week");
    for (var w = 0; w < entry.by_week.length; w += 1) {
      var change = entry.by_week[w];
      // TRANSLATORS: by_week is a key of the file: keep it as it is.
      if (!change || typeof change !== "object" || Array.isArray(change) || unknownKey(change, WEEK_KEYS) !== undefined) return _("a week of by_week is not a table of sets, reps, load and note");
      var merged = { exercise: entry.exercise, sets: entry.sets, reps: entry.reps };
      WEEK_KEYS.forEach(function (key) { if (change[key] !== undefined) merged[key] = change[key]; });
      var problem = entryProblem(merged, weeks, data);
      // TRANSLATORS: where in an exercise's weeks a problem is, and the problem.
      if (problem) return _("week %(week)s: %(problem)s", { week: w + 1, problem: problem });
    }
    return "";
  }

  // Why `value` is not a program the builder can show, in words; "" when it is one.
  function shapeProblem(value, data) {
    var limits = data.limits;
    // TRANSLATORS: why a program from a link or a file is refused, after "it is refused:".
    if (!value || typeof value !== "object" || Array.isArray(value)) return _("it is not a program (a JSON object).");
    var extra = unknownKey(value, PROGRAM_KEYS);
    // TRANSLATORS: %(key)s is the key, quoted.
    if (extra !== undefined) return _("it has the unknown key %(key)s.", { key: quoted(extra) });
    var missing = ["id", "name", "goal", "sessions", "sources"].filter(function (key) { return value[key] === undefined; });
    // TRANSLATORS: %(keys)s are the keys of the file it lacks, "goal, sources".
    if (missing.length) return _("it lacks %(keys)s.", { keys: missing.join(", ") });
    if (typeof value.id !== "string" || !new RegExp(data.idPattern).test(value.id)) return _("its id is not lower-case words joined by hyphens.");
    if (!isText(value.name, limits.name)) return _("its name is not a text of at most %(limit)s characters.", { limit: limits.name });
    if (!isText(value.goal, limits.goal)) return _("its goal is not a text of at most %(limit)s characters.", { limit: limits.goal });
    var weeks = value.weeks === undefined ? 1 : value.weeks;
    if (typeof weeks !== "number" || weeks % 1 !== 0 || weeks < 1 || weeks > limits.weeks) return _("its weeks are not a whole number from 1 to %(limit)s.", { limit: limits.weeks });
    if (!Array.isArray(value.sources) || !value.sources.length || !value.sources.every(function (s) { return typeof s === "string"; })) return _("its sources are not a list of source ids.");
    if (value.notes !== undefined && !(Array.isArray(value.notes) && value.notes.every(function (n) { return isText(n, limits.goal); }))) return _("its notes are not a list of texts.");
    // TRANSLATORS: source_note is a key of the file: keep it as it is.
    if (value.source_note !== undefined && !isText(value.source_note, limits.goal)) return _("its source_note is not a text.");
    if (!Array.isArray(value.sessions) || value.sessions.length < 1 || value.sessions.length > limits.sessions) return _("it does not hold from 1 to %(limit)s sessions.", { limit: limits.sessions });
    for (var s = 0; s < value.sessions.length; s += 1) {
      var session = value.sessions[s];
      var at = { session: s + 1, limit: limits.entries };
      // TRANSLATORS: a table is a TOML or JSON table (an object) of the file; "name" and "exercises" are its keys.
      if (!session || typeof session !== "object" || unknownKey(session, ["name", "notes", "exercises"]) !== undefined) return _("session %(session)s: it is not a table of name and exercises.", at);
      if (!isText(session.name, limits.short)) return _("session %(session)s: its name is not a short text.", at);
      if (!Array.isArray(session.exercises) || session.exercises.length < 1 || session.exercises.length > limits.entries) return _("session %(session)s: it does not hold from 1 to %(limit)s exercises.", at);
      for (var e = 0; e < session.exercises.length; e += 1) {
        var problem = entryProblem(session.exercises[e], weeks, data);
        // TRANSLATORS: where in a program a problem is, and the problem ("an exercise's rest is not a short text").
        if (problem) return _("session %(session)s: exercise %(exercise)s: %(problem)s.", { session: s + 1, exercise: e + 1, problem: problem });
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
    // TRANSLATORS: why the program of a link is refused, after "This link's program is refused:".
    if (given.length > 1) return { problem: _("the link gives the program more than once.") };
    if (given[0].length > data.limits.link) return { problem: _("it is longer than any program the builder makes.") };
    var value;
    try {
      value = JSON.parse(fromBase64url(given[0]));
    } catch (error) {
      return { problem: _("it cannot be read (it is not the builder's encoding of a program's JSON).") };
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
