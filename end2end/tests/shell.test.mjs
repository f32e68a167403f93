// The app shell as a reader meets it: audience choice, language, reload, navigation, bad input.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, NARROW, PHONE, fluentText, openPage, screenshot, sidewaysScroll, startSuite } from '../support/browser.mjs';
import { Guide } from '../pages/guide.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.stop(); });

async function guide(options) {
  const { page, watch } = await openPage(suite, options);
  const g = new Guide(page, suite.baseUrl);
  await g.open();
  return { g, page, watch };
}

function assertClean(watch) {
  assert.deepEqual(watch.errors, [], 'no console errors');
  assert.deepEqual(watch.offsite, [], 'no request leaves 127.0.0.1');
}

test('home explains the condition, the pump and the disclaimer in plain words', async () => {
  const { g, page, watch } = await guide();
  await assert.doesNotReject(g.h1().waitFor());
  assert.equal(await g.h1().textContent(), 'Heart Pump Guide');
  const text = await g.main().textContent();
  assert.match(text, /Cardiogenic shock is when the heart/);
  assert.match(text, /It is not medical advice/);
  assert.match(text, /Nothing you do here leaves this device/);
  assert.match(text, /HTG775 \(25 March 2026\)/);
  assert.equal(await page.title(), 'Home – Heart Pump Guide');
  assert.deepEqual(await g.htmlLang(), ['en-GB', 'ltr']);
  assertClean(watch);
  await page.close();
});

test('choosing an audience is remembered after reload and can be changed in the header', async () => {
  const { g, page, watch } = await guide();
  await g.openMenu();
  assert.equal(await g.audiencePicker().inputValue(), '');
  await g.audienceButton('I am a patient or family member').click();
  assert.equal(await g.audienceButton('I am a patient or family member').getAttribute('aria-pressed'), 'true');
  await assert.doesNotReject(page.getByText(fluentText('You are reading as: {Patient or family}.')).waitFor());
  await g.reload();
  await g.openMenu();
  assert.equal(await g.audiencePicker().inputValue(), 'patient');
  assert.equal(await g.audienceButton('I am a patient or family member').getAttribute('aria-pressed'), 'true');
  await g.audiencePicker().selectOption('clinician');
  await assert.doesNotReject(page.getByText(fluentText('You are reading as: {Clinician in training}.')).waitFor());
  assert.match(await g.main().textContent(), /pressure–volume loops/);
  assert.equal(await g.stored('hpg.audience'), 'clinician');
  await g.reload();
  await g.openMenu();
  assert.equal(await g.audiencePicker().inputValue(), 'clinician');
  assertClean(watch);
  await page.close();
});

test('switching to Welsh and back changes every text, the page language, and survives reload', async () => {
  const { g, page, watch } = await guide();
  await g.switchLanguage('cy');
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Canllaw Pwmp y Galon' }).waitFor());
  assert.deepEqual(await g.htmlLang(), ['cy', 'ltr']);
  assert.match(await g.main().textContent(), /Sioc gardiogenig yw/);
  assert.match(await page.textContent('.notices'), /Nid yw cyfieithydd meddygol proffesiynol/);
  assert.equal(await page.title(), 'Hafan – Canllaw Pwmp y Galon');
  await g.reload();
  assert.deepEqual(await g.htmlLang(), ['cy', 'ltr']);
  assert.equal(await g.fallbackCount(), 0, 'Welsh needs no English fallback');
  await g.openMenu();
  await g.navLink('Amdanom a ffynonellau').click();
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Am y canllaw hwn a’i ffynonellau' }).waitFor());
  assert.equal(await g.fallbackCount(), 0, 'Welsh About page needs no English fallback');
  await g.switchLanguage('en-GB');
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'About this guide and its sources' }).waitFor());
  assert.deepEqual(await g.htmlLang(), ['en-GB', 'ltr']);
  assert.equal(await g.stored('hpg.locale'), 'en-GB');
  assertClean(watch);
  await page.close();
});

