// Runs before (and without) WebAssembly: shows a first-time English reader the pre-rendered page while the app
// downloads, says clearly when the browser cannot run the app, says when start-up is unusually slow, and makes
// every [data-action="reload"] button work, including the crash screen's, which is shown after the WebAssembly
// instance has stopped, and runs the header's phone menu (in the pre-rendered copy and in the app).
(function () {
  'use strict';
  function show(id) {
    var el = document.getElementById(id);
    if (el) { el.hidden = false; }
    var loading = document.querySelector('.boot-loading');
    if (loading) { loading.hidden = true; }
  }
  document.addEventListener('click', function (event) {
    if (!(event.target instanceof Element)) { return; }
    if (event.target.closest('[data-action="reload"]')) { window.location.reload(); }
    var menu = event.target.closest('.menu-button');
    var link = event.target.closest('.site-menu a');
    if (menu) {
      setMenu(menu, menu.getAttribute('aria-expanded') !== 'true');
    } else if (link) {
      // A followed link closes the menu. The current page's own link changes no page, so focus, which was on
      // the now hidden link, goes back to the menu button.
      var button = openMenuButton();
      closeMenus();
      var here = window.location.hash || '#/';
      if (button && link.getAttribute('href') === here) { button.focus(); }
    }
  });
  document.addEventListener('keydown', function (event) {
    // Escape closes the menu when focus is on its button or inside it (not while typing elsewhere).
    var button = openMenuButton();
    if (event.key !== 'Escape' || !button || event.defaultPrevented || event.isComposing) { return; }
    var panel = document.getElementById(button.getAttribute('aria-controls'));
    if (document.activeElement === button || (panel && panel.contains(document.activeElement))) {
      closeMenus();
      button.focus();
    }
  });
  window.addEventListener('hashchange', closeMenus);
  // The app replaces the pre-rendered copy (src/page_ready.rs fires this just before it removes #boot): an open
  // menu stays open, and focus moves to the same control in the app, so the reader loses neither.
  window.addEventListener('hpg-take-over', function () {
    var boot = document.getElementById('boot');
    if (!boot) { return; }
    var appButton = null;
    document.querySelectorAll('.menu-button').forEach(function (b) { if (!boot.contains(b)) { appButton = b; } });
    var copyOpen = boot.querySelector('.menu-button[aria-expanded="true"]');
    if (copyOpen && appButton) { setMenu(appButton, true); }
    var active = document.activeElement;
    if (!active || !boot.contains(active)) { return; }
    var target = null;
    if (active.id && active.id.indexOf('pre-') === 0) { target = document.getElementById(active.id.slice(4)); }
    if (!target && active.matches('a[href]')) {
      document.querySelectorAll('a[href]').forEach(function (a) {
        if (!target && !boot.contains(a) && a.getAttribute('href') === active.getAttribute('href')) { target = a; }
      });
    }
    if (!target && active.matches('.menu-button')) { target = appButton; }
    // After #boot is gone (the app's page is hidden until then).
    if (target) { Promise.resolve().then(function () { target.focus(); }); }
  });

  // The header's menu button (a phone's navigation; from 48rem the panel is always shown and the button is not),
  // for the pre-rendered copy and the app alike.
  function setMenu(button, open) {
    button.setAttribute('aria-expanded', String(open));
    var panel = document.getElementById(button.getAttribute('aria-controls'));
    if (panel) { panel.classList.toggle('open', open); }
  }
  function openMenuButton() { return document.querySelector('.menu-button[aria-expanded="true"]'); }
  function closeMenus() {
    document.querySelectorAll('.menu-button[aria-expanded="true"]').forEach(function (b) { setMenu(b, false); });
  }
  // The header's menu works (below): only then does the stylesheet hide a phone's navigation behind it.
  document.documentElement.setAttribute('data-menu', '');
  registerServiceWorker();
  showPreview();
  window.addEventListener('hashchange', showPreview);
  if (document.documentElement.getAttribute('data-preview') !== 'loading') { mayStart(); }
  var wasmOk = typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
  if (!wasmOk) {
    document.addEventListener('DOMContentLoaded', function () { show('no-wasm'); });
    return;
  }
  window.setTimeout(function () {
    if (document.getElementById('boot')) { show('slow-start'); }
  }, 20000);

  // The pre-rendered copy of the route (pre/<stem>.html, written by `cargo xtask dist` from the app itself), for
  // readers the copy is right for: no ?lang or other option in the address, nothing saved by an earlier visit
  // (language, audience, notes), and a browser whose languages the app will answer in English.
  // Anyone else keeps the "Loading" screen until the app starts. The app removes #boot, copy included; while
  // <html data-preview="loading"> it waits for `hpg-preview-done`, so the copy, once asked for, is always shown
  // before the app replaces it (the same page either way, so the reader sees no change).
  function showPreview() {
    var boot = document.getElementById('boot');
    var holder = document.getElementById('boot-preview');
    if (!boot || !holder) { return; }
    var stem = previewStem();
    holder.textContent = '';
    boot.classList.remove('previewing');
    if (!stem) { return; }
    document.documentElement.setAttribute('data-preview', 'loading');
    fetch('pre/' + stem + '.html', { priority: 'high' }).then(function (response) {
      return response.ok ? response.text() : '';
    }).then(function (html) {
      // Still starting, and still on the same page?
      if (html && document.getElementById('boot') && previewStem() === stem) {
        holder.innerHTML = html;
        boot.classList.add('previewing');
        whenPainted(holder, previewDone);
      } else {
        previewDone();
      }
    }).catch(previewDone); // offline without the cache: the "Loading" screen stays
  }

  // Calls `done` once the browser has put `holder`'s content on screen. Chromium tells that time through its
  // largest-contentful-paint entries, a frame or two after the paint itself (a copy replaced before then counts
  // as never shown); other browsers: two frames. Half a second at most, e.g. when a tap stops those entries.
  function whenPainted(holder, done) {
    var finished = false;
    var observer = null;
    function finish() {
      if (finished) { return; }
      finished = true;
      if (observer) { observer.disconnect(); }
      done();
    }
    var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
    if (types.indexOf('largest-contentful-paint') >= 0) {
      observer = new PerformanceObserver(function (list) {
        list.getEntries().forEach(function (entry) {
          if (entry.element && holder.contains(entry.element)) { finish(); }
        });
      });
      observer.observe({ type: 'largest-contentful-paint' });
      window.setTimeout(finish, 500);
    } else {
      window.requestAnimationFrame(function () { window.requestAnimationFrame(finish); });
    }
  }

  function previewDone() {
    document.documentElement.setAttribute('data-preview', 'done');
    window.dispatchEvent(new Event('hpg-preview-done'));
    mayStart();
  }

  // The start-up script (written by `cargo xtask dist`) fetches the wasm only after this go-ahead. With a
  // pre-rendered page to show, that is once it is on screen: the page then never waits for the wasm's bytes
  // (Lighthouse's simulated slow phone, too, then counts the page, not the app, as the first full paint).
  // The cost is that the wasm download starts a round trip or two later on a slow connection.
  function mayStart() {
    if (window.hpgMayStart) { return; }
    window.hpgMayStart = true;
    window.dispatchEvent(new Event('hpg-may-start'));
  }

  // The app's rules, written into index.html by the build from the app itself (src/boot_rules.rs): the route
  // → file map of the pre-rendered pages, the prefix of everything the app stores, and its locales, the
  // source locale (English) first.
  function bootRules() {
    var meta = document.querySelector('meta[name="hpg-boot"]');
    try {
      return JSON.parse(meta ? meta.getAttribute('content') : '');
    } catch (e) { return null; } // a build without pre-rendered pages
  }

  function previewStem() {
    var rules = bootRules();
    if (!rules || window.location.search) { return null; }
    try {
      for (var i = 0; i < window.localStorage.length; i++) {
        if (window.localStorage.key(i).indexOf(rules.storagePrefix) === 0) { return null; }
      }
    } catch (e) { return null; }
    if (appLocale(rules.locales) !== rules.locales[0]) { return null; }
    var route = window.location.hash.replace(/^#\/?/, '');
    return Object.prototype.hasOwnProperty.call(rules.pages, route) ? rules.pages[route] : null;
  }

  // The locale the app will choose from the browser's languages (src/i18n/locales.rs, `Locale::negotiate`):
  // the first language whose primary subtag is one the guide ships decides; none → the source locale. A
  // browser test holds the two choices together on a table of language lists.
  function appLocale(locales) {
    var languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < languages.length; i++) {
      var primary = String(languages[i] || '').trim().split('-')[0].toLowerCase();
      for (var j = 0; j < locales.length; j++) {
        if (primary && locales[j].split('-')[0].toLowerCase() === primary) { return locales[j]; }
      }
    }
    return locales[0];
  }

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
