/*
 * Two accessibility gaps of the theme's markup that CSS cannot close, found by axe-core
 * (tests/browser/test_accessibility.py): the search dialog has no name, and a table wider than the page
 * scrolls in a box that keyboard users cannot reach.
 */
(function () {
  "use strict";

  // The names in the site's language (exercise-guide.js).
  function _(text, values) {
    return window.exerciseGuide._(text, values);
  }

  function fixPage() {
    var search = document.querySelector('.md-search[role="dialog"]');
    // TRANSLATORS: the name a screen reader gives the search dialog.
    if (search && !search.hasAttribute("aria-label")) search.setAttribute("aria-label", _("Search"));
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (box) {
      if (box.hasAttribute("tabindex")) return;
      box.setAttribute("tabindex", "0"); // focusable, so arrow keys scroll a wide table
      var table = box.querySelector("table");
      var heading = table && table.rows[0] && table.rows[0].cells[0];
      box.setAttribute("role", "region");
      // TRANSLATORS: the name a screen reader gives a wide table's scrolling box; %(heading)s is its first heading.
      box.setAttribute("aria-label", heading ? _("Table: %(heading)s", { heading: heading.textContent.trim() }) : _("Table"));
    });
  }

  if (window.document$) window.document$.subscribe(fixPage);
  else document.addEventListener("DOMContentLoaded", fixPage);
})();
