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
      // A group of radio buttons is one Tab stop: its checked button, or its first when none is checked.
      const radioStop = (el) => {
        if (el.type !== 'radio' || !el.name) return true;
        const group = [...document.querySelectorAll(`input[type="radio"][name="${el.name}"]`)].filter((r) => !r.disabled);
        return (group.find((r) => r.checked) ?? group[0]) === el;
      };
      const tabbable = [...document.querySelectorAll('a[href], button, select, textarea, input, [tabindex]')]
        .filter((el) => !el.disabled && el.tabIndex >= 0 && el.getClientRects().length > 0 && radioStop(el));
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

  /**
   * Answers the scenario's opening question by keyboard: Tab to its group of radio buttons, arrow keys to the
   * answer whose label matches `answer`, then "Lock in my answer" (or `commit`, in another language).
   */
  async predict(answer, commit = /^Lock in my answer$/) {
    const page = this.page;
    const labels = await page.locator('.sc-predict label').allTextContents();
    const index = labels.findIndex((l) => answer.test(l.trim()));
    if (index < 0) throw new Error(`no answer ${answer} in ${JSON.stringify(labels)}`);
    for (let i = 0; i < 60; i++) {
      if (await page.evaluate(() => document.activeElement?.name === 'sc-prediction')) break;
      await page.keyboard.press('Tab');
    }
    const at = await page.evaluate(() => [...document.querySelectorAll('input[name="sc-prediction"]')].indexOf(document.activeElement));
    if (at < 0) throw new Error('keyboard focus never reached the question');
    if (index === at) await page.keyboard.press('Space');
    for (let i = at; i < index; i++) await page.keyboard.press('ArrowDown');
    for (let i = at; i > index; i--) await page.keyboard.press('ArrowUp');
    const checked = await page.evaluate(() => document.querySelector('input[name="sc-prediction"]:checked')?.labels[0]?.textContent.trim());
    if (!answer.test(checked ?? '')) throw new Error(`"${checked}" is checked, not ${answer}`);
    await this.press(commit);
    // The actions open and keyboard focus moves to the first of them.
    await page.waitForFunction(() => !document.querySelector('.sc-action:disabled')
      && document.activeElement === document.querySelector('.sc-action'));
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
