// The pre-rendered first page: a first-time English reader can read while the app downloads, and nothing moves
// when the app takes over. Readers the copy is not right for (another language, saved choices) keep the
// "Loading" screen. The WebAssembly download is held back so the tests see the moment before the app starts.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, startSuite } from '../support/browser.mjs';
import { Guide } from '../pages/guide.mjs';

let suite;
before(async () => { suite = await startSuite({ serviceWorkers: 'block' }); });
after(async () => { await suite?.stop(); });

/** Counts layout shifts from the first paint on (the same measure as Lighthouse's CLS, without its windows). */
function watchLayoutShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) {
        window.__shifts.push({ value: e.value, nodes: e.sources.map((s) => s.node?.outerHTML?.slice(0, 80)) });
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Opens a fresh page whose WebAssembly download waits until `release()` is called. */
async function openHeld(init) {
  const { page, watch } = await openPage(suite, {
    init: init ? `(${watchLayoutShifts})(); (${init})();` : watchLayoutShifts,
  });
  let release;
  const held = new Promise((done) => { release = done; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  return { page, watch, release, guide: new Guide(page, suite.baseUrl) };
}

async function totalShift(page) {
  return page.evaluate(() => window.__shifts);
}

for (const [route, heading] of [['benefits-risks', 'Benefits and risks'], ['how-it-works', 'How the pump works'], ['', 'Heart Pump Guide']]) {
  test(`#/${route}: the pre-rendered page shows before the app and the app takes over without moving anything`, async () => {
    const { page, watch, release, guide } = await openHeld();
    await page.goto(`${suite.baseUrl}#/${route}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.boot.previewing');
    const h1 = page.getByRole('heading', { level: 1 });
    assert.match(await h1.textContent(), new RegExp(heading));
    // The "Loading" note waits 0.8 s, so a fast start shows no loading screen; this start is held back.
    await assert.doesNotReject(page.getByText('Loading Heart Pump Guide…').waitFor(), 'says the app is still loading');
    // Controls cannot do anything yet, and say so; only the phone's menu button works (boot.js runs it).
    const enabled = await page.locator('#boot-preview :is(button, input, select, textarea):not([disabled]):not(.menu-button)').count();
    assert.equal(enabled, 0, 'every control in the copy is disabled');
    const before = await h1.boundingBox();
    if (route === 'benefits-risks') await screenshot(page, 'prerendered-benefits-risks-phone');

    release();
    await guide.ready();
    assert.match(await h1.textContent(), new RegExp(heading));
    assert.deepEqual(await h1.boundingBox(), before, 'the heading is where it was');
    assert.equal(await page.locator('[id^="pre-"]').count(), 0, 'the copy is gone');
    assert.ok(await page.getByRole('combobox').first().isEnabled(), 'the app’s controls work');
    await page.waitForTimeout(1500);
    assert.deepEqual(await totalShift(page), [], 'no layout shift from first paint to 1.5 s after take-over');
    assert.deepEqual(watch.errors, []);
    await page.close();
  });
}

test('a link tapped in the pre-rendered page shows that page, and the app starts there', async () => {
  const { page, watch, release, guide } = await openHeld();
  await page.goto(`${suite.baseUrl}#/`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.boot.previewing');
  // On a phone the navigation is behind the menu button, which works in the copy too.
  await page.locator('#boot').getByRole('button', { name: 'Menu', exact: true }).click();
  await page.locator('#boot').getByRole('link', { name: 'Word list' }).first().click();
  await page.getByRole('heading', { level: 1, name: /Medical words/ }).waitFor();
  release();
  await guide.ready();
  assert.match(await page.getByRole('heading', { level: 1 }).textContent(), /Medical words/);
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('an open menu and keyboard focus in the pre-rendered page carry over when the app takes over', async () => {
  const { page, watch, release, guide } = await openHeld();
  await page.goto(`${suite.baseUrl}#/benefits-risks`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.boot.previewing');
  await page.locator('#boot').getByRole('button', { name: 'Menu', exact: true }).click();
  await page.locator('#boot').getByRole('link', { name: 'Word list' }).first().focus();
  release();
  await guide.ready();
  assert.equal(await page.locator('.menu-button').getAttribute('aria-expanded'), 'true', 'the menu is still open');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '#/glossary',
    'focus is on the same link in the app');
  assert.equal(await page.evaluate(() => Boolean(document.activeElement?.closest('#boot'))), false);
  assert.deepEqual(watch.errors, []);
  await page.close();
});

const notForEveryone = [
  // (Init scripts also run on the blank page between tests, which has no storage.)
  ['a saved language', () => location.protocol === 'http:' && localStorage.setItem('hpg.locale', 'pl'),
    'Wczytywanie'],
  ['a browser set to Polish', () => Object.defineProperty(navigator, 'languages', { get: () => ['pl-PL', 'en'] }),
    'Wczytywanie'],
  ['a saved audience', () => location.protocol === 'http:' && localStorage.setItem('hpg.audience', 'clinician'),
    'Loading Heart Pump Guide'],
];
for (const [who, init, loadingText] of notForEveryone) {
  test(`a reader with ${who} gets the "Loading" screen, not an English copy`, async () => {
    const { page, watch, release, guide } = await openHeld(init);
    await page.goto(`${suite.baseUrl}#/benefits-risks`, { waitUntil: 'domcontentloaded' });
    // Give boot.js the time it would need to fetch and show a copy.
    await page.waitForTimeout(1000);
    assert.equal(await page.locator('.boot.previewing, #boot-preview *').count(), 0, 'no pre-rendered copy');
    assert.ok(await page.getByText(loadingText).first().isVisible());
    release();
    await guide.ready();
    assert.deepEqual(watch.errors, []);
    await page.close();
  });
}

// boot.js decides before the app has loaded whether the app will answer in English; the two must agree, or a
// Welsh reader would see an English page flash by (or an English reader miss the copy).
const languageLists = [
  ['en-GB'], ['en-US', 'cy'], ['de', 'en'], ['fr'], ['de', 'cy'], ['ur-PK', 'en'], ['cy-GB'], ['pl'], ['EN-gb'],
];
for (const languages of languageLists) {
  test(`boot.js and the app agree on English for a browser set to ${languages.join(', ')}`, async () => {
    const { page, release, guide } = await openHeld(
      `() => Object.defineProperty(navigator, 'languages', { get: () => ${JSON.stringify(languages)} })`,
    );
    await page.goto(`${suite.baseUrl}#/benefits-risks`, { waitUntil: 'domcontentloaded' });
    // boot.js is deferred: by DOMContentLoaded it has decided, and marked <html data-preview> if it shows a copy.
    const previewed = await page.evaluate(() => document.documentElement.hasAttribute('data-preview'));
    release();
    await guide.ready();
    const [lang] = await guide.htmlLang();
    assert.equal(previewed, lang === 'en-GB', `copy shown: ${previewed}, app language: ${lang}`);
    await page.close();
  });
}

test('an address with options (?lang=cy) gets the "Loading" screen, then Welsh', async () => {
  const { page, release, guide } = await openHeld();
  await page.goto(`${suite.baseUrl}?lang=cy#/benefits-risks`, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(1000);
  assert.equal(await page.locator('.boot.previewing').count(), 0);
  release();
  await guide.ready();
  assert.deepEqual(await guide.htmlLang(), ['cy', 'ltr']);
  await page.close();
});
