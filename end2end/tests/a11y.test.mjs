// axe-core finds no accessibility violations on any route, in any locale, before and after choosing an
// audience, at phone and desktop width.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE, openPage, startSuite } from '../support/browser.mjs';
import { axeViolations } from '../support/a11y.mjs';
import { Guide } from '../pages/guide.mjs';
import { LOCALES as ALL_LOCALES, ROUTES as ALL_ROUTES } from '../support/routes.mjs';

// Every page, plus a glossary deep link and a page that does not exist.
const ROUTES = [...ALL_ROUTES, 'glossary?term=aorta', 'not-a-page'];
const LOCALES = ALL_LOCALES.map((l) => l.tag);

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.stop(); });

for (const locale of LOCALES) {
  for (const [viewport, size] of [[PHONE, 'phone'], [DESKTOP, 'desktop']]) {
    test(`axe: every route is clean in ${locale} at ${size} width`, async () => {
      const { page, watch } = await openPage(suite, { viewport });
      const g = new Guide(page, suite.baseUrl);
      await g.open('', `?lang=${locale}`);
      for (const chosen of [false, true]) {
        if (chosen) {
          await g.open();
          await page.locator('.choice').first().click();
        }
        for (const route of ROUTES) {
          await g.open(route);
          const violations = await axeViolations(page);
          assert.deepEqual(violations, [], `#/${route} (${locale}, ${size}, audience ${chosen ? 'chosen' : 'not chosen'})`);
        }
      }
      assert.deepEqual(watch.errors, []);
      await page.close();
    });
  }
}
