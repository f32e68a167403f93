// A medical word in the text links to its plain-words entry: the glossary opens at that entry, highlights
// and focuses it, and "Go back" returns to the page the reader came from.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startSuite } from '../support/browser.mjs';
import { Guide } from '../pages/guide.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.stop(); });

test('a linked word opens its glossary entry, and Go back returns', async () => {
  const { page, watch } = await openPage(suite);
  const g = new Guide(page, suite.baseUrl);
  await g.open('pump');
  await g.main().getByRole('link', { name: 'aorta', exact: true }).first().click();
  await page.waitForFunction(() => location.hash === '#/glossary?term=aorta');
  await page.waitForFunction(() => document.activeElement?.id === 'term-aorta');
  assert.match(await page.locator('.entry.asked').innerText(), /main blood vessel/);
  const inView = await page.locator('#term-aorta').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  assert.ok(inView, 'the entry is scrolled into view');
  await g.main().getByRole('button', { name: 'Go back to where you were' }).click();
  await page.waitForFunction(() => location.hash === '#/pump');
  assert.deepEqual(watch.errors, []);
  await page.close();
});
