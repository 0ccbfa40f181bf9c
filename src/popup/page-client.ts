/** The popup's side of the protocol with the tab's content script. */
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { PageStateSchema, type PageState, type PopupToContentMessage } from '../shared/messages';

const send = (tabId: number, message: PopupToContentMessage) => browser.tabs.sendMessage(tabId, message);

/** The page's claims, or undefined where the extension cannot run (browser pages, the store). */
export async function fetchPageState(tabId: number): Promise<PageState | undefined> {
  try {
    const reply = await send(tabId, { type: 'getPageState' });
    const parsed = v.safeParse(PageStateSchema, reply);
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}

export async function revealClaim(tabId: number, index: number): Promise<void> {
  await send(tabId, { type: 'revealClaim', index }).catch(() => undefined);
}
