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
  var wasmOk = typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
  if (!wasmOk) {
    document.addEventListener('DOMContentLoaded', function () { show('no-wasm'); });
    return;
  }
  window.setTimeout(function () {
    if (document.getElementById('boot')) { show('slow-start'); }
  }, 20000);
}());
