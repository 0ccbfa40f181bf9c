/** Loads the annotator into the one document whose sentinel found health words in it. */
import browser from 'webextension-polyfill';
import { ANNOTATOR_SCRIPT } from '../shared/annotator-script';

export async function loadAnnotator(tabId: number, sender: browser.Runtime.MessageSender): Promise<void> {
  // By document where the browser names it (Chrome), so a frame that has since navigated is left alone.
  const target = sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
  await browser.scripting.executeScript({ target, files: [ANNOTATOR_SCRIPT.file] });
}
