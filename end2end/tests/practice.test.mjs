// The practice room by keyboard only: each alarm scenario played once correctly (the alarm resolves in the
// model and the debrief says so) and once wrongly (wrong-step feedback, unresolved debrief); the console, set-up
// and positioning drills; progress kept on the device with a corrupt record set aside; Welsh.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, openPage, screenshot, startSuite } from '../support/browser.mjs';
import { Practice } from '../pages/practice.mjs';
import { axeViolations } from '../support/a11y.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.stop(); });

async function practice(route, options = {}) {
  const { page, watch } = await openPage(suite, { viewport: DESKTOP, ...options });
  const p = new Practice(page, suite.baseUrl);
  await p.open(route, options.lang);
  return { p, page, watch };
}

function assertClean(watch) {
  assert.deepEqual(watch.errors, [], 'no console errors');
  assert.deepEqual(watch.offsite, [], 'no request leaves 127.0.0.1');
}

// Correct sequences (FACTS.md "Alarms and actions"); the last action repeats until the scenario resolves.
const SCENARIOS = [
  { slug: 'suction-1', alarm: /Suction/, right: [/^Check volume/, /^Lower the P-level by 2/, /^Check the position/, /^Assess the right/, /^Check volume/, /^Raise the P-level/], repeat: 2,
    wrong: /^Raise the P-level/, predict: [/^It stays about the same, and the dips/, /^It rises by about/] },
  { slug: 'suction-2', alarm: /Suction/, right: [/^Lower the P-level by 2/, /^Check the position/, /^Assess the right/, /^Treat right-heart/, /^Raise the P-level/], repeat: 2,
    wrong: /^Raise the P-level/, predict: [/^It stays about the same, and the dips/, /^It falls to zero/] },
  { slug: 'position-in-ventricle', alarm: /Position in ventricle/, right: [/^Check the position/, /^Set P-2/, /^Pull the catheter back/], repeat: 12,
    wrong: /^Raise the P-level/, predict: [/^It stays about the same\.$/, /^It rises, because/] },
  { slug: 'position-wrong', alarm: /Position wrong/, right: [/^Check the position/, /^Set P-2/, /^Advance the catheter/], repeat: 12,
    wrong: /^Raise the P-level/, predict: [/^Too far out/, /^Too deep/] },
  { slug: 'purge-pressure-high', alarm: /Purge pressure high/, right: [/^Check the purge tubing/, /^Lower the purge dextrose/], repeat: 2,
    wrong: /^Raise the purge rate/, predict: [/^It rises\.$/, /^It falls\.$/] },
  { slug: 'pump-stopped', alarm: /Pump stopped/, right: [/^Restart the pump/, /^Pull the stopped pump/], repeat: 0,
    wrong: /^Watch for a while/, predict: [/^Backwards/, /^Forwards/] },
  { slug: 'haemolysis', alarm: /Suction/, right: [/^Wait 8 hours/, /^Check the position/, /^Check volume/, /^Check volume/, /^Lower the P-level by 1/, /^Lower the P-level by 1/, /^Wait 8 hours/], repeat: 2,
    wrong: /^Raise the P-level/, predict: [/^Suction:/, /^The purge fluid/] },
  { slug: 'weaning', alarm: null, right: [/^Lower the P-level by 2/], repeat: 3, wrong: /^Stop the pump \(P-0\)/,
    predict: [/^It rises\.$/, /^It stays the same\.$/] },
  { slug: 'removal', alarm: null, right: [/^Check the ACT/, /^Wait and recheck/, /^Wait and recheck/, /^Pull the pump back into the aorta/, /^Stop the pump and remove/], repeat: 0,
    wrong: /^Stop the pump and remove/, predict: [/^Backwards/, /^Not at all/] },
  { slug: 'position-unknown', alarm: /Position unknown/, right: [/^Check the position with imaging/], repeat: 0,
    wrong: /^Pull the catheter back/, predict: [/^The heart's own beat is too weak/, /^The pump has slipped back/] },
  { slug: 'purge-2', alarm: /Purge pressure high/, right: [/^Check the purge tubing/], repeat: 0,
    wrong: /^Raise the purge rate/, predict: [/^The purge line kinked/, /^The purge fluid has become too thick/] },
  { slug: 'bleeding', alarm: null, right: [/^Press firmly on the groin/, /^Check volume/, /^Check the ACT/, /^Check volume/], repeat: 2,
    wrong: /^Raise the P-level/, predict: [/^It falls\.$/, /^It rises, as the pump/] },
  // No device instruction covers venting on ECMO: the debrief heads its steps as general principles.
  { slug: 'ecmo', alarm: null, right: [/^Add a CP-class microaxial pump/], repeat: 0,
    wrong: /^Raise the ECMO flow/, predict: [/^The left ventricle cannot open its valve/, /^The ECMO flow is too low/],
    order: /The steps this scenario teaches \(general principles, not a device instruction\)/ },
];

// What only the debrief may say: the explanations of the answers and what happened in the body.
const EXPLAINED = /Right: |Not so: |the best answer|Your prediction, explained|What happened|Resolved in the model/;

/** Before an answer is locked in: the actions are closed and say why, and nothing gives the answer away. */
async function assertNothingGivenAway(p, page) {
  assert.equal(await page.locator('.sc-action:not(:disabled)').count(), 0, 'actions wait for the answer');
  assert.match(await page.locator('#sc-actions-why').textContent(), /The actions open once you have locked in an answer in “Your prediction”/);
  assert.doesNotMatch(await p.main().textContent(), EXPLAINED, 'not in the page');
  assert.doesNotMatch(await p.main().ariaSnapshot(), EXPLAINED, 'not in the accessibility tree');
  // The question names the panes to read.
  assert.match(await page.locator('.sc-predict').textContent(), /read the Pump console and the Patient panes/);
  for (const pane of [/^Pump console/, /^Patient$/, /^Your prediction$/, /^Your actions$/]) {
    assert.equal(await page.getByRole('heading', { level: 2, name: pane }).count(), 1, `pane ${pane} is named`);
  }
}

for (const s of SCENARIOS) {
  test(`scenario ${s.slug}: played correctly by keyboard, the alarm resolves and the debrief explains it`, async () => {
    const { p, page, watch } = await practice(`practice/scenario/${s.slug}?seed=1`);
    assert.match(await p.main().textContent(), /This is a training simulation, not device instructions/);
    if (s.alarm) assert.match(await p.alarmBanner().textContent(), s.alarm);
    await assertNothingGivenAway(p, page);
    await p.predict(s.predict[0]);
    assert.match(await page.locator('#sc-predict-status').textContent(), /Your answer: .*You will see why in the debrief/);
    await p.playUntilDebrief(s.right, s.repeat);
    await p.debriefHeading().waitFor();
    const text = await p.main().textContent();
    assert.match(text, /Resolved in the model\./);
    assert.doesNotMatch(text, /Wrong step\./);
    assert.match(text, s.order ?? /The order on the console/);
    // The answer explained: right, and one line for every answer.
    assert.match(text, /Your answer was right\./);
    const choices = page.locator('.debrief .sc-choices li');
    assert.ok(await choices.count() >= 3);
    for (const line of await choices.allTextContents()) assert.match(line, /(Right|Not so): /);
    assert.match(await page.locator('.debrief .sc-choice-best').textContent(), /\(your answer, the best answer\)/);
    assert.match(await page.locator('.sc-changed').textContent(), /What changed in the Patient pane: MAP/);
    assert.match(text, /Key moments in numbers/);
    // PV loops and traces of at least two moments drawn: two canvas charts, each described by the moments table
    // and showing the line colours of at least two moments.
    assert.equal(await page.locator('canvas[role="img"][aria-describedby="sc-moments-table"]').count(), 2);
    assert.ok(await page.locator('#sc-moments-table tbody tr').count() >= 2, 'at least two moments in the table');
    await page.waitForFunction(() => [...document.querySelectorAll('canvas[aria-describedby="sc-moments-table"]')].every((c) => {
      const px = c.width > 1 ? c.getContext('2d').getImageData(0, 0, c.width, c.height).data : [];
      const moments = [[110, 110, 110], [178, 34, 52], [21, 67, 130]].filter(([r, g, b]) => {
        let n = 0;
        for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i] - r) + Math.abs(px[i + 1] - g) + Math.abs(px[i + 2] - b) < 12) n++;
        return n > 20;
      });
      return moments.length >= 2;
    }));
    assert.equal(await page.getByRole('img', { name: 'PV loop' }).count(), 1);
    // The debrief heading takes keyboard focus.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'sc-debrief-title');
    await screenshot(page, `practice-debrief-${s.slug}`);
    // The debrief prints with its charts (the live demo's charts do not).
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.getByRole('img', { name: 'PV loop' }).isVisible(), 'the debrief charts print');
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(await axeViolations(page), [], 'debrief passes axe');
    // Progress is kept on this device.
    assert.match(await page.evaluate(() => localStorage.getItem('hpg.progress')), new RegExp(`^${s.slug}\\|\\d+\\|1\\|1`, 'm'));
    assertClean(watch);
    await page.close();
  });

  test(`scenario ${s.slug}: a typical wrong action gets specific feedback and the debrief is unresolved`, async () => {
    const { p, page, watch } = await practice(`practice/scenario/${s.slug}?seed=1`);
    await p.predict(s.predict[1]);
    await p.press(s.wrong);
    await page.waitForFunction(() => document.querySelector('.sc-feedback')?.textContent.length > 0);
    assert.match(await p.feedback().textContent(), /Wrong step\./);
    if (!(await p.debriefShown())) await p.press(/^End and see the debrief/);
    await p.debriefHeading().waitFor();
    const text = await p.main().textContent();
    assert.match(text, /Not resolved\./);
    assert.match(text, /Your answer was not the best one\./);
    assert.match(await page.locator('.debrief .sc-choice-best').textContent(), /\(the best answer\)/);
    assert.match(await page.locator('.sc-why-not').textContent(), /This scenario has ended/);
    assert.match(text, /Score \u2068\d+\u2069 out of 100/);
    assertClean(watch);
    await page.close();
  });
}

