/*
 * window.exerciseGuide: the loads a lifter's own numbers give, for every page of the site.
 *
 * The numbers have one implementation, in Python (generator/loads/arithmetic.py): the site's data file
 * (generator/site/load_tables.py, LOADS_FILE) lists every weight the bar and plates can build, with the
 * plates per side, and says where a target exactly halfway between two of them goes. Each page
 * that needs loads names that file in <script type="application/json" id="exercise-guide-loadable"
 * data-src="..."> (templates/macros.md.j2, loadable_data); it is fetched once and kept for every
 * page the visit opens. This file only picks the nearest listed weight. The units, what each
 * weighs in kg, and the 1RM estimate (its formula's factor for each number of reps it takes, and
 * the step it is rounded to) come from the same file: no rule of the numbers is written here.
 *
 * The scripts' wording is English, looked up in the page's language by `_` and `ngettext` (wording,
 * below), which every script of the site uses.
 *
 * Plain script, no framework. In Node (tests/js/calculator.test.js) it exports its pure parts.
 */
(function (root) {
  "use strict";

  var DATA_ID = "exercise-guide-loadable";
  var MAX_KEY = "exercise-guide:1rm:";
  // The equipment words the lifter said they lack (the home page's "equipment I have"): the words
  // not ticked rather than those ticked, so a word a later catalogue adds counts as at hand.
  var MISSING_EQUIPMENT_KEY = "exercise-guide:equipment-missing";
  // Inputs are exact to a thousandth (102.5 kg, 72.5 %): compared as whole numbers, a halfway
  // case stays exactly halfway instead of drifting with binary fractions.
  var INPUT_SCALE = 1000;
  var LOAD_SCALE = INPUT_SCALE * INPUT_SCALE * 100; // a load in the units of 1RM x percent
  // A 1RM as an address, the browser's storage or a form gives it: plain digits, with at most three
  // after the point (the thousandths the arithmetic is exact to). No sign, exponent, hex, comma or
  // space: "1e300" reads as a number, and a page would show it back as "1e+300".
  var PLAIN_DECIMAL = /^[0-9]+(\.[0-9]{1,3})?$/;
  var QUOTED_LENGTH = 24; // a refused value is quoted back this far, an address's 8,000 digits not

  /*
   * The scripts' wording in the site's language, from `catalogue`: what the site's messages file
   * (generator/site/pages/page_data.py, MESSAGES_FILE; the first of the site's scripts) sets as
   * window.exerciseGuideMessages, made from translations/scripts/<language>.po: {messages: {the
   * English: its translation, or a plural's forms}, plural(n): the form a count takes}. The English
   * is the key, and what shows where the catalogue has no translation (the English site's has none;
   * Node has no catalogue). `values` fill the placeholders by name ("%(max)s"), "%%" is a percent
   * sign. What it gives is text, for textContent, never markup.
   */
  function wording(catalogue) {
    var messages = (catalogue && catalogue.messages) || {};
    var formOf = catalogue && typeof catalogue.plural === "function" ? catalogue.plural : null;

    function translation(english) {
      return Object.prototype.hasOwnProperty.call(messages, english) ? messages[english] : null;
    }

    function filled(text, values) {
      return text.replace(/%\((\w+)\)s|%%/g, function (mark, name) {
        if (name === undefined) return "%";
        return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : mark;
      });
    }

    function gettext(english, values) {
      var text = translation(english);
      return filled(typeof text === "string" && text ? text : english, values);
    }

    function ngettext(singular, plural, count, values) {
      var forms = translation(singular);
      var text = Array.isArray(forms) && formOf ? forms[Number(formOf(count))] : null;
      if (typeof text !== "string" || !text) text = count === 1 ? singular : plural;
      return filled(text, values);
    }

    return { _: gettext, ngettext: ngettext };
  }

  var words = wording(root.exerciseGuideMessages);
  var _ = words._;

  function scaled(value, scale) {
    return Math.round(Number(value) * scale);
  }

  /*
   * The entry of `data[unit]` ({bar, complete, loads: [[load, [plates per side]], ...]}) nearest to
   * `percent` % of `share` % of `oneRepMax` (`share`, 100 when left out, is a training max as a
   * percentage of the 1RM), halfway going where `data.halfway` says: {load, platesPerSide, target,
   * atBar}, or null when the target lies beyond the last load of a list that stops short of what
   * the plates can build. In whole numbers (BigInt: a 1RM times two percentages in thousandths
   * passes 2^53), so a halfway case stays exactly halfway.
   */
  function nearestLoad(data, unit, oneRepMax, percent, share) {
    var table = data[unit];
    var loads = table.loads;
    var thousand = BigInt(INPUT_SCALE);
    var target = BigInt(scaled(oneRepMax, INPUT_SCALE)) * BigInt(scaled(percent, INPUT_SCALE)) *
      BigInt(scaled(share === undefined ? 100 : share, INPUT_SCALE));
    var loadScale = BigInt(LOAD_SCALE) * thousand * BigInt(100);
    var inTargetUnits = function (load) { return BigInt(scaled(load, INPUT_SCALE)) * (loadScale / thousand); };
    var result = function (entry) {
      return {
        load: entry[0],
        platesPerSide: entry[1].slice(),
        target: Number(target) / Number(loadScale),
        atBar: entry[0] === table.bar
      };
    };
    // First entry at or above the target (binary search: the list is sorted by load).
    var low = 0;
    var high = loads.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (inTargetUnits(loads[middle][0]) < target) low = middle + 1;
      else high = middle;
    }
    if (low === loads.length) {
      return table.complete ? result(loads[loads.length - 1]) : null;
    }
    if (low === 0) return result(loads[0]);
    var above = loads[low];
    var below = loads[low - 1];
    var belowGap = target - inTargetUnits(below[0]);
    var aboveGap = inTargetUnits(above[0]) - target;
    if (belowGap === aboveGap) return result(data.halfway === "heavier" ? above : below);
    return result(belowGap < aboveGap ? below : above);
  }

  /*
   * `load` with `added` (a program's weekly step, in the same unit) on top, exact to a thousandth.
   */
  function withAdded(load, added) {
    return (scaled(load, INPUT_SCALE) + scaled(added || 0, INPUT_SCALE)) / INPUT_SCALE;
  }

  /*
   * The 1RM a set of `reps` at `weight` estimates, by the data's `estimate` ({formula, step,
   * factors: {reps: [numerator, denominator]}}): the weight times the factor of those reps,
   * rounded to the step, a half going up; null for reps the estimate does not take. In whole
   * thousandths, so a half stays exactly a half.
   */
  function estimateMax(weight, reps, estimate) {
    var share = estimate.factors[String(Number(reps))];
    var w = scaled(weight, INPUT_SCALE);
    if (!share || !(w > 0)) return null;
    var step = scaled(estimate.step, INPUT_SCALE);
    var steps = Math.floor((2 * w * share[0] + share[1] * step) / (2 * share[1] * step));
    return (steps * step) / INPUT_SCALE;
  }

  /*
   * The 1RM that `text` gives, when it is a plain decimal above 0 and at most `max` (the heaviest
   * the guide takes: the page's inputs carry it in their max attribute, from generator/loads/units.py);
   * null for anything else, which the page refuses rather than shows.
   */
  function saneMax(text, max) {
    if (typeof text !== "string" || !PLAIN_DECIMAL.test(text)) return null;
    var value = Number(text);
    return value > 0 && value <= Number(max) ? value : null;
  }

  /* `text` quoted back to the lifter, or "An empty value": short, whatever an address held. */
  function quoted(text) {
    text = String(text);
    // TRANSLATORS: said in place of a value quoted back (a 1RM, a unit) when it was left empty.
    if (text.trim() === "") return _("An empty value");
    var shown = text.length > QUOTED_LENGTH ? text.slice(0, QUOTED_LENGTH) + "…" : text;
    // TRANSLATORS: a value the lifter gave (typed, in an address, remembered), quoted back in a refusal.
    return _("'%(value)s'", { value: shown });
  }

  /*
   * Why `text` is not shown as a 1RM, in words the page puts beside its input; `remembered` when
   * the browser's storage held it rather than the address or the lifter's typing.
   */
  function refusal(text, max, unit, remembered) {
    var value = quoted(text);
    // TRANSLATORS: %(value)s is the value quoted back ('1e300', or "An empty value"); "the point" is the decimal mark.
    var why = _("%(value)s is not a 1RM this guide takes. Give a weight above 0 and at most %(max)s %(unit)s, " +
      "in plain digits (at most three after the point).", { value: value, max: max, unit: unit });
    // TRANSLATORS: %(refusal)s is the message above ("'1e300' is not a 1RM this guide takes. ...").
    return remembered ? _("The 1RM this browser remembered is left out: %(refusal)s", { refusal: why }) : why;
  }

  var pure = {
    nearestLoad: nearestLoad,
    withAdded: withAdded,
    estimateMax: estimateMax,
    saneMax: saneMax,
    quoted: quoted,
    refusal: refusal,
    wording: wording,
    _: words._,
    ngettext: words.ngettext
  };
  if (typeof module === "object" && module.exports) {
    module.exports = pure;
    return;
  }

  var requests = {}; // address of a data file -> the promise of its data, for the whole visit
  var current = null; // the data of the page on show, once it has arrived

  /*
   * The data the page names (a promise of it; of null on a page without any, or when it cannot be
   * fetched: the calculators then stay hidden and the static tables remain).
   */
  function load() {
    var element = document.getElementById(DATA_ID);
    current = null;
    if (!element || !element.dataset.src || typeof fetch !== "function") return Promise.resolve(null);
    var address = new URL(element.dataset.src, document.baseURI).href;
    if (!requests[address]) {
      requests[address] = fetch(address)
        .then(function (response) {
          if (!response.ok) throw new Error(address + ": " + response.status);
          return response.json();
        })
        .catch(function () {
          delete requests[address]; // the next page tries again
          return null;
        });
    }
    return requests[address].then(function (data) {
      // Material's instant navigation may have moved on to a page that names no data.
      if (document.getElementById(DATA_ID) === element) current = data;
      return current;
    });
  }

  /* The data of the page on show, or null before it has arrived and on a page without any. */
  function loadable() {
    return current;
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
    var offered = units();
    var tabs = typeof root.__md_get === "function" ? root.__md_get("__tabs") : null;
    if (Array.isArray(tabs)) {
      for (var i = 0; i < tabs.length; i += 1) {
        if (offered.indexOf(tabs[i]) !== -1) return tabs[i];
      }
    }
    return offered[0];
  }

  /* A number as the site's language writes it: the decimal mark is the data's ("," in German). */
  function numberText(value) {
    var data = loadable();
    var text = String(value);
    return data && typeof data.decimal === "string" ? text.replace(".", data.decimal) : text;
  }

  /* The units the site shows, first the one its tables show first. */
  function units() {
    var data = loadable();
    return data ? data.units : [];
  }

  function isUnit(unit) {
    return units().indexOf(unit) !== -1;
  }

  /* Make `unit` the site-wide choice, as clicking its content tab would. */
  function preferUnit(unit) {
    if (!isUnit(unit) || typeof root.__md_get !== "function") return;
    var tabs = root.__md_get("__tabs");
    var others = Array.isArray(tabs) ? tabs.filter(function (t) { return t !== unit; }) : [];
    root.__md_set("__tabs", [unit].concat(others));
  }

  // `share`: the percentage of the 1RM that `percent` is of (a training max); 100 when left out.
  function loadFor(oneRepMax, percent, unit, share) {
    var data = loadable();
    unit = unit || preferredUnit();
    if (!data || !data[unit] || !(Number(oneRepMax) > 0) || !(Number(percent) >= 0)) return null;
    if (share !== undefined && !(Number(share) > 0)) return null;
    return nearestLoad(data, unit, oneRepMax, percent, share);
  }

  /*
   * The 1RM remembered for `liftId`, {value, unit, estimated}; {refused, unit} when the entry holds
   * a value that is not a 1RM above 0 and at most `max` (so the page says so and shows nothing);
   * null when nothing readable is stored.
   */
  function rememberedMax(liftId, max) {
    var store = storage();
    if (!store) return null;
    var saved;
    try {
      saved = JSON.parse(store.getItem(MAX_KEY + liftId));
    } catch (error) {
      return null; // an unreadable entry is the same as none
    }
    if (!saved || typeof saved !== "object" || !isUnit(saved.unit)) return null;
    return checked(saved, max);
  }

  function checked(entry, max) {
    var text = typeof entry.value === "number" ? String(entry.value) : JSON.stringify(entry.value) || "";
    if (saneMax(text, max) === null) return { refused: text, unit: entry.unit };
    return entry;
  }

  /*
   * The remembered 1RM of `liftId` in `unit`, as rememberedMax says it: as saved, or converted (to
   * a tenth) from the other unit, with `convertedFrom` the saved entry so a page can say so. The
   * limit `max` holds in either unit, so a conversion can take a value past it.
   */
  function rememberedMaxIn(liftId, unit, max) {
    var saved = rememberedMax(liftId, max);
    if (!saved || saved.refused !== undefined || saved.unit === unit) return saved;
    if (!isUnit(unit)) return null;
    var data = loadable();
    var converted = (saved.value * data[saved.unit].kilograms) / data[unit].kilograms;
    return checked(
      {
        value: Math.round(converted * 10) / 10,
        unit: unit,
        estimated: saved.estimated,
        convertedFrom: saved
      },
      max
    );
  }

  /*
   * Remember a 1RM of `liftId` for every page; `estimated` marks one worked out from a set. The
   * pages pass only what saneMax takes; a number that would not read back as plain digits is never kept.
   */
  function rememberMax(liftId, value, unit, estimated) {
    var store = storage();
    if (!store || !(Number(value) > 0) || !PLAIN_DECIMAL.test(String(Number(value))) || !isUnit(unit)) return;
    var saved = { value: Number(value), unit: unit };
    if (estimated) saved.estimated = true;
    store.setItem(MAX_KEY + liftId, JSON.stringify(saved));
  }

  function estimate(weight, reps) {
    var data = loadable();
    var value = data && estimateMax(weight, reps, data.estimate);
    return value ? { value: value, formula: data.estimate.formula } : null;
  }

  /* The reps an estimate takes, fewest first (none before the data has arrived). */
  function estimateReps() {
    var data = loadable();
    return data ? Object.keys(data.estimate.factors).map(Number).sort(function (a, b) { return a - b; }) : [];
  }

  /* The ids of the equipment the lifter lacks, as last saved on the home page; none by default. */
  function missingEquipment() {
    var store = storage();
    if (!store) return [];
    try {
      var saved = JSON.parse(store.getItem(MISSING_EQUIPMENT_KEY));
      if (Array.isArray(saved)) {
        return saved.filter(function (word) { return typeof word === "string"; });
      }
    } catch (error) {
      // an unreadable entry is the same as none
    }
    return [];
  }

  function rememberMissingEquipment(words) {
    var store = storage();
    if (store) store.setItem(MISSING_EQUIPMENT_KEY, JSON.stringify(words));
  }

  root.exerciseGuide = {
    loadFor: loadFor,
    withAdded: withAdded,
    rememberedMax: rememberedMax,
    rememberedMaxIn: rememberedMaxIn,
    rememberMax: rememberMax,
    saneMax: saneMax,
    quoted: quoted,
    refusal: refusal,
    _: words._,
    ngettext: words.ngettext,
    preferredUnit: preferredUnit,
    preferUnit: preferUnit,
    estimateMax: estimate,
    estimateReps: estimateReps,
    missingEquipment: missingEquipment,
    rememberMissingEquipment: rememberMissingEquipment,
    load: load,
    loadable: loadable,
    numberText: numberText,
    units: units
  };
})(typeof window !== "undefined" ? window : globalThis);
