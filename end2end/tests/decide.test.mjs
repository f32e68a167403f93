// "Prepare to decide" (issue 17): a patient and a family member walk the four steps by keyboard, in English
// and in Welsh; the answers and values reach the one page for the team, which prints on one A4 page; the
// check explains every answer with the trial's own numbers; corrupt saved answers are set aside with a
// message; the About page's "delete everything" clears them; and the part loads on demand with a translated
// failure note.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, openPage, screenshot, startSuite } from '../support/browser.mjs';
import { Guide } from '../pages/guide.mjs';
import { axeViolations } from '../support/a11y.mjs';
import { stripMarks } from '../pages/patient.mjs';

let suite;
before(async () => { suite = await startSuite({ serviceWorkers: 'block' }); });
after(async () => { await suite?.stop(); });

/** Goes to `route` the way a reader does, by a link inside the app, and waits for its heading `name`. */
async function followTo(page, route, name) {
  await page.evaluate((r) => { location.hash = `#/${r}`; }, route);
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The accessible text of what has keyboard focus: a control's label, else its own text. */
function focusedName(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const label = el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? el?.textContent ?? '';
    return label.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until the focused control's name matches `re` (at most `limit` presses). */
async function tabTo(page, re, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (re.test(await focusedName(page))) return;
  }
  throw new Error(`could not reach ${re} with Tab`);
}

/** Chooses a radio button by keyboard: Tab to its group, then arrow keys until it is checked. */
async function chooseRadio(page, groupName, re) {
  // Tab lands on the group's checked radio, or its first one.
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.name);
    if (name === groupName) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.name), groupName, `Tab reached ${groupName}`);
  for (let i = 0; i < 6; i += 1) {
    if (re.test(await focusedName(page))) {
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no radio ${re} in ${groupName}`);
}

/** Answers a question of the check by keyboard: chooses the answer, then Tab to "Check my answer" and Enter. */
async function answer(page, question, re) {
  await chooseRadio(page, `answer-${question}`, re);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('check-submit')), true,
    'Tab goes from the answers to their button');
  await page.keyboard.press('Enter');
}

/** How many A4 pages the current page prints on. */
async function printedPages(page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true })).toString('latin1');
  await page.emulateMedia({ media: 'screen' });
  return (pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}

test('a patient walks the four steps by keyboard and finds it all on one printable page', async () => {
  const { page, watch } = await openPage(suite);
  const g = new Guide(page, suite.baseUrl);
  await g.open('decide');
  await g.h1().filter({ hasText: 'Prepare to decide' }).waitFor();
  await chooseRadio(page, 'decide-who', /^I am the patient$/);
  await tabTo(page, /^Check what you understood$/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Check what you understood' }).waitFor();
  const q = (id) => page.locator(`fieldset[data-question="${id}"]`);

  // Nothing explains an answer before the reader gives one.
  assert.equal(await q('check-q3').locator('.check-feedback').innerText(), '');
  assert.equal(await page.getByText('alive after 6 months').count(), 0);

  // Question 1 right, question 2 wrong, question 3 not sure, question 4 right: each is explained at once.
  // Choosing (arrow keys choose as they move) shows nothing until the reader checks the answer.
  await chooseRadio(page, 'answer-check-q1', /^It opens the blocked artery\.$/);
  assert.equal(await q('check-q1').locator('.check-feedback').innerText(), '');
  await answer(page, 'check-q1', /^It helps the heart move blood/);
  await q('check-q1').getByText('Yes, that is right.').waitFor();
  await answer(page, 'check-q2', /^Yes\. The heart is mended/);
  const q2 = stripMarks(await q('check-q2').locator('.check-feedback').innerText());
  assert.match(q2, /Not quite\./);
  assert.match(q2, /The pump does not mend the heart/, 'why this answer is not right');
  assert.match(q2, /The answer is: No\. It helps the heart for a few days/);
  assert.match(q2, /Read more:\s*Life on the pump/);
  await answer(page, 'check-q3', /^I am not sure$/);
  const q3 = stripMarks(await q('check-q3').locator('.check-feedback').innerText());
  assert.match(q3, /That is fine\./);
  assert.match(q3, /The answer is: 46 out of 100 with the pump, and 59 out of 100 without it\./);
  assert.match(q3, /54 out of 100 with the pump were alive after 6 months, and 41 out of 100 without it/);
  assert.match(q3, /DanGer Shock, NEJM 2024/, 'the source is beside the numbers');
  await answer(page, 'check-q4', /^24 out of 100 with the pump, and 6 out of 100 without it\.$/);
  await q('check-q4').getByText('Yes, that is right.').waitFor();
  const asks = stripMarks(await page.locator('.check-asks').innerText());
  assert.match(asks, /What happens if the heart does not get better\?/);
  assert.match(asks, /Do the trial’s numbers fit me\?/);
  assert.doesNotMatch(asks, /What will the pump do for me/, 'a right answer needs no question');
  assert.match(stripMarks(await page.locator('.decide-check').innerText()), /4 questions not answered yet/);
  assert.deepEqual(await axeViolations(page), [], 'axe finds nothing with answers and reasons shown');
  await screenshot(page, 'decide-check-en-phone');

  // Step 2 by keyboard: the scale and two sentences, and own words.
  await followTo(page, 'decide/values', 'What matters most');
  await chooseRadio(page, 'values-scale', /^A little closer to: focus on comfort$/);
  await chooseRadio(page, 'agree-values-s-awake', /^Agree$/);
  await chooseRadio(page, 'agree-values-s-dialysis', /^Disagree$/);
  await tabTo(page, /^What else matters to you\?/);
  await page.keyboard.type('Seeing my granddaughter born in May.');
  await screenshot(page, 'decide-values-en-phone');

  // Step 3: about me, and the time-limited trial questions added to "My questions".
  await followTo(page, 'decide/meeting', 'Prepare for the meeting');
  assert.match(await g.main().innerText(), /You have not chosen any questions yet\./);
  await tabTo(page, /^About me/);
  await page.keyboard.type('I am a retired teacher. I said I never want to be kept alive on machines for long.');
  await tabTo(page, /^Add these to my questions$/);
  await page.keyboard.press('Enter');
  await g.main().getByText('Added to your questions.').waitFor();
  await g.main().getByText('Could we try the pump for a set time, and then talk again?').first().waitFor();
  assert.match(await g.stored('hpg.questions'), /Could we try the pump for a set time/);

  // Step 4: everything on one page, kept after a reload.
  await followTo(page, 'decide/summary', 'One page for the team');
  await tabTo(page, /^Name of the patient/);
  await page.keyboard.type('Mary Jones');
  await g.reload();
  const sheet = stripMarks(await page.locator('.sheet').innerText());
  for (const expected of [
    /For the care team/, /Written by the patient\./, /Patient: Mary Jones/,
    /Which is closer to what you want\? A little closer to: focus on comfort/,
    /Being awake and able to talk with my family matters a lot to me\. — Agree/,
    /I would want to avoid kidney dialysis if I could\. — Disagree/,
    /Seeing my granddaughter born in May\./, /I am a retired teacher\./,
    /Could we try the pump for a set time, and then talk again\?/,
    /What happens if the heart does not get better\?/,
    /This is not a decision\./,
  ]) assert.match(sheet, expected);
  assert.equal(stripMarks(await page.locator('.sheet ol li').first().innerText()),
    'Could we try the pump for a set time, and then talk again?', 'questions are a numbered list');
  await screenshot(page, 'decide-summary-en-phone');
  assert.equal(await printedPages(page), 1, 'the page for the team prints on one A4 page');
  assert.deepEqual(await axeViolations(page), [], 'axe finds nothing on the filled page for the team');

  // Deleting asks first; "No" keeps everything, "Yes" deletes it (the question list stays).
  await g.main().getByRole('button', { name: 'Delete what I wrote here' }).click();
  await g.main().getByText('This cannot be undone.', { exact: false }).waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === 'No, keep it');
  await page.keyboard.press('Enter');
  await g.main().getByText('This cannot be undone.', { exact: false }).waitFor({ state: 'detached' });
  assert.equal(await focusedName(page), 'Delete what I wrote here', 'focus goes back to the button');
  assert.match(await g.stored('hpg.decide'), /Mary Jones/);
  await g.main().getByRole('button', { name: 'Delete what I wrote here' }).click();
  await g.main().getByRole('button', { name: 'Yes, delete it' }).click();
  await g.main().getByText('Deleted. Your answers in these four steps are gone').waitFor();
  assert.equal(await g.stored('hpg.decide'), null);
  assert.match(await g.stored('hpg.questions'), /Could we try the pump/);
  assert.match(stripMarks(await page.locator('.sheet').innerText()), /Could we try the pump/);
  assert.doesNotMatch(stripMarks(await page.locator('.sheet').innerText()), /Mary Jones/);
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('a full page for the team still prints on one A4 page, and copies as text', async () => {
  const { page, watch } = await openPage(suite, { viewport: DESKTOP });
  const g = new Guide(page, suite.baseUrl);
  await g.open('');
  // Every answer given, every sentence replied to, a question list of ten, and long notes.
  const record = ['hpg-decide 1', 'who other'];
  for (let i = 1; i <= 8; i += 1) record.push(`answer check-q${i} unsure`);
  record.push('scale 2');
  for (const s of ['awake', 'dialysis', 'trial', 'risk', 'independent']) record.push(`agree values-s-${s} unsure`);
  const para = 'She loves her garden and her grandchildren, and she said she would want to try for a while. ';
  for (const f of ['own', 'person', 'worries', 'notes']) record.push(`text ${f} ${para.repeat(2)}`);
  record.push('text name Mary Jones');
  const questions = ['hpg-questions 1'];
  for (let i = 1; i <= 7; i += 1) questions.push(`tick questions-nice-${i}`);
  for (const b of ['b', 'r', 'a']) questions.push(`tick questions-bran-${b}`);
  await page.evaluate(([r, q]) => { localStorage.setItem('hpg.decide', r); localStorage.setItem('hpg.questions', q); },
    [record.join('\n'), questions.join('\n')]);
  await g.open('decide/summary');
  await page.locator('.sheet').getByText('Written by a family member or representative.').waitFor();
  await screenshot(page, 'decide-summary-full-en-desktop');
  assert.equal(await printedPages(page), 1, 'the fullest ordinary page still fits one A4 page');
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'decide-summary-full-en-print');
  assert.equal(await page.getByRole('button', { name: 'Print this page' }).isVisible(), false);
  await page.emulateMedia({ media: 'screen' });
  // Copying to the clipboard, and by hand in a browser without clipboard access.
  await suite.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(suite.baseUrl).origin });
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await g.main().getByText('Copied. You can now paste it').waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
  await page.getByRole('button', { name: 'Copy as text' }).click();
  assert.equal(await page.getByRole('textbox', { name: 'Your page as text' }).inputValue(), text);
  assert.match(text, /^For the care team\nWritten by a family member or representative\.\nPatient: Mary Jones\n/);
  assert.match(text, /Questions for the team\n1\. .+\n(\d+\. .+\n){9}/);
  assert.doesNotMatch(text, /[\u2068\u2069]/);
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('a family member in Welsh gets every step in the person’s form, and it reaches the page for the team', async () => {
  const { page, watch } = await openPage(suite);
  const g = new Guide(page, suite.baseUrl);
  await g.open('decide', '?lang=cy');
  await chooseRadio(page, 'decide-who', /^Rwy’n helpu/);
  await page.locator('.decide-start .notice-box').waitFor();
  await followTo(page, 'decide/values', 'Beth sydd bwysicaf');
  const values = stripMarks(await g.main().innerText());
  assert.doesNotMatch(values, /What matters|Agree|Disagree/, 'no English left');
  // Every sentence asks what the person would say (the family member's form), not what "I" want.
  assert.match(values, /Pa un sy’n nes at beth fyddai’r person ei eisiau\?/);
  assert.match(values, /Fyddai’r person yn cytuno\?/);
  assert.doesNotMatch(values, /Ydych chi’n cytuno\?/);
  await chooseRadio(page, 'values-scale', /./);
  await chooseRadio(page, 'agree-values-s-trial', /./);
  await followTo(page, 'decide/meeting', 'Paratoi ar gyfer y cyfarfod');
  await tabTo(page, /^Am y person/);
  await page.keyboard.type('Mae hi’n athrawes wedi ymddeol.');
  await followTo(page, 'decide/check', 'Gwirio beth rydych wedi’i ddeall');
  await answer(page, 'check-q5', /./);
  await page.locator('fieldset[data-question="check-q5"] .verdict').waitFor();
  const q5 = stripMarks(await page.locator('fieldset[data-question="check-q5"] label').first().innerText());
  assert.match(q5, /^42 .+ 27 /, 'the trial’s numbers, from the guide’s own constants');
  await screenshot(page, 'decide-check-cy-phone');
  await followTo(page, 'decide/summary', 'Un dudalen i’r tîm');
  const sheet = stripMarks(await page.locator('.sheet').innerText());
  assert.doesNotMatch(sheet, /Written by|For the care team/, 'the page for the team is in Welsh');
  assert.match(sheet, /Mae hi’n athrawes wedi ymddeol\./);
  assert.ok(sheet.split('\n').length > 5, sheet);
  assert.equal(await g.fallbackCount(), 0, 'every message has its Welsh text');
  await screenshot(page, 'decide-summary-cy-phone');
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('corrupt saved answers are set aside with a message, and About deletes everything', async () => {
  const corrupt = 'hpg-decide 1\nscale 99';
  const { page, watch } = await openPage(suite);
  const g = new Guide(page, suite.baseUrl);
  await g.open('');
  await page.evaluate((v) => localStorage.setItem('hpg.decide', v), corrupt);
  await g.open('decide/values');
  await g.main().getByRole('alert').filter({ hasText: 'could not be read' }).waitFor();
  assert.equal(await g.stored('hpg.decide.unreadable'), corrupt);
  await g.main().getByText('Show what was saved before').click();
  assert.match(await g.main().locator('pre.raw').innerText(), /scale 99/);
  await chooseRadio(page, 'values-scale', /^Both matter the same$/);
  await g.reload();
  assert.equal(await page.getByRole('radio', { name: 'Both matter the same' }).isChecked(), true);
  assert.equal(await g.main().getByRole('alert').count(), 0, 'the warning is given once');
  await followTo(page, 'about', 'About this guide and its sources');
  await g.main().getByText('hpg.decide.unreadable').waitFor();
  await g.main().getByRole('button', { name: 'Delete everything this guide saved' }).click();
  assert.equal(await g.stored('hpg.decide'), null);
  assert.equal(await g.stored('hpg.decide.unreadable'), null);
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('the part loads on demand: patient pages never fetch it, and a failed fetch says so in the reader’s language', async () => {
  const { page, watch } = await openPage(suite);
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  const g = new Guide(page, suite.baseUrl);
  await g.open('questions', '?lang=pl');
  assert.equal(urls.filter((u) => /split_decide\.wasm|\.decide\.ftl/.test(u)).length, 0);
  await page.route(/split_decide\.wasm/, (route) => route.abort());
  await page.evaluate(() => { location.hash = '#/decide'; });
  const alert = page.locator('.simulator-failed');
  await alert.waitFor();
  const text = stripMarks(await alert.innerText());
  assert.match(text, /^Nie udało się wczytać tej części przewodnika/, 'in Polish, about this part of the guide');
  await screenshot(page, 'decide-failed-pl-phone');
  await page.unroute(/split_decide\.wasm/);
  await alert.getByRole('button').click();
  await page.locator('.decide-start').waitFor();
  assert.equal(urls.filter((u) => /pl\.decide\.ftl/.test(u)).length, 1, 'its Polish text came with it');
  assert.ok(watch.errors.every((e) => /split_decide|Failed to (load|fetch)|net::/.test(e)), watch.errors.join('\n'));
  await page.close();
});

test('the easy-read page: linked from home, one idea per line with a picture, the trial’s numbers both ways', async () => {
  const { page, watch } = await openPage(suite);
  const g = new Guide(page, suite.baseUrl);
  await g.open('');
  await g.main().getByRole('link', { name: 'Easy read: the heart pump in short, with pictures' }).click();
  await g.h1().filter({ hasText: 'Easy read: the heart pump' }).waitFor();
  const ideas = page.locator('.easy-idea');
  assert.equal(await ideas.count(), 15);
  assert.equal(await page.locator('.easy-idea svg').count(), 15, 'a picture beside every idea');
  const text = stripMarks(await page.locator('.easy-ideas').innerText());
  assert.match(text, /One study looked at people whose shock came from a heart attack\. It counted what happened after 6 months\./);
  assert.match(text, /With the pump, 46 out of 100 people died and 54 were alive\. Without the pump, 59 out of 100 died and 41 were alive\. \(DanGer Shock, NEJM 2024\)/);
  assert.match(text, /With the pump, 24 out of 100 people had a serious problem\. Without the pump, 6 out of 100 did\./);
  assert.match(text, /With the pump, 42 out of 100 people needed a kidney machine \(dialysis\)\. Without the pump, 27 out of 100 did\./);
  assert.match(text, /You can say no to the pump\. You will still get care/);
  assert.match(text, /care that keeps them comfortable/);
  assert.match(text, /Lasting Power of Attorney/);
  await page.getByRole('link', { name: 'See these numbers as pictures of 100 people' }).waitFor();
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.easy-idea p')).fontSize));
  assert.ok(size >= 20, `large text (${size}px)`);
  await screenshot(page, 'decide-easy-read-en-phone');
  assert.deepEqual(await axeViolations(page), []);
  await g.switchLanguage('ur');
  await page.waitForFunction(() => document.documentElement.lang === 'ur');
  await g.h1().filter({ hasNotText: 'Easy read' }).waitFor();
  const urdu = stripMarks(await page.locator('.easy-ideas').innerText());
  assert.doesNotMatch(urdu, /pump|heart|people/i, 'no English left');
  assert.match(urdu, /54/);
  assert.equal(await g.fallbackCount(), 0);
  await screenshot(page, 'decide-easy-read-ur-phone');
  assert.deepEqual(watch.errors, []);
  await page.close();
});
