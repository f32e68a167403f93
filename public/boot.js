// Runs before (and without) WebAssembly: says clearly when the browser cannot run the app, says when start-up
// is unusually slow, and makes every [data-action="reload"] button work, including the crash screen's, which
// is shown after the WebAssembly instance has stopped.
(function () {
  'use strict';
  function show(id) {
    var el = document.getElementById(id);
    if (el) { el.hidden = false; }
    var loading = document.querySelector('.boot-loading');
    if (loading) { loading.hidden = true; }
  }
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('[data-action="reload"]') : null;
    if (target) { window.location.reload(); }
  });
  registerServiceWorker();
  var wasmOk = typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
  if (!wasmOk) {
    document.addEventListener('DOMContentLoaded', function () { show('no-wasm'); });
    return;
  }
  window.setTimeout(function () {
    if (document.getElementById('boot')) { show('slow-start'); }
  }, 20000);

  // Offline support (sw.js). When a newer version of the guide takes over this page, mark <html
  // data-update-ready> and fire `hpg-update-ready`; the app then shows a translated "reload" notice.
  function registerServiceWorker() {
    if (!('serviceWorker' in navigator) || !/^https?:$/.test(window.location.protocol)) { return; }
    var sw = navigator.serviceWorker;
    var hadController = Boolean(sw.controller);
    sw.addEventListener('controllerchange', function () {
      if (hadController) {
        document.documentElement.setAttribute('data-update-ready', '');
        window.dispatchEvent(new Event('hpg-update-ready'));
      }
      hadController = true;
    });
    window.addEventListener('load', function () {
      // Registering again on each visit also makes the browser check sw.js for a new version.
      sw.register('sw.js').catch(function () { /* no offline use in this browser; the guide still works online */ });
    });
  }
}());
