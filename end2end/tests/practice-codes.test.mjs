// Instructor codes (issue 18, part 7): every scenario page shows a code for its case; a learner who types it in
// the practice room, in another browser, gets the same scenario with the same patient (the same first
// readings); a wrong or damaged code says what is wrong and changes nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, startSuite } from '../support/browser.mjs';
import { Practice } from '../pages/practice.mjs';
import { stripMarks } from '../pages/patient.mjs';

let instructor;
let learner;
before(async () => {
  instructor = await startSuite({ serviceWorkers: 'block' });
  learner = await startSuite({ serviceWorkers: 'block' });
});
after(async () => {
  await instructor?.stop();
  await learner?.stop();
});

/** What the trainee sees first on a scenario page: the patient number, the vitals and the console. */
async function firstReadings(page) {
  return stripMarks([
    await page.locator('.sc-seed').innerText(),
    await page.locator('.sc-vitals').innerText(),
    await page.locator('.sc-layout').innerText(),
  ].join('\n'));
}

test('a code read out by an instructor opens the same case on a learner’s device', async () => {
  const { page: a, watch: watchA } = await openPage(instructor);
  const pa = new Practice(a, instructor.baseUrl);
  await pa.open('practice/scenario/suction-2?seed=77');
  const line = stripMarks(await a.locator('.sc-code').innerText());
  const code = line.match(/\b[0-9A-Z]{5}-[0-9A-Z]{5}\b/)?.[0];
  assert.ok(code, line);
  const readings = await firstReadings(a);
  assert.match(readings, /Patient number 77/);

  const { page: b, watch: watchB } = await openPage(learner);
  const pb = new Practice(b, learner.baseUrl);
  await pb.open('practice');
  const field = b.getByRole('textbox', { name: 'Instructor code' });
  // Typed as people copy a code by hand: lower case, a space instead of the dash.
  await field.focus();
  await b.keyboard.type(code.toLowerCase().replace('-', ' '));
  await b.keyboard.press('Enter');
  await b.getByRole('heading', { level: 1, name: await pa.h1().innerText() }).waitFor();
  assert.match(b.url(), /#\/practice\/scenario\/suction-2\?seed=77$/);
  assert.equal(await firstReadings(b), readings, 'the same patient, the same first readings');
  assert.deepEqual(watchA.errors, []);
  assert.deepEqual(watchB.errors, []);
  await a.close();
  await b.close();
});

test('a wrong, damaged or empty code says what is wrong and changes nothing', async () => {
  const { page, watch } = await openPage(learner);
  const p = new Practice(page, learner.baseUrl);
  await p.open('practice/scenario/weaning?seed=3');
  const code = stripMarks(await page.locator('.sc-code').innerText()).match(/[0-9A-Z]{5}-[0-9A-Z]{5}/)[0];
  await p.open('practice');
  const field = page.getByRole('textbox', { name: 'Instructor code' });
  const alert = page.locator('#pr-code-problem');
  const url = page.url();
  // Two characters swapped, one mistyped, too short, a character codes never have, nothing at all.
  const swapped = code[1] + code[0] + code.slice(2);
  const typo = code.slice(0, 7) + (code[7] === 'Z' ? 'Y' : 'Z') + code.slice(8);
  for (const [typed, reason] of [
    [swapped, /a character may be mistyped, or two may be swapped/],
    [typo, /a character may be mistyped, or two may be swapped/],
    ['7K2QD', /A code has ten letters and numbers/],
    ['7K2QD-M4X9U', /a character that codes never have/],
    ['', /Type the code first\./],
  ]) {
    if (typed === swapped && swapped === code) continue;
    await field.fill(typed);
    await field.press('Enter');
    await alert.filter({ hasText: 'Nothing has changed.' }).waitFor();
    assert.match(stripMarks(await alert.innerText()), reason, typed);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.equal(page.url(), url, 'the page stays where it was');
  }
  await screenshot(page, 'practice-code-wrong-en-phone');
  // Typing again clears the message.
  await field.fill(code);
  assert.equal(await alert.innerText(), '');
  assert.deepEqual(watch.errors, []);
  await page.close();
});
