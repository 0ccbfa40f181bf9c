/**
 * Background worker: loads the annotator into a page whose sentinel found health words (and the
 * card's script when a reader first opens a card there), runs the
 * analysis off the page's main thread (so pages stay smooth), keeps the toolbar badge in step with
 * each tab's claim count, tells the extension's open pages when a tab's page changed and opens the
 * side panel on its keyboard command. Nothing leaves the browser.
 */
import browser from 'webextension-polyfill';
import { BACKGROUND_REQUESTS, serve, type TabChanged } from '../shared/messages';
import { readerProfileStore } from '../shared/reader-profile-store';
import { isActiveOn } from '../shared/settings';
import { loadSettings } from '../shared/settings-store';
import { analyzePageText } from './analyze-page';
import { loadAnnotator, loadCard } from './load-annotator';
import { openPanelOnCommand } from './panel-command';
import { showClaimCount } from './toolbar-badge';

let sender: browser.Runtime.MessageSender | undefined;

/** The site a sender's page is on, as the annotator and the popup name it (location.hostname). */
const siteOf = (url: string | undefined) => {
  try {
    return new URL(url ?? '').hostname;
  } catch {
    return '';
  }
};

/** Tells an open popup or panel that a tab's page changed; nobody listening is fine. */
const relayTabChanged = (tabId: number) => browser.runtime.sendMessage({ type: 'tabChanged', tabId } satisfies TabChanged).catch(() => undefined);

const answer = serve(
  'background',
  BACKGROUND_REQUESTS,
  // Only our own content scripts, in a tab, may ask.
  (from) => from.id === browser.runtime.id && from.tab?.id !== undefined,
  {
    loadAnnotator: async () => {
      const from = sender!;
      if (!isActiveOn(await loadSettings(), siteOf(from.url))) return { loaded: false };
      await loadAnnotator(from.tab!.id!, from);
      return { loaded: true };
    },
    loadCard: async () => {
      await loadCard(sender!.tab!.id!, sender!);
      return { ok: true as const };
    },
    analyze: async ({ text, contextLength }) => analyzePageText(text, contextLength ?? 0, await readerProfileStore.load()),
    pageChanged: async ({ claimCount }) => {
      const tabId = sender!.tab!.id!;
      await showClaimCount(tabId, claimCount);
      void relayTabChanged(tabId);
      return { ok: true as const };
    },
  },
);

// Each annotator holds a port open: when it closes and the extension is gone, the annotator cleans the page up.
browser.runtime.onConnect.addListener(() => undefined);

browser.runtime.onMessage.addListener((message: unknown, from: browser.Runtime.MessageSender) => {
  sender = from; // the handlers run synchronously up to their first await, with this sender
  return answer(message, from);
});

openPanelOnCommand();
