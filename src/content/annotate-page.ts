/**
 * The annotator's entry, loaded into a page by the background once the sentinel has found a
 * health word there: follows the reader's switches, annotates the page while it is on, and answers
 * the popup. Each switched-on period is one lifecycle owned by an AbortController: switching off,
 * or the extension going away (updated, reloaded, removed), ends it and leaves the page as it was.
 */
import { answerWith, extensionApi as browser } from '../shared/extension-api';
import { call, checkAnalysis, CONTENT_REQUESTS, serve } from '../shared/messages';
import { isActiveOn, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { createAnnotator, pause, type Annotator, type Transport } from './annotator';
import { observePage } from './page-observer';

const site = location.hostname;
const RECONNECT_MS = 1000;

/** True once the extension that loaded this script has been updated, reloaded or removed. */
const contextGone = () => {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
};

function start(release: () => void) {
  const toBackground = (message: unknown) => browser.runtime.sendMessage(message);
  const transport: Transport = {
    analyze: async (text, contextLength) => checkAnalysis(await call(toBackground, 'analyze', { text, ...(contextLength ? { contextLength } : {}) }), pause),
    pageChanged: (claimCount) => call(toBackground, 'pageChanged', { claimCount }),
    loadCard: () => call(toBackground, 'loadCard', {}),
  };
  const everything = new AbortController(); // ends with the extension context
  let period: { life: AbortController; annotator: Annotator } | undefined;

  const stop = () => {
    period?.life.abort();
    period = undefined;
  };

  /** Runs work for this period; a failure is logged, and one from a dead extension context ends everything. */
  const safely = (work: () => unknown) => {
    if (contextGone()) return everything.abort();
    void Promise.resolve().then(work).catch((e: unknown) => {
      if (contextGone()) everything.abort();
      else console.warn('Evidence Lens:', e);
    });
  };

  const apply = (settings: Settings) => {
    const on = isActiveOn(settings, site) && !everything.signal.aborted;
    if (on && !period) {
      const life = new AbortController();
      const annotator = createAnnotator(transport, life.signal);
      period = { life, annotator };
      observePage((changed) => safely(() => annotator.update(changed)), () => safely(annotator.reposition), life.signal);
      safely(annotator.refresh);
    } else if (!on && period) {
      stop();
      if (!everything.signal.aborted) safely(() => transport.pageChanged(0));
    }
  };

  const stopSettings = onSettingsChanged((settings) => safely(() => apply(settings)));
  safely(() => loadSettings().then(apply));

  const answer = answerWith(serve(
    'content',
    CONTENT_REQUESTS,
    // Only our own pages (the popup): asked by origin, since Firefox gives an extension page shown in a tab a sender.tab.
    (sender) => sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('')),
    {
      getPageState: () => period?.annotator.pageState(site) ?? { site, claims: [], risks: [], mentionCount: 0 },
      revealClaim: ({ claimId }) => ({ ok: period?.annotator.reveal(claimId) ?? false }),
    },
  ));
  browser.runtime.onMessage.addListener(answer);

  everything.signal.addEventListener('abort', () => {
    stop();
    release(); // a copy injected by the extension's next version may take over
    try {
      stopSettings();
      browser.runtime.onMessage.removeListener(answer);
    } catch {
      // The extension's APIs are gone with its context; nothing is left to unhook.
    }
  }, { once: true });

  // The one event a content script gets when its extension goes away in Chrome: the port closes.
  // The background's worker also closes ports when it sleeps; then the extension is still there, and we reconnect.
  const connect = () => {
    if (everything.signal.aborted) return;
    try {
      browser.runtime.connect({ name: 'annotator' }).onDisconnect.addListener(() => {
        if (contextGone()) everything.abort();
        else window.setTimeout(connect, RECONNECT_MS);
      });
    } catch {
      everything.abort();
    }
  };
  connect();
}

/** Set in the content scripts' world, which the page cannot see: loaded twice, the second copy leaves the first in charge. */
const RUNNING = Symbol.for('evidence-lens.annotator');
const world = globalThis as { [RUNNING]?: true };
if (!world[RUNNING]) {
  world[RUNNING] = true;
  start(() => delete world[RUNNING]);
}
