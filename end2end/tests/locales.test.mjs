// Every language: every route renders with no missing message and the right lang/dir; a language other than
// English is downloaded once from our own origin when chosen, remembered, and a failed download leaves the
// reader in English with a message; counts use each language's plural forms; Urdu mirrors the layout.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE, openPage, screenshot, sidewaysScroll, startSuite } from '../support/browser.mjs';
import { LOCALES, ROUTES } from '../support/routes.mjs';
import { Guide } from '../pages/guide.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.stop(); });

const BANNER = '.notices .notice-info';

for (const { tag, dir } of LOCALES) {
  test(`${tag}: every route is complete, with lang="${tag}" dir="${dir}" and the right translation banner`, async () => {
    const { page, watch } = await openPage(suite);
    const g = new Guide(page, suite.baseUrl);
    await g.open('', `?lang=${tag}`);
    const english = await page.evaluate(() => document.title);
    for (const route of ROUTES) {
      await g.open(route);
      assert.deepEqual(await g.htmlLang(), [tag, dir], `#/${route}`);
      assert.equal(await g.fallbackCount(), 0, `#/${route}: no message fell back to English`);
      assert.equal(await g.h1().count(), 1, `#/${route} has one heading`);
      const text = await g.main().innerText();
      assert.doesNotMatch(text, /\{\s*\$|\[[^\]]+\]\(/, `#/${route}: no raw Fluent or link markup`);
    }
    const banners = await page.locator(BANNER).allInnerTexts();
    if (tag === 'en-GB') {
      assert.equal(banners.length, 0, 'English has no translation banner');
    } else {
      assert.equal(banners.length, 1, 'a non-English locale says it is not professionally checked');
      assert.ok(banners[0].length > 40, banners[0]);
      assert.notEqual(await page.evaluate(() => document.title), english);
    }
    assert.deepEqual(watch.errors, []);
    await page.close();
  });
}

test('choosing Polish downloads its text once from this site, switches at once and is remembered', async () => {
  const { page, watch } = await openPage(suite);
  const fetched = [];
  page.on('request', (r) => { if (r.url().includes('/locales/')) fetched.push(new URL(r.url()).pathname); });
  const g = new Guide(page, suite.baseUrl);
  await g.open();
  assert.deepEqual(fetched, [], 'English needs no download');
  await g.switchLanguage('pl');
  await page.waitForFunction(() => document.documentElement.lang === 'pl');
  assert.ok(fetched.length >= 1 && fetched.every((p) => p.endsWith('/locales/pl.ftl')), fetched.join());
  const count = fetched.length;
  await g.switchLanguage('en-GB');
  await g.switchLanguage('pl');
  await page.waitForFunction(() => document.documentElement.lang === 'pl');
  assert.equal(fetched.length, count, 'a second switch uses the text already loaded');
  assert.equal(await g.stored('hpg.locale'), 'pl');
  await g.reload();
  assert.deepEqual(await g.htmlLang(), ['pl', 'ltr'], 'remembered on the next visit');
  assert.equal(await g.fallbackCount(), 0);
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('a language that cannot be downloaded leaves the guide in English with a clear message', async () => {
  // No service worker, so every download really goes to the network (as on a first visit).
  const online = await startSuite({ serviceWorkers: 'block' });
  try {
    const { page } = await openPage(online);
    await page.route('**/locales/ur.ftl*', (r) => r.abort());
    const g = new Guide(page, online.baseUrl);
    await g.open('questions');
    await g.switchLanguage('ur');
    const warning = page.locator('.notices .notice-warn');
    await warning.waitFor();
    assert.match((await warning.innerText()).replace(/[\u2068\u2069]/g, ''), /اردو could not be loaded/);
    assert.deepEqual(await g.htmlLang(), ['en-GB', 'ltr']);
    assert.equal(await g.languagePicker().inputValue(), 'en-GB', 'the picker shows the language really in use');
    // A link straight to the missing language also starts in English, says why, and keeps working.
    await g.open('', '?lang=ur');
    await page.locator('.notices .notice-warn').waitFor();
    assert.deepEqual(await g.htmlLang(), ['en-GB', 'ltr']);
    assert.equal(await g.h1().count(), 1);
    await page.unroute('**/locales/ur.ftl*');
    await g.switchLanguage('ur');
    await page.waitForFunction(() => document.documentElement.lang === 'ur');
    assert.equal(await page.locator('.notices .notice-warn').count(), 0, 'the message goes once the language has loaded');
    await page.close();
  } finally {
    await online.stop();
  }
});

test('counts use each language’s plural forms (Polish 1 / 2–4 / 5+, Welsh 1 / 2)', async () => {
  const { page } = await openPage(suite);
  const g = new Guide(page, suite.baseUrl);
  // A saved list with n questions of the reader's own, all chosen.
  const chosenText = async (n) => {
    await page.evaluate((count) => {
      const lines = ['hpg-questions 1'];
      for (let i = 1; i <= count; i += 1) lines.push(`own 1 Question ${i}`);
      localStorage.setItem('hpg.questions', lines.join('\n'));
    }, n);
    await g.reload();
    const line = await page.locator('.chosen-count').innerText();
    return line.replace(/[\u2068\u2069]/g, '').replace(String(n), '#');
  };
  for (const [tag, counts, distinct] of [['pl', [1, 2, 5, 12, 22], 3], ['cy', [1, 2], 2], ['en-GB', [1, 2, 5], 2]]) {
    await g.open('questions', `?lang=${tag}`);
    const forms = [];
    for (const n of counts) forms.push(await chosenText(n));
    assert.equal(new Set(forms).size, distinct, `${tag}: ${forms.join(' | ')}`);
    if (tag === 'pl') {
      assert.equal(forms[3], forms[2], 'Polish: 12 takes the same form as 5');
      assert.equal(forms[4], forms[1], 'Polish: 22 takes the same form as 2');
    }
  }
  await page.close();
});

for (const [viewport, size] of [[PHONE, 'phone'], [DESKTOP, 'desktop']]) {
  test(`Urdu mirrors the layout at ${size} width`, async () => {
    const { page, watch } = await openPage(suite, { viewport });
    const g = new Guide(page, suite.baseUrl);
    for (const route of ['', 'benefits-risks', 'how-it-works', 'practice/console']) {
      await g.open(route, '?lang=ur');
      await page.waitForTimeout(300);
      await screenshot(page, `ur-${route.replace(/\W+/g, '-') || 'home'}-${size}`);
      const overflow = await sidewaysScroll(page);
      assert.ok(overflow <= 0, `#/${route}: no sideways scrolling (${overflow}px)`);
    }
    // The brand sits at the reader's start (the right edge), the heading text is right-aligned, and the
    // icon arrays fill from the right.
    await g.open('benefits-risks', '?lang=ur');
    const layout = await page.evaluate(() => {
      const brand = document.querySelector('.brand').getBoundingClientRect();
      const h1 = document.querySelector('h1');
      const array = document.querySelector('.icon-array');
      return {
        brandCentre: (brand.left + brand.right) / 2, width: document.documentElement.clientWidth,
        h1Align: getComputedStyle(h1).textAlign, h1Direction: getComputedStyle(h1).direction,
        arrayTransform: getComputedStyle(array).transform,
      };
    });
    assert.ok(layout.brandCentre > layout.width / 2, `brand on the right: ${JSON.stringify(layout)}`);
    assert.equal(layout.h1Direction, 'rtl');
    assert.match(layout.arrayTransform, /^matrix\(-1, 0, 0, 1/, 'icon arrays are mirrored');
    assert.deepEqual(watch.errors, []);
    await page.close();
  });
}
