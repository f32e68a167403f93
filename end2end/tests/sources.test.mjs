// Honest numbers, as a reader meets them: the trade-off in one line, the later 10-year look kept secondary, the
// comparison group named for what it was, NICE's signposts that open outside the guide, and every source label
// leading to its full reference.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startSuite } from '../support/browser.mjs';
import { Guide } from '../pages/guide.mjs';
import { PATIENT_ROUTES, Risks, stripMarks } from '../pages/patient.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.stop(); });

test('the risks page sums up the trade-off, names usual care for what it was, and keeps the 10-year look secondary', async () => {
  const { page, watch } = await openPage(suite);
  const r = new Risks(page, suite.baseUrl);
  await r.open('benefits-risks');
  const summary = r.main().getByRole('heading', { name: 'The trade-off in one line' }).locator('xpath=..');
  const line = stripMarks(await summary.innerText());
  for (const pair of ['46 died, against 59', '24 had a serious problem from the treatment, against 6', '42 needed dialysis, against 27', '26 had major bleeding, against 15']) {
    assert.ok(line.includes(pair), `the trade-off line says "${pair}": ${line}`);
  }
  assert.match(line, /people like those in the trial, over 6 months/);
  assert.match(line, /DanGer Shock, NEJM 2024/);
  // Usual care is named as what it was, in the pictures' labels too.
  const labels = (await Promise.all((await r.arrays().all()).map((a) => a.getAttribute('aria-label')))).map(stripMarks);
  assert.ok(labels.some((l) => l.startsWith('Usual care (no microaxial pump): a picture')), labels.join('\n'));
  assert.match(await r.main().innerText(), /Usual care can still include other support machines/);
  // The 10-year look: text under "How sure can we be?", no pictures of its own, "up to 10 years".
  assert.equal(await r.outcome('long').count(), 0, 'no picture pair for the 10-year look');
  const sure = r.main().locator('section.card', { has: page.getByRole('heading', { name: 'How sure can we be?' }) });
  const longer = sure.getByRole('heading', { level: 3, name: 'A longer look, of up to 10 years' });
  await assert.doesNotReject(longer.waitFor());
  const sureText = await sure.innerText();
  assert.match(sureText, /for up to 10 years/);
  assert.match(sureText, /published as a letter/);
  assert.match(sureText, /53 out of 100 people with the pump had died, and 69 out of 100 with usual care \(no microaxial pump\)/);
  assert.equal(await sure.getByRole('img').count(), 0, 'the longer look has no icon arrays');
  assert.doesNotMatch(await r.main().innerText(), /After 10 years/);
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('NICE’s signposts are plain links that open a new tab, say so, and cannot reach back into the guide', async () => {
  const { page, watch } = await openPage(suite);
  const g = new Guide(page, suite.baseUrl);
  await g.open('pump');
  const links = g.main().locator('a.outbound');
  assert.equal(await links.count(), 6);
  for (const link of await links.all()) {
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    assert.match(await link.getAttribute('href'), /^https:\/\/www\.(nhs\.uk|nice\.org\.uk|healthwatch\.co\.uk)\//);
    assert.match(await link.innerText(), /opens a new tab and leaves this guide/);
  }
  // Following one opens a new context; the guide itself fetches nothing from the other site.
  await suite.context.route('https://**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>elsewhere</title>' }));
  const [opened] = await Promise.all([suite.context.waitForEvent('page'), links.first().click()]);
  await opened.waitForLoadState();
  assert.equal(await opened.evaluate(() => window.opener), null, 'the new tab cannot reach the guide');
  assert.match(opened.url(), /^https:\/\/www\.nhs\.uk\//);
  await opened.close();
  await suite.context.unroute('https://**');
  assert.equal(page.url().includes('#/pump'), true, 'the guide stays where it was');
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('every source label on every patient page leads to a full reference on the Sources page', async () => {
  const { page, watch } = await openPage(suite);
  const g = new Guide(page, suite.baseUrl);
  await g.open('about');
  const references = new Set(await page.locator('ol.sources li').evaluateAll((items) => items.map((li) => li.id)));
  assert.ok(references.size >= 20, `the Sources list is there (${references.size})`);
  const kinds = new Map();
  for (const route of [...PATIENT_ROUTES, 'about']) {
    await g.open(route);
    // The walkthrough shows one step at a time: visit every step so its labels are counted too.
    const labels = [];
    const collect = async () => {
      for (const link of await g.main().locator('a.source-link').all()) {
        labels.push({ href: await link.getAttribute('href'), text: stripMarks(await link.innerText()), kind: await link.evaluate((a) => a.parentElement.className) });
      }
    };
    await collect();
    if (route === 'insertion') {
      const next = g.main().getByRole('button', { name: 'Next' });
      while (await next.isVisible() && await next.isEnabled()) { await next.click(); await collect(); }
    }
    for (const { href, text, kind } of labels) {
      const asked = new URLSearchParams(href.split('?')[1] ?? '').get('source');
      assert.ok(asked && references.has(asked), `#/${route}: "${text}" (${href}) has a full reference`);
      if (!kinds.has(kind)) kinds.set(kind, { route, href, text });
    }
  }
  assert.ok(kinds.size >= 2, `labels of several kinds were found: ${[...kinds.keys()]}`);
  // Click through one label of each kind (beside a sentence, under a picture): the reference is shown,
  // highlighted and focused, as a keyboard or screen-reader user would need.
  for (const [kind, { route, href, text }] of kinds) {
    await g.open(route);
    if (route === 'insertion') {
      const next = g.main().getByRole('button', { name: 'Next' });
      while (!(await g.main().locator(`a.source-link[href="${href}"]`).count())) await next.click();
    }
    await g.main().locator(`a.source-link[href="${href}"]`).first().click();
    await g.ready();
    const id = new URLSearchParams(href.split('?')[1]).get('source');
    const entry = page.locator(`li#${id}`);
    await page.waitForFunction((id) => document.activeElement?.id === id, id);
    assert.match(await entry.getAttribute('class'), /asked/, `${kind}: "${text}" highlights its reference`);
    assert.ok((await entry.innerText()).length > 30, `${kind}: the reference is a full one`);
  }
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('the footer of every patient page says when the content was checked and when it is next reviewed', async () => {
  const { page, watch } = await openPage(suite);
  const g = new Guide(page, suite.baseUrl);
  for (const route of PATIENT_ROUTES) {
    await g.open(route);
    const footer = stripMarks(await page.locator('footer.site-footer').innerText());
    assert.match(footer, /Checked on 2026-12-04\. Next review by 2027-12-04\./, `#/${route}`);
  }
  await g.open('family', '?lang=pl');
  assert.match(stripMarks(await page.locator('footer.site-footer').innerText()), /2026-12-04.*2027-12-04/s);
  assert.deepEqual(watch.errors, []);
  await page.close();
});
