// What a first-time reader downloads to open a page: every request and its bytes as transferred (brotli, like a
// real host), with an empty cache and no service worker yet. Bytes and request counts of a build are
// deterministic, so `cargo xtask test` gates them (budgets in xtask/src/budgets.rs) where a timing score cannot.
// This test records them in artifacts/first-load.json and checks what must hold whatever the budget.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS, openPage, startSuite } from '../support/browser.mjs';
import { Guide } from '../pages/guide.mjs';

const PAGES = [['home', ''], ['benefits-risks', 'benefits-risks'], ['how-it-works', 'how-it-works'], ['practice', 'practice']];
const measured = [];

after(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(join(ARTIFACTS, 'first-load.json'), measured.map((m) => JSON.stringify(m)).join('\n') + '\n');
});

for (const [name, route] of PAGES) {
  test(`first visit to #/${route}: every request is to the site itself, and each is counted with its bytes`, async () => {
    // A suite of its own: a fresh profile, so nothing is cached from another page.
    const suite = await startSuite({ serviceWorkers: 'block', compress: true });
    try {
      const { page, watch } = await openPage(suite);
      const requests = [];
      page.on('requestfinished', async (request) => {
        const sizes = await request.sizes().catch(() => null);
        requests.push({ url: request.url(), bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0 });
      });
      const g = new Guide(page, suite.baseUrl);
      await g.open(route);
      // Wait for a state: nothing more on the network for the page's start-up.
      await page.waitForLoadState('networkidle');
      assert.deepEqual(watch.offsite, [], 'nothing is fetched from another site');
      assert.deepEqual(watch.errors, []);
      const bytes = requests.reduce((sum, r) => sum + r.bytes, 0);
      assert.ok(requests.some((r) => r.url.endsWith('.wasm')), 'the app was downloaded');
      assert.ok(bytes > 0, 'bytes were counted');
      measured.push({ page: name, bytes, requests: requests.length, files: requests.map((r) => `${new URL(r.url).pathname.split('/').pop() || '/'} ${r.bytes}`) });
      console.log(`# first load of #/${route}: ${bytes} B in ${requests.length} requests`);
      await page.close();
    } finally {
      await suite.stop();
    }
  });
}
