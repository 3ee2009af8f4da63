/*
 * The load calculator of the exercise pages (templates/macros.md.j2, calculator): the lifter's 1RM
 * of the reference lift -> the prescribed loads, with plates per side and warm-up sets.
 *
 * Every number comes from window.exerciseGuide (exercise-guide.js), which only looks loads up in
 * the site's data file that the page names. The form stays hidden until that has arrived, and
 * without JavaScript: the static tables remain. A 1RM typed, estimated or remembered that is not
 * one the guide takes (exercise-guide.js, saneMax) shows no load: the result says why instead.
 */
(function () {
  "use strict";

  function guide() {
    return window.exerciseGuide;
  }

  // The calculator's wording in the site's language (exercise-guide.js).
  function _(text, values) {
    return guide()._(text, values);
  }

  // A number for an input's value (always with a point) and for the lifter to read (the site's
  // decimal mark: 72,5 in German).
  function plain(number) {
    return String(Math.round(number * 1000) / 1000);
  }

  function show(number) {
    return guide().numberText(plain(number));
  }

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function chosenUnit(form) {
    var checked = form.querySelector('input[name="unit"]:checked');
    return checked ? checked.value : guide().preferredUnit();
  }

  function setUnit(form, unit) {
    var radio = form.querySelector('input[name="unit"][value="' + unit + '"]');
    if (radio) radio.checked = true;
  }

  /* One load of the range: "70 %: 72.5 kg (73.5 kg rounded), 25 + 1.25 kg a side". */
  function describeLoad(form, oneRepMax, percent, unit) {
    var found = guide().loadFor(oneRepMax, percent, unit);
    var item = element("li");
    var shownPercent = guide().numberText(percent);
    if (!found) {
      item.textContent = _("%(percent)s %%: beyond the heaviest load this calculator knows of", { percent: shownPercent });
      return item;
    }
    // TRANSLATORS: starts a line of the calculator's loads, "70 %: 72.5 kg (...)"; keep the space at the end.
    item.appendChild(element("span", _("%(percent)s %%: ", { percent: shownPercent })));
    item.appendChild(element("strong", show(found.load) + " " + unit, "eg-calculator__load"));
    var notes = [];
    if (show(found.target) !== show(found.load)) {
      // TRANSLATORS: after a load, in brackets: %(target)s is the exact percentage of the 1RM.
      notes.push(_("%(target)s %(unit)s rounded to a load you can build", { target: show(found.target), unit: unit }));
    }
    if (form.dataset.plates === "yes") {
      if (found.atBar && found.target < found.load) {
        notes.push(_("less than the empty %(bar)s %(unit)s bar: use the bar", { bar: show(found.load), unit: unit }));
      } else if (found.atBar) {
        notes.push(_("the empty bar"));
      } else {
        var plates = found.platesPerSide.map(show).join(" + ");
        // TRANSLATORS: the plates to put on each side of the bar, "25 + 1.25 kg".
        notes.push(_("each side: %(plates)s %(unit)s", { plates: plates, unit: unit }));
      }
    }
    if (notes.length) item.appendChild(element("span", " (" + notes.join("; ") + ")"));
    return item;
  }

  function warmupLine(form, workingLoad, unit) {
    var percents = form.dataset.warmup.split(" ").filter(Boolean);
    var loads = percents.map(function (percent) {
      var found = guide().loadFor(workingLoad, percent, unit);
      return guide().numberText(percent) + " % " + (found ? show(found.load) + " " + unit : "?");
    });
    // TRANSLATORS: %(sets)s lists the warm-up sets, "40 % 30 kg, 60 % 45 kg".
    return _("Warm-up before %(load)s %(unit)s: %(sets)s", { load: show(workingLoad), unit: unit, sets: loads.join(", ") });
  }

  /* The 1RM in the form, when it is one the guide takes; else null. */
  function saneMax(form) {
    return guide().saneMax(form.elements.max.value, form.elements.max.max);
  }

  function update(form) {
    var output = form.querySelector(".eg-calculator__result");
    var input = form.elements.max;
    var value = saneMax(form);
    var unit = chosenUnit(form);
    output.textContent = "";
    if (value === null) {
      // Empty is no refusal: a number the browser cannot read, and one half typed, read as "".
      var refused = input.value !== "" ? guide().refusal(input.value, input.max, unit) : form.dataset.refused;
      if (refused) output.appendChild(element("p", refused, "eg-calculator__refused"));
      return;
    }
    var low = form.dataset.low;
    var high = form.dataset.high;
    var estimated = form.dataset.estimate;
    if (estimated) output.appendChild(element("p", estimated, "eg-calculator__note"));
    var list = element("ul", "", "eg-calculator__loads");
    list.appendChild(describeLoad(form, value, low, unit));
    if (high !== low) list.appendChild(describeLoad(form, value, high, unit));
    output.appendChild(list);
    if (form.dataset.warmup) {
      var warmups = element("ul", "", "eg-calculator__warmup");
      [low, high].filter(function (p, i) { return i === 0 || p !== low; }).forEach(function (p) {
        var working = guide().loadFor(value, p, unit);
        if (working) warmups.appendChild(element("li", warmupLine(form, working.load, unit)));
      });
      output.appendChild(warmups);
    }
  }

  function remember(form, estimated) {
    var value = saneMax(form);
    if (value !== null) guide().rememberMax(form.dataset.lift, value, chosenUnit(form), estimated);
  }

  /* Fill the form from the 1RM remembered for its lift, in the unit the site shows. */
  function fill(form, unit) {
    unit = unit || guide().preferredUnit();
    setUnit(form, unit);
    var input = form.elements.max;
    var saved = guide().rememberedMaxIn(form.dataset.lift, unit, input.max);
    delete form.dataset.estimate;
    delete form.dataset.refused;
    if (saved && saved.refused !== undefined) {
      input.value = ""; // left out, and the result says why
      form.dataset.refused = guide().refusal(saved.refused, input.max, unit, true);
    } else if (saved) {
      form.elements.max.value = plain(saved.value);
      var notes = [];
      // TRANSLATORS: what the remembered 1RM is, after "Your 1RM:" below.
      if (saved.estimated) notes.push(_("an estimate"));
      if (saved.convertedFrom) {
        var from = { max: show(saved.convertedFrom.value), unit: saved.convertedFrom.unit };
        // TRANSLATORS: what the remembered 1RM is, after "Your 1RM:" below: it was saved in the other unit.
        notes.push(_("converted from %(max)s %(unit)s", from));
      }
      // TRANSLATORS: %(notes)s is "an estimate", "converted from 100 kg", or both, joined by a comma.
      if (notes.length) form.dataset.estimate = _("Your 1RM: %(notes)s.", { notes: notes.join(", ") });
    }
    update(form);
  }

  function estimate(form) {
    var weight = form.elements.weight.value;
    var reps = form.elements.reps.value;
    var sane = guide().saneMax(weight, form.elements.weight.max) !== null;
    var found = sane ? guide().estimateMax(weight, reps) : null;
    var unit = chosenUnit(form);
    if (found && guide().saneMax(plain(found.value), form.elements.max.max) === null) {
      // heavier than the guide takes (1000 kg for 10 reps): said so, not shown as a 1RM
      form.elements.max.value = "";
      delete form.dataset.estimate;
      var refusal = guide().refusal(show(found.value), form.elements.max.max, unit);
      // TRANSLATORS: %(refusal)s says why the 1RM a set estimates is not taken ("'1200' is not a 1RM ...").
      form.dataset.refused = _("Estimated from that set: %(refusal)s", { refusal: refusal });
      update(form);
      return;
    }
    if (!found) {
      var taken = guide().estimateReps();
      var range = { low: taken[0], high: taken[taken.length - 1] };
      form.dataset.estimate = _("Enter a weight and %(low)s to %(high)s reps to estimate your 1RM.", range);
      update(form);
      form.querySelector(".eg-calculator__result").textContent = form.dataset.estimate;
      return;
    }
    var value = found.value;
    var name = found.formula;
    form.elements.max.value = plain(value);
    var set = { max: show(value), unit: unit, weight: show(Number(weight)), reps: Number(reps), formula: name };
    // TRANSLATORS: %(weight)s × %(reps)s is the set the 1RM is estimated from; %(formula)s is a name (Epley).
    form.dataset.estimate = _("Estimated 1RM: %(max)s %(unit)s from %(weight)s %(unit)s × %(reps)s " +
      "(%(formula)s formula). An estimate, not a tested 1RM.", set);
    remember(form, true);
    update(form);
  }

  /* Switch the kg/lb content tabs of the page, as a click on one does (Material links them). */
  function switchTabs(unit) {
    guide().preferUnit(unit);
    var focused = document.activeElement;
    var labels = document.querySelectorAll(".tabbed-labels > label");
    for (var i = 0; i < labels.length; i += 1) {
      var input = document.getElementById(labels[i].htmlFor);
      if (labels[i].innerText.trim() === unit && input && !input.checked) {
        labels[i].click();
        break;
      }
    }
    // Clicking a tab moves the focus to it; a keyboard user stays where they were.
    if (focused && focused !== document.activeElement) focused.focus({ preventScroll: true });
  }

  function setUp(form) {
    if (form.dataset.ready) return;
    form.dataset.ready = "yes";
    form.hidden = false;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
    });
    form.elements.max.addEventListener("input", function () {
      delete form.dataset.estimate;
      delete form.dataset.refused;
      remember(form, false);
      update(form);
    });
    form.addEventListener("change", function (event) {
      if (event.target.name !== "unit") return;
      var unit = event.target.value;
      switchTabs(unit);
      document.querySelectorAll("form.eg-calculator").forEach(function (each) {
        fill(each, unit);
      });
    });
    form.querySelector('button[name="estimate"]').addEventListener("click", function () {
      estimate(form);
    });
    fill(form);
  }

  function setUpPage() {
    if (!guide() || !document.querySelector("form.eg-calculator")) return;
    guide().load().then(function (data) {
      if (data) document.querySelectorAll("form.eg-calculator").forEach(setUp);
    });
  }

  // A unit's content tab chosen anywhere on the page is the site-wide unit: calculators follow it.
  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches(".tabbed-set > input")) return;
    var label = document.querySelector('label[for="' + input.id + '"]');
    var unit = label && label.innerText.trim();
    if (!guide() || guide().units().indexOf(unit) === -1) return;
    document.querySelectorAll("form.eg-calculator").forEach(function (form) {
      if (chosenUnit(form) !== unit) fill(form, unit);
    });
  });

  if (window.document$) window.document$.subscribe(setUpPage);
  else document.addEventListener("DOMContentLoaded", setUpPage);
})();
