// Every route of the guide (the hash after #/), for tests that must visit them all.
export const ROUTES = ['', 'shock', 'pump', 'insertion', 'benefits-risks', 'questions', 'glossary', 'about'];

/** Waits until a service worker controls the page (it claims the page once it has precached the build). */
export async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}
