// Every route of the guide (the hash after #/), for tests that must visit them all.
export const ROUTES = ['', 'shock', 'pump', 'how-it-works', 'insertion', 'benefits-risks', 'options', 'after', 'family',
  'questions', 'glossary', 'about', 'practice', 'practice/console', 'practice/setup', 'practice/positioning',
  'practice/scenario/suction-low-volume'];

/** Waits until a service worker controls the page (it claims the page once it has precached the build). */
export async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}
