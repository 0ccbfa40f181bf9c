/** Loads the annotator, and the style of its highlights, into the one document whose sentinel found health words in it; later, the card's script. */
import browser from 'webextension-polyfill';
import { HIGHLIGHT_STYLE } from '../shared/highlight-style';
import { ANNOTATOR_SCRIPT, CARD_SCRIPT } from '../shared/injected-scripts';

/** The sender's document, by id where the browser names it (Chrome), so a frame that has since navigated is left alone. */
const documentOf = (tabId: number, sender: browser.Runtime.MessageSender) =>
  sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };

export async function loadAnnotator(tabId: number, sender: browser.Runtime.MessageSender): Promise<void> {
  const target = documentOf(tabId, sender);
  await Promise.all([
    browser.scripting.insertCSS({ target, css: HIGHLIGHT_STYLE }),
    browser.scripting.executeScript({ target, files: [ANNOTATOR_SCRIPT.file] }),
  ]);
}

export async function loadCard(tabId: number, sender: browser.Runtime.MessageSender): Promise<void> {
  await browser.scripting.executeScript({ target: documentOf(tabId, sender), files: [CARD_SCRIPT.file] });
}
