/** The popup's side of the protocol with the tab's content script. */
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { ContentToBackground, PageStateSchema, parseMessage, type PageState, type PopupToContentMessage } from '../shared/messages';

const send = (tabId: number, message: PopupToContentMessage) => browser.tabs.sendMessage(tabId, message);

/** The page's claims, or undefined where the extension cannot run (browser pages, the store). */
export async function fetchPageState(tabId: number): Promise<PageState | undefined> {
  try {
    const reply = await send(tabId, { type: 'getPageState' });
    const parsed = v.safeParse(PageStateSchema, reply);
    if (parsed.success) return parsed.output;
  } catch {
    // No annotator in the tab: see below.
  }
  return pageWithoutAnnotator(tabId);
}

/**
 * The annotator loads only on pages with health words, so on an ordinary web page no one answers:
 * the page has nothing to show. Any other page (a browser page, a file) is one the extension cannot read.
 */
async function pageWithoutAnnotator(tabId: number): Promise<PageState | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tab?.url && URL.canParse(tab.url) ? new URL(tab.url) : undefined;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') return undefined;
  return { site: url.hostname, claims: [], mentionCount: 0 };
}

export async function revealClaim(tabId: number, index: number): Promise<void> {
  await send(tabId, { type: 'revealClaim', index }).catch(() => undefined);
}

/**
 * Calls `onChange` whenever the tab's content script reports a new claim count (it does after
 * every re-read, switch or page change), so an open popup stays current. Returns the unsubscribe.
 */
export function onPageChanged(tabId: number, onChange: () => void): () => void {
  const listener = (message: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab?.id !== tabId) return undefined;
    if (parseMessage(ContentToBackground, message, 'popup')?.type === 'claimCount') onChange();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
