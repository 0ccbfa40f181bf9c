/**
 * Background worker: loads the annotator into a page whose sentinel found health words, runs the
 * analysis off the page's main thread (so pages stay smooth) and keeps the toolbar badge in step
 * with each tab's claim count. Nothing leaves the browser.
 */
import browser from 'webextension-polyfill';
import { ContentToBackground, parseMessage, type AnalyzeReply } from '../shared/messages';
import { analyzePageText } from './analyze-page';
import { loadAnnotator } from './load-annotator';
import { showClaimCount } from './toolbar-badge';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our own content scripts, in a tab, may ask.
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return undefined;
  const parsed = parseMessage(ContentToBackground, message, 'background');
  if (!parsed) return undefined;
  const tabId = sender.tab.id;
  switch (parsed.type) {
    case 'loadAnnotator':
      return loadAnnotator(tabId, sender).then(() => ({ ok: true }));
    case 'analyze':
      return Promise.resolve<AnalyzeReply>(analyzePageText(parsed.text, parsed.contextLength));
    case 'claimCount':
      return showClaimCount(tabId, parsed.count).then(() => ({ ok: true }));
  }
});