test('a ?lang= link opens that language; an unknown one says so and shows English', async () => {
  const { g, page, watch } = await guide();
  await g.open('', '?lang=cy');
  assert.deepEqual(await g.htmlLang(), ['cy', 'ltr']);
  await g.open('', '?lang=tlh');
  assert.deepEqual(await g.htmlLang(), ['cy', 'ltr'], 'the saved choice stays when the link names no language we have');
  await g.switchLanguage('en-GB');
  await g.open('', '?lang=xx');
  await assert.doesNotReject(page.getByText(fluentText('The language “{xx}” is not available. The guide is shown in English.')).waitFor());
  assert.deepEqual(await g.htmlLang(), ['en-GB', 'ltr']);
  assertClean(watch);
  await page.close();
});

test('the browser language picks Welsh on a first visit', async () => {
  const { page, watch } = await openPage(suite, { init: () => {
    Object.defineProperty(navigator, 'languages', { get: () => ['cy-GB', 'en'] });
  } });
  const g = new Guide(page, suite.baseUrl);
  await g.open();
  assert.deepEqual(await g.htmlLang(), ['cy', 'ltr']);
  assertClean(watch);
  await page.close();
});

test('corrupt saved settings are survived: the reader just chooses again', async () => {
  const { g, page, watch } = await guide();
  await page.evaluate(() => {
    localStorage.setItem('hpg.audience', '{"broken":');
    localStorage.setItem('hpg.locale', '\u0000\u{1F600}zz');
  });
  await g.reload();
  assert.deepEqual(await g.htmlLang(), ['en-GB', 'ltr']);
  await g.openMenu();
  assert.equal(await g.audiencePicker().inputValue(), '');
  assert.equal(await g.stored('hpg.audience'), null, 'the corrupt value is dropped');
  await g.audienceButton('I am a clinician in training').click();
  assert.equal(await g.stored('hpg.audience'), 'clinician');
  assertClean(watch);
  await page.close();
});

test('an unknown page says so and links home; the About page lists sources and deletes saved data', async () => {
  const { g, page, watch } = await guide();
  await g.open('no-such-page');
  assert.equal(await g.h1().textContent(), 'Page not found');
  await page.getByRole('link', { name: 'Go to the start page' }).click();
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Heart Pump Guide' }).waitFor());
  await g.audienceButton('I am a patient or family member').click();
  await g.openMenu();
  await g.navLink('About and sources').click();
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'About this guide and its sources' }).waitFor());
  const about = await g.main().textContent();
  assert.match(about, /HTG775, published on 25 March 2026/);
  assert.match(about, /Content checked on \u20682026-12-04\u2069\./);
  assert.match(about, /Next review by \u20682027-12-04\u2069/);
  assert.match(about, /DanGer Shock/);
  assert.match(about, /No device maker was involved/);
  await page.getByRole('button', { name: 'Delete everything this guide saved' }).click();
  await assert.doesNotReject(page.getByText('Everything this guide saved on this device has been deleted.').waitFor());
  assert.equal(await g.stored('hpg.audience'), null);
  await g.openMenu();
  assert.equal(await g.audiencePicker().inputValue(), '');
  assertClean(watch);
  await page.close();
});

