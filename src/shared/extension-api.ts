/**
 * The extension API as the scripts loaded into pages use it, without webextension-polyfill: every
 * call they make returns a promise on Firefox's `browser` and on Chrome's `chrome` alike (MV3), and
 * the polyfill's 10 KB and wrapping cost each annotated page start-up time for nothing. The one
 * difference left, answering a message, goes through `answerWith`.
 */
import type Browser from 'webextension-polyfill';

type Api = Pick<typeof Browser, 'runtime' | 'storage'>;

export const extensionApi: Api = ((globalThis as { browser?: Api }).browser ?? (globalThis as { chrome?: Api }).chrome)!;

/**
 * An onMessage listener from a function that answers with a promise (or not at all, with
 * undefined): Chrome ignores a promise a listener returns, both browsers honour `sendResponse`.
 */
export function answerWith(answer: (message: unknown, sender: Browser.Runtime.MessageSender) => Promise<unknown> | undefined): Browser.Runtime.OnMessageListener {
  const listener = (message: unknown, sender: Browser.Runtime.MessageSender, sendResponse: (reply: unknown) => void): true | undefined => {
    const reply = answer(message, sender);
    if (!reply) return undefined;
    reply.then(sendResponse, (e: unknown) => {
      console.warn('Evidence Lens: could not answer a message.', e);
      sendResponse(undefined);
    });
    return true;
  };
  // The typings allow only `true` here; undefined, "not mine", is what both browsers expect from a listener that does not answer.
  return listener as Browser.Runtime.OnMessageListenerCallback;
}