test('console trainer: live readings, P-level and purge change by keyboard', async () => {
  const { p, page, watch } = await practice('practice/console');
  const console_ = page.locator('.pump-console');
  await console_.waitFor();
  assert.match(await console_.textContent(), /P-2/);
  await p.press(/^\+$/);
  await page.waitForFunction(() => document.querySelector('.con-level strong')?.textContent === 'P-3');
  for (let i = 0; i < 4; i++) await p.press(/^Raise dextrose by 5 %$/);
  await page.waitForFunction(() => /Purge pressure high/.test(document.querySelector('.con-banner')?.textContent ?? ''));
  // The trend table fills as simulated time passes: wait for that state, not for a time.
  await assert.doesNotReject(page.locator('.con-trend tbody tr').first().waitFor({ timeout: 120000 }), 'trend table fills');
  await screenshot(page, 'practice-console');
  assertClean(watch);
  await page.close();
});

test('console trainer: AUTO restarts the pump from P-0 and ramps it up to the chosen level', async () => {
  const { p, page, watch } = await practice('practice/console');
  await page.locator('.pump-console').waitFor();
  const level = () => page.evaluate(() => Number(document.querySelector('.con-level strong')?.textContent.replace('P-', '')));
  await p.press(/^\+$/);
  await p.press(/^\+$/);
  await page.waitForFunction(() => document.querySelector('.con-level strong')?.textContent === 'P-4');
  await p.press(/^AUTO$/);
  await page.waitForFunction(() => document.querySelector('.con-level strong')?.textContent === 'P-0');
  assert.match(await page.locator('.con-controls').textContent(), /ramps up to the chosen level over 30 seconds/);
  // Four levels over 30 seconds: the first step comes after 7.5 s.
  // A state, not a time: on a busy machine the ramp's simulated seconds pass more slowly.
  await page.waitForFunction(() => document.querySelector('.con-level strong')?.textContent === 'P-1', null, { timeout: 120000 });
  assert.ok(await level() < 4, 'still ramping');
  await p.press(/^P-level$/);
  const held = await level();
  await page.waitForTimeout(8000);
  assert.equal(await level(), held, 'P-level mode stops the ramp where it is');
  assertClean(watch);
  await page.close();
});

