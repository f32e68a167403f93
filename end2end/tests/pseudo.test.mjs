// Pseudo-localisation (`?pseudo`): every English message is shown accented, ~40 % longer and between ⟦ ⟧.
// Any readable English left on a page is a string that bypassed the Fluent files (hard-coded), and any text
// box that cuts its content off would cut a longer translation off too.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE, openPage, screenshot, sidewaysScroll, startSuite } from '../support/browser.mjs';
import { ROUTES } from '../support/routes.mjs';
import { Guide } from '../pages/guide.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.stop(); });

// Words that are the same in every language and rightly not translated: unit symbols and the names of
// languages in the language picker (each in its own language).
const SAME_IN_EVERY_LANGUAGE = new Set(['mmHg', 'mL', 'ml', 'L', 'min', 'cm', 'Fr', 'W', 'English', 'Cymraeg', 'Polski']);

/** Readable English words outside ⟦ ⟧ on the page, and elements that clip their text (runs in the page). */
function findProblems() {
  // Code (storage key names such as hpg.locale) is the same in every language.
  const code = [...document.querySelectorAll('code')].map((c) => c.innerText).sort((a, b) => b.length - a.length);
  let text = document.body.innerText;
  for (const c of code) text = text.split(c).join(' ');
  text = text.replace(/⟦[^⟧]*⟧/gs, ' ');
  const words = [...new Set(text.match(/[A-Za-z]{2,}/g) ?? [])];
  const clipped = [];
  for (const el of document.querySelectorAll('main *, header *, footer *, .notices *')) {
    const style = getComputedStyle(el);
    const hides = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
    if (hides && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && el.innerText.trim()) {
      clipped.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.innerText.slice(0, 40)}`);
    }
  }
  return { words, clipped };
}

for (const [viewport, size] of [[PHONE, 'phone'], [DESKTOP, 'desktop']]) {
  test(`pseudo-locale at ${size} width: no hard-coded English and nothing clipped on any route`, async () => {
    const { page, watch } = await openPage(suite, { viewport });
    const g = new Guide(page, suite.baseUrl);
    const problems = [];
    for (const route of ROUTES) {
      await g.open(route, '?pseudo');
      await page.waitForTimeout(200);
      const { words, clipped } = await page.evaluate(findProblems);
      const sideways = await sidewaysScroll(page);
      const english = words.filter((w) => !SAME_IN_EVERY_LANGUAGE.has(w));
      if (english.length) problems.push(`#/${route}: untranslated ${english.join(', ')}`);
      if (clipped.length) problems.push(`#/${route}: clipped ${clipped.join(' | ')}`);
      if (sideways > 0) problems.push(`#/${route}: scrolls sideways by ${sideways}px`);
    }
    await g.open('how-it-works', '?pseudo');
    await screenshot(page, `pseudo-demo-${size}`);
    await g.open('', '?pseudo');
    await screenshot(page, `pseudo-home-${size}`);
    assert.deepEqual(problems, []);
    assert.deepEqual(watch.errors, []);
    await page.close();
  });
}
