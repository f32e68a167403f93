// A new deployment: the reader's next visit installs it in the background and says so, in their language.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, openPage, startSuite } from '../support/browser.mjs';
import { waitForServiceWorker } from '../support/routes.mjs';
import { Guide } from '../pages/guide.mjs';

let suite;
let site;
before(async () => {
  site = await mkdtemp(join(tmpdir(), 'hpg-site-'));
  await cp(DIST, site, { recursive: true });
  suite = await startSuite({ dir: site });
});
after(async () => { await suite?.stop(); await rm(site, { recursive: true, force: true }); });

test('after a new version is deployed, the next visit says it is ready and the old cache is deleted', async () => {
  const { page, watch } = await openPage(suite);
  const g = new Guide(page, suite.baseUrl);
  await g.open('', '?lang=cy');
  await waitForServiceWorker(page);
  const before = await page.evaluate(() => caches.keys());
  // "Deploy" a new build: a different version in sw.js.
  const sw = join(site, 'sw.js');
  await writeFile(sw, (await readFile(sw, 'utf8')).replace(/"version": "[0-9a-f]{16}"/, '"version": "00000000000000ff"'));
  await g.reload();
  const notice = page.getByText('Mae fersiwn newydd o’r canllaw yn barod.', { exact: false });
  await assert.doesNotReject(notice.waitFor());
  // The old cache is deleted while the new worker activates, which may finish just after the notice shows.
  // Poll for that state (up to two minutes on a busy machine), not for a fixed time.
  const deadline = Date.now() + 120000;
  while (Date.now() < deadline && (await page.evaluate(() => caches.keys())).length > 1) {
    await page.waitForTimeout(100);
  }
  assert.deepEqual(await page.evaluate(() => caches.keys()), ['hpg-00000000000000ff'], `old cache ${before} deleted`);
  await page.getByRole('button', { name: 'Ail-lwytho nawr' }).click();
  await g.ready();
  assert.equal(await notice.count(), 0, 'the notice is gone after reloading');
  assert.deepEqual(watch.errors, [], 'no console errors');
  await page.close();
});
