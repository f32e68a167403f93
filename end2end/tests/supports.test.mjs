// "Compare the supports" on the demo page, as a reader uses it: the comparison is a module of its own, fetched
// only when asked for; the same patient under a balloon pump, the microaxial pump and ECMO side by side; ECMO at
// high flow shuts the aortic valve and raises the filling pressure, and adding the pump lowers it again; the
// clinician's settings; by keyboard only; in Welsh and Urdu; and what a reader sees when the module cannot be
// fetched.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE, openPage, screenshot, sidewaysScroll, startSuite } from '../support/browser.mjs';
import { axeViolations } from '../support/a11y.mjs';
import { DemoPage } from '../pages/demo.mjs';

const SUPPORTS = /\/split_supports\.wasm$/;

let suite;
// No service worker: it would fetch every file of the build in the background (offline.test.mjs covers that).
before(async () => { suite = await startSuite({ serviceWorkers: 'block' }); });
after(async () => { await suite?.stop(); });

async function demo(options = {}, query = '') {
  const { page, watch } = await openPage(suite, options);
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  const d = new DemoPage(page, suite.baseUrl);
  await d.openDemo(query);
  return { d, page, watch, urls };
}

function assertClean(watch) {
  assert.deepEqual(watch.errors, [], 'no console errors');
  assert.deepEqual(watch.offsite, [], 'no request leaves 127.0.0.1');
}

const section = (page) => page.locator('#supports');
const openButton = (page) => page.locator('#supports-open');
const ready = (page) => page.waitForSelector('#supports[data-state="ready"]');

/** Opens the comparison from the keyboard: focus on the button, Enter. */
async function openComparison(page) {
  await openButton(page).focus();
  await page.keyboard.press('Enter');
  await ready(page);
}

/** The table's value for a row (`data-row` key, or a measure label id) and a machine (`data-support`). */
async function cell(page, row, support) {
  return (await page.locator(`#supports-table tr[data-row="${row}"] td[data-support="${support}"]`).textContent()).trim();
}
const number = async (page, row, support) => Number(await cell(page, row, support));

/** The machines in the table's columns, in order. */
async function columns(page) {
  return page.locator('#supports-table thead th[data-support]').evaluateAll((ths) => ths.map((th) => th.dataset.support));
}

/** Ticks or unticks a machine by keyboard (focus, Space). */
async function toggle(page, support) {
  await page.locator(`#supports-choice-${support}`).focus();
  await page.keyboard.press('Space');
}

/** Waits until the comparison is ready and shows exactly these machines, in this order. */
async function waitForColumns(page, expected) {
  await page.waitForFunction((want) => {
    const s = document.querySelector('#supports');
    const got = [...document.querySelectorAll('#supports-table thead th[data-support]')].map((th) => th.dataset.support);
    return s?.dataset.state === 'ready' && got.join() === want.join();
  }, expected);
}

/** Whether a chart's canvas has anything drawn on it (any pixel that is not the background). */
async function drawn(page, index) {
  return page.locator('.supports-charts canvas').nth(index).evaluate((c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 200 && data[i + 3] > 0) inked += 1;
    return c.width > 0 && inked > 200;
  });
}

test('the comparison is fetched only when asked for, then shows a balloon pump, the pump and ECMO side by side', async () => {
  const { page, watch, urls } = await demo();
  await openButton(page).waitFor();
  assert.equal(urls.filter((u) => SUPPORTS.test(u)).length, 0, 'opening the demo fetches no comparison module');
  await openComparison(page);
  assert.equal(urls.filter((u) => SUPPORTS.test(u)).length, 1, 'the comparison module is fetched once');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'supports-title', 'focus goes to the comparison');
  assert.deepEqual(await columns(page), ['balloon', 'pump', 'ecmo']);
  // The balloon adds a little, the pump more, ECMO the most blood to the body (the same patient in each).
  const flow = {};
  for (const s of ['balloon', 'pump', 'ecmo']) flow[s] = await number(page, 'body-flow', s);
  assert.ok(flow.balloon < flow.pump && flow.pump < flow.ecmo, JSON.stringify(flow));
  assert.equal(await cell(page, 'valve', 'balloon'), 'yes');
  assert.equal(await cell(page, 'valve', 'ecmo'), 'no, it stays shut');
  assert.ok(await drawn(page, 0), 'the loops are drawn');
  assert.ok(await drawn(page, 1), 'the pressures are drawn');
  // One paragraph per machine, each number with its source.
  const cards = page.locator('.support-card');
  assert.equal(await cards.count(), 3);
  assert.match(await cards.nth(0).textContent(), /40 out of 100 with it and 41 out of 100 without/);
  assert.match(await cards.nth(0).locator('.cite').last().textContent(), /IABP-SHOCK II/);
  assert.match(await cards.nth(2).textContent(), /48 out of 100 with it and 49 out of 100 without/);
  assert.match(await section(page).textContent(), /cannot be compared with each other/);
  // Balloon pump and pump together: the two small trials that compared them directly; and flow is not survival.
  assert.match(await section(page).textContent(), /46 out of 100 with the pump and 50 out of 100 with the balloon pump/);
  assert.match(await section(page).textContent(), /More blood flow in the model does not mean more people survive/);
  assert.deepEqual(await axeViolations(page), []);
  assert.ok(await sidewaysScroll(page) <= 0, 'nothing scrolls sideways on a phone');
  await screenshot(page, 'supports-patient-phone');
  assertClean(watch);
  await page.close();
});

