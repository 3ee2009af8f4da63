/*
 * The home page's catalogue, narrowed by the filter of each column and sorted by any column.
 * The table itself is static and complete (templates/home.md.j2); this only hides and reorders rows.
 * A filter's choice is a word's id, matched against the ids in the cell's data-words, so the names
 * a reader sees (which may hold commas) never need parsing. "Equipment I have" hides the rows that
 * need a word left unticked, and the browser remembers it for the substitutes of every exercise
 * page, which this file narrows too.
 */
(function () {
  "use strict";

  function cellWords(cell) {
    return (cell.dataset.words || "").split(" ");
  }

  function columnIndex(table, name) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    return headers.findIndex(function (th) {
      return th.textContent.trim() === name;
    });
  }

  function followingTable(form) {
    for (var node = form.nextElementSibling; node; node = node.nextElementSibling) {
      var table = node.matches("table") ? node : node.querySelector("table");
      if (table) return table;
    }
    return null;
  }

  // "Equipment I have": the ids of the boxes left unticked, which the browser remembers.
  function missingEquipment(form) {
    return Array.prototype.slice.call(form.querySelectorAll("fieldset[data-column] input"))
      .filter(function (box) { return !box.checked; })
      .map(function (box) { return box.value; });
  }

  function narrow(form, table) {
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var filters = Array.prototype.slice.call(form.querySelectorAll("select"))
      .filter(function (select) { return select.value; })
      .map(function (select) {
        return { index: columnIndex(table, select.dataset.column), value: select.value };
      });
    var kit = form.querySelector("fieldset[data-column]");
    var kitIndex = kit ? columnIndex(table, kit.dataset.column) : -1;
    var missing = missingEquipment(form);
    var shown = 0;
    rows.forEach(function (row) {
      var match = filters.every(function (f) {
        return cellWords(row.cells[f.index]).indexOf(f.value) !== -1;
      }) && (kitIndex === -1 || cellWords(row.cells[kitIndex]).every(function (word) {
        return missing.indexOf(word) === -1;
      }));
      row.hidden = !match;
      if (match) shown += 1;
    });
    var counts = { shown: shown, total: rows.length };
    // TRANSLATORS: how many rows of the catalogue the filters leave, of all of them (the plural's count).
    form.querySelector(".eg-catalogue-filters__count").textContent = window.exerciseGuide.ngettext(
      "Showing %(shown)s of %(total)s exercise.", "Showing %(shown)s of %(total)s exercises.", rows.length, counts);
  }

  function makeSortable(table) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "eg-sort";
      button.textContent = th.textContent.trim();
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        Array.prototype.slice.call(body.rows)
          .sort(function (a, b) {
            var order = a.cells[index].textContent.trim()
              .localeCompare(b.cells[index].textContent.trim());
            return ascending ? order : -order;
          })
          .forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function setUpPage() {
    var form = document.querySelector("form.eg-catalogue-filters");
    if (!form || form.dataset.ready) return;
    var table = followingTable(form);
    if (!table || !table.tHead || !table.tBodies.length) return;
    form.dataset.ready = "yes";
    form.hidden = false;
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    var guide = window.exerciseGuide;
    if (guide) {
      var missing = guide.missingEquipment();
      form.querySelectorAll("fieldset[data-column] input").forEach(function (box) {
        box.checked = missing.indexOf(box.value) === -1;
      });
    }
    var kit = form.querySelector("#equipment-i-have");
    if (kit && window.location.hash === "#equipment-i-have") kit.open = true;
    form.addEventListener("change", function (event) {
      if (guide && event.target.type === "checkbox") {
        guide.rememberMissingEquipment(missingEquipment(form));
      }
      narrow(form, table);
    });
    makeSortable(table);
    narrow(form, table);
  }

  /*
   * An exercise page's substitutes, narrowed the same way: each item's data-equipment holds its
   * equipment ids (templates/exercise.md.j2); the list's last paragraph, the page's note that some
   * are hidden, shows when one is. Here rather than in a file of its own: one script less on each
   * of a big catalogue's pages.
   */
  function narrowSubstitutes() {
    var guide = window.exerciseGuide;
    var list = document.querySelector(".eg-substitutes");
    if (!guide || !list) return;
    var missing = guide.missingEquipment();
    var hidden = 0;
    list.querySelectorAll("li[data-equipment]").forEach(function (item) {
      var lacking = item.dataset.equipment.split(" ").some(function (word) {
        return missing.indexOf(word) !== -1;
      });
      item.hidden = lacking;
      if (lacking) hidden += 1;
    });
    var note = list.querySelector(":scope > p:last-child");
    if (note) note.hidden = hidden === 0;
  }

  function setUp() {
    setUpPage();
    narrowSubstitutes();
  }

  if (window.document$) window.document$.subscribe(setUp);
  else document.addEventListener("DOMContentLoaded", setUp);
})();