test('keyboard only: skip link, navigation, pickers and choices are all reachable and work', async () => {
  const { g, page, watch } = await guide({ viewport: DESKTOP });
  const focusedName = () => page.evaluate(() => {
    const el = document.activeElement;
    return `${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`;
  });
  await page.keyboard.press('Tab');
  assert.equal(await focusedName(), 'a:Skip to main content');
  assert.ok(await page.locator('.skip-link').evaluate((el) => el.getBoundingClientRect().top >= 0), 'skip link is visible when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  assert.ok(!page.url().endsWith('#main'), 'the skip link does not break the route');
  // Walk forward through everything focusable and check the important controls are on the way.
  const seen = [];
  await page.evaluate(() => document.body.focus());
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    seen.push(await focusedName());
  }
  for (const expected of ['a:Heart Pump Guide', 'select:', 'a:Home', 'a:About and sources',
    'button:I am a patient or family member', 'button:I am a clinician in training', 'a:Read about this guide and its sources']) {
    assert.ok(seen.some((s) => s.startsWith(expected)), `Tab reaches ${expected}; saw ${seen.join(' | ')}`);
  }
  // Choose with the keyboard, then go to About with the keyboard.
  await page.getByRole('button', { name: 'I am a clinician in training' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await g.stored('hpg.audience'), 'clinician');
  await g.navLink('About and sources').focus();
  await page.keyboard.press('Enter');
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'About this guide and its sources' }).waitFor());
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main', 'focus moves to the new page');
  // The language picker works from the keyboard too.
  await g.languagePicker().focus();
  await page.keyboard.press('ArrowDown');
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Am y canllaw hwn a’i ffynonellau' }).waitFor());
  assertClean(watch);
  await page.close();
});

test('layout: no sideways scrolling at 320 px or 200 % zoom, and targets are at least 24 px', async () => {
  for (const [viewport, zoom] of [[NARROW, 1], [DESKTOP, 2], [PHONE, 1]]) {
    const { g, page, watch } = await guide({ viewport });
    for (const route of ['', 'about']) {
      await g.open(route);
      // On a phone the navigation is behind the menu button: measure it open, as a reader uses it.
      await g.openMenu();
      if (zoom !== 1) await page.evaluate((z) => { document.documentElement.style.zoom = String(z); }, zoom);
      const overflow = await sidewaysScroll(page);
      assert.ok(overflow <= 0, `no horizontal scroll on #/${route} at ${viewport.width}px ×${zoom} (overflow ${overflow}px)`);
      const small = await page.evaluate(() => [...document.querySelectorAll('button, select, nav a, .brand')]
        .filter((el) => el.getClientRects().length > 0) // not hidden (the menu button on a wide screen)
        .map((el) => { const r = el.getBoundingClientRect(); return { t: el.textContent.trim().slice(0, 30), w: r.width, h: r.height }; })
        .filter((r) => r.w < 24 || r.h < 24));
      assert.deepEqual(small, [], 'every control is at least 24×24 px');
    }
    assertClean(watch);
    await page.close();
  }
});

test('phone header: brand, language and a menu button; the menu opens, marks the page, closes by Escape or a link', async () => {
  for (const [tag, menu, about] of [['en-GB', 'Menu', 'About and sources'], ['ur', 'مینو', null]]) {
    const { g, page, watch } = await guide({ viewport: PHONE });
    await g.open('benefits-risks', `?lang=${tag}`);
    await page.waitForSelector('#site-menu nav', { state: 'attached' });
    const button = page.getByRole('button', { name: menu, exact: true });
    // Closed: the first screen holds the brand, the language picker and the menu button, not twelve links.
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.getByRole('navigation').count(), 0, 'the navigation is hidden until asked for');
    const headerHeight = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(headerHeight < 130, `the closed header is compact (${headerHeight} px of 780)`);
    assert.ok(await g.languagePicker().isVisible(), 'the language picker stays in reach');
    await screenshot(page, `header-phone-closed-${tag}`);
    // Keyboard: Tab from the language picker reaches the button, Enter opens it, and the next Tabs go through
    // the audience picker to the first link; the current page is marked.
    await g.languagePicker().focus();
    await page.keyboard.press('Tab');
    assert.ok(await button.evaluate((el) => el === document.activeElement), 'Tab reaches the menu button');
    await page.keyboard.press('Enter');
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.equal(await button.getAttribute('aria-controls'), 'site-menu');
    // The menu holds the audience picker, then the links.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SELECT');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#/');
    const current = page.getByRole('navigation').locator('a[aria-current="page"]');
    assert.equal(await current.count(), 1);
    assert.equal(await current.getAttribute('href'), '#/benefits-risks');
    await screenshot(page, `header-phone-open-${tag}`);
    // Escape closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.ok(await button.evaluate((el) => el === document.activeElement), 'focus returns to the menu button');
    // The current page's own link closes the menu and gives focus back to the button (no new page to focus).
    await button.click();
    await current.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.ok(await button.evaluate((el) => el === document.activeElement), 'focus is not lost with the link');
    // Escape while typing elsewhere does not pull focus to the header.
    await button.click();
    await g.languagePicker().focus();
    await page.keyboard.press('Escape');
    assert.equal(await button.getAttribute('aria-expanded'), 'true', 'Escape outside the menu leaves it');
    await button.click();
    // Following a link closes the menu on the new page.
    if (about) {
      await button.click();
      await g.navLink(about).click();
      await page.waitForFunction(() => location.hash === '#/about');
      assert.equal(await button.getAttribute('aria-expanded'), 'false');
    }
    assertClean(watch);
    await page.close();
  }
});

