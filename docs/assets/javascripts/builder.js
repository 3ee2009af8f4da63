// The program builder (programs/builder/): a coach picks exercises, groups them into sessions and
// weeks, and takes the program away as a link, a printout, JSON or an exercises.toml entry. Nothing
// leaves the browser: the link carries the program after its "#" (program=<base64url of JSON>, with
// the lifter's 1RMs and unit beside it), which opens it read-only with its loads filled in.
//
// The page names the data file that holds the catalogue and a program's limits (templates/builder.md.j2,
// generator/site/pages/builder.py, read from the models' schema), fetched like the load data; the loads are the site's own
// (window.exerciseGuide: loadFor, saneMax, refusal), rounded as the load tables round. Everything a
// program or a link holds is shown as text (textContent), never as markup.
(function () {
  "use strict";

  var AS_PRESCRIBED = "as-prescribed";
  var SHOWN_RESULTS = 40; // search results listed at once; narrowing finds the rest
  var ENTRY_KEYS = ["exercise", "sets", "reps", "rest", "load", "cue", "note", "by_week"];
  var WEEK_KEYS = ["sets", "reps", "load", "note"];
  var PROGRAM_KEYS = ["$schema", "id", "name", "goal", "weeks", "notes", "sessions", "sources", "source_note"];

  function setUp() {
    var root = document.querySelector("section.eg-builder");
    var guide = window.exerciseGuide;
    var element = document.getElementById("eg-builder-data");
    if (!root || !guide || !element || root.dataset.started || typeof fetch !== "function") return;
    root.dataset.started = "true";
    var address = new URL(element.dataset.src, document.baseURI).href;
    var catalogue = fetch(address).then(function (response) {
      if (!response.ok) throw new Error(address + ": " + response.status);
      return response.json();
    });
    Promise.all([catalogue, guide.load()]).then(function (both) {
      var data = both[0];
      data.byId = {};
      data.exercises.forEach(function (exercise) {
        exercise.words = squashed([exercise.name].concat(exercise.aliases));
        data.byId[exercise.id] = exercise;
      });
      if (document.body.contains(root)) start(root, data, guide);
    }, function () {
      root.dataset.started = "";
      refuse(root, "The builder could not load the guide's exercises: open this page again with a connection.");
    });
  }

  // Names as search compares them: lower case, letters and digits only ("Romanian dead-lift" and
  // "romanian deadlift" alike).
  function squash(text) {
    return String(text).toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "");
  }

  function squashed(names) {
    return names.map(squash);
  }

  function part(root, name) {
    return root.querySelector('[data-show="' + name + '"]');
  }

  var cloned = 0;

  // A copy of one of the page's <template> elements. Each label of it names its control by
  // data-for, beside it rather than around it (a select's chosen option would join its name):
  // both get an id of their own here.
  function clone(id) {
    var copy = document.getElementById(id).content.firstElementChild.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll("label[data-for]"), function (label) {
      var control = label.parentNode.querySelector('[name="' + label.dataset.for + '"]');
      cloned += 1;
      control.id = "eg-builder-field-" + cloned;
      label.htmlFor = control.id;
    });
    return copy;
  }

  function start(root, data, guide) {
    var state = { data: data, guide: guide, root: root, week: 0, draft: emptyDraft(data) };
    var params = new URLSearchParams(window.location.hash.slice(1));
    var given = params.getAll("program");
    if (given.length) {
      var opened = programOfLink(given, data);
      if (opened.program) {
        showView(state, opened.program, params);
        return;
      }
      refuse(root, "This link's program is refused: " + opened.problem + " You can make a new program below.");
    }
    showEditor(state);
  }

  function refuse(root, words) {
    var note = root.querySelector(".eg-builder__refused");
    note.textContent = words;
    note.hidden = !words;
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
    var id = String(name).toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
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
    if (extra !== undefined) return "an exercise has the unknown key " + window.exerciseGuide.quoted(extra);
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
    if (extra !== undefined) return "it has the unknown key " + window.exerciseGuide.quoted(extra) + ".";
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

  // ---- The editor ----

  function showEditor(state) {
    var form = state.root.querySelector("form.eg-builder__edit");
    state.form = form;
    state.root.querySelector(".eg-builder__view").hidden = true;
    form.hidden = false;
    if (!form.dataset.wired) {
      form.dataset.wired = "true";
      wireEditor(state, form);
    }
    renderAll(state);
  }

  function renderAll(state) {
    var form = state.form;
    var draft = state.draft;
    form.elements.name.value = draft.name;
    form.elements.goal.value = draft.goal;
    form.elements.weeks.value = String(draft.weeks);
    if (draft.sources.length) form.elements.source.value = draft.sources[0];
    renderWeeks(state);
    renderSessions(state);
    renderResults(state);
    refresh(state);
  }

  function renderWeeks(state) {
    var select = state.form.elements.week;
    var weeks = state.draft.weeks;
    if (state.week >= weeks) state.week = weeks - 1;
    select.textContent = "";
    for (var w = 0; w < weeks; w += 1) {
      var option = document.createElement("option");
      option.value = String(w);
      option.textContent = "Week " + (w + 1);
      select.appendChild(option);
    }
    select.value = String(state.week);
    select.closest(".eg-builder__week").hidden = weeks < 2;
    part(state.form, "week-hint").hidden = weeks < 2;
  }

  function renderSessions(state) {
    var holder = state.form.querySelector(".eg-builder__sessions");
    var target = state.form.elements.target;
    var chosen = target.value;
    holder.textContent = "";
    target.textContent = "";
    state.draft.sessions.forEach(function (session, s) {
      var fieldset = clone("eg-builder-session");
      fieldset.dataset.session = String(s);
      part(fieldset, "number").textContent = "Session " + (s + 1) + (state.draft.weeks > 1 ? ", week " + (state.week + 1) : "");
      fieldset.querySelector('[name="session-name"]').value = session.name;
      part(fieldset, "empty").hidden = session.entries.length > 0;
      var list = fieldset.querySelector(".eg-builder__entries");
      session.entries.forEach(function (entry, e) {
        list.appendChild(entryElement(state, entry, e, session.entries.length));
      });
      labelButtons(fieldset.querySelector('[data-action="remove-session"]'), session.name || "Session " + (s + 1));
      holder.appendChild(fieldset);
      var option = document.createElement("option");
      option.value = String(s);
      option.textContent = session.name || "Session " + (s + 1);
      target.appendChild(option);
    });
    if (chosen && Number(chosen) < state.draft.sessions.length) target.value = chosen;
  }

  function labelButtons(button, name) {
    button.setAttribute("aria-label", button.textContent + ": " + name);
  }

  function entryElement(state, entry, e, count) {
    var item = clone("eg-builder-entry");
    var week = entry.weeks[state.week];
    var name = state.data.byId[entry.exercise].name;
    item.dataset.entry = String(e);
    part(item, "exercise").textContent = (e + 1) + ". " + name;
    item.querySelector('[name="sets"]').value = week.sets;
    item.querySelector('[name="reps"]').value = week.reps;
    item.querySelector('[name="load-kind"]').value = week.kind;
    item.querySelector('[name="of"]').value = week.of || entry.exercise;
    item.querySelector('[name="percent"]').value = week.percent;
    item.querySelector('[name="describe"]').value = week.describe;
    item.querySelector('[name="rest"]').value = entry.rest;
    item.querySelector('[name="note"]').value = week.note;
    Array.prototype.forEach.call(item.querySelectorAll("[data-action]"), function (button) {
      labelButtons(button, name);
    });
    item.querySelector('[data-action="up"]').disabled = e === 0;
    item.querySelector('[data-action="down"]').disabled = e === count - 1;
    showLoadFields(item, week.kind);
    return item;
  }

  function showLoadFields(item, kind) {
    Array.prototype.forEach.call(item.querySelectorAll("[data-when]"), function (label) {
      label.hidden = label.dataset.when !== kind;
    });
  }

  function located(state, element) {
    var fieldset = element.closest("[data-session]");
    var item = element.closest("[data-entry]");
    var session = fieldset ? state.draft.sessions[Number(fieldset.dataset.session)] : null;
    var entry = session && item ? session.entries[Number(item.dataset.entry)] : null;
    return { session: session, entry: entry, item: item, s: fieldset ? Number(fieldset.dataset.session) : -1, e: item ? Number(item.dataset.entry) : -1 };
  }

  function wireEditor(state, form) {
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("input", function (event) {
      if (event.target.name !== "import") edited(state, event.target);
    });
    form.addEventListener("change", function (event) {
      if (event.target.name === "import") importFile(state, event.target);
    });
    form.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-action]");
      if (button) act(state, button);
    });
  }

  function edited(state, field) {
    var draft = state.draft;
    var where = located(state, field);
    var name = field.name;
    if (name === "name" || name === "goal") draft[name] = field.value;
    else if (name === "source") draft.sources = [field.value];
    else if (name === "weeks") {
      var weeks = Number(field.value);
      if (field.value !== "" && weeks % 1 === 0 && weeks >= 1 && weeks <= state.data.limits.weeks && weeks !== draft.weeks) {
        resizeWeeks(draft, weeks);
        renderWeeks(state);
        renderSessions(state);
      }
      draft.weeksTyped = field.value;
    } else if (name === "week") {
      state.week = Number(field.value);
      renderSessions(state);
    } else if (name === "search" || name === "equipment" || name === "pattern" || name === "muscle") {
      renderResults(state);
      return;
    } else if (name === "session-name" && where.session) {
      where.session.name = field.value;
      state.form.elements.target.options[where.s].textContent = field.value || "Session " + (where.s + 1);
    } else if (where.entry) {
      var week = where.entry.weeks[state.week];
      if (name === "rest") where.entry.rest = field.value;
      else if (name === "load-kind") {
        week.kind = field.value;
        if (week.kind === "percent" && !week.of) week.of = where.item.querySelector('[name="of"]').value;
        showLoadFields(where.item, week.kind);
      } else if (name in week) week[name] = field.value;
    }
    refresh(state);
  }

  function say(element, words) {
    element.textContent = words;
    element.hidden = !words;
  }

  function act(state, button) {
    var draft = state.draft;
    var where = located(state, button);
    var action = button.dataset.action;
    var limits = state.data.limits;
    if (action === "add-session") {
      var status = part(state.form, "found");
      if (draft.sessions.length >= limits.sessions) {
        say(status, "A program has at most " + limits.sessions + " sessions: this one has them all.");
        return;
      }
      draft.sessions.push({ name: "Day " + (draft.sessions.length + 1), entries: [] });
      renderSessions(state);
      state.form.elements.target.value = String(draft.sessions.length - 1);
      var added = state.form.querySelectorAll(".eg-builder__session");
      added[added.length - 1].querySelector('[name="session-name"]').focus();
    } else if (action === "remove-session") {
      draft.sessions.splice(where.s, 1);
      renderSessions(state);
    } else if (action === "add") {
      addExercise(state, button.dataset.exercise);
      return;
    } else if (action === "up" || action === "down" || action === "remove") {
      var entries = where.session.entries;
      var to = action === "up" ? where.e - 1 : where.e + 1;
      if (action === "remove") entries.splice(where.e, 1);
      else if (to >= 0 && to < entries.length) entries.splice(to, 0, entries.splice(where.e, 1)[0]);
      else return;
      renderSessions(state);
      var session = state.form.querySelectorAll(".eg-builder__session")[where.s];
      // Focus stays on the entry moved (on its other button once it reaches an end).
      var moved = action === "remove" ? null : session.querySelectorAll(".eg-builder__entry")[to];
      var focus = moved ? moved.querySelector('[data-action="' + action + '"]') : session.querySelector('[name="session-name"]');
      if (focus.disabled) focus = moved.querySelector('[data-action="' + (action === "up" ? "down" : "up") + '"]');
      focus.focus();
    } else if (action === "copy-link" || action === "copy-toml") {
      copy(state, action === "copy-link" ? state.form.elements.link : state.form.elements.toml);
      return;
    } else if (action === "download") {
      download(state);
      return;
    }
    refresh(state);
  }

  function addExercise(state, id) {
    var draft = state.draft;
    var s = Number(state.form.elements.target.value) || 0;
    var session = draft.sessions[s];
    var status = part(state.form, "found");
    var fieldsets = state.form.querySelectorAll(".eg-builder__session");
    if (!session) {
      say(status, "Add a session first.");
      return;
    }
    if (session.entries.length >= state.data.limits.entries) {
      var full = "“" + (session.name || "Session " + (s + 1)) + "” has " + state.data.limits.entries + " exercises, the most a session may have (it prints on one page): add this one to another session.";
      say(status, full);
      say(part(fieldsets[s], "limit"), full);
      return;
    }
    var weeks = [];
    for (var w = 0; w < draft.weeks; w += 1) weeks.push(newWeek());
    session.entries.push({ exercise: id, rest: "", weeks: weeks });
    renderSessions(state);
    say(status, state.data.byId[id].name + " added to “" + (session.name || "Session " + (s + 1)) + "”.");
    refresh(state);
  }

  function renderResults(state) {
    var form = state.form;
    var query = squash(form.elements.search.value);
    var equipment = form.elements.equipment.value;
    var pattern = form.elements.pattern.value;
    var muscle = form.elements.muscle.value;
    var found = state.data.exercises.filter(function (exercise) {
      return (!query || exercise.words.some(function (words) { return words.indexOf(query) !== -1; })) &&
        (!equipment || exercise.equipment.indexOf(equipment) !== -1) &&
        (!pattern || exercise.pattern === pattern) &&
        (!muscle || exercise.muscles.indexOf(muscle) !== -1);
    });
    var list = form.querySelector(".eg-builder__results");
    list.textContent = "";
    found.slice(0, SHOWN_RESULTS).forEach(function (exercise) {
      var item = clone("eg-builder-result");
      var button = item.querySelector("button");
      button.dataset.exercise = exercise.id;
      button.textContent = "Add " + exercise.name;
      var also = exercise.aliases.length ? "also called " + exercise.aliases.join(", ") : "";
      part(item, "words").textContent = also;
      list.appendChild(item);
    });
    var count = found.length === 1 ? "1 exercise found" : found.length + " exercises found";
    if (found.length > SHOWN_RESULTS) count += ": the first " + SHOWN_RESULTS + " are listed; narrow the search to see the rest";
    part(form, "found").textContent = count + ".";
  }

  // The outputs follow every change: the problems, or the link, the JSON and the TOML.
  function refresh(state) {
    var made = programOf(state.draft, state.data);
    var limits = state.data.limits;
    if (state.draft.weeksTyped !== undefined && String(state.draft.weeks) !== state.draft.weeksTyped) {
      made.problems.unshift("Weeks: a whole number from 1 to " + limits.weeks + " (the program keeps " + state.draft.weeks + ").");
    }
    state.made = made;
    part(state.form, "id").textContent = made.program.id || "…";
    var list = part(state.form, "problems");
    list.textContent = "";
    made.problems.forEach(function (words) {
      var item = document.createElement("li");
      item.textContent = words;
      list.appendChild(item);
    });
    part(state.form, "problems-intro").hidden = !made.problems.length;
    var ready = !made.problems.length;
    var link = ready ? new URL(linkOf(made.program), window.location.href).href : "";
    var anchor = part(state.form, "link");
    anchor.hidden = !ready;
    anchor.href = link || "#";
    state.form.elements.link.value = link;
    state.form.elements.toml.value = ready ? tomlOf(made.program) : "";
    ["copy-link", "download", "copy-toml"].forEach(function (action) {
      state.form.querySelector('[data-action="' + action + '"]').disabled = !ready;
    });
    Array.prototype.forEach.call(state.form.querySelectorAll(".eg-builder__session"), function (fieldset, s) {
      var session = state.draft.sessions[s];
      if (session && session.entries.length < limits.entries) say(part(fieldset, "limit"), "");
    });
  }

  function exported(state) {
    var program = { $schema: state.data.schema };
    Object.keys(state.made.program).forEach(function (key) { program[key] = state.made.program[key]; });
    return program;
  }

  function download(state) {
    var blob = new Blob([JSON.stringify(exported(state), null, 2) + "\n"], { type: "application/json" });
    var address = URL.createObjectURL(blob);
    var link = document.createElement("a");
    link.href = address;
    link.download = state.made.program.id + ".json";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(address); }, 0);
  }

  function copy(state, field) {
    var status = part(state.form, "copied");
    var done = function () { status.textContent = "Copied."; };
    var byHand = function () {
      field.select();
      status.textContent = document.execCommand && document.execCommand("copy") ? "Copied." :
        "This browser did not let the page copy: the text is selected, copy it yourself.";
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(field.value).then(done, byHand);
    else byHand();
  }

  function importFile(state, input) {
    var file = input.files && input.files[0];
    var status = part(state.form, "copied");
    if (!file) return;
    if (file.size > state.data.limits.link) {
      status.textContent = "“" + file.name + "” is refused: it is larger than any program the builder makes.";
      return;
    }
    file.text().then(function (text) {
      var value;
      try {
        value = JSON.parse(text);
      } catch (error) {
        status.textContent = "“" + file.name + "” is refused: it is not JSON.";
        return;
      }
      var opened = programOfValue(value, state.data);
      if (!opened.program) {
        status.textContent = "“" + file.name + "” is refused: " + opened.problem;
        return;
      }
      state.draft = draftOf(opened.program);
      state.week = 0;
      delete state.draft.weeksTyped;
      renderAll(state);
      status.textContent = "Imported “" + opened.program.name + "” from " + file.name + ".";
    });
    input.value = "";
  }

  // ---- The view: the program read-only, with its loads for the lifter's 1RMs ----

  function liftsOf(program) {
    var lifts = [];
    program.sessions.forEach(function (session) {
      session.exercises.forEach(function (entry) {
        [entry].concat(entry.by_week || []).forEach(function (values) {
          if (values.load && values.load.of && lifts.indexOf(values.load.of) === -1) lifts.push(values.load.of);
        });
      });
    });
    return lifts;
  }

  function showView(state, program, params) {
    var root = state.root;
    var view = root.querySelector(".eg-builder__view");
    var guide = state.guide;
    var form = view.querySelector("form");
    view.hidden = false;
    part(view, "name").textContent = program.name;
    part(view, "goal").textContent = program.goal;
    var weeks = program.weeks || 1;
    part(view, "shape").textContent = (weeks === 1 ? "1 week" : weeks + " weeks") + " of " +
      (program.sessions.length === 1 ? "1 session" : program.sessions.length + " sessions") + ".";
    var unit = unitOfLink(form, params, guide);
    var holder = part(view, "max-inputs");
    var lifts = liftsOf(program);
    part(view, "no-lifts").hidden = lifts.length > 0;
    var inputs = lifts.map(function (lift) {
      var label = clone("eg-builder-max");
      var input = label.querySelector("input");
      part(label, "lift").textContent = state.data.byId[lift].name;
      input.name = lift;
      input.dataset.lift = lift;
      holder.appendChild(label);
      var given = params.getAll(lift);
      if (given.length) {
        var value = given.length === 1 ? guide.saneMax(given[0], input.max) : null;
        if (value !== null) input.value = String(value);
        else refuseMax(input, given.length > 1 ?
          "The link gives this 1RM more than once (" + given.map(guide.quoted).join(", ") + "): give it once." :
          guide.refusal(given[0], input.max, unit));
        return input;
      }
      // As remembered on any page of the site (in either unit), as a program page does.
      var remembered = guide.rememberedMaxIn(lift, unit, input.max);
      if (remembered && remembered.refused !== undefined) refuseMax(input, guide.refusal(remembered.refused, input.max, unit, true));
      else if (remembered) input.value = String(remembered.value);
      return input;
    });
    var update = function () {
      fillLoads(state, program, inputs, currentUnit(form, guide));
      window.history.replaceState(null, "", linkOf(program, maxesOf(inputs, guide), currentUnit(form, guide)));
    };
    form.addEventListener("input", function (event) {
      var input = event.target;
      if (input.name === "units") guide.preferUnit(input.value);
      if (input.dataset.lift) {
        var typed = guide.saneMax(input.value, input.max);
        refuseMax(input, typed === null && input.value !== "" ? guide.refusal(input.value, input.max, currentUnit(form, guide)) : "");
        if (typed !== null) guide.rememberMax(input.dataset.lift, typed, currentUnit(form, guide));
      }
      update();
    });
    form.querySelector('[data-action="print"]').addEventListener("click", function () { window.print(); });
    form.querySelector('[data-action="edit"]').addEventListener("click", function () {
      state.draft = draftOf(program);
      window.history.replaceState(null, "", window.location.pathname + window.location.search);
      showEditor(state);
      state.form.elements.name.focus();
    });
    fillLoads(state, program, inputs, unit);
    update();
  }

  function currentUnit(form, guide) {
    var checked = form.querySelector('input[name="units"]:checked');
    return checked ? checked.value : guide.preferredUnit();
  }

  function unitOfLink(form, params, guide) {
    var given = params.getAll("units");
    var unit = guide.preferredUnit();
    var why = "";
    if (given.length === 1 && guide.units().indexOf(given[0]) !== -1) unit = given[0];
    else if (given.length > 1) why = "The link gives the unit more than once";
    else if (given.length) why = guide.quoted(given[0]) + " is not a unit this guide shows (" + guide.units().join(", ") + ")";
    var radio = form.querySelector('input[name="units"][value="' + unit + '"]');
    if (radio) radio.checked = true;
    if (why) {
      var note = document.createElement("p");
      note.className = "sheet-form__refused";
      note.textContent = why + ": the program shows " + unit + ".";
      form.querySelector(".eg-builder__units").appendChild(note);
    }
    return unit;
  }

  function refuseMax(input, words) {
    var label = input.closest("label");
    var note = label.nextElementSibling && label.nextElementSibling.classList.contains("sheet-form__refused") ? label.nextElementSibling : null;
    if (!words) {
      if (note) note.remove();
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-describedby");
      return;
    }
    if (!note) {
      note = document.createElement("p");
      note.className = "sheet-form__refused";
      note.id = "eg-builder-refused-" + input.dataset.lift;
      label.insertAdjacentElement("afterend", note);
    }
    note.textContent = words;
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", note.id);
  }

  function maxesOf(inputs, guide) {
    var maxes = {};
    inputs.forEach(function (input) {
      var value = guide.saneMax(input.value, input.max);
      if (value !== null) maxes[input.dataset.lift] = value;
    });
    return maxes;
  }

  function spanText(value, mark) {
    return Array.isArray(value) ? value[0] + mark + value[1] : String(value);
  }

  function loadText(state, load, maxes, unit) {
    if (!load || load === AS_PRESCRIBED) return "As its page prescribes";
    if (load.describe !== undefined) return load.describe;
    var lift = state.data.byId[load.of].name;
    var percent = spanText(load.percent, "–") + " % of " + lift;
    var max = maxes[load.of];
    var range = Array.isArray(load.percent) ? load.percent : [load.percent, load.percent];
    var low = max ? state.guide.loadFor(max, range[0], unit) : null;
    var high = max ? state.guide.loadFor(max, range[1], unit) : null;
    if (!low || !high) return percent + " 1RM";
    return (low.load === high.load ? String(low.load) : low.load + "–" + high.load) + " " + unit + " (" + percent + ")";
  }

  function fillLoads(state, program, inputs, unit) {
    var maxes = maxesOf(inputs, state.guide);
    var sheets = part(state.root, "sheets");
    var weeks = program.weeks || 1;
    sheets.textContent = "";
    for (var w = 0; w < weeks; w += 1) {
      program.sessions.forEach(function (session) {
        var sheet = clone("eg-builder-sheet");
        part(sheet, "title").textContent = (weeks > 1 ? "Week " + (w + 1) + ": " : "") + session.name;
        var body = sheet.querySelector("tbody");
        session.exercises.forEach(function (entry) {
          var change = (entry.by_week || [])[w] || {};
          var values = {};
          WEEK_KEYS.forEach(function (key) { values[key] = change[key] !== undefined ? change[key] : entry[key]; });
          var row = document.createElement("tr");
          [
            state.data.byId[entry.exercise].name,
            spanText(values.sets, "–") + " × " + spanText(values.reps, "–"),
            loadText(state, values.load, maxes, unit),
            entry.rest || "",
            values.note || ""
          ].forEach(function (text, column) {
            var cell = document.createElement(column ? "td" : "th");
            if (!column) cell.scope = "row";
            cell.textContent = text;
            row.appendChild(cell);
          });
          body.appendChild(row);
        });
        sheets.appendChild(sheet);
      });
    }
  }

  // A link of the builder opened from the builder itself changes only the address's "#": open it
  // as a new visit would.
  window.addEventListener("hashchange", function () {
    if (document.querySelector("section.eg-builder") && /^#(.*&)?program=/.test(window.location.hash)) {
      window.location.reload();
    }
  });

  if (window.document$) {
    window.document$.subscribe(setUp); // Material's instant navigation: run on every page it loads
  } else {
    document.addEventListener("DOMContentLoaded", setUp);
  }
})();
