/** The tab the popup speaks for: the active tab, or `?tab=N` (how the end-to-end tests open it). */
import browser from 'webextension-polyfill';

export async function targetTabId(search: string): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
