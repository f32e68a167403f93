// "Listen to this page" (src/read_aloud.rs): the browser's own speech synthesis reads a patient page aloud,
// a sentence at a time with the sentence highlighted, in the page's language or not at all. Headless
// Chromium has no voices, so the tests put a stand-in for the Web Speech API in the page (`speechStub`): it
// records what it is asked to say and finishes an utterance only when the test says so.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fluentText, openPage, screenshot, startSuite } from '../support/browser.mjs';
import { Guide } from '../pages/guide.mjs';

let suite;
before(async () => { suite = await startSuite({ serviceWorkers: 'block' }); });
after(async () => { await suite?.stop(); });

/** Runs in the page before the app: a Web Speech API with the given voices (or none at all, for `null`). */
function speechStub(voices) {
  if (voices === null) {
    delete window.speechSynthesis;
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    return;
  }
  const log = { spoken: [], paused: false, cancelled: 0, current: null };
  window.__speech = log;
  window.SpeechSynthesisUtterance = class {
    constructor(text) { Object.assign(this, { text, lang: '', voice: null, onstart: null, onend: null, onerror: null }); }
  };
  const synth = {
    getVoices: () => voices.map((v) => ({ ...v, default: false, localService: true, voiceURI: v.name })),
    speak(u) {
      log.spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.lang });
      log.current = u;
      setTimeout(() => u.onstart && u.onstart({}), 0);
    },
    pause() { log.paused = true; },
    resume() { log.paused = false; },
    cancel() {
      log.cancelled += 1;
      const u = log.current;
      log.current = null;
      if (u && u.onerror) u.onerror({ error: 'interrupted' });
    },
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  // The test's way to let the current sentence end.
  log.finish = () => { const u = log.current; log.current = null; if (u && u.onend) u.onend({}); };
}

async function open(route, query, voices) {
  const { page, watch } = await openPage(suite);
  await page.addInitScript(speechStub, voices);
  const g = new Guide(page, suite.baseUrl);
  await g.open(route, query);
  return { page, watch, g };
}

const spoken = (page) => page.evaluate(() => window.__speech.spoken);
const highlighted = (page) => page.evaluate(() => {
  const h = CSS.highlights.get('hpg-reading');
  return h ? [...h].map((r) => r.toString().replace(/\s+/g, ' ').trim()) : [];
});
const status = (page) => page.locator('.read-aloud-status');

test('a page is read aloud by keyboard, a sentence at a time and highlighted, with pause, resume and stop', async () => {
  const { page, watch, g } = await open('pump', '', [{ lang: 'en-GB', name: 'Test English' }]);
  const listen = page.getByRole('button', { name: 'Listen to this page' });
  await listen.focus();
  await page.keyboard.press('Enter');
  await status(page).filter({ hasText: 'Reading this page aloud.' }).waitFor();
  await page.waitForFunction(() => window.__speech.spoken.length === 1);
  const [first] = await spoken(page);
  assert.equal(first.text, (await g.h1().textContent()).trim(), 'it starts with the page title');
  assert.deepEqual([first.lang, first.voice], ['en-GB', 'en-GB']);
  await page.waitForFunction(() => CSS.highlights.get('hpg-reading')?.size === 1);
  assert.deepEqual(await highlighted(page), [first.text]);

  // The next sentence, and the highlight moves with it.
  await page.evaluate(() => window.__speech.finish());
  await page.waitForFunction(() => window.__speech.spoken.length === 2);
  const second = (await spoken(page))[1];
  assert.match(second.text, /^The heart pump is tiny\./);
  await page.waitForFunction((text) => {
    const h = CSS.highlights.get('hpg-reading');
    return h && [...h][0].toString().replace(/\s+/g, ' ').trim() === text;
  }, second.text);
  await screenshot(page, 'read-aloud-pump-phone');

  // Pause and resume with the same button, which keeps the focus.
  const pause = page.getByRole('button', { name: 'Pause' });
  assert.ok(await pause.evaluate((b) => b === document.activeElement), 'focus stays on the button');
  await page.keyboard.press('Enter');
  await status(page).filter({ hasText: 'Paused.' }).waitFor();
  assert.equal(await page.evaluate(() => window.__speech.paused), true);
  await page.getByRole('button', { name: 'Resume' }).waitFor();
  await page.keyboard.press('Enter');
  await status(page).filter({ hasText: 'Reading this page aloud.' }).waitFor();
  assert.equal(await page.evaluate(() => window.__speech.paused), false);

  // Stop: no highlight, the control as it was.
  await page.getByRole('button', { name: 'Stop' }).click();
  await listen.waitFor();
  await page.waitForFunction(() => !CSS.highlights.get('hpg-reading'));
  assert.ok(await page.evaluate(() => window.__speech.cancelled) >= 1);
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('Welsh is read with a Welsh voice; without one the control says so and reads nothing in English', async () => {
  {
    const { page, g } = await open('pump', '?lang=cy', [{ lang: 'en-GB', name: 'English' }]);
    await page.getByRole('button', { name: 'Gwrando ar y dudalen hon' }).click();
    await status(page).filter({ hasText: fluentText('Nid oes gan y ddyfais hon lais ar gyfer {Cymraeg}') }).waitFor();
    assert.deepEqual(await spoken(page), [], 'nothing was read in English');
    await screenshot(page, 'read-aloud-no-voice-cy-phone');
    assert.equal(await g.fallbackCount(), 0);
    await page.close();
  }
  {
    const { page, g } = await open('pump', '?lang=cy', [{ lang: 'en-GB', name: 'English' }, { lang: 'cy_GB', name: 'Cymraeg' }]);
    await page.getByRole('button', { name: 'Gwrando ar y dudalen hon' }).click();
    await page.waitForFunction(() => window.__speech.spoken.length === 1);
    const [first] = await spoken(page);
    assert.deepEqual([first.lang, first.voice], ['cy', 'cy_GB']);
    assert.equal(first.text, (await g.h1().textContent()).trim());
    await status(page).filter({ hasText: 'Yn darllen y dudalen hon yn uchel.' }).waitFor();
    await page.close();
  }
});

test('a browser without speech synthesis says so', async () => {
  const { page } = await open('', '', null);
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await status(page).filter({ hasText: 'This browser cannot read pages aloud.' }).waitFor();
  await page.close();
});

test('leaving the page stops the reading; every patient page has the control, no simulator page has it', async () => {
  const { page, g } = await open('benefits-risks', '', [{ lang: 'en-GB', name: 'English' }]);
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await page.waitForFunction(() => window.__speech.spoken.length === 1);
  await g.openMenu();
  await g.navLink('Other choices').click();
  await page.waitForFunction(() => location.hash === '#/options');
  await page.waitForFunction(() => window.__speech.cancelled >= 1 && !CSS.highlights.get('hpg-reading'));
  await page.getByRole('button', { name: 'Listen to this page' }).waitFor();
  for (const route of ['', 'shock', 'pump', 'insertion', 'benefits-risks', 'options', 'after', 'family', 'questions', 'glossary']) {
    await g.open(route);
    assert.equal(await page.locator('.read-aloud').count(), 1, `#/${route} has the control`);
  }
  for (const route of ['how-it-works', 'practice', 'about']) {
    await g.open(route);
    assert.equal(await page.locator('.read-aloud').count(), 0, `#/${route} has no control`);
  }
  await page.close();
});
