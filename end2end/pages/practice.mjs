// Page object for the practice room: everything is reached and pressed by keyboard (Tab / Shift+Tab to move,
// Enter to press), the way a keyboard-only trainee would.

export class Practice {
  /** @param {import('playwright-core').Page} page */
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  /** Opens a practice route (e.g. 'practice/scenario/weaning?seed=1') with the clinician audience chosen. */
  async open(route, lang = 'en-GB') {
    await this.page.goto(`${this.baseUrl}?lang=${lang}#/`);
    await this.page.evaluate(() => localStorage.setItem('hpg.audience', 'clinician'));
    await this.page.goto(`${this.baseUrl}?lang=${lang}#/${route}`);
    await this.page.reload();
    await this.ready();
  }

  async ready() {
    await this.page.waitForSelector('main#main');
    await this.page.waitForFunction(() => !document.getElementById('boot'));
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  main() { return this.page.getByRole('main'); }
  h1() { return this.page.getByRole('heading', { level: 1 }); }
  debriefHeading() { return this.page.getByRole('heading', { level: 2, name: /^(Debrief|Adolygiad)$/ }); }
  feedback() { return this.page.locator('.sc-feedback'); }
  alarmBanner() { return this.page.locator('.con-banner'); }

  /**
   * Moves keyboard focus to the enabled button (or link) whose text matches `name` with Tab or Shift+Tab only,
   * then presses Enter.
   */
  async press(name) {
    const page = this.page;
    const steps = await page.evaluate((pattern) => {
      const re = new RegExp(pattern);
      const tabbable = [...document.querySelectorAll('a[href], button, select, textarea, input, [tabindex]')]
        .filter((el) => !el.disabled && el.tabIndex >= 0 && el.getClientRects().length > 0);
      const target = tabbable.findIndex((el) => (el.tagName === 'BUTTON' || el.tagName === 'A') && re.test(el.textContent.trim()));
      if (target < 0) return null;
      const current = tabbable.indexOf(document.activeElement);
      return target - current;
    }, name.source ?? name);
    if (steps === null) throw new Error(`no enabled control named ${name}`);
    const key = steps >= 0 ? 'Tab' : 'Shift+Tab';
    for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(key);
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    const re = name instanceof RegExp ? name : new RegExp(name);
    if (!re.test(focused ?? '')) throw new Error(`keyboard focus is on "${focused}", not ${name}`);
    await page.keyboard.press('Enter');
  }

  async debriefShown() {
    return (await this.debriefHeading().count()) > 0;
  }

  /** Presses actions in order until the debrief appears (a resolved scenario ends by itself). */
  async playUntilDebrief(actions, repeatLast = 0) {
    const list = [...actions];
    for (let i = 0; i < repeatLast; i++) list.push(actions[actions.length - 1]);
    for (const a of list) {
      if (await this.debriefShown()) break;
      await this.press(a);
      await this.page.waitForFunction(() => document.querySelector('.sc-feedback')?.textContent.length > 0);
    }
  }
}
