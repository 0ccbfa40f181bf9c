/**
 * The one script that loads on every page, so it stays tiny and stays out of the page's way: after
 * the page has loaded, in idle time and in slices of a few milliseconds, it reads the page's text
 * once and tests one regular expression. Where that finds a health word, it asks the background to
 * load the annotator into this page; elsewhere it goes on reading only the text that arrives later
 * (comments, infinite scroll, a single-page app's next view).
 *
 * It touches no extension API until it has found something (the first touch of one costs more than
 * this whole script), and does without webextension-polyfill for the same reason.
 */
import { extensionApi } from '../shared/extension-api';
import type { Message } from '../shared/messages';
import { scanForHealthText } from './text-scan';

/** Check the text that arrived at most this often while a page without health words keeps changing. */
const RECHECK_MS = 1000;

/**
 * Asks for the annotator. On a site the reader switched off the background loads nothing and says
 * so; then a change of the reader's switches is the cue to ask again.
 */
function loadAnnotator() {
  const message: Message<'loadAnnotator'> = { type: 'loadAnnotator' };
  const ask = () => extensionApi.runtime.sendMessage(message).then((reply) => (reply as { loaded?: unknown } | undefined)?.loaded !== false);
  const askAgainOnSwitch = (_changes: unknown, area: string) => {
    if (area !== 'local') return;
    void ask().then((loaded) => { if (loaded) extensionApi.storage.onChanged.removeListener(askAgainOnSwitch); });
  };
  ask()
    .then((loaded) => { if (!loaded) extensionApi.storage.onChanged.addListener(askAgainOnSwitch); })
    .catch((e: unknown) => console.warn(`Evidence Lens: could not start (${String(e)}).`));
}

function start() {
  const scan = scanForHealthText(() => {
    watch.disconnect();
    loadAnnotator();
  });
  let arrived: Node[] = [];
  let timer: number | undefined;
  const watch = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') arrived.push(r.target);
      else for (const node of r.addedNodes) arrived.push(node); // not push(...): a list can be too long to spread
    }
    timer ??= window.setTimeout(() => {
      timer = undefined;
      scan.add(arrived);
      arrived = [];
    }, RECHECK_MS);
  });
  watch.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  if (document.body) scan.add([document.body]);
}

if (document.readyState === 'complete') start();
else window.addEventListener('load', start, { once: true });
