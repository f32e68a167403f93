// The simulator is in WebAssembly modules of their own (src/simulator.rs): the demo and the model's limits,
// the practice room, and the code both use. A reader of the patient pages never downloads them; opening a
// simulator page fetches what it needs with a visible progress note; when that cannot be fetched, the page
// says so in the reader's language and the rest of the guide keeps working. Offline use after one visit is in
// offline.test.mjs (every route).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, startSuite } from '../support/browser.mjs';
import { Guide } from '../pages/guide.mjs';

const DEMO = /\/split_demo\.wasm$/;
const PRACTICE = /\/split_practice\.wasm$/;
const SHARED = /\/chunk_\d+\.wasm$/;
const SIMULATOR = [DEMO, PRACTICE, SHARED];
const count = (urls, re) => urls.filter((u) => re.test(u)).length;
const PATIENT_PAGES = ['', 'shock', 'pump', 'insertion', 'benefits-risks', 'options', 'after', 'family', 'questions',
  'glossary', 'about'];

// No service worker: it would fetch every file of the build in the background after the first visit, which
// is what it is for (offline use), but it is not what a page asks for.
let suite;
before(async () => { suite = await startSuite({ serviceWorkers: 'block' }); });
after(async () => { await suite?.stop(); });

/** Records the URL of every request the page makes. */
function requestLog(page) {
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** Goes to `route` the way a reader does, by a link inside the app (no page load). */
async function follow(page, route) {
  await page.evaluate((r) => { location.hash = `#/${r}`; }, route);
}

/** Goes to `route` and waits for its own heading (`name`), not the last page's. */
async function followTo(page, route, name) {
  await follow(page, route);
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Records, from now on, whether the simulator's progress note ever appears on the page. */
async function watchForProgress(page) {
  await page.evaluate(() => {
    window.__progressSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('.simulator-loading')) window.__progressSeen = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
}

test('reading every patient page transfers no simulator module', async () => {
  const { page, watch } = await openPage(suite);
  const urls = requestLog(page);
  const g = new Guide(page, suite.baseUrl);
  await g.open('');
  let heading = await g.h1().textContent();
  for (const route of PATIENT_PAGES.slice(1)) {
    await follow(page, route);
    await page.waitForFunction(([r, last]) => location.hash === `#/${r}`
      && document.querySelector('main h1')?.textContent !== last, [route, heading]);
    heading = await g.h1().textContent();
  }
  // A fresh start on a patient page other than home, too.
  await g.open('benefits-risks');
  assert.ok(urls.some((u) => u.endsWith('_bg.wasm')), 'the app itself was downloaded');
  assert.deepEqual(urls.filter((u) => SIMULATOR.some((re) => re.test(u))), [], 'no patient page fetched the simulator');
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('opening the demo from a patient page fetches the simulator, shows progress, then works', async () => {
  const { page, watch } = await openPage(suite);
  const urls = requestLog(page);
  // Hold the module back until the progress note has been seen (a state, not a delay).
  let release;
  const held = new Promise((go) => { release = go; });
  await page.route(DEMO, async (route) => { await held; await route.continue(); });
  const g = new Guide(page, suite.baseUrl);
  await g.open('pump');
  await g.openMenu();
  await g.navLink('How the pump works').click();
  const progress = page.getByRole('status').filter({ hasText: 'Loading the simulation…' });
  await progress.waitFor();
  // Not aria-busy, which would keep a screen reader from announcing it.
  assert.equal(await progress.getAttribute('aria-busy'), null);
  await screenshot(page, 'simulator-loading-phone');
  release();
  await page.waitForSelector('#pressure-table td');
  assert.equal(await g.h1().textContent(), 'How the pump works');
  await progress.waitFor({ state: 'detached' });
  // The splitter numbers the shared modules (several when several split points share different code).
  const shared = () => urls.filter((u) => SHARED.test(u));
  assert.deepEqual([count(urls, DEMO), count(urls, PRACTICE)], [1, 0],
    'the demo was fetched once, the practice room not at all');
  assert.ok(shared().length >= 1, 'with the code it shares');
  assert.equal(new Set(shared()).size, shared().length, 'each shared module once');
  // The model's limits are in the demo's module: nothing more to download, no progress note.
  await watchForProgress(page);
  await followTo(page, 'model-limits', 'What this simulation cannot show');
  assert.equal(await page.evaluate(() => window.__progressSeen), false);
  // The practice room needs its own module, and only that.
  await followTo(page, 'practice', 'Practice room');
  assert.deepEqual([count(urls, DEMO), count(urls, PRACTICE)], [1, 1]);
  assert.equal(new Set(shared()).size, shared().length, 'no shared module fetched twice');
  // Back on the demo: built at once.
  await watchForProgress(page);
  await followTo(page, 'how-it-works', 'How the pump works');
  await page.waitForSelector('#pressure-table td');
  assert.equal(await page.evaluate(() => window.__progressSeen), false);
  assert.equal(count(urls, DEMO), 1);
  assert.equal(await g.fallbackCount(), 0, 'every simulator message came in English, none fell back');
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('a simulator module that cannot be fetched: a translated message, a retry, and the guide still works', async () => {
  const { page, watch } = await openPage(suite);
  let blocked = true;
  await page.route(DEMO, (route) => (blocked ? route.abort('failed') : route.continue()));
  const g = new Guide(page, suite.baseUrl);
  await g.open('pump', '?lang=pl');
  await follow(page, 'how-it-works');
  const problem = page.getByRole('alert').filter({ hasText: 'Nie udało się wczytać symulacji' });
  await problem.waitFor();
  assert.match(await problem.textContent(), /Sprawdź połączenie z internetem i spróbuj ponownie/);
  assert.match(await problem.textContent(), /Reszta przewodnika nadal działa/);
  await screenshot(page, 'simulator-failed-pl-phone');
  // The rest of the guide works: the start page link in the message.
  await problem.getByRole('link', { name: 'Przejdź do strony głównej' }).click();
  await page.waitForFunction(() => location.hash === '#/');
  await g.h1().waitFor();
  // Back on the demo once the connection is back: "try again" loads it.
  await follow(page, 'how-it-works');
  await problem.waitFor();
  blocked = false;
  await page.getByRole('button', { name: 'Spróbuj ponownie' }).click();
  await page.waitForSelector('#pressure-table td');
  await problem.waitFor({ state: 'detached' });
  // The failed attempts are logged as warnings and a failed fetch; nothing else went wrong.
  assert.deepEqual(watch.errors.filter((e) => !/split_demo|Failed to fetch|ERR_FAILED|failed to load/i.test(e)), []);
  await page.close();
});

test('offline before the simulator was saved: the page says the reader is offline', async () => {
  const { page } = await openPage(suite);
  const g = new Guide(page, suite.baseUrl);
  await g.open('benefits-risks');
  await suite.context.setOffline(true);
  try {
    await follow(page, 'how-it-works');
    const problem = page.getByRole('alert').filter({ hasText: 'The simulation could not be loaded' });
    await problem.waitFor();
    assert.match(await problem.textContent(), /You are offline, and the simulation has not been saved on this device yet/);
    assert.ok(await page.getByRole('button', { name: 'Try again' }).isVisible());
  } finally {
    await suite.context.setOffline(false);
  }
  await page.close();
});

test('a first visit straight to the demo with the module blocked ends in the message, not a loading screen', async () => {
  const { page } = await openPage(suite);
  await page.route(SHARED, (route) => route.abort('failed'));
  await page.goto(`${suite.baseUrl}#/how-it-works`);
  await page.getByRole('alert').filter({ hasText: 'The simulation could not be loaded' }).waitFor();
  // The loading screen (or the pre-rendered copy) has gone: the message is what the reader sees.
  await page.waitForFunction(() => !document.getElementById('boot'));
  await page.close();
});

test('leaving a demo that is still loading, at start-up, still shows the page the reader went to', async () => {
  const { page } = await openPage(suite);
  let release;
  let requested;
  const held = new Promise((go) => { release = go; });
  const asked = new Promise((go) => { requested = go; });
  await page.route(SHARED, async (route) => { requested(); await held; await route.continue(); });
  await page.goto(`${suite.baseUrl}#/how-it-works`);
  // The app is running and fetching the simulator (the loading screen or pre-rendered copy still up).
  await asked;
  await follow(page, 'about');
  // The app's About page replaces the loading screen while the simulator is still on its way.
  await page.waitForFunction(() => !document.getElementById('boot'));
  await new Guide(page, suite.baseUrl).h1().filter({ hasText: 'About' }).waitFor();
  release();
  await page.close();
});

test('a language chosen before the simulator was opened also gets the simulator in that language', async () => {
  const { page, watch } = await openPage(suite);
  const g = new Guide(page, suite.baseUrl);
  await g.open('pump', '?lang=cy');
  // Welsh is loaded; the reader switches to English, opens the demo, then goes back to Welsh.
  await g.switchLanguage('en-GB');
  await page.waitForFunction(() => document.documentElement.lang === 'en-GB');
  await followTo(page, 'how-it-works', 'How the pump works');
  await page.waitForSelector('#pressure-table td');
  await g.switchLanguage('cy');
  await page.waitForFunction(() => document.documentElement.lang === 'cy');
  await g.h1().filter({ hasText: 'Sut mae’r pwmp yn gweithio' }).waitFor();
  await page.getByText('Pwmp wedi’i droi ymlaen').first().waitFor();
  // The practice room, opened now, is in Welsh as well.
  await followTo(page, 'practice', 'Ystafell ymarfer');
  await page.evaluate(() => new Promise((go) => requestAnimationFrame(() => go())));
  assert.equal(await g.fallbackCount(), 0, 'no simulator message fell back to English');
  assert.deepEqual(watch.errors, []);
  await page.close();
});
