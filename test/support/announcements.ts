import type { Page } from 'playwright-core';

/** Every element a screen reader speaks from when its text changes: explicit aria-live, or a live role. */
export const LIVE_REGIONS = '[aria-live]:not([aria-live="off"]), [role="alert"], [role="status"], [role="log"]';

export interface Heard {
  /** Which region spoke: the order in which the recorder first met it (0, 1, …). */
  region: number;
  politeness: string;
  text: string;
}

/**
 * Starts recording, in the page, each text a live region is given (a region
 * inserted with its text counts too), with the politeness in force at that
 * moment; `heard` reads the record. A string script: the tests compile
 * without DOM types.
 */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const heard = (window.__heard = []);
    const ids = new Map();
    const last = new Map();
    const politeness = (el) => el.getAttribute('aria-live') || (el.getAttribute('role') === 'alert' ? 'assertive' : 'polite');
    const look = () => {
      for (const el of document.querySelectorAll(${JSON.stringify(LIVE_REGIONS)})) {
        if (!ids.has(el)) ids.set(el, ids.size);
        const text = (el.textContent || '').trim();
        if (text && text !== last.get(el)) heard.push({ region: ids.get(el), politeness: politeness(el), text });
        last.set(el, text);
      }
    };
    look();
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-live', 'role'] });
  })()`);
}

export const heard = (page: Page): Promise<Heard[]> => page.evaluate('window.__heard') as Promise<Heard[]>;

/** How many live regions the page has right now. */
export const liveRegions = (page: Page): Promise<number> => page.locator(LIVE_REGIONS).count();
