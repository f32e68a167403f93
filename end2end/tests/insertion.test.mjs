// The insertion walkthrough works by keyboard alone: one step per screen, "Step n of 8", a drawing with a
// description on every step, focus on the new step's heading, and Back returns.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, startSuite } from '../support/browser.mjs';
import { Walkthrough } from '../pages/patient.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.stop(); });

test('the whole walkthrough can be walked by keyboard, forwards and back', async () => {
  const { page, watch } = await openPage(suite);
  const w = new Walkthrough(page, suite.baseUrl);
  await w.open('insertion');
  const titles = [];
  for (let step = 1; step <= 8; step += 1) {
    assert.equal(await w.progressText(), `Step ${step} of 8`);
    assert.equal(await w.stepHeading().count(), 1, 'one step per screen');
    const label = await w.picture().getAttribute('aria-label');
    assert.ok(label && label.length > 20, `step ${step} drawing is described`);
    titles.push(await w.stepHeading().innerText());
    if (step === 3) await screenshot(page, 'insertion-step3-en-phone');
    if (step < 8) {
      await w.tabTo('Next');
      await page.keyboard.press('Enter');
      await w.stepShown(step + 1);
      assert.equal((await w.focused())[1], await w.stepHeading().innerText(), 'focus moves to the new step heading');
    }
  }
  assert.equal(new Set(titles).size, 8);
  assert.match(titles[7], /armpit/);
  assert.equal(await w.next().count(), 0, 'no Next on the last step');
  await w.tabTo('Back');
  await page.keyboard.press('Enter');
  await w.stepShown(7);
  await w.tabTo('Next');
  await page.keyboard.press('Space');
  await w.stepShown(8);
  await w.tabTo('Go back to step 1');
  await page.keyboard.press('Enter');
  await w.stepShown(1);
  assert.equal(await w.back().count(), 0, 'no Back on the first step');
  assert.deepEqual(watch.errors, []);
  await page.close();
});
