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
      // The reader speaks an empty utterance from the tap itself (iOS speaks only after one): not a sentence.
      if (u.text === '') { log.unlocked = true; return; }
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
      // As browsers do: the cancelled utterance's event comes later (its handler must still be safe to call).
      if (u) setTimeout(() => u.onerror && u.onerror({ error: 'interrupted' }), 0);
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

  assert.equal(await page.evaluate(() => window.__speech.unlocked), true, 'speech was unlocked by the tap');

  // Pause and resume with the same button, which keeps the focus. Pause stops the sentence; Resume reads it
  // again from its start (the speech API's own pause acts as a cancel on Android).
  const pause = page.getByRole('button', { name: 'Pause' });
  assert.ok(await pause.evaluate((b) => b === document.activeElement), 'focus stays on the button');
  await page.keyboard.press('Enter');
  await status(page).filter({ hasText: 'Paused.' }).waitFor();
  assert.equal(await page.evaluate(() => window.__speech.current), null, 'nothing is being spoken');
  await page.getByRole('button', { name: 'Resume' }).waitFor();
  await page.keyboard.press('Enter');
  await status(page).filter({ hasText: 'Reading this page aloud.' }).waitFor();
  await page.waitForFunction(() => window.__speech.spoken.length === 3);
  assert.equal((await spoken(page))[2].text, second.text, 'the paused sentence is read again');
  // A late event of the sentence cancelled by Pause did not move the reading on.
  await page.waitForFunction(() => CSS.highlights.get('hpg-reading')?.size === 1);
  assert.equal((await spoken(page)).length, 3);

  // Stop: no highlight, focus back on the main button, the control as it was, and it says so.
  const cancelledBefore = await page.evaluate(() => window.__speech.cancelled);
  await page.getByRole('button', { name: 'Stop' }).click();
  await listen.waitFor();
  await status(page).filter({ hasText: 'Stopped.' }).waitFor();
  await page.waitForFunction(() => !CSS.highlights.get('hpg-reading'));
  assert.equal(await page.evaluate(() => window.__speech.cancelled), cancelledBefore + 1);
  assert.ok(await listen.evaluate((b) => b === document.activeElement), 'focus is on Listen again');

  // Read to the end: every sentence is spoken once, in order, and then it says it has finished.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__speech.current);
  await page.evaluate(async () => {
    const done = () => document.querySelector('.read-aloud-status').textContent.includes('Finished');
    while (!done()) {
      if (window.__speech.current) window.__speech.finish();
      await new Promise((go) => setTimeout(go, 0));
    }
  });
  await status(page).filter({ hasText: 'Finished reading this page.' }).waitFor();
  const all = (await spoken(page)).slice(3).map((u) => u.text);
  assert.ok(all.length > 20, `the whole page was read (${all.length} sentences)`);
  assert.equal(new Set(all).size, all.length, 'no sentence twice');
  assert.ok(!all.some((t) => /Listen to this page|Reading this page aloud/.test(t)), 'not the control itself');
  assert.deepEqual(watch.errors, [], 'no handler was called after it was gone');
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
  await page.waitForFunction(() => window.__speech.current === null && !CSS.highlights.get('hpg-reading'));
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
