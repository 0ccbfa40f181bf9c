/**
 * The annotator's entry, loaded into a page by the background once the sentinel has found a
 * health word there: follows the user's switches, annotates the page while it is on, and answers
 * the popup. Any failure is logged and leaves the page untouched.
 */
import browser from 'webextension-polyfill';
import { PopupToContent, parseMessage } from '../shared/messages';
import { isActiveOn, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { createAnnotator } from './annotator';
import { observePage } from './page-observer';

const site = location.hostname;

const safely = (work: () => unknown) => {
  try {
    void Promise.resolve(work()).catch((e) => console.warn('Evidence Lens:', e));
  } catch (e) {
    console.warn('Evidence Lens:', e);
  }
};

function start() {
  const annotator = createAnnotator();
  let stopObserving: (() => void) | undefined;

  const apply = (settings: Settings) => {
    const on = isActiveOn(settings, site);
    if (on && !stopObserving) {
      stopObserving = observePage((changed) => safely(() => annotator.update(changed)), () => safely(annotator.reposition));
      safely(annotator.refresh);
    } else if (!on && stopObserving) {
      stopObserving();
      stopObserving = undefined;
      annotator.clear();
      safely(() => browser.runtime.sendMessage({ type: 'claimCount', count: 0 }));
    }
  };

  void loadSettings().then(apply);
  onSettingsChanged(apply);

  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    // Only our own pages (the popup): asked by origin, since Firefox gives an extension page shown in a tab a sender.tab.
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL(''))) return undefined;
    const parsed = parseMessage(PopupToContent, message, 'content');
    if (!parsed) return undefined;
    if (parsed.type === 'getPageState') return Promise.resolve(annotator.pageState(site));
    return Promise.resolve({ ok: annotator.reveal(parsed.index) });
  });
}

/** Set in the content scripts' world, which the page cannot see: loaded twice, the second copy leaves the first in charge. */
const RUNNING = Symbol.for('evidence-lens.annotator');
const world = globalThis as { [RUNNING]?: true };
if (!world[RUNNING]) {
  world[RUNNING] = true;
  start();
}
