// Accessibility scan with axe-core (WCAG 2.0/2.1/2.2 A and AA rules plus best practices).
import { AxeBuilder } from '@axe-core/playwright';

/** Runs axe on the page and returns its violations, formatted for a readable assertion message. */
export async function axeViolations(page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
