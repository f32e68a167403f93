// Privacy and security as a reader would never notice them: no request leaves the device's host, the
// Content-Security-Policy is never violated, and corrupt saved data is survived with a message.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startSuite } from '../support/browser.mjs';
import { LOCALES, ROUTES } from '../support/routes.mjs';
import { Guide } from '../pages/guide.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.stop(); });

// Records every Content-Security-Policy violation the page reports.
function recordCspViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
  });
}

test('a full journey through every route in every language only ever talks to 127.0.0.1', async () => {
  const { page, watch } = await openPage(suite);
  const hosts = new Set();
  page.on('request', (r) => hosts.add(new URL(r.url()).host));
  suite.context.on('request', (r) => hosts.add(new URL(r.url()).host));
  const g = new Guide(page, suite.baseUrl);
  for (const { tag } of LOCALES) {
    for (const route of ROUTES) await g.open(route, `?lang=${tag}`);
  }
  await g.openMenu();
  await g.nav().locator('a[href="#/about"]').click();
  await g.reload();
  assert.deepEqual(watch.offsite, []);
  const port = new URL(suite.baseUrl).host;
  assert.deepEqual([...hosts].filter((h) => h !== port && h !== ''), [], 'only the test server was contacted');
  assert.deepEqual(await page.context().cookies(), [], 'no cookies');
  await page.close();
});

test('no route breaks the Content-Security-Policy or logs a console error', async () => {
  const { page, watch } = await openPage(suite, { init: recordCspViolations });
  const g = new Guide(page, suite.baseUrl);
  const csp = await (await page.request.get(suite.baseUrl)).text();
  assert.match(csp, /http-equiv="Content-Security-Policy"/);
  assert.doesNotMatch(csp, /<script(?![^>]*\ssrc=)[^>]*>/, 'no inline script in index.html');
  for (const route of ROUTES) {
    await g.open(route);
    await g.reload();
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], `#/${route} has no CSP violation`);
  }
  assert.deepEqual(watch.errors, [], 'no console errors');
  await page.close();
});

const GARBAGE = '{"\u0000not json]]';
for (const [key, route, message] of [
  ['hpg.locale', '', /A setting saved on this device could not be read/],
  ['hpg.audience', '', /A setting saved on this device could not be read/],
  ['hpg.questions', 'questions', /We could not read the list saved on this device/],
  ['hpg.questions.unreadable', 'about', /could not be read, kept so nothing is lost/],
]) {
  test(`corrupt saved data in ${key} is survived with a message`, async () => {
    const { page, watch } = await openPage(suite);
    const g = new Guide(page, suite.baseUrl);
    // Wait until the app has started, so it cannot read (and reset) the value before the reload below.
    await g.open('about');
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, GARBAGE]);
    await page.goto('about:blank');
    await g.open(route);
    assert.equal(await g.h1().count(), 1, 'the page still renders');
    assert.match(await page.textContent('body'), message);
    assert.deepEqual(await g.htmlLang(), ['en-GB', 'ltr']);
    await g.reload();
    assert.equal(await g.h1().count(), 1, 'and still renders after a reload');
    assert.deepEqual(watch.errors, [], 'no console errors');
    await page.close();
  });
}
