// Every patient page opens from the navigation in every language with real content, no missing
// translations, no errors, and a phone-width screenshot to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, openPage, screenshot, startSuite } from '../support/browser.mjs';
import { Guide } from '../pages/guide.mjs';
import { PATIENT_ROUTES } from '../pages/patient.mjs';
import { LOCALES } from '../support/routes.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.stop(); });

const NAV = {
  'en-GB': ['Cardiogenic shock', 'The pump', 'How it goes in', 'Benefits and risks', 'Other choices', 'Life on the pump', 'For families', 'My questions', 'Word list'],
  cy: ['Sioc gardiogenig', 'Y pwmp', 'Sut mae’n cael ei osod', 'Manteision a risgiau', 'Dewisiadau eraill', 'Bywyd ar y pwmp', 'I deuluoedd', 'Fy nghwestiynau', 'Rhestr geiriau'],
};

for (const { tag: locale } of LOCALES) {
  test(`patient pages open from the navigation in ${locale}, complete and translated`, async () => {
    const { page, watch } = await openPage(suite, { viewport: PHONE });
    const g = new Guide(page, suite.baseUrl);
    await g.open('', `?lang=${locale}`);
    for (const [i, route] of PATIENT_ROUTES.entries()) {
      await g.openMenu();
      const link = NAV[locale]
        ? g.nav().getByRole('link', { name: NAV[locale][i], exact: true })
        : g.nav().locator(`a[href="#/${route}"]`);
      await link.click();
      await page.waitForFunction((r) => location.hash === `#/${r}`, route);
      await g.h1().waitFor();
      const text = await g.main().innerText();
      assert.ok(text.length > 400, `#/${route} has real content`);
      assert.doesNotMatch(text, /coming soon|…|\[[^\]]+\]\(/i, `#/${route} shows no stub, missing text or raw link markup`);
      assert.equal(await g.fallbackCount(), 0, `#/${route} (${locale}) has every message translated`);
      await screenshot(page, `${route}-${locale}-phone`);
    }
    assert.deepEqual(watch.errors, []);
    assert.deepEqual(watch.offsite, []);
    await page.close();
  });
}

test('every number on the shock and risks pages has its source beside it', async () => {
  const { page } = await openPage(suite);
  const g = new Guide(page, suite.baseUrl);
  await g.open('shock');
  const withNumbers = (await g.main().locator('p').allInnerTexts())
    .map((t) => t.replace(/[\u2068\u2069]/g, ''))
    .filter((t) => /\d+ (to \d+ )?(out )?of (every )?100|and \d+ out of 100/.test(t));
  assert.ok(withNumbers.length >= 7, withNumbers.join('\n'));
  for (const t of withNumbers) {
    assert.match(t, /\((SCAI 2022|Berg and others, Curr Opin Crit Care 2021|DanGer Shock, NEJM 2024)\)/, t);
  }
  await g.open('benefits-risks');
  await page.getByRole('heading', { level: 1, name: 'Benefits and risks, in numbers' }).waitFor();
  assert.equal(await g.main().locator('section.outcome .source').count(), 5, 'death, serious problems, dialysis, bleeding, stroke');
  assert.match(await g.main().innerText(), /3 in 10 people/, 'the DanGer Shock applicability caveat');
  await g.open('options');
  await page.getByRole('heading', { level: 1, name: 'Other choices, and what happens without the pump' }).waitFor();
  assert.equal(await g.main().locator('section.outcome .source').count(), 5, 'balloon pump, pump vs balloon pump, three ECMO outcomes');
  assert.equal(await g.main().getByRole('img').count(), 10);
  assert.match(await g.main().innerText(), /3 in 10 people/, 'the DanGer Shock applicability caveat');
  await page.close();
});
