import type { Page } from '@playwright/test';

/** The three screens the kiosk is made for: the common landscape terminal, the 5:4 one, and portrait. */
export const kioskViewports = [
  { name: 'landscape-1920x1080', width: 1920, height: 1080 },
  { name: 'landscape-1280x1024', width: 1280, height: 1024 },
  { name: 'portrait-1080x1920', width: 1080, height: 1920 },
] as const;

/** What one stop of the tour found: nothing scrolls the page, every control is inside the viewport. */
export interface LayoutReport {
  readonly screen: string;
  readonly documentScrolls: { readonly width: number; readonly height: number; readonly viewport: string } | null;
  /** Visible buttons, links, tabs and inputs outside the viewport (or cut by it), not inside a list's own scroll region. */
  readonly outside: readonly string[];
}

/**
 * Measures the page as a member sees it. Lists scroll inside their own
 * region (`[data-scroll-region]`); anything else a finger uses must be
 * wholly on screen, and the document itself must not scroll.
 */
export async function measureLayout(page: Page, screen: string): Promise<LayoutReport> {
  const found = await page.evaluate(() => {
    const root = document.documentElement;
    const scrolls =
      root.scrollHeight > window.innerHeight + 1 || root.scrollWidth > window.innerWidth + 1
        ? { width: root.scrollWidth, height: root.scrollHeight, viewport: `${window.innerWidth}x${window.innerHeight}` }
        : null;
    const controls = Array.from(
      document.querySelectorAll<HTMLElement>('button, a[href], [role="tab"], input:not([type="radio"]), label.segment'),
    );
    const outside = controls
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .filter((el) => !el.closest('[data-scroll-region]') && !el.closest('[inert]'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return (
          r.top < -0.5 || r.left < -0.5 || r.bottom > window.innerHeight + 0.5 || r.right > window.innerWidth + 0.5
        );
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        return `${el.tagName.toLowerCase()} "${name}" at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`;
      });
    return { scrolls, outside };
  });
  return { screen, documentScrolls: found.scrolls, outside: found.outside };
}
