// Pre-renders every route of the built site for a first-time English reader (`cargo xtask dist` runs this after
// building the app). The wasm app is about 300 KB; on a slow phone connection it takes seconds to arrive. Meanwhile boot.js
// shows the route's pre-rendered page, the same HTML the app builds first, so the reader can start reading at
// once; the app then takes over (see public/boot.js and `remove_boot_screen` in src/page_ready.rs).
//
// Usage: node prerender.mjs <dist dir>
// Writes <dist>/pre/<stem>.html for each route and fills the `hpg-boot` meta tag in <dist>/index.html with what
// boot.js needs: the route → file map of those pages, and the app's own rules (its storage prefix and locales),
// asked of the built app itself (`boot_rules` in src/main.rs), so boot.js repeats none of them.
import { chromium } from 'playwright-core';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROUTES } from './support/routes.mjs';
import { startServer } from './support/server.mjs';

const dist = resolve(process.argv[2] ?? '../dist');

/** The file stem for a route: `home` for the start page, `/` becomes `.` (boot.js looks it up in `hpg-boot`). */
function stem(route) {
  return route === '' ? 'home' : route.replaceAll('/', '.');
}

/**
 * Runs in the page before any of its scripts. Captures the app's DOM at the moment it removes the loading
 * screen: that is what a reader sees when the app takes over from the pre-rendered copy, before any
 * animation frame has changed it.
 */
function captureAtTakeOver() {
  let sawBoot = false;
  const observer = new MutationObserver(() => {
    if (document.getElementById('boot')) { sawBoot = true; return; }
    if (!sawBoot) return;
    observer.disconnect();
    const parts = [];
    for (const el of document.body.children) {
      // The skip link's target is the app's own <main>; the copy has no use for it.
      if (['SCRIPT', 'NOSCRIPT'].includes(el.tagName) || el.classList.contains('skip-link')) continue;
      const copy = el.cloneNode(true);
      for (const n of [copy, ...copy.querySelectorAll('*')]) {
        // The copy and the app's hidden DOM are in the document together for a moment: keep ids unique.
        if (n.id) n.id = `pre-${n.id}`;
        for (const a of ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls']) {
          const v = n.getAttribute(a);
          if (v) n.setAttribute(a, v.trim().split(/\s+/).map((id) => `pre-${id}`).join(' '));
        }
        for (const a of ['fill', 'stroke', 'clip-path', 'mask']) {
          const v = n.getAttribute(a);
          if (v && v.includes('url(#')) n.setAttribute(a, v.replaceAll('url(#', 'url(#pre-'));
        }
        // Controls do nothing until the app runs; say so rather than ignore a tap. The phone's menu button is
        // the exception: boot.js opens and closes the copy's menu, so its links work before the app does.
        if (n.matches('button, input, select, textarea') && !n.matches('.menu-button')) n.setAttribute('disabled', '');
        // Canvas size and frame timings are the capturing browser's, not the reader's.
        if (n.tagName === 'CANVAS') { n.removeAttribute('width'); n.removeAttribute('height'); }
        for (const a of [...n.attributes]) if (a.name.startsWith('data-frame-')) n.removeAttribute(a.name);
      }
      parts.push(copy.outerHTML);
    }
    window.__hpgPrerendered = parts.join('\n');
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function main() {
  const server = await startServer({ dir: dist, base: '/' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const out = join(dist, 'pre');
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const pages = {};
  let rules = null;
  try {
    for (const route of ROUTES) {
      // A first visit: empty storage, English browser, no service worker. Reduced motion keeps the demo's
      // numbers at their settled values, so the build is reproducible.
      const context = await browser.newContext({
        locale: 'en-GB', serviceWorkers: 'block', reducedMotion: 'reduce', viewport: { width: 360, height: 780 },
      });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.addInitScript(captureAtTakeOver);
      await page.goto(`${server.url}#/${route}`);
      const handle = await page.waitForFunction(() => window.__hpgPrerendered, null, { timeout: 60000 })
        .catch(() => null);
      if (!handle || errors.length) {
        throw new Error(`#/${route} did not start: ${errors.join('; ') || 'no take-over within 60 s'}`);
      }
      const html = await handle.jsonValue();
      await writeFile(join(out, `${stem(route)}.html`), `${html}\n`);
      pages[route] = stem(route);
      rules ??= JSON.parse(await page.evaluate(() => window.wasmBindings.boot_rules()));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const index = join(dist, 'index.html');
  const marker = '<meta name="hpg-boot" content="">';
  const html = await readFile(index, 'utf8');
  if (!html.includes(marker)) throw new Error(`${index} has no empty ${marker}`);
  const boot = JSON.stringify({ ...rules, pages }).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  await writeFile(index, html.replace(marker, `<meta name="hpg-boot" content="${boot}">`));
  console.error(`    pre-rendered ${Object.keys(pages).length} routes into ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => { console.error(`prerender: ${e.message}`); process.exit(1); });
}