test('set-up practice: a skipped step is explained, the full sequence scores and is timed', async () => {
  const { p, page, watch } = await practice('practice/setup');
  // Skipping ahead is caught with the reason.
  const options = await page.locator('.su-question button').allTextContents();
  const early = options.find((o) => o !== 'Set up the console and the purge fluid');
  await p.press(new RegExp(`^${early.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}$`));
  assert.match(await p.feedback().textContent(), /Not yet: .* Next is .*Set up the console and the purge fluid/);
  const order = [
    ['Set up the console and the purge fluid', '20 % dextrose with heparin 25–50 IU/mL'],
    ['Femoral access and a small sheath'], ['Stiff 0.035″ wire and serial dilation'],
    ['Insert the 14 Fr peel-away sheath', '14 Fr'], ['Give heparin to the insertion ACT', '250 seconds or more'],
    ['Pigtail catheter over a J-wire into the left ventricle'], ['Shaped 0.018″ placement wire to the LV apex, pigtail out'],
    ['Back-load the pump onto the placement wire'], ['Advance across the aortic valve under fluoroscopy'],
    ['Inlet about 3.5 cm below the aortic annulus, aortic waveform on the placement signal'], ['Remove the placement wire'],
    ['Start the pump in AUTO (ramps over 30 seconds)'], ['Remove slack so the catheter lies on the lesser curvature'],
    ['Confirm the position on imaging and on the console'],
  ];
  const exact = (t) => new RegExp(`^${t.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}$`);
  for (const [step, answer] of order) {
    await p.press(exact(step));
    if (answer) await p.press(exact(answer));
  }
  const text = await p.main().textContent();
  assert.match(text, /Score \u2068\d+\u2069 out of 100 · mistakes: \u20681\u2069 · time/);
  await screenshot(page, 'practice-setup');
  assertClean(watch);
  await page.close();
});

