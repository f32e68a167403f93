// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core, the built site served
// from dist/ under a sub-path, and a watcher that records console errors and every request that would leave
// 127.0.0.1.
import { chromium } from 'playwright-core';
import { mkdtemp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.HPG_DIST ?? resolve(here, '../../dist');
export const ARTIFACTS = resolve(here, '../artifacts');
export const SCREENSHOTS = join(ARTIFACTS, 'screenshots');

export const PHONE = { width: 360, height: 780 };
export const NARROW = { width: 320, height: 640 };
export const DESKTOP = { width: 1280, height: 900 };

/**
 * Starts the server (on `dir`, dist/ by default) and the browser; call `stop()` when done.
 * `serviceWorkers: 'block'` gives a browser without the offline cache, to test what happens on the network;
 * `compress` serves brotli/gzip like a real host (for measuring transferred bytes).
 */
export async function startSuite({ dir = DIST, serviceWorkers = 'allow', compress = false } = {}) {
  const server = await startServer({ dir, base: '/sub/heart-pump-guide/', compress });
  const userDataDir = await mkdtemp(join(tmpdir(), 'hpg-chromium-'));
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    viewport: PHONE,
    serviceWorkers,
  });
  // Waits are for states (an element, a text, a service worker); on a loaded 2-core machine a state can take
  // longer to come than Playwright's default 30 s, and a slow machine must not fail a test.
  browser.setDefaultTimeout(120000);
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    baseUrl: server.url,
    context: browser,
    async stop() { await browser.close(); await server.close(); },
  };
}

/**
 * Opens a fresh page with empty storage and watches it.
 * `watch.errors` collects console errors and page errors; `watch.offsite` collects requests to other hosts.
 */
export async function openPage(suite, { viewport = PHONE, reducedMotion = 'no-preference', init } = {}) {
  const page = await suite.context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ reducedMotion });
  if (init) await page.addInitScript(init);
  const watch = { errors: [], offsite: [] };
  page.on('console', (m) => { if (m.type() === 'error') watch.errors.push(m.text()); });
  page.on('pageerror', (e) => watch.errors.push(String(e)));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.hostname !== '127.0.0.1') watch.offsite.push(r.url());
  });
  // The browser profile is shared by all pages of a suite: start every page with empty storage, and leave it
  // on a blank page so the first `Guide.open` is a full load (not a same-document hash change).
  await page.goto(suite.baseUrl);
  await page.evaluate(() => localStorage.clear());
  await page.goto('about:blank');
  return { page, watch };
}

/** Saves a full-page screenshot under artifacts/screenshots/. */
export async function screenshot(page, name) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Matches text that Fluent rendered with Unicode isolation marks (U+2068 … U+2069) around its placeables.
 * Write the placeable in braces: fluentText('You are reading as: {Patient or family}.').
 */
export function fluentText(text) {
  const escaped = text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replaceAll('{', '\u2068').replaceAll('}', '\u2069'));
}

/** How many pixels the page scrolls sideways (0 or less: it fits the viewport). */
export async function sidewaysScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
