/** The popup's and the side panel's side of the protocol with a tab's content script, and the news of the tab. */
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { call, TabChangedSchema, type PageState } from '../messages';

const toTab = (tabId: number) => (message: unknown) => browser.tabs.sendMessage(tabId, message);

/** Thrown when the tab's annotator answered, but not as the protocol says: shown as an error, never as "nothing found". */
export class PageUnreadable extends Error {}

/** The page's claims; undefined where the extension cannot run (browser pages, the store). */
export async function fetchPageState(tabId: number): Promise<PageState | undefined> {
  let reply: PageState;
  try {
    reply = await call(toTab(tabId), 'getPageState', {});
  } catch (e) {
    if (e instanceof Error && e.name === 'ProtocolError') throw new PageUnreadable(e.message);
    return pageWithoutAnnotator(tabId); // no annotator in the tab: see below
  }
  return reply;
}

/**
 * The annotator loads only on pages with health words, so on an ordinary web page no one answers:
 * the page has nothing to show. Any other page (a browser page, a file) is one the extension cannot read.
 */
async function pageWithoutAnnotator(tabId: number): Promise<PageState | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tab?.url && URL.canParse(tab.url) ? new URL(tab.url) : undefined;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') return undefined;
  return { site: url.hostname, claims: [], risks: [], mentionCount: 0 };
}

export async function revealClaim(tabId: number, claimId: string): Promise<void> {
  await call(toTab(tabId), 'revealClaim', { claimId }).catch(() => undefined);
}

/**
 * Calls `onChange` whenever the tab's page changed: the background says so after every re-read,
 * switch or page change, and the tab reports a load finished (a page with no annotator sends no
 * news of its own). Keeps an open popup or panel current. Returns the unsubscribe.
 */
export function onPageChanged(tabId: number, onChange: () => void): () => void {
  const fromBackground = (message: unknown, sender: browser.Runtime.MessageSender) => {
    // From the background only: our own extension, not a tab.
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const parsed = v.safeParse(TabChangedSchema, message);
    if (parsed.success && parsed.output.tabId === tabId) onChange();
    return undefined;
  };
  const loaded = (updatedId: number, change: browser.Tabs.OnUpdatedChangeInfoType) => {
    if (updatedId === tabId && change.status === 'complete') onChange();
  };
  browser.runtime.onMessage.addListener(fromBackground);
  browser.tabs.onUpdated.addListener(loaded);
  return () => {
    browser.runtime.onMessage.removeListener(fromBackground);
    browser.tabs.onUpdated.removeListener(loaded);
  };
}
