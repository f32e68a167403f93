// Alarms as on a console (issue 18, part 4): each alarm says its priority in words, most urgent first; a line
// says whether an alarm sounds and is announced when that changes; Mute silences the alarms for a while, and a
// new alarm during mute sounds only if it is more urgent. Everything by keyboard.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, startSuite } from '../support/browser.mjs';
import { Practice } from '../pages/practice.mjs';
import { axeViolations } from '../support/a11y.mjs';

let suite;
before(async () => { suite = await startSuite({ serviceWorkers: 'block' }); });
after(async () => { await suite?.stop(); });

const text = (s) => s.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

/** Waits until the console's alarm-bell line (without Fluent's isolation marks) matches `pattern`. */
async function bellSays(page, pattern) {
  await page.waitForFunction((source) => new RegExp(source).test(
    (document.querySelector('.con-bell')?.textContent ?? '').replace(/[\u2068\u2069]/g, '')), pattern.source);
}

test('mute silences a serious alarm, and a critical one still sounds', async () => {
  const { page, watch } = await openPage(suite);
  const p = new Practice(page, suite.baseUrl);
  await p.open('practice/console');
  const bell = page.locator('.con-bell');
  const mute = page.getByRole('button', { name: 'Mute alarms for 2 minutes' });
  const banner = page.locator('.con-banner');
  await banner.getByText('No alarms.').waitFor();
  assert.equal(await mute.getAttribute('aria-disabled'), 'true', 'nothing to mute');
  assert.match(text(await page.locator('#con-mute-why').innerText()), /Mute works only while an alarm is sounding\./);
  assert.equal(await bell.getAttribute('aria-live'), 'assertive');

  // A thicker purge (40 % dextrose) pushes purge pressure over the alarm line: a serious alarm sounds.
  for (let i = 0; i < 4; i += 1) await p.press(/^Raise dextrose by 5 %$/);
  await bellSays(page, /Alarm sounding: Purge pressure high/);
  assert.match(text(await bell.innerText()), /Alarm sounding: Purge pressure high \(purge flow low\) \(Serious\)\./);
  assert.match(text(await banner.textContent()), /Serious:\s*Purge pressure high/);

  await p.press(/^Mute alarms for 2 minutes$/);
  await bellSays(page, /Alarms muted for [12]:\d\d/);
  assert.match(text(await bell.innerText()), /A new alarm of higher priority will still sound\./);
  assert.equal(await mute.getAttribute('aria-disabled'), 'true', 'muted: nothing sounding to mute');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Mute alarms for 2 minutes',
    'keyboard focus stays on the button');
  assert.match(text(await banner.innerText()), /Purge pressure high/, 'a muted alarm stays on screen');

  // Stopping the pump raises a critical alarm: it sounds through the mute and is listed first.
  for (let i = 0; i < 10; i += 1) {
    if (await page.evaluate(() => /P-0/.test(document.querySelector('.con-level')?.textContent ?? ''))) break;
    await p.press(/^−$/);
  }
  await bellSays(page, /Alarm sounding: Pump stopped \(Critical\)/);
  assert.match(text(await page.locator('.con-alarm').first().textContent()), /^Critical:\s*Pump stopped$/);
  assert.equal(await mute.getAttribute('aria-disabled'), 'false');
  await screenshot(page, 'practice-alarms-critical-en-phone');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('a scenario’s alarm shows its priority and can be muted, in Welsh', async () => {
  const { page, watch } = await openPage(suite);
  const p = new Practice(page, suite.baseUrl);
  await p.open('practice/scenario/pump-stopped?seed=1', 'cy');
  const bell = page.locator('.con-bell');
  await page.waitForFunction(() => (document.querySelector('.con-bell')?.textContent ?? '').length > 5);
  const sounding = text(await bell.innerText());
  assert.doesNotMatch(sounding, /Alarm sounding|Critical/, 'in Welsh');
  const mute = page.locator('.con-mute button');
  await mute.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((before) => {
    const t = (document.querySelector('.con-bell')?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
    return t !== before && /\d:\d\d/.test(t);
  }, sounding);
  assert.equal(await mute.getAttribute('aria-disabled'), 'true');
  assert.equal(await p.main().evaluate(() => document.documentElement.dataset.i18nFallbacks), '0');
  assert.deepEqual(watch.errors, []);
  await page.close();
});
