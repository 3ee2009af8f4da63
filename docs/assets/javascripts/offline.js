/*
 * Offline use: registers the service worker that overrides/main.html names (data-service-worker
 * on this script's tag; generator/site/offline.py makes it), and shows the page's "saved copy" notice
 * when the worker answered with the saved copy because the network did not.
 *
 * The worker saves every page the generator makes when it installs. What else a page loads (the
 * theme's hashed scripts and styles, the search index) only the page knows, and on the first
 * visit it loaded them before the worker was there to see: so it hands their addresses over.
 * Without service workers, this does nothing.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var worker = script && script.dataset.serviceWorker;
  if (!worker || !("serviceWorker" in navigator)) return;
  var SAVED_CLASS = "eg-saved"; // on <html>, which instant navigation keeps; the CSS shows the notice

  function here() {
    return window.location.href.split("#")[0];
  }

  var asked = null; // the address last asked about

  function showWhetherSaved() {
    var controller = navigator.serviceWorker.controller;
    asked = here();
    if (!controller) return;
    var channel = new MessageChannel();
    channel.port1.onmessage = function (event) {
      document.documentElement.classList.toggle(SAVED_CLASS, event.data === true);
    };
    controller.postMessage({ savedCopy: asked }, [channel.port2]);
  }

  // Only files of this site: another site of the same origin (user.github.io/b/ beside /a/)
  // keeps a copy of its own.
  function handOver(registration, urls) {
    var active = registration.active;
    var ours = urls.filter(function (url) { return url.indexOf(registration.scope) === 0; });
    if (active && ours.length) active.postMessage({ save: ours });
  }

  showWhetherSaved();
  // Instant navigation brings the next page in without loading this script again: ask again
  // once the page's content has changed and the address with it (in either engine).
  new MutationObserver(function () {
    if (here() !== asked) showWhetherSaved();
  }).observe(document.body, { childList: true, subtree: true });

  navigator.serviceWorker.register(worker).catch(function () {
    // No worker (a private window may refuse one): the site works online as it always has.
  });
  navigator.serviceWorker.ready.then(function (registration) {
    handOver(registration, [here()]);
    new PerformanceObserver(function (list) {
      handOver(registration, list.getEntries().map(function (entry) { return entry.name; }));
    }).observe({ type: "resource", buffered: true });
  });
})();
