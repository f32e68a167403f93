// What the simulation cannot show: the page lists every entry of hemosim's registry of limits, and the live
// demo marks a readout while a limit that applies in the current state affects it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, openPage, screenshot, startSuite } from '../support/browser.mjs';
import { Guide } from '../pages/guide.mjs';
import { DemoPage } from '../pages/demo.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.stop(); });

test('the page lists every limit of the model, with plain and clinician words and the numbers it affects', async () => {
  const { page, watch } = await openPage(suite);
  const g = new Guide(page, suite.baseUrl);
  await g.open('model-limits');
  assert.equal(await g.h1().textContent(), 'What this simulation cannot show');
  const total = Number(await page.locator('article.limits').getAttribute('data-limits-total'));
  const entries = g.main().locator('section[data-limit]');
  assert.equal(await entries.count(), total, 'one entry per registry limit');
  assert.ok(total >= 10, `the registry has its limits (${total})`);
  const ids = await entries.evaluateAll((els) => els.map((e) => e.dataset.limit));
  assert.equal(new Set(ids).size, ids.length, 'each limit once');
  for (const entry of await entries.all()) {
    const text = await entry.innerText();
    assert.match(text, /For clinicians:/);
    assert.match(text, /Numbers it affects:\s*\S/);
    assert.equal(await entry.getByRole('heading', { level: 3 }).count(), 1);
  }
  await screenshot(page, 'model-limits-phone');
  // In another language every entry is translated (no English fallback).
  await g.open('model-limits', '?lang=pl');
  assert.equal(await g.fallbackCount(), 0);
  assert.equal(await g.main().locator('section[data-limit]').count(), total);
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('the demo marks a readout while a limit applies to it, links to why, and gives no all-clear then', async () => {
  const { page, watch } = await openPage(suite, { viewport: DESKTOP });
  const d = new DemoPage(page, suite.baseUrl);
  await d.openDemo();
  await d.pause();
  const row = (key) => page.locator(`#flow-table tr[data-measure="${key}"]`);
  // Shock, no pump: nothing conditional applies to total output.
  assert.equal(await row('TotalOutput').locator('a.limit-mark').count(), 0, 'no mark without a pump');
  await d.pumpSwitch().check();
  const mark = row('PumpFlow').locator('a.limit-mark');
  await mark.waitFor();
  assert.equal(await mark.innerText(), 'model limit');
  assert.match(await mark.getAttribute('aria-label'), /A limit of the model applies to this number: .*Flows of the larger pumps are estimates/);
  // With a warning on screen (shock: pressure under 90) the warning speaks; without one, there is no all-clear
  // while a limit applies: the demo says the model cannot show everything.
  await d.preset().selectOption('healthy');
  await d.pumpSwitch().check();
  await page.locator('.limits-note').waitFor();
  assert.match(await page.locator('.demo-picture').innerText(), /No warnings from the model\. But it cannot show everything/);
  assert.equal(await d.alerts().locator('.alert').count(), 0, 'no warning in the healthy preset');
  // The number itself stays a plain number.
  assert.ok(Number.isFinite(await d.measure('flow-table', 'PumpFlow')));
  await mark.click();
  await d.ready();
  const href = await page.evaluate(() => location.hash);
  const id = new URLSearchParams(href.split('?')[1]).get('limit');
  await page.waitForFunction((id) => document.activeElement?.id === `limit-${id}`, id);
  assert.match(await page.locator(`#limit-${id}`).getAttribute('class'), /asked/);
  // From the demo and from the practice room, the page is one link away.
  await d.openDemo();
  await assert.doesNotReject(page.getByRole('link', { name: 'What this simulation cannot show' }).first().waitFor());
  const g = new Guide(page, suite.baseUrl);
  await g.open('practice/console');
  await page.getByRole('link', { name: 'What this simulation cannot show' }).click();
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'What this simulation cannot show' }).waitFor());
  assert.deepEqual(watch.errors, []);
  await page.close();
});
