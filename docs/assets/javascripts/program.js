// Program pages: fill the printable sheets with the loads for the lifter's one-rep maxes.
// The numbers come from the address (?clean=100&units=kg, as a coach sends it) or from the form,
// and are rounded by the calculator's code (window.exerciseGuide), as the load tables are. An
// exercise swapped for a substitute (?swap=1-1:good-morning) prints as its row on the page says.
// A 1RM or unit that is not one the guide takes (exercise-guide.js, saneMax) is refused: the input
// stays empty, no load shows, a word beside it says why, and the address written back leaves it out.
// The form stays hidden until the site's load data has arrived, and without JavaScript: the
// sheets then print blank.
(function () {
  "use strict";

  // The page's wording in the site's language (exercise-guide.js).
  function _(text, values) {
    return window.exerciseGuide._(text, values);
  }

  function setUp() {
    var form = document.querySelector("form.sheet-form");
    var guide = window.exerciseGuide;
    if (!form || !guide) {
      return;
    }
    guide.load().then(function (data) {
      if (data && document.body.contains(form)) {
        fillIn(form, guide);
      }
    });
  }

  function fillIn(form, guide) {
    var inputs = Array.prototype.slice.call(form.querySelectorAll("input[data-lift]"));
    var params = new URLSearchParams(window.location.search);
    var addressed = unitOfAddress(form, params, guide);
    var unit = addressed.unit;
    var radio = form.querySelector('input[name="units"][value="' + unit + '"]');
    if (radio) {
      radio.checked = true;
    }
    var refused = fillMaxes(inputs, params, unit, guide) || addressed.refused;
    refused = fillTrainingMaxes(form, params, guide) || refused;
    var missing = guide.missingEquipment();
    swapSelects(form).forEach(function (select) {
      offerWhatTheLifterHas(select, missing);
      var chosen = params.getAll("swap").filter(function (swap) {
        return swap.split(":")[0] === select.dataset.swap;
      });
      if (chosen.length) {
        select.value = chosen[0].split(":")[1];
        if (select.selectedIndex === -1) select.value = ""; // a substitute the page no longer offers
      }
      showSwap(select);
    });
    form.hidden = false;
    fill(form, inputs, guide);
    if (refused) {
      shareableAddress(form, inputs); // the address on show no longer carries what was refused
    }

    form.addEventListener("input", function (event) {
      var input = event.target;
      if (input.name === "units") {
        guide.preferUnit(input.value); // the site-wide kg/lb choice, as the load tables' tabs set it
      }
      if (input.dataset && input.dataset.swap) {
        showSwap(input);
      }
      if (input.dataset && input.dataset.trainingMax) {
        var share = saneTrainingMax(input, input.value, guide);
        refuse(input, share === null && input.value !== "" ? trainingMaxRefusal(input, input.value, guide) : "");
      }
      if (input.dataset && input.dataset.lift) {
        var typed = guide.saneMax(input.value, input.max);
        // Empty is no refusal: a number the browser cannot read, and one half typed, read as "".
        refuse(input, typed === null && input.value !== "" ? guide.refusal(input.value, input.max, currentUnit(form)) : "");
        if (typed !== null) guide.rememberMax(input.dataset.lift, typed, currentUnit(form));
      }
      fill(form, inputs, guide);
      shareableAddress(form, inputs);
    });
    form.querySelector('[data-action="print"]').addEventListener("click", function () {
      window.print();
    });
  }

  // "Swap an exercise": each select names a row of the sheets (data-swap); the page holds that row
  // as each of its choices prints (data-swap-choice), and only the chosen one shows and prints.
  function swapSelects(form) {
    return Array.prototype.slice.call(form.querySelectorAll("select[data-swap]"));
  }

  // The home page's "equipment I have": a substitute that needs something left unticked there is
  // not offered (unless the address chose it: a coach may know better).
  function offerWhatTheLifterHas(select, missing) {
    Array.prototype.slice.call(select.options).forEach(function (option) {
      var words = option.dataset.equipment ? option.dataset.equipment.split(" ") : [];
      option.hidden = words.some(function (word) { return missing.indexOf(word) !== -1; });
    });
  }

  function showSwap(select) {
    var rows = document.querySelectorAll('tr[data-swap-row="' + select.dataset.swap + '"]');
    rows.forEach(function (row) {
      row.hidden = row.dataset.swapChoice !== select.value;
    });
  }

  function currentUnit(form) {
    var checked = form.querySelector('input[name="units"]:checked');
    return checked ? checked.value : window.exerciseGuide.preferredUnit();
  }

  // The unit the address names (?units=kg), when it names one the site's data has, once; else the
  // site-wide choice, and a word beside the unit's radios says why: {unit, refused}.
  function unitOfAddress(form, params, guide) {
    var given = params.getAll("units");
    var fallback = guide.preferredUnit();
    if (!given.length) return { unit: fallback, refused: false };
    if (given.length === 1 && guide.units().indexOf(given[0]) !== -1) return { unit: given[0], refused: false };
    var values = { value: guide.quoted(given[0]), units: guide.units().join(", "), unit: fallback };
    // TRANSLATORS: %(value)s is what the address gave, quoted; %(units)s the units there are, "kg, lb".
    var why = given.length > 1 ? _("The address gives the unit more than once: the sheets show %(unit)s.", values) :
      _("%(value)s is not a unit this guide shows (%(units)s): the sheets show %(unit)s.", values);
    showRefusal(form.querySelector('input[name="units"]').closest("fieldset"), "units", why);
    return { unit: fallback, refused: true };
  }

  // Each 1RM input from the address, else as remembered (entered on any page, in either unit); true
  // when the address gave one that is refused.
  function fillMaxes(inputs, params, unit, guide) {
    var refused = false;
    inputs.forEach(function (input) {
      var lift = input.dataset.lift;
      if (params.has(lift)) {
        refused = !fillFromAddress(input, params.getAll(lift), unit, guide) || refused;
        return;
      }
      var remembered = guide.rememberedMaxIn(lift, unit, input.max);
      if (remembered && remembered.refused !== undefined) {
        refuse(input, guide.refusal(remembered.refused, input.max, unit, true));
      } else if (remembered) {
        input.value = String(remembered.value);
      }
    });
    return refused;
  }

  // A 1RM from the address: shown when it is one value and a sane 1RM, else refused; false when refused.
  function fillFromAddress(input, given, unit, guide) {
    var value = given.length === 1 ? guide.saneMax(given[0], input.max) : null;
    if (value !== null) {
      input.value = String(value);
      return true;
    }
    var values = { values: given.map(guide.quoted).join(", ") };
    // TRANSLATORS: %(values)s are the values the address gave, each quoted.
    refuse(input, given.length > 1 ? _("The address gives this 1RM more than once (%(values)s): give it once.", values) :
      guide.refusal(given[0], input.max, unit));
    return false;
  }

  // Say beside a 1RM input why what it was given is not shown (or, with no words, that all is well).
  function refuse(input, words) {
    var name = input.dataset.lift || input.name; // a 1RM's lift, or a training max's "tm-<lift>"
    showRefusal(input.closest("label") || input, name, words);
    if (words) {
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", refusalId(name));
    } else {
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-describedby");
    }
  }

  function refusalId(name) {
    return "sheet-form-refused-" + name;
  }

  // The words go in a paragraph after `place` (a label or, for the unit, in its fieldset); none removes it.
  function showRefusal(place, name, words) {
    var note = document.getElementById(refusalId(name));
    if (!words) {
      if (note) note.remove();
      return;
    }
    if (!note) {
      note = document.createElement("p");
      note.id = refusalId(name);
      note.className = "sheet-form__refused";
      if (place.tagName === "FIELDSET") place.appendChild(note);
      else place.insertAdjacentElement("afterend", note);
    }
    note.textContent = words;
  }

  function fill(form, inputs, guide) {
    var unit = currentUnit(form);
    var maxes = {};
    inputs.forEach(function (input) {
      var value = guide.saneMax(input.value, input.max);
      if (value !== null) {
        maxes[input.dataset.lift] = value;
      }
    });
    document.querySelectorAll(".sheet__max[data-lift]").forEach(function (line) {
      var max = maxes[line.dataset.lift];
      line.textContent = max ? guide.numberText(max) + " " + unit : "";
    });
    var shares = trainingMaxes(form, guide);
    document.querySelectorAll(".sheet__tm-value[data-lift]").forEach(function (value) {
      var share = shares[value.dataset.lift];
      if (share) value.textContent = guide.numberText(share);
    });
    document.querySelectorAll("output.sheet__target[data-of]").forEach(function (output) {
      var max = maxes[output.dataset.of];
      // A percentage of a training max is of the lifter's own, when the form has a sane one.
      var share = output.hasAttribute("data-training-max") ? shares[output.dataset.of] : undefined;
      if (!max || share === null) {
        output.textContent = "";
        return;
      }
      var low = guide.loadFor(max, Number(output.dataset.low), unit, share);
      var high = guide.loadFor(max, Number(output.dataset.high), unit, share);
      if (!low || !high) {
        output.textContent = ""; // beyond what the page's plate list covers: left to write by hand
        return;
      }
      var added = output.getAttribute("data-add-" + unit); // the weeks' steps, in this unit
      var lightest = guide.withAdded(low.load, added);
      var heaviest = guide.withAdded(high.load, added);
      output.textContent = (lightest === heaviest ? guide.numberText(lightest) :
        guide.numberText(lightest) + "–" + guide.numberText(heaviest)) + " " + unit;
    });
    // Distances and added weights, in the unit's words (the page gives both: 40 m, 44 yd).
    document.querySelectorAll(".sheet__in-unit").forEach(function (text) {
      var words = text.getAttribute("data-" + unit);
      if (words) text.textContent = words;
    });
  }

  // Each lift's training max as a percentage of its 1RM, from the form: a number within its
  // input's bounds, else null (the loads of that lift stay blank, and the form says why).
  function trainingMaxes(form, guide) {
    var shares = {};
    trainingMaxInputs(form).forEach(function (input) {
      shares[input.dataset.trainingMax] = saneTrainingMax(input, input.value, guide);
    });
    return shares;
  }

  function trainingMaxInputs(form) {
    return Array.prototype.slice.call(form.querySelectorAll("input[data-training-max]"));
  }

  // The bounds are the input's own min and max, which the page takes from the model.
  function saneTrainingMax(input, text, guide) {
    var value = guide.saneMax(text, input.max);
    return value !== null && value >= Number(input.min) ? value : null;
  }

  function trainingMaxRefusal(input, text, guide) {
    var values = { value: guide.quoted(text), min: guide.numberText(input.min), max: guide.numberText(input.max) };
    return _("%(value)s is not a training max: give a percentage of the 1RM from %(min)s to %(max)s.", values);
  }

  // The training maxes the address gives (?tm-back-squat=85), each once and sane, else refused.
  function fillTrainingMaxes(form, params, guide) {
    var refused = false;
    trainingMaxInputs(form).forEach(function (input) {
      var given = params.getAll(input.name);
      if (!given.length) return;
      if (given.length === 1 && saneTrainingMax(input, given[0], guide) !== null) {
        input.value = String(saneTrainingMax(input, given[0], guide));
        return;
      }
      refused = true;
      input.value = input.dataset.default;
      refuse(input, given.length > 1 ?
        _("The address gives this training max more than once: give it once.") :
        // TRANSLATORS: after why a training max is refused; %(percent)s is the percentage of the 1RM used instead.
        trainingMaxRefusal(input, given[0], guide) + " " + _("The sheets use %(percent)s.", { percent: guide.numberText(input.dataset.default) }));
    });
    return refused;
  }

  // Keep the address in step with the form, so the filled sheet can be bookmarked or sent on.
  function shareableAddress(form, inputs) {
    var params = new URLSearchParams();
    inputs.forEach(function (input) {
      var value = window.exerciseGuide.saneMax(input.value, input.max);
      if (value !== null) {
        params.set(input.dataset.lift, String(value));
      }
    });
    trainingMaxInputs(form).forEach(function (input) {
      var share = saneTrainingMax(input, input.value, window.exerciseGuide);
      if (share !== null && String(share) !== input.dataset.default) params.set(input.name, String(share));
    });
    params.set("units", currentUnit(form));
    swapSelects(form).forEach(function (select) {
      if (select.value) params.append("swap", select.dataset.swap + ":" + select.value);
    });
    window.history.replaceState(null, "", "?" + params.toString());
  }

  if (window.document$) {
    window.document$.subscribe(setUp); // Material's instant navigation: run on every page it loads
  } else {
    document.addEventListener("DOMContentLoaded", setUp);
  }
})();
