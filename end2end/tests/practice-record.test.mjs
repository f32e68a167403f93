// The performance record (issue 18): each finished scenario adds an attempt with its measures — solved, the
// opening question answered right, the trainee's own time to the first correct step, wrong steps, calls for
// help — the record page shows progress from the first attempt to the latest, prints on one A4 page with dates
// and says it is not a certification; a corrupt record is set aside, not lost; deleting asks first.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, openPage, screenshot, startSuite } from '../support/browser.mjs';
import { Practice } from '../pages/practice.mjs';
import { axeViolations } from '../support/a11y.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.stop(); });

const plain = (t) => t.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

/** How many A4 pages the current page prints on. */
async function printedPages(page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true })).toString('latin1');
  await page.emulateMedia({ media: 'screen' });
  return (pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}

/** Moves keyboard focus with Tab until it is on the button whose text matches `name`, then presses Enter. */
async function pressByTab(page, name) {
  for (let i = 0; i < 1000; i++) {
    const on = await page.evaluate(() => document.activeElement?.tagName === 'BUTTON' ? document.activeElement.textContent.trim() : '');
    if (name.test(on)) return page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${name}`);
}

const today = () => new Date().toISOString().slice(0, 10);

test('two attempts at weaning: the record shows the progress, the measures and one printed page', async () => {
  const { page, watch } = await openPage(suite, { viewport: DESKTOP });
  const p = new Practice(page, suite.baseUrl);
  // First attempt: the wrong forecast, a call for help, then stopping the pump in the ventricle.
  await p.open('practice/scenario/weaning?seed=1');
  await p.predict(/^It falls\.$/);
  await p.press(/^Call for help/);
  await page.waitForFunction(() => /Calling for help is never wrong/.test(document.querySelector('.sc-feedback')?.textContent ?? ''));
  await p.press(/^Stop the pump \(P-0\)/);
  if (!(await p.debriefShown())) await p.press(/^End and see the debrief/);
  await p.debriefHeading().waitFor();
  assert.match(await page.locator('.sc-record-link').textContent(), /This attempt is in your practice record/);
  // Second attempt: the right forecast and the right steps.
  await p.open('practice/scenario/weaning?seed=1');
  await p.predict(/^It rises\.$/);
  await p.playUntilDebrief([/^Lower the P-level by 2/], 3);
  assert.match(await p.main().textContent(), /Resolved in the model\./);

  const stored = await page.evaluate(() => localStorage.getItem('hpg.record'));
  const lines = stored.trim().split('\n');
  assert.equal(lines[0], 'hpg-record 1');
  assert.equal(lines.length, 3, stored);
  assert.match(lines[1], /^\d+\|weaning\|0\|\d+\|0\|-\|1\|1$/, 'unsolved, answer wrong, no correct step, 1 wrong, 1 call');
  assert.match(lines[2], /^\d+\|weaning\|1\|\d+\|1\|\d+\|0\|0$/, 'solved, answer right, a time, nothing wrong');

  // The debrief links to the record; the record opens by keyboard.
  // Focus is on the debrief's heading: Tab on to the link.
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate(() => document.activeElement?.closest('.sc-record-link'))) break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Practice record' }).waitFor();
  const main = plain(await p.main().textContent());
  assert.match(main, /It is not a certification of competence/);
  assert.match(main, new RegExp(`2 attempts, from ${today()} to ${today()}\\.`));
  const row = page.locator('.record-progress tbody tr');
  assert.equal(await row.count(), 1);
  const cells = (await row.locator('th, td').allTextContents()).map(plain);
  assert.equal(cells[0], 'Weaning');
  assert.equal(cells[1], '2 (1)');
  assert.match(cells[2], new RegExp(`^${today()}: score \\d+, first correct step after none made, 1 wrong step$`));
  assert.match(cells[3], new RegExp(`^${today()}: score 100, first correct step after \\d+ s, 0 wrong steps$`));
  assert.equal(cells[4], '1 of 2');
  assert.match(cells[5], /^\d+ → 100$/);
  // Every attempt, newest first, with its calls for help.
  const all = page.locator('.record-all tbody tr');
  assert.equal(await all.count(), 2);
  assert.deepEqual((await all.nth(1).locator('th, td').allTextContents()).map(plain).slice(1, 8),
    ['Weaning', 'no', 'not right', 'none made', '1', '1', (await all.nth(1).locator('td').last().textContent()).trim()]);
  assert.deepEqual(await axeViolations(page), [], 'record page passes axe');
  await screenshot(page, 'practice-record-desktop');
  await page.setViewportSize({ width: 360, height: 780 });
  await screenshot(page, 'practice-record-phone');

  // Printed: one page, with the name and supervisor lines; the list of every attempt stays on screen.
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.getByText(/^Name: _+$/).isVisible(), 'the name line prints');
  assert.ok(await page.locator('.record-not-cert').isVisible(), 'the not-a-certification line prints');
  assert.equal(await page.locator('.record-all').isVisible(), false, 'every attempt: screen only');
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await printedPages(page), 1);
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('a full record of every scenario still prints on one page, and deleting asks first', async () => {
  const { page, watch } = await openPage(suite);
  const p = new Practice(page, suite.baseUrl);
  await p.open('practice');
  const slugs = ['suction-1', 'suction-2', 'position-in-ventricle', 'position-wrong', 'purge-pressure-high',
    'pump-stopped', 'haemolysis', 'weaning', 'removal', 'position-unknown', 'purge-2', 'bleeding', 'ecmo'];
  const lines = ['hpg-record 1'];
  for (let i = 0; i < 300; i++) {
    lines.push(`${20400 + Math.floor(i / 10)}|${slugs[i % slugs.length]}|${i % 2}|${(i * 7) % 101}|${i % 3 === 0 ? '-' : i % 2}|${i % 4 === 0 ? '-' : 100 + i}|${i % 5}|${i % 2}`);
  }
  await page.evaluate((text) => localStorage.setItem('hpg.record', text), lines.join('\n'));
  await p.open('practice/record');
  assert.equal(await page.locator('.record-progress tbody tr').count(), 13);
  assert.equal(await page.locator('.record-all tbody tr').count(), 300);
  assert.equal(await printedPages(page), 1, 'thirteen scenarios with long histories still print on one A4 page');

  const focused = () => page.evaluate(() => document.activeElement?.textContent.trim());
  await pressByTab(page, /^Delete the record$/);
  assert.match(await page.getByRole('alert').textContent(), /Delete every attempt in this record\?/);
  // Focus moves to the safe answer, then back to the button that asked.
  await page.waitForFunction(() => document.activeElement?.id === 'pr-record-keep');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'pr-record-delete');
  assert.equal(await page.locator('.record-all tbody tr').count(), 300, 'kept');
  assert.equal(await focused(), 'Delete the record');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'pr-record-keep');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(), 'Yes, delete it');
  await page.keyboard.press('Enter');
  await page.getByText('The record was deleted.').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'pr-record-status');
  assert.match(await p.main().textContent(), /No scenario attempts yet/);
  assert.equal(await page.evaluate(() => localStorage.getItem('hpg.record')), null);
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('a corrupt record is set aside, said so, and a new attempt starts a new record; in Welsh', async () => {
  const { page, watch } = await openPage(suite);
  const p = new Practice(page, suite.baseUrl);
  await p.open('practice', 'cy');
  await page.evaluate(() => localStorage.setItem('hpg.record', '{"broken": tru'));
  await p.open('practice/record', 'cy');
  assert.ok(await page.locator('.notice-warn').isVisible(), `the reader is told: ${await p.main().textContent()} ${await page.evaluate(() => JSON.stringify(localStorage))}`);
  assert.doesNotMatch(await p.main().textContent(), /could not be read|Practice record/, 'in Welsh');
  assert.equal(await page.evaluate(() => localStorage.getItem('hpg.record.unreadable')), '{"broken": tru', 'kept aside');
  assert.equal(await page.evaluate(() => localStorage.getItem('hpg.record')), null);
  assert.equal(Number(await page.evaluate(() => document.documentElement.dataset.i18nFallbacks)), 0);
  await screenshot(page, 'practice-record-corrupt-cy');

  await p.open('practice/scenario/pump-stopped?seed=2', 'cy');
  await p.predict(/^Tuag yn ôl/, /^Cloi fy ateb$/);
  await p.press(/^Ailgychwyn y pwmp/);
  await page.waitForFunction(() => document.querySelector('.sc-feedback')?.textContent.length > 0);
  if (!(await p.debriefShown())) await p.press(/^Gorffen a gweld yr adolygiad/);
  await p.debriefHeading().waitFor();
  assert.match(await page.evaluate(() => localStorage.getItem('hpg.record')), /^hpg-record 1\n\d+\|pump-stopped\|[01]\|\d+\|1\|/);
  assert.equal(await page.evaluate(() => localStorage.getItem('hpg.record.unreadable')), '{"broken": tru', 'still kept');
  assert.deepEqual(watch.errors, []);
  await page.close();
});
