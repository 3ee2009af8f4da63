// Program pages: fill the printable sheets with the loads for the lifter's one-rep maxes.
// The numbers come from the address (?clean=100&units=kg, as a coach sends it) or from the form,
// and are rounded by the calculator's code (window.exerciseGuide), as the load tables are. An
// exercise swapped for a substitute (?swap=1-1:good-morning) prints as its row on the page says.
// The form stays hidden until the site's load data has arrived, and without JavaScript: the
// sheets then print blank.
(function () {
  "use strict";

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
    var unit = params.get("units");
    if (guide.units().indexOf(unit) === -1) {
      unit = guide.preferredUnit();
    }
    var radio = form.querySelector('input[name="units"][value="' + unit + '"]');
    if (radio) {
      radio.checked = true;
    }
    inputs.forEach(function (input) {
      var lift = input.dataset.lift;
      var remembered = guide.rememberedMaxIn(lift, unit);
      if (params.has(lift)) {
        input.value = params.get(lift);
      } else if (remembered) {
        input.value = remembered.value; // entered on any page, in either unit
      }
    });
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

    form.addEventListener("input", function (event) {
      var input = event.target;
      if (input.name === "units") {
        guide.preferUnit(input.value); // the site-wide kg/lb choice, as the load tables' tabs set it
      }
      if (input.dataset && input.dataset.swap) {
        showSwap(input);
      }
      if (input.dataset && input.dataset.lift && validMax(input)) {
        guide.rememberMax(input.dataset.lift, Number(input.value), currentUnit(form));
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

  // A 1RM above 0 and at most the input's max (the heaviest the guide takes, generator/loads/arithmetic.py).
  function validMax(input) {
    var value = Number(input.value);
    return input.value !== "" && isFinite(value) && value > 0 && value <= Number(input.max);
  }

  function fill(form, inputs, guide) {
    var unit = currentUnit(form);
    var maxes = {};
    inputs.forEach(function (input) {
      if (validMax(input)) {
        maxes[input.dataset.lift] = Number(input.value);
      }
    });
    document.querySelectorAll(".sheet__max[data-lift]").forEach(function (line) {
      var max = maxes[line.dataset.lift];
      line.textContent = max ? max + " " + unit : "";
    });
    document.querySelectorAll("output.sheet__target[data-of]").forEach(function (output) {
      var max = maxes[output.dataset.of];
      if (!max) {
        output.textContent = "";
        return;
      }
      var low = guide.loadFor(max, Number(output.dataset.low), unit);
      var high = guide.loadFor(max, Number(output.dataset.high), unit);
      if (!low || !high) {
        output.textContent = ""; // beyond what the page's plate list covers: left to write by hand
        return;
      }
      output.textContent =
        (low.load === high.load ? String(low.load) : low.load + "–" + high.load) + " " + unit;
    });
  }

  // Keep the address in step with the form, so the filled sheet can be bookmarked or sent on.
  function shareableAddress(form, inputs) {
    var params = new URLSearchParams();
    inputs.forEach(function (input) {
      if (validMax(input)) {
        params.set(input.dataset.lift, input.value);
      }
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
