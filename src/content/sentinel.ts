/**
 * The one script that loads on every page, so it stays tiny: one native read of the page's text
 * and one regular expression. Where that finds a health word, it asks the background to load the
 * annotator into this page; elsewhere it only watches the text that arrives later (comments,
 * infinite scroll, a single-page app's next view), reading just that.
 *
 * It touches no extension API until it has found something (the first touch of one costs more than
 * this whole script), and it does without webextension-polyfill for the same reason: its one call,
 * `runtime.sendMessage`, returns a promise on Chrome's `chrome` and on Firefox's `browser` alike.
 */
import type Browser from 'webextension-polyfill';
import { mayBeAboutHealth } from '../core/health-cues';
import type { Message } from '../shared/messages';

type Api = Pick<typeof Browser, 'runtime'>;

/** Check the text that arrived at most this often while a page without health words keeps changing. */
const RECHECK_MS = 1000;
/**
 * Read no further than this into one piece of text (a page, or what arrived since the last check):
 * a health page says so well before, and a multi-megabyte log or data dump must not stall the page.
 */
const MAX_CHECKED_CHARS = 1_000_000;

const mayBeAboutHealthAtStart = (text: string) => mayBeAboutHealth(text.slice(0, MAX_CHECKED_CHARS));

function loadAnnotator() {
  const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as { chrome?: Api }).chrome)!;
  const message: Message<'loadAnnotator'> = { type: 'loadAnnotator' };
  api.runtime.sendMessage(message).catch((e: unknown) => console.warn(`Evidence Lens: could not start (${String(e)}).`));
}

function watchArrivingText() {
  let arrived: Node[] = [];
  let timer: number | undefined;
  const check = () => {
    timer = undefined;
    const text = arrived.map((node) => node.textContent ?? '').join('\n');
    arrived = [];
    if (!mayBeAboutHealthAtStart(text)) return;
    watch.disconnect();
    loadAnnotator();
  };
  const watch = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') arrived.push(r.target);
      else for (const node of r.addedNodes) arrived.push(node); // not push(...): a list can be too long to spread
    }
    timer ??= window.setTimeout(check, RECHECK_MS);
  });
  watch.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}

if (mayBeAboutHealthAtStart(document.body?.textContent ?? '')) loadAnnotator();
else watchArrivingText();
