// Page object for the guide: how a reader finds things (roles and accessible names), in one place.

export class Guide {
  /** @param {import('playwright-core').Page} page */
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  /** Opens a route (e.g. '' or 'about'), optionally with a query string like '?lang=cy'. */
  async open(route = '', query = '') {
    await this.page.goto(`${this.baseUrl}${query}#/${route}`);
    await this.ready();
  }

  async reload() {
    await this.page.reload();
    await this.ready();
  }

  /** The app has started: the loading screen is gone and the main landmark is there. */
  async ready() {
    await this.page.waitForSelector('main#main');
    await this.page.waitForFunction(() => !document.getElementById('boot'));
    // A page still building its live part marks itself aria-busy (the flow demo, for a task or two).
    await this.page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'));
    // A simulator page whose module could not be fetched shows a message instead (src/simulator.rs): never
    // the page a test expects (simulator-module.test.mjs opens such pages without `ready`).
    const failed = await this.page.locator('.simulator-failed').count();
    if (failed) throw new Error(`the simulator could not be loaded on ${this.page.url()}`);
  }

  h1() { return this.page.getByRole('heading', { level: 1 }); }
  main() { return this.page.getByRole('main'); }
  nav() { return this.page.getByRole('navigation'); }
  menuButton() { return this.page.getByRole('button', { name: /^(Menu|Dewislen|مینو)$/ }); }
  /** On a phone the navigation is behind the menu button: opens it (a no-op where the navigation is shown). */
  async openMenu() {
    await this.page.waitForSelector('#site-menu nav', { state: 'attached' });
    const button = this.page.locator('.menu-button');
    if (await button.isVisible() && (await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await this.nav().waitFor();
  }
  navLink(name) { return this.nav().getByRole('link', { name }); }
  languagePicker() { return this.page.locator('label.language-picker select'); }
  audiencePicker() { return this.page.getByRole('combobox', { name: /Reading as|Yn darllen fel/ }); }
  audienceButton(name) { return this.main().getByRole('button', { name }); }

  async switchLanguage(tag) { await this.languagePicker().selectOption(tag); }

  async htmlLang() { return this.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]); }
  async fallbackCount() { return Number(await this.page.evaluate(() => document.documentElement.dataset.i18nFallbacks)); }
  async stored(key) { return this.page.evaluate((k) => localStorage.getItem(k), key); }
}
