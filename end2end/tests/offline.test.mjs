// Offline use: after one visit the service worker has the whole guide, every page in every language.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startSuite } from '../support/browser.mjs';
import { LOCALES, ROUTES, waitForServiceWorker } from '../support/routes.mjs';
import { Guide } from '../pages/guide.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.context.setOffline(false); await suite?.stop(); });

test('after a first visit, every route opens and reloads with no network, in every language', async () => {
  const { page, watch } = await openPage(suite);
  const g = new Guide(page, suite.baseUrl);
  await g.open();
  await waitForServiceWorker(page);
  await suite.context.setOffline(true);
  try {
    for (const { tag: lang, dir } of LOCALES) {
      const query = `?lang=${lang}`;
      for (const route of ROUTES) {
        await g.open(route, query);
        await g.reload();
        assert.equal(await g.h1().count(), 1, `#/${route}${query} has its heading offline`);
        assert.deepEqual(await g.htmlLang(), [lang, dir], `#/${route}${query} is in ${lang}`);
        assert.equal(await g.fallbackCount(), 0, `#/${route}${query} has every message`);
      }
    }
  } finally {
    await suite.context.setOffline(false);
  }
  assert.deepEqual(watch.errors, [], 'no console errors offline');
  await page.close();
});

test('the service worker precaches every file of the build under a versioned cache', async () => {
  const { page } = await openPage(suite);
  const g = new Guide(page, suite.baseUrl);
  await g.open();
  await waitForServiceWorker(page);
  const { names, cached, manifest } = await page.evaluate(async () => {
    const manifest = await (await fetch('sw-manifest.json', { cache: 'no-store' })).json();
    const names = await caches.keys();
    const cache = await caches.open(names[0]);
    const cached = (await cache.keys()).map((r) => new URL(r.url).pathname.split('/heart-pump-guide/')[1]);
    return { names, cached, manifest };
  });
  assert.deepEqual(names, [`hpg-${manifest.version}`], 'one cache, named after this build');
  assert.match(manifest.version, /^[0-9a-f]{16}$/);
  assert.deepEqual(cached.sort(), [...manifest.files].sort(), 'every file of the build is cached');
  for (const must of ['index.html', 'boot.js', 'manifest.webmanifest', 'icon-192.png', 'icon-512.png']) {
    assert.ok(manifest.files.includes(must), `${must} is precached`);
  }
  assert.ok(manifest.files.some((f) => f.endsWith('.wasm')), 'the wasm is precached');
  await page.close();
});
