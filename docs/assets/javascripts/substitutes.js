/*
 * An exercise page's substitutes, narrowed to the equipment the lifter has: the words left
 * unticked under "equipment I have" on the home page (remembered by window.exerciseGuide).
 * Each item's data-equipment holds its equipment ids (templates/exercise.md.j2); the note that
 * some are hidden is the page's own, shown when one is.
 */
(function () {
  "use strict";

  function setUp() {
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
    var note = list.querySelector(".eg-substitutes__hidden");
    if (note) note.hidden = hidden === 0;
  }

  if (window.document$) window.document$.subscribe(setUp);
  else document.addEventListener("DOMContentLoaded", setUp);
})();
