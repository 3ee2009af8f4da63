/*
 * window.exerciseGuide: the loads a lifter's own numbers give, for every page of the site.
 *
 * The numbers have one implementation, in Python (generator/loads.py): each page that needs loads
 * embeds the list of every weight the bar and plates can build, with the plates per side, as
 * <script type="application/json" id="exercise-guide-loadable"> (templates/macros.md.j2,
 * loadable_data). This file only picks the nearest entry, with round_to_loadable's rule: halfway
 * goes to the lighter weight, and a load at or below the bar is the bar.
 *
 * Plain script, no framework. In Node (tests/test_calculator_rounding.py) it exports its pure parts.
 */
(function (root) {
  "use strict";

  var DATA_ID = "exercise-guide-loadable";
  var MAX_KEY = "exercise-guide:1rm:";
  var UNITS = ["kg", "lb"];
  // Inputs are exact to a thousandth (102.5 kg, 72.5 %): compared as whole numbers, a halfway
  // case stays exactly halfway instead of drifting with binary fractions.
  var INPUT_SCALE = 1000;
  var LOAD_SCALE = INPUT_SCALE * INPUT_SCALE * 100; // a load in the units of 1RM x percent

  function scaled(value, scale) {
    return Math.round(Number(value) * scale);
  }

  /*
   * The entry of `table` ({bar, complete, loads: [[load, [plates per side]], ...]}) for
   * `percent` % of `oneRepMax`: {load, platesPerSide, target, atBar}, or null when the target lies
   * beyond the heaviest load the table knows of.
   */
  function nearestLoad(table, oneRepMax, percent) {
    var loads = table.loads;
    var target = scaled(oneRepMax, INPUT_SCALE) * scaled(percent, INPUT_SCALE);
    var result = function (entry) {
      return {
        load: entry[0],
        platesPerSide: entry[1].slice(),
        target: target / LOAD_SCALE,
        atBar: entry[0] === table.bar
      };
    };
    if (target <= scaled(table.bar, LOAD_SCALE)) return result(loads[0]);
    // First entry at or above the target (binary search: the list is sorted by load).
    var low = 0;
    var high = loads.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (scaled(loads[middle][0], LOAD_SCALE) < target) low = middle + 1;
      else high = middle;
    }
    if (low === loads.length) {
      return table.complete ? result(loads[loads.length - 1]) : null;
    }
    var above = loads[low];
    var below = loads[low - 1];
    var belowGap = target - scaled(below[0], LOAD_SCALE);
    var aboveGap = scaled(above[0], LOAD_SCALE) - target;
    return result(belowGap <= aboveGap ? below : above);
  }

  /* An estimated 1RM from a set of `reps` (1 to 10) at `weight`, by the named formula. */
  function estimateMax(weight, reps, formula) {
    var w = Number(weight);
    var r = Math.round(Number(reps));
    if (!(w > 0) || !(r >= 1 && r <= 10)) return null;
    if (r === 1) return w;
    return formula === "brzycki" ? (w * 36) / (37 - r) : w * (1 + r / 30);
  }

  var pure = { nearestLoad: nearestLoad, estimateMax: estimateMax };
  if (typeof module === "object" && module.exports) {
    module.exports = pure;
    return;
  }

  var cachedText = null;
  var cachedData = null;

  /* The page's description of what can be loaded, or null on a page without one. */
  function loadable() {
    var element = document.getElementById(DATA_ID);
    if (!element) return null;
    if (element.textContent !== cachedText) {
      cachedText = element.textContent;
      cachedData = JSON.parse(cachedText);
    }
    return cachedData;
  }

  function storage() {
    try {
      return root.localStorage;
    } catch (error) {
      return null; // storage disabled: nothing is remembered, everything else works
    }
  }

  /* The site-wide kg/lb choice: the unit most recently picked in Material's linked content tabs. */
  function preferredUnit() {
    var data = loadable();
    var offered = data ? data.units : UNITS;
    var tabs = typeof root.__md_get === "function" ? root.__md_get("__tabs") : null;
    if (Array.isArray(tabs)) {
      for (var i = 0; i < tabs.length; i += 1) {
        if (offered.indexOf(tabs[i]) !== -1) return tabs[i];
      }
    }
    return offered[0];
  }

  /* Make `unit` the site-wide choice, as clicking its content tab would. */
  function preferUnit(unit) {
    if (UNITS.indexOf(unit) === -1 || typeof root.__md_get !== "function") return;
    var tabs = root.__md_get("__tabs") || [];
    root.__md_set("__tabs", [unit].concat(tabs.filter(function (t) { return t !== unit; })));
  }

  function loadFor(oneRepMax, percent, unit) {
    var data = loadable();
    var table = data && data[unit || preferredUnit()];
    if (!table || !(Number(oneRepMax) > 0) || !(Number(percent) >= 0)) return null;
    return nearestLoad(table, oneRepMax, percent);
  }

  function rememberedMax(liftId) {
    var store = storage();
    if (!store) return null;
    try {
      var saved = JSON.parse(store.getItem(MAX_KEY + liftId));
      if (saved && saved.value > 0 && UNITS.indexOf(saved.unit) !== -1) return saved;
    } catch (error) {
      // an unreadable entry is the same as none
    }
    return null;
  }

  var KG_PER_LB = 0.45359237;

  /*
   * The remembered 1RM of `liftId` in `unit`: as saved, or converted (to a tenth) from the other
   * unit, with `convertedFrom` the saved entry so a page can say so.
   */
  function rememberedMaxIn(liftId, unit) {
    var saved = rememberedMax(liftId);
    if (!saved || saved.unit === unit) return saved;
    var converted = unit === "lb" ? saved.value / KG_PER_LB : saved.value * KG_PER_LB;
    return {
      value: Math.round(converted * 10) / 10,
      unit: unit,
      estimated: saved.estimated,
      convertedFrom: saved
    };
  }

  /* Remember a 1RM of `liftId` for every page; `estimated` marks one worked out from a set. */
  function rememberMax(liftId, value, unit, estimated) {
    var store = storage();
    if (!store || !(Number(value) > 0) || UNITS.indexOf(unit) === -1) return;
    var saved = { value: Number(value), unit: unit };
    if (estimated) saved.estimated = true;
    store.setItem(MAX_KEY + liftId, JSON.stringify(saved));
  }

  function estimate(weight, reps) {
    var data = loadable();
    var formula = data ? data.formula : "epley";
    var value = estimateMax(weight, reps, formula);
    return value === null ? null : { value: value, formula: formula };
  }

  root.exerciseGuide = {
    loadFor: loadFor,
    rememberedMax: rememberedMax,
    rememberedMaxIn: rememberedMaxIn,
    rememberMax: rememberMax,
    preferredUnit: preferredUnit,
    preferUnit: preferUnit,
    estimateMax: estimate,
    loadable: loadable
  };
})(typeof window !== "undefined" ? window : globalThis);