test('ECMO at high flow shuts the aortic valve and raises the filling pressure; adding the pump lowers it', async () => {
  const { page, watch } = await demo({ viewport: DESKTOP });
  await openComparison(page);
  await waitForColumns(page, ['balloon', 'pump', 'ecmo']);
  // Four ticked is too many (no numbers), one too few.
  await toggle(page, 'none');
  await page.getByText('Choose no more than three').waitFor();
  assert.equal(await page.locator('#supports-table').count(), 0, 'no table while four are ticked');
  for (const s of ['balloon', 'pump', 'ecmo']) await toggle(page, s);
  await page.getByText('Choose at least two').waitFor();
  // The heart on its own, ECMO, and ECMO with the pump.
  await toggle(page, 'ecmo');
  await toggle(page, 'ecmo-pump');
  await waitForColumns(page, ['none', 'ecmo', 'ecmo-pump']);
  const own = await number(page, 'filling', 'none');
  const ecmo = await number(page, 'filling', 'ecmo');
  const vented = await number(page, 'filling', 'ecmo-pump');
  assert.equal(await cell(page, 'valve', 'none'), 'yes');
  assert.equal(await cell(page, 'valve', 'ecmo'), 'no, it stays shut');
  assert.ok(ecmo >= own + 3, `ECMO raises the filling pressure: ${own} → ${ecmo} mmHg`);
  assert.ok(vented <= ecmo - 5, `the pump lowers it: ${ecmo} → ${vented} mmHg`);
  assert.ok(await number(page, 'body-flow', 'ecmo') > await number(page, 'body-flow', 'none') + 1);
  assert.match(await section(page).textContent(), /No trial in this guide’s sources compared ECMO with and without/);
  await screenshot(page, 'supports-ecmo-desktop');
  assertClean(watch);
  await page.close();
});

test('clinician view: settings, every measure, and ECMO at low flow lets the valve open', async () => {
  const { d, page, watch } = await demo({ viewport: DESKTOP });
  await d.detailedView().check();
  await openComparison(page);
  for (const row of ['pump', 'ecmo', 'demo-m-map', 'augmented', 'demo-m-pcwp', 'demo-m-cpo']) {
    assert.equal(await page.locator(`#supports-table tr[data-row="${row}"]`).count(), 1, `row ${row}`);
  }
  assert.equal(await cell(page, 'ecmo', 'balloon'), '–', 'a machine that is not there has no flow');
  const augmented = await number(page, 'augmented', 'balloon');
  assert.ok(augmented > await number(page, 'demo-m-sbp', 'pump'), 'the balloon lifts the pressure while it is full');
  await page.getByLabel('ECMO flow setting (L/min)').selectOption('20');
  await page.waitForFunction(() => document.querySelector('#supports')?.dataset.state === 'ready'
    && document.querySelector('#supports-table tr[data-row="valve"] td[data-support="ecmo"]')?.textContent.trim() === 'yes');
  assert.ok(await number(page, 'ecmo', 'ecmo') < 2.5);
  // A timing error says what it does, and costs the balloon its gain.
  const before = await number(page, 'body-flow', 'balloon');
  await page.getByLabel('Balloon pump timing').selectOption('early-inflation');
  await page.getByText('the valve shuts early').waitFor();
  await page.waitForFunction((b) => document.querySelector('#supports')?.dataset.state === 'ready'
    && Number(document.querySelector('#supports-table tr[data-row="body-flow"] td[data-support="balloon"]')?.textContent) < b, before);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'supports-clinician-desktop');
  await page.setViewportSize(PHONE);
  await screenshot(page, 'supports-clinician-phone');
  assertClean(watch);
  await page.close();
});

test('the comparison in Welsh and in Urdu (right to left), with no English left over', async () => {
  for (const [tag, heading] of [['cy', /Cymharu/], ['ur', /موازنہ/]]) {
    const { d, page, watch } = await demo({}, `?lang=${tag}`);
    await openComparison(page);
    assert.match(await page.locator('#supports-title').textContent(), heading);
    assert.equal(await d.fallbackCount(), 0, `${tag}: every message translated`);
    assert.equal(await section(page).evaluate((s) => getComputedStyle(s).direction), tag === 'ur' ? 'rtl' : 'ltr');
    assert.equal(await page.locator('#supports-table tbody tr').count(), 4);
    await screenshot(page, `supports-${tag}-phone`);
    assertClean(watch);
    await page.close();
  }
});

test('when the comparison cannot be fetched the page says so, keeps working, and can try again', async () => {
  const { page, watch } = await demo();
  await page.route(SUPPORTS, (route) => route.abort());
  await openButton(page).click();
  const alert = section(page).getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not be loaded/);
  await page.waitForFunction(() => document.activeElement?.id === 'supports-title');
  // The demo above keeps running.
  assert.ok(await page.locator('#pressure-table td').count() > 0);
  await page.unroute(SUPPORTS);
  await page.locator('#supports-retry').click();
  await ready(page);
  // The failed fetch is the one console error this test causes on purpose.
  assert.ok(watch.errors.every((e) => /split_supports|Failed to fetch|supports module|net::ERR_FAILED/.test(e)), watch.errors.join('\n'));
  await page.close();
});
