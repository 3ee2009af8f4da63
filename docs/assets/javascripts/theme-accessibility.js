/*
 * Two accessibility gaps of the theme's markup that CSS cannot close, found by axe-core
 * (tests/browser/test_accessibility.py): the search dialog has no name, and a table wider than the page
 * scrolls in a box that keyboard users cannot reach.
 */
(function () {
  "use strict";

  function fixPage() {
    var search = document.querySelector('.md-search[role="dialog"]');
    if (search && !search.hasAttribute("aria-label")) search.setAttribute("aria-label", "Search");
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (box) {
      if (box.hasAttribute("tabindex")) return;
      box.setAttribute("tabindex", "0"); // focusable, so arrow keys scroll a wide table
      var table = box.querySelector("table");
      var heading = table && table.rows[0] && table.rows[0].cells[0];
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", heading ? "Table: " + heading.textContent.trim() : "Table");
    });
  }

  if (window.document$) window.document$.subscribe(fixPage);
  else document.addEventListener("DOMContentLoaded", fixPage);
})();
