/** The number on the toolbar icon: how many claims the tab shows. */
import browser from 'webextension-polyfill';

export async function showClaimCount(tabId: number, count: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1F64A3' });
  } catch {
    // The tab closed between the count and the update; nothing to show.
  }
}