test('positioning: arrow keys move the catheter and the console tells the positions apart', async () => {
  const { p, page, watch } = await practice('practice/positioning');
  const picture = page.getByRole('group', { name: /Catheter position/ });
  // The picture is hidden at first (the trainee reads the console); show it by keyboard for this check.
  assert.match(await picture.textContent(), /hidden until you answer/);
  assert.match(await page.locator('.pump-console').textContent(), /Alarm messages are hidden/);
  await p.press(/^Show the picture$/);
  const depth = async () => Number((await picture.getByRole('img').getAttribute('aria-label')).match(/-?\d+\.\d/)[0]);
  const before = await depth();
  await picture.focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((b) => !document.querySelector('.pos-picture svg')?.getAttribute('aria-label').includes(b.toFixed(1) + ' cm'), before);
  assert.ok(Math.abs((await depth()) - before - 0.5) < 1e-9);
  await page.keyboard.press('ArrowUp');
  let right = 0;
  for (let round = 0; round < 4; round++) {
    const c = await page.locator('.pump-console').textContent();
    let call;
    if (/Cannot tell/.test(c)) call = /^Position unknown/;
    else if (/Ventricular waveform/.test(c)) call = /^Too deep/;
    else if (/Flat/.test(c)) call = /^Too far out/;
    else call = /^Correct position$/;
    await p.press(call);
    const fb = await p.feedback().first().textContent();
    if (/✓/.test(fb)) right++;
    const act = { 'Correct position$': /^Keep the position/, '^Too deep': /^Under imaging: P-2/, '^Too far out': /^Confirm by imaging, reduce/, '^Position unknown': /^Confirm the position with imaging$/ };
    const key = Object.keys(act).find((k) => call.source.includes(k.replace('$', '')));
    await p.press(act[key]);
    assert.match(await p.feedback().nth(1).textContent(), /✓/);
    if (round === 0) await screenshot(page, 'practice-positioning');
    if (round < 3) await p.press(/^Next round$/);
  }
  assert.equal(right, 4, 'reading the console gives every answer');
  assertClean(watch);
  await page.close();
});

test('practice room hub: clinician nav, progress summary, corrupt record kept aside and reported', async () => {
  const { p, page, watch } = await practice('practice');
  assert.ok(await page.getByRole('navigation').getByRole('link', { name: 'Practice room' }).count() === 1);
  await page.evaluate(() => localStorage.setItem('hpg.progress', '{not a record'));
  await page.reload();
  await p.ready();
  await page.getByText(/could not be read. It has been kept aside/).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('hpg.progress.unreadable')), '{not a record');
  assert.match(await page.locator('#pr-summary-text').inputValue(), /Set-up practice: not tried yet/);
  await screenshot(page, 'practice-hub');
  assertClean(watch);
  await page.close();
});

test('surprise me opens the one scenario not tried yet, with a new patient', async () => {
  const { p, page, watch } = await practice('practice');
  const slugs = await page.evaluate(() => [...document.querySelectorAll('#pr-scenarios ~ .pr-list a')]
    .map((a) => a.getAttribute('href').replace('#/practice/scenario/', '')));
  assert.equal(slugs.length, 13, 'thirteen scenarios listed');
  const tried = slugs.filter((s) => s !== 'bleeding').map((s) => `${s}|80|1|1`).join('\n');
  await page.evaluate((t) => localStorage.setItem('hpg.progress', t), tried);
  await p.open('practice');
  await p.press(/^Surprise me$/);
  await page.getByRole('heading', { level: 1, name: 'Bleeding at the groin' }).waitFor();
  assert.match(page.url(), /#\/practice\/scenario\/bleeding\?seed=\d+$/);
  assertClean(watch);
  await page.close();
});

test('practice room in Welsh: notice, console and debrief are translated', async () => {
  const { p, page, watch } = await practice('practice/scenario/pump-stopped?seed=1', { lang: 'cy' });
  const text = await p.main().textContent();
  assert.match(text, /Efelychiad hyfforddi yw hwn, nid cyfarwyddiadau dyfais/);
  assert.match(await p.alarmBanner().textContent(), /Pwmp wedi stopio/);
  await p.predict(/^Tuag yn ôl/, /^Cloi fy ateb$/);
  await p.press(/^Gwylio am ychydig/);
  await p.press(/^Gorffen a gweld yr adolygiad/);
  await p.debriefHeading().waitFor();
  assert.match(await p.main().textContent(), /Heb ei ddatrys/);
  // The answer is explained in Welsh, one line for every answer.
  assert.equal(await page.locator('.debrief .sc-choices li').count(), 3);
  assert.doesNotMatch(await page.locator('.debrief .sc-choices').textContent(), /Right: |Not so: /);
  assert.equal(Number(await page.evaluate(() => document.documentElement.dataset.i18nFallbacks)), 0);
  await screenshot(page, 'practice-debrief-cy');
  assertClean(watch);
  await page.close();
});
