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

  var SHOWN_RESULTS = 40; // search results listed at once; narrowing finds the rest
  var P = window.exerciseGuideProgram; // builder-program.js: the program, its link and its TOML

  // The builder's wording in the site's language (exercise-guide.js).
  function _(text, values) {
    return window.exerciseGuide._(text, values);
  }

  function ngettext(singular, plural, count, values) {
    return window.exerciseGuide.ngettext(singular, plural, count, values);
  }

  // "Session 2": a session without a name of its own, and where a problem of the program is.
  function sessionNumber(s) {
    return _("Session %(session)s", { session: s + 1 });
  }

  function setUp() {
    var root = document.querySelector("section.eg-builder");
    var guide = window.exerciseGuide;
    var element = document.getElementById("eg-builder-data");
    if (!root || !guide || !P || !element || root.dataset.started || typeof fetch !== "function") return;
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
      refuse(root, _("The builder could not load the guide's exercises: open this page again with a connection."));
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
    var state = { data: data, guide: guide, root: root, week: 0, draft: P.emptyDraft(data) };
    var params = new URLSearchParams(window.location.hash.slice(1));
    var given = params.getAll("program");
    if (given.length) {
      var opened = P.programOfLink(given, data);
      if (opened.program) {
        showView(state, opened.program, params);
        return;
      }
      // TRANSLATORS: %(problem)s says why, as a sentence without its capital ("it lacks goal, sources.").
      refuse(root, _("This link's program is refused: %(problem)s You can make a new program below.", { problem: opened.problem }));
    }
    showEditor(state);
  }

  function refuse(root, words) {
    var note = root.querySelector(".eg-builder__refused");
    note.textContent = words;
    note.hidden = !words;
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
      option.textContent = _("Week %(week)s", { week: w + 1 });
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
      var numbered = { session: s + 1, week: state.week + 1 };
      // TRANSLATORS: the heading of a session in the editor, with the week on show when the program has more than one.
      part(fieldset, "number").textContent = state.draft.weeks > 1 ? _("Session %(session)s, week %(week)s", numbered) : sessionNumber(s);
      fieldset.querySelector('[name="session-name"]').value = session.name;
      part(fieldset, "empty").hidden = session.entries.length > 0;
      var list = fieldset.querySelector(".eg-builder__entries");
      session.entries.forEach(function (entry, e) {
        list.appendChild(entryElement(state, entry, e, session.entries.length));
      });
      labelButtons(fieldset.querySelector('[data-action="remove-session"]'), session.name || sessionNumber(s));
      holder.appendChild(fieldset);
      var option = document.createElement("option");
      option.value = String(s);
      option.textContent = session.name || sessionNumber(s);
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
        P.resizeWeeks(draft, weeks);
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
      state.form.elements.target.options[where.s].textContent = field.value || sessionNumber(where.s);
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
        say(status, _("A program has at most %(limit)s sessions: this one has them all.", { limit: limits.sessions }));
        return;
      }
      draft.sessions.push({ name: _("Day %(day)s", { day: draft.sessions.length + 1 }), entries: [] });
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
      say(status, _("Add a session first."));
      return;
    }
    var named = { session: session.name || sessionNumber(s), limit: state.data.limits.entries, exercise: state.data.byId[id].name };
    if (session.entries.length >= state.data.limits.entries) {
      var full = _("“%(session)s” has %(limit)s exercises, the most a session may have (it prints on one page): add this one to another session.", named);
      say(status, full);
      say(part(fieldsets[s], "limit"), full);
      return;
    }
    var weeks = [];
    for (var w = 0; w < draft.weeks; w += 1) weeks.push(P.newWeek());
    session.entries.push({ exercise: id, rest: "", weeks: weeks });
    renderSessions(state);
    say(status, _("%(exercise)s added to “%(session)s”.", named));
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
      button.textContent = _("Add %(exercise)s", { exercise: exercise.name });
      // TRANSLATORS: an exercise's other names, "RDL, Stiff-leg deadlift".
      var also = exercise.aliases.length ? _("also called %(names)s", { names: exercise.aliases.join(", ") }) : "";
      part(item, "words").textContent = also;
      list.appendChild(item);
    });
    var counts = { count: found.length, shown: SHOWN_RESULTS };
    part(form, "found").textContent = found.length > SHOWN_RESULTS ?
      _("%(count)s exercises found: the first %(shown)s are listed; narrow the search to see the rest.", counts) :
      ngettext("%(count)s exercise found.", "%(count)s exercises found.", found.length, counts);
  }

  // The outputs follow every change: the problems, or the link, the JSON and the TOML.
  function refresh(state) {
    var made = P.programOf(state.draft, state.data);
    var limits = state.data.limits;
    if (state.draft.weeksTyped !== undefined && String(state.draft.weeks) !== state.draft.weeksTyped) {
      // TRANSLATORS: the number of weeks typed is refused; %(weeks)s is the number the program keeps.
      made.problems.unshift(_("Weeks: a whole number from 1 to %(limit)s (the program keeps %(weeks)s).", { limit: limits.weeks, weeks: state.draft.weeks }));
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
    var link = ready ? new URL(P.linkOf(made.program), window.location.href).href : "";
    var anchor = part(state.form, "link");
    anchor.hidden = !ready;
    anchor.href = link || "#";
    state.form.elements.link.value = link;
    state.form.elements.toml.value = ready ? P.tomlOf(made.program) : "";
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
    status.textContent = ""; // said again once this copy is done
    var done = function () { status.textContent = _("Copied."); };
    var byHand = function () {
      field.select();
      status.textContent = document.execCommand && document.execCommand("copy") ? _("Copied.") :
        _("This browser did not let the page copy: the text is selected, copy it yourself.");
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(field.value).then(done, byHand);
    else byHand();
  }

  function importFile(state, input) {
    var file = input.files && input.files[0];
    var status = part(state.form, "copied");
    if (!file) return;
    var named = { file: file.name };
    if (file.size > state.data.limits.link) {
      // TRANSLATORS: %(file)s is the name of the file the coach chose to import.
      status.textContent = _("“%(file)s” is refused: it is larger than any program the builder makes.", named);
      return;
    }
    file.text().then(function (text) {
      var value;
      try {
        value = JSON.parse(text);
      } catch (error) {
        status.textContent = _("“%(file)s” is refused: it is not JSON.", named);
        return;
      }
      var opened = P.programOfValue(value, state.data);
      if (!opened.program) {
        // TRANSLATORS: %(problem)s says why, as a sentence without its capital ("it lacks goal, sources.").
        status.textContent = _("“%(file)s” is refused: %(problem)s", { file: file.name, problem: opened.problem });
        return;
      }
      state.draft = P.draftOf(opened.program);
      state.week = 0;
      delete state.draft.weeksTyped;
      renderAll(state);
      status.textContent = _("Imported “%(program)s” from %(file)s.", { program: opened.program.name, file: file.name });
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
    var sessions = program.sessions.length;
    var shape = {
      weeks: ngettext("%(count)s week", "%(count)s weeks", weeks, { count: weeks }),
      sessions: ngettext("%(count)s session", "%(count)s sessions", sessions, { count: sessions })
    };
    // TRANSLATORS: how long a program is: "4 weeks of 3 sessions."
    part(view, "shape").textContent = _("%(weeks)s of %(sessions)s.", shape);
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
          // TRANSLATORS: %(values)s are the values the link gave, each quoted.
          _("The link gives this 1RM more than once (%(values)s): give it once.", { values: given.map(guide.quoted).join(", ") }) :
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
      window.history.replaceState(null, "", P.linkOf(program, maxesOf(inputs, guide), currentUnit(form, guide)));
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
      state.draft = P.draftOf(program);
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
    var known = given.length === 1 && guide.units().indexOf(given[0]) !== -1;
    if (known) unit = given[0];
    var values = { value: guide.quoted(given[0]), units: guide.units().join(", "), unit: unit };
    if (given.length > 1) why = _("The link gives the unit more than once: the program shows %(unit)s.", values);
    // TRANSLATORS: %(value)s is what the link gave, quoted; %(units)s the units there are, "kg, lb".
    else if (given.length && !known) why = _("%(value)s is not a unit this guide shows (%(units)s): the program shows %(unit)s.", values);
    var radio = form.querySelector('input[name="units"][value="' + unit + '"]');
    if (radio) radio.checked = true;
    if (why) {
      var note = document.createElement("p");
      note.className = "sheet-form__refused";
      note.textContent = why;
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
    // TRANSLATORS: a load of the program: as the exercise's own page prescribes it.
    if (!load || load === P.AS_PRESCRIBED) return _("As its page prescribes");
    if (load.describe !== undefined) return load.describe;
    var number = state.guide.numberText;
    var range = Array.isArray(load.percent) ? load.percent : [load.percent, load.percent];
    var max = maxes[load.of];
    var low = max ? state.guide.loadFor(max, range[0], unit) : null;
    var high = max ? state.guide.loadFor(max, range[1], unit) : null;
    var values = {
      percent: spanText(Array.isArray(load.percent) ? load.percent.map(number) : number(load.percent), "–"),
      lift: state.data.byId[load.of].name,
      load: low && high ? (low.load === high.load ? number(low.load) : number(low.load) + "–" + number(high.load)) : "",
      unit: unit
    };
    // TRANSLATORS: a load of the program, before the lifter has given the 1RM: "70–80 % of Clean 1RM".
    if (!low || !high) return _("%(percent)s %% of %(lift)s 1RM", values);
    // TRANSLATORS: a load of the program for the lifter's 1RM: "72.5–80 kg (70–80 % of Clean)".
    return _("%(load)s %(unit)s (%(percent)s %% of %(lift)s)", values);
  }

  function fillLoads(state, program, inputs, unit) {
    var maxes = maxesOf(inputs, state.guide);
    var sheets = part(state.root, "sheets");
    var weeks = program.weeks || 1;
    sheets.textContent = "";
    for (var w = 0; w < weeks; w += 1) {
      program.sessions.forEach(function (session) {
        var sheet = clone("eg-builder-sheet");
        // TRANSLATORS: the title of a session's sheet in a program of more than one week.
        part(sheet, "title").textContent = weeks > 1 ? _("Week %(week)s: %(session)s", { week: w + 1, session: session.name }) : session.name;
        var body = sheet.querySelector("tbody");
        session.exercises.forEach(function (entry) {
          var change = (entry.by_week || [])[w] || {};
          var values = {};
          P.WEEK_KEYS.forEach(function (key) { values[key] = change[key] !== undefined ? change[key] : entry[key]; });
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
