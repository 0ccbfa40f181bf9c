/** Loads the annotator, and the style of its highlights, into the one document whose sentinel found health words in it. */
import browser from 'webextension-polyfill';
import { ANNOTATOR_SCRIPT } from '../shared/annotator-script';
import { HIGHLIGHT_STYLE } from '../shared/highlight-style';

export async function loadAnnotator(tabId: number, sender: browser.Runtime.MessageSender): Promise<void> {
  // By document where the browser names it (Chrome), so a frame that has since navigated is left alone.
  const target = sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
  await Promise.all([
    browser.scripting.insertCSS({ target, css: HIGHLIGHT_STYLE }),
    browser.scripting.executeScript({ target, files: [ANNOTATOR_SCRIPT.file] }),
  ]);
}