test('desktop header: the full navigation row, no menu button', async () => {
  const { g, page, watch } = await guide({ viewport: DESKTOP });
  await g.open('about');
  await g.nav().waitFor();
  assert.equal(await page.locator('.menu-button').isVisible(), false);
  assert.equal(await g.nav().getByRole('link').count() >= 10, true);
  assert.equal(await g.nav().locator('a[aria-current="page"]').getAttribute('href'), '#/about');
  assertClean(watch);
  await page.close();
});

test('print view shows the content without the navigation and controls', async () => {
  const { page, watch } = await guide();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'I am a patient or family member' }).isVisible(), false);
  assert.equal(await page.getByText('This guide is for learning. It is not medical advice.').isVisible(), true);
  assertClean(watch);
  await page.close();
});

test('a browser without WebAssembly gets a clear message instead of a blank page', async () => {
  const { page } = await openPage(suite, { init: () => { delete window.WebAssembly; } });
  await page.goto(suite.baseUrl);
  await assert.doesNotReject(page.getByRole('heading', { name: 'This browser cannot run Heart Pump Guide' }).waitFor());
  assert.equal(await page.locator('.boot-loading').isVisible(), false);
  await page.close();
});

test('a crash shows a translated explanation and a reload button instead of a dead page', async () => {
  for (const [lang, title, button] of [['en-GB', 'Sorry, something went wrong', 'Reload the guide'],
    ['cy', 'Mae’n ddrwg gennym, aeth rhywbeth o’i le', 'Ail-lwytho’r canllaw']]) {
    const { page } = await openPage(suite);
    await page.goto(`${suite.baseUrl}?simulate-crash&lang=${lang}`);
    const alert = page.getByRole('alert');
    await assert.doesNotReject(alert.getByRole('heading', { name: title }).waitFor());
    assert.match(await alert.textContent(), lang === 'cy' ? /nodiadau/ : /Your saved notes are still on this device/);
    if (lang === 'en-GB') await screenshot(page, 'crash-en-phone');
    await Promise.all([page.waitForEvent('load'), alert.getByRole('button', { name: button }).click()]);
    await assert.doesNotReject(page.getByRole('alert').getByRole('heading', { name: title }).waitFor());
    await page.close();
  }
});

test('screenshots of home and About in English and Welsh, phone and desktop', async () => {
  for (const [lang, label] of [['en-GB', 'en'], ['cy', 'cy']]) {
    for (const [viewport, size] of [[PHONE, 'phone'], [DESKTOP, 'desktop']]) {
      const { g, page, watch } = await guide({ viewport });
      await g.switchLanguage(lang);
      await screenshot(page, `home-${label}-${size}`);
      await g.audienceButton(lang === 'cy' ? 'Rwy’n glaf neu’n aelod o’r teulu' : 'I am a patient or family member').click();
      await screenshot(page, `home-chosen-${label}-${size}`);
      await g.open('about');
      await screenshot(page, `about-${label}-${size}`);
      assertClean(watch);
      await page.close();
    }
  }
});
