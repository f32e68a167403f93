// Renders public/icon.svg to the PNG icons the web app manifest lists, with the test Chromium (no network).
// Run from end2end/: `node support/icons.mjs`; commit the PNGs it writes to public/.
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const publicDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../public');
const svg = await readFile(join(publicDir, 'icon.svg'), 'utf8');
// The maskable icon keeps the heart inside the central 80 % safe zone on a full-bleed background.
const maskable = svg.replace('rx="5"', 'rx="0"').replace('<path ', '<path transform="translate(2.4 2.4) scale(0.8)" ');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  for (const [name, size, source] of [['icon-192.png', 192, svg], ['icon-512.png', 512, svg],
    ['icon-maskable-512.png', 512, maskable]]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<body style="margin:0;background:transparent">${sized}</body>`);
    await page.locator('svg').screenshot({ path: join(publicDir, name), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
