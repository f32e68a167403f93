// The icon arrays tell their counts to everyone: screen readers through the image name, sighted readers in
// the text beside the picture, and both framings (died and alive) are given.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startSuite } from '../support/browser.mjs';
import { Risks } from '../pages/patient.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.stop(); });

const strip = (s) => s.replace(/[\u2068\u2069]/g, '');

test('icon arrays announce their counts, with the same counts in visible text', async () => {
  const { page, watch } = await openPage(suite);
  const r = new Risks(page, suite.baseUrl);
  await r.open('benefits-risks');
  const names = (await Promise.all((await r.arrays().all()).map((a) => a.getAttribute('aria-label')))).map(strip);
  assert.equal(names.length, 9, 'four outcomes with two groups and one (stroke) with one');
  assert.ok(names.includes('With the pump: a picture of 100 people. 46 out of 100 died within 6 months. 54 out of 100 were alive after 6 months.'), names.join('\n'));
  assert.ok(names.includes('Usual care (no microaxial pump): a picture of 100 people. 59 out of 100 died within 6 months. 41 out of 100 were alive after 6 months.'));
  const death = r.outcome('death');
  assert.match(strip(await death.innerText()), /46 out of 100 died within 6 months\.\s*54 out of 100 were alive after 6 months\./);
  assert.match(await death.innerText(), /DanGer Shock, NEJM 2024/);
  // The picture really shows the count: the rectangles painted with the filled figure cover 46 of the 100
  // cells, and the ones painted with the hollow figure the other 54.
  const cells = await death.locator('svg.icon-array').first().evaluate((svg) => {
    const count = { filled: 0, hollow: 0 };
    for (const rect of svg.querySelectorAll('rect')) {
      const id = rect.getAttribute('fill').match(/url\(#(.+)\)/)[1];
      const figure = svg.querySelector(`pattern[id="${id}"] path`);
      const area = (Number(rect.getAttribute('width')) * Number(rect.getAttribute('height'))) / 100;
      count[figure.classList.contains('affected') ? 'filled' : 'hollow'] += area;
    }
    return count;
  });
  assert.deepEqual(cells, { filled: 46, hollow: 54 }, '46 filled figures and 54 hollow ones');
  assert.match(await r.main().innerText(), /About half of these bleeds happened after the pump, or another support machine, was taken out/);
  await r.open('benefits-risks', '?lang=cy');
  const welsh = (await Promise.all((await r.arrays().all()).map((a) => a.getAttribute('aria-label')))).map(strip);
  assert.ok(welsh.includes('Gyda’r pwmp: llun o 100 o bobl. Bu farw 46 o bob 100 o fewn 6 mis. Roedd 54 o bob 100 yn fyw ar ôl 6 mis.'), welsh.join('\n'));
  assert.deepEqual(watch.errors, []);
  await page.close();
});
