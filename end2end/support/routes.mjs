// Every route of the guide (the hash after #/), for tests that must visit them all.
export const ROUTES = ['', 'shock', 'pump', 'how-it-works', 'insertion', 'benefits-risks', 'options', 'after', 'family',
  'questions', 'decide', 'decide/check', 'decide/values', 'decide/meeting', 'decide/summary', 'decide/easy-read',
  'glossary', 'about',
  'model-limits', 'practice', 'practice/console', 'practice/setup', 'practice/positioning',
  'practice/scenario/suction-1', 'practice/record'];

/**
 * Waits until a service worker controls the page. The worker claims open pages once it has precached the build,
 * but a page can miss that moment; a reload is then controlled, exactly as a reader's next visit would be.
 * Fails with a clear message rather than hanging (`page.evaluate` itself has no timeout).
 */
export async function waitForServiceWorker(page, timeoutMs = 120000) {
  const deadline = Date.now() + timeoutMs;
  const ready = await page.evaluate((ms) => Promise.race([
    navigator.serviceWorker.ready.then(() => true),
    new Promise((done) => setTimeout(() => done(false), ms)),
  ]), timeoutMs);
  if (!ready) throw new Error(`no service worker became active within ${timeoutMs} ms`);
  let reloaded = false;
  while (Date.now() < deadline) {
    if (await page.evaluate(() => Boolean(navigator.serviceWorker.controller))) return;
    if (!reloaded && Date.now() > deadline - timeoutMs + 5000) {
      reloaded = true;
      await page.reload();
      await page.waitForFunction(() => !document.getElementById('boot'));
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`no service worker controlled the page within ${timeoutMs} ms`);
}

// Every locale the guide ships, with its writing direction (src/i18n.rs LOCALES).
export const LOCALES = [
  { tag: 'en-GB', dir: 'ltr' },
  { tag: 'cy', dir: 'ltr' },
  { tag: 'pl', dir: 'ltr' },
  { tag: 'ur', dir: 'rtl' },
];
