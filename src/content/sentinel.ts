/**
 * The one script that loads on every page, so it stays tiny: one native read of the page's text
 * and one regular expression. Where that finds a health word, it asks the background to load the
 * annotator into this page; elsewhere it only watches for content that arrives later.
 *
 * It touches no extension API until it has found something (the first touch of one costs more than
 * this whole script), and it does without webextension-polyfill for the same reason: its one call,
 * `runtime.sendMessage`, returns a promise on Chrome's `chrome` and on Firefox's `browser` alike.
 */
import type Browser from 'webextension-polyfill';
import { mayBeAboutHealth } from '../core/health-cues';
import type { ContentToBackgroundMessage } from '../shared/messages';

type Api = Pick<typeof Browser, 'runtime'>;

/** Re-check for health words at most this often while a page without any keeps changing. */
const RECHECK_MS = 1000;

const pageText = () => document.body?.textContent ?? '';

function loadAnnotator() {
  const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as { chrome?: Api }).chrome)!;
  const message: ContentToBackgroundMessage = { type: 'loadAnnotator' };
  api.runtime.sendMessage(message).catch((e: unknown) => console.warn(`Evidence Lens: could not start (${String(e)}).`));
}

function watchForHealthWords() {
  let timer: number | undefined;
  const watch = new MutationObserver(() => {
    if (timer !== undefined) return;
    timer = window.setTimeout(() => {
      timer = undefined;
      if (!mayBeAboutHealth(pageText())) return;
      watch.disconnect();
      loadAnnotator();
    }, RECHECK_MS);
  });
  watch.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}

if (mayBeAboutHealth(pageText())) loadAnnotator();
else watchForHealthWords();
