// Page objects for the patient guide pages: how a reader finds things on them, by role and accessible name.
import { Guide } from './guide.mjs';

/** Removes Fluent's isolation marks (U+2068, U+2069) from text read off the page. */
export const stripMarks = (s) => s.replace(/[\u2068\u2069]/g, '');

/** The patient routes, in navigation order. */
export const PATIENT_ROUTES = ['shock', 'pump', 'insertion', 'benefits-risks', 'options', 'after', 'family', 'questions', 'glossary'];

export class Walkthrough extends Guide {
  progress() { return this.main().locator('.walk-progress'); }
  async progressText() { return stripMarks(await this.progress().innerText()); }
  stepHeading() { return this.main().locator('.walk-step h2'); }
  next() { return this.main().getByRole('button', { name: /^(Next|Nesaf)$/ }); }
  back() { return this.main().getByRole('button', { name: /^(Back|Yn ôl)$/ }); }
  restart() { return this.main().getByRole('button', { name: /step 1|gam 1/ }); }
  picture() { return this.main().locator('.walk-step [role="img"]'); }
  /** What has keyboard focus: its tag and text. */
  async focused() {
    return this.page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.textContent?.trim()]);
  }
  /**
   * Waits until step `n` is on screen and, as the walkthrough does one frame after a step change, keyboard focus
   * has moved to its heading. Pressing Tab before then would start from the old button.
   */
  async stepShown(n, total = 8) {
    await this.page.waitForFunction(([n, total]) => {
      const text = document.querySelector('.walk-progress')?.textContent.replace(/[\u2068\u2069]/g, '');
      const heading = document.querySelector('.walk-step h2');
      return text === `Step ${n} of ${total}` && heading !== null && document.activeElement === heading;
    }, [n, total]);
  }
  /** Presses Tab until the element with accessible text `name` has focus (at most `limit` presses). */
  async tabTo(name, limit = 30) {
    for (let i = 0; i < limit; i += 1) {
      await this.page.keyboard.press('Tab');
      const [, text] = await this.focused();
      if (text === name) return;
    }
    throw new Error(`could not reach "${name}" with Tab`);
  }
}

export class Risks extends Guide {
  /** The icon arrays, as a screen reader meets them: images with a name. */
  arrays() { return this.main().getByRole('img'); }
  outcome(key) { return this.main().locator(`section[data-outcome="${key}"]`); }
}

export class Questions extends Guide {
  question(name) { return this.main().getByRole('checkbox', { name }); }
  ownField() { return this.main().getByRole('textbox', { name: /Write a question|Ysgrifennwch gwestiwn/ }); }
  addOwn() { return this.main().getByRole('button', { name: /Add this question|Ychwanegu/ }); }
  notes() { return this.main().getByRole('textbox', { name: /Your notes|Eich nodiadau/ }); }
  copy() { return this.main().getByRole('button', { name: /Copy as text|Copïo fel testun/ }); }
  deleteAll() { return this.main().getByRole('button', { name: /Delete my list|Dileu fy rhestr/ }); }
  async chosenCount() { return stripMarks(await this.main().locator('.chosen-count').innerText()); }
  /** The text a printer would get: everything visible under print media inside the page content. */
  async printedText() {
    await this.page.emulateMedia({ media: 'print' });
    const text = await this.main().innerText();
    await this.page.emulateMedia({ media: 'screen' });
    return stripMarks(text);
  }
}
