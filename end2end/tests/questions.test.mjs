// "My questions": choices survive a reload, unreadable saved data is kept aside and the reader told, print
// shows only the chosen questions and notes, copy gives a confirmation (or a manual-copy fallback), and
// "Delete my list" forgets everything.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, startSuite } from '../support/browser.mjs';
import { Questions } from '../pages/patient.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.stop(); });

const NICE_2 = 'What good could the pump do? How likely is that?';
const BRAN_N = 'Nothing: what happens if we do nothing, or wait?';
const NOT_CHOSEN = 'How long will I stay in hospital?';

test('ticked, own questions and notes survive a reload, and delete removes them', async () => {
  const { page, watch } = await openPage(suite);
  const q = new Questions(page, suite.baseUrl);
  await q.open('questions');
  await q.question(NICE_2).check();
  await q.question(BRAN_N).check();
  await q.ownField().fill('Can my daughter stay overnight?');
  await q.ownField().press('Enter');
  await q.notes().fill('Dr Jones, ward 5.\nAsk about parking.');
  assert.match(await q.chosenCount(), /You have chosen 3 questions/);
  await q.reload();
  assert.equal(await q.question(NICE_2).isChecked(), true);
  assert.equal(await q.question(BRAN_N).isChecked(), true);
  assert.equal(await q.question(NOT_CHOSEN).isChecked(), false);
  assert.equal(await q.question('Can my daughter stay overnight?').isChecked(), true);
  assert.equal(await q.notes().inputValue(), 'Dr Jones, ward 5.\nAsk about parking.');
  await screenshot(page, 'questions-filled-en-phone');
  await q.deleteAll().click();
  assert.equal(await q.stored('hpg.questions'), null);
  assert.equal(await q.question(NICE_2).isChecked(), false);
  await q.reload();
  assert.equal(await q.notes().inputValue(), '');
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('an unreadable saved list is kept aside, the reader is told, and the page still works', async () => {
  const corrupt = '{"ticked": ["questions-nice-1"'; // cut off mid-write
  const { page, watch } = await openPage(suite);
  const q = new Questions(page, suite.baseUrl);
  await q.open('');
  await page.evaluate((v) => localStorage.setItem('hpg.questions', v), corrupt);
  await q.open('questions');
  await q.main().getByRole('alert').filter({ hasText: 'We could not read the list saved on this device' }).waitFor();
  assert.equal(await q.stored('hpg.questions.unreadable'), corrupt);
  await q.main().getByText('Show the old saved copy').click();
  assert.match(await q.main().locator('pre.raw').innerText(), /ticked/);
  await q.question(NICE_2).check();
  await q.reload();
  assert.equal(await q.question(NICE_2).isChecked(), true, 'a new list saves normally');
  assert.equal(await q.main().getByRole('alert').count(), 0, 'the warning is given once');
  await screenshot(page, 'questions-corrupt-en-phone');
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('print shows only the chosen questions and the notes', async () => {
  const { page } = await openPage(suite);
  const q = new Questions(page, suite.baseUrl);
  await q.open('questions');
  await q.question(NICE_2).check();
  await q.notes().fill('Bring glasses.');
  const printed = await q.printedText();
  assert.match(printed, /My questions for the care team/);
  assert.match(printed, new RegExp(NICE_2.replace(/[?.]/g, '\\$&')));
  assert.match(printed, /My notes\s+Bring glasses\./);
  assert.doesNotMatch(printed, new RegExp(NOT_CHOSEN.replace(/[?.]/g, '\\$&')));
  assert.doesNotMatch(printed, /Tick the questions|Print my list|Questions NICE suggests/);
  await page.close();
});

test('copy as text confirms, or offers the text to copy by hand', async () => {
  const { page, watch } = await openPage(suite);
  const q = new Questions(page, suite.baseUrl);
  await q.open('questions');
  await q.question(NICE_2).check();
  await suite.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(suite.baseUrl).origin });
  await q.copy().click();
  await q.main().getByText('Copied. You can now paste your list').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `My questions for the care team\n1. ${NICE_2}\n`);
  // A browser without clipboard access: the list is offered in a box to copy by hand.
  await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
  await q.copy().click();
  await q.main().getByText('This browser did not let the guide copy').waitFor();
  assert.match(await q.main().getByRole('textbox', { name: 'Your list as text' }).inputValue(), /1\. What good could/);
  assert.deepEqual(watch.errors, []);
  await page.close();
});
