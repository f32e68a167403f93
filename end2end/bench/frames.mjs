// Frame-timing benchmark for "How the pump works": runs the live demo in headless Chromium for a while with
// the pump on, then prints simulation + drawing time per animation frame (median, 95th percentile, worst),
// the long tasks seen, and the page's first-load transfer size. A measurement, not a test: it never fails on
// a number. Run with `cargo xtask bench` (after a release build in dist/).
import { openPage, startSuite } from '../support/browser.mjs';
import { DemoPage } from '../pages/demo.mjs';

const seconds = Number(process.env.HPG_BENCH_SECONDS ?? 15);
const suite = await startSuite();
try {
  for (const [label, viewport] of [['desktop 1280 px', { width: 1280, height: 900 }], ['phone 360 px', { width: 360, height: 780 }]]) {
    const { page } = await openPage(suite, { viewport });
    const bytes = { total: 0 };
    page.on('response', async (r) => { try { bytes.total += (await r.body()).length; } catch { /* redirects */ } });
    const d = new DemoPage(page, suite.baseUrl);
    const loadStart = Date.now();
    await d.openDemo();
    const loadMs = Date.now() - loadStart;
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask' });
    });
    await d.pumpSwitch().check();
    await page.waitForTimeout(seconds * 1000);
    const s = await d.frameStats();
    const longTasks = await page.evaluate(() => window.__longTasks);
    const worstLong = longTasks.length ? Math.max(...longTasks).toFixed(1) : '0';
    console.log(`${label}: ${s.frames} frames in ${seconds} s; simulation + drawing per frame: median ${s.median} ms, p95 ${s.p95} ms, worst ${s.worst} ms; long tasks while running: ${longTasks.length} (worst ${worstLong} ms); page ready in ${loadMs} ms, ${(bytes.total / 1024).toFixed(0)} KiB uncompressed`);
    // Compare the supports: the work for each machine's first picture (settling it from the shared patient and
    // recording its beats; run in tasks of at most 5 ms), and the long tasks meanwhile. Three machines, then
    // three more settings of the clinician's (each a new result).
    await page.evaluate(() => { window.__longTasks = []; });
    const openStart = Date.now();
    await page.locator('#supports-open').click();
    await page.waitForSelector('#supports[data-state="ready"]');
    const firstPictureMs = Date.now() - openStart;
    await d.detailedView().check();
    for (const flow of ['40', '30', '20']) {
      await page.getByLabel('ECMO flow setting (L/min)').selectOption(flow);
      await page.waitForFunction((f) => {
        const ms = document.querySelector('#supports')?.dataset.computeMs ?? '';
        return document.querySelector('#supports')?.dataset.state === 'ready' && ms.split(',').length >= 3 + ['40', '30', '20'].indexOf(f) + 1;
      }, flow);
    }
    const perSupport = (await page.getAttribute('#supports', 'data-compute-ms')).split(',').map(Number).sort((a, b) => a - b);
    const compareLong = await page.evaluate(() => window.__longTasks);
    const median = perSupport[Math.floor(perSupport.length / 2)];
    console.log(`${label}: compare the supports: first three pictures in ${firstPictureMs} ms (module fetch, patient settling and three machines); work per machine: median ${median.toFixed(1)} ms, worst ${perSupport.at(-1).toFixed(1)} ms over ${perSupport.length} machines; long tasks meanwhile: ${compareLong.length}${compareLong.length ? ` (worst ${Math.max(...compareLong).toFixed(1)} ms)` : ''}`);
    await page.close();
  }
} finally {
  await suite.stop();
}
