import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * axe-core over the page as shown: no serious or critical WCAG 2.2 A/AA
 * violation; and every control a finger uses at least 60 px tall.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking).toEqual([]);
  const small = await page
    .locator('main button, main a, main [role="tab"], header button, [role="alertdialog"] button')
    .evaluateAll((els) =>
      els
        .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().height < 60)
        .map((el) => el.textContent?.trim() ?? ''),
    );
  expect(small, `${screen}: controls under 60 px`).toEqual([]);
}
