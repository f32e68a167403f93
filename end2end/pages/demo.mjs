// Page object for "How the pump works": controls by their labels, numbers from the data tables.
import { Guide } from './guide.mjs';

export class DemoPage extends Guide {
  async openDemo(query = '') {
    await this.open('how-it-works', query);
    await this.page.waitForSelector('#pressure-table td');
  }

  preset() { return this.page.getByLabel('Situation'); }
  pumpSwitch() { return this.page.getByRole('checkbox', { name: 'Pump switched on' }); }
  device() { return this.page.getByLabel('Pump size'); }
  pLevel() { return this.page.getByRole('slider', { name: 'Pump level (P-level)' }); }
  more(name) { return this.page.getByRole('button', { name: `More: ${name}` }); }
  less(name) { return this.page.getByRole('button', { name: `Less: ${name}` }); }
  playPause() { return this.page.getByRole('button', { name: /^(Play|Pause)$/ }); }
  detailedView() { return this.page.getByRole('radio', { name: 'Detailed' }); }
  alerts() { return this.page.locator('.alerts'); }

  /** Pauses the animation: changes then settle at once, so the numbers are steady states. */
  async pause() {
    if ((await this.playPause().textContent()) === 'Pause') await this.playPause().click();
  }

  /** A number from a data table row, by the row's measure key (e.g. 'Sbp', 'TotalOutput'). */
  async measure(table, key) {
    const text = await this.page.locator(`#${table} tr[data-measure="${key}"] td`).textContent();
    return Number(text);
  }

  /** Waits until the tables show a beat that differs from `before` (after a change settles). */
  async waitForChange(table, key, before) {
    await this.page.waitForFunction(([t, k, b]) => {
      const cell = document.querySelector(`#${t} tr[data-measure="${k}"] td`);
      return cell && Number(cell.textContent) !== b;
    }, [table, key, before]);
  }

  async frameStats() {
    return this.page.evaluate(() => {
      const d = document.querySelector('article.demo').dataset;
      return { median: Number(d.frameMedianMs), p95: Number(d.frameP95Ms), worst: Number(d.frameWorstMs), frames: Number(d.frames) };
    });
  }
}
