/**
 * The tab the side panel speaks for: at first the active tab of its window (or `?tab=N`, how the
 * end-to-end tests open the panel as a page), then whichever tab the reader brings to the front in
 * that window. Undefined until known.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { targetTabId } from '../shared/target-tab';

export type FollowedTab = { known: false } | { known: true; tabId: number | undefined };

export function useFollowedTab(search: string): FollowedTab {
  const [followed, setFollowed] = useState<FollowedTab>({ known: false });
  useEffect(() => {
    let stopped = false;
    let windowId: number | undefined;
    // Opened as a page in a tab of its own (the tests), the panel never follows itself.
    let ownTabId: number | undefined;
    const activated = ({ tabId, windowId: where }: browser.Tabs.OnActivatedActiveInfoType) => {
      if (where === windowId && tabId !== ownTabId) setFollowed({ known: true, tabId });
    };
    void Promise.all([targetTabId(search), browser.windows.getCurrent(), browser.tabs.getCurrent()]).then(([tabId, window, ownTab]) => {
      if (stopped) return;
      windowId = window.id;
      ownTabId = ownTab?.id;
      setFollowed({ known: true, tabId });
      browser.tabs.onActivated.addListener(activated);
    });
    return () => {
      stopped = true;
      browser.tabs.onActivated.removeListener(activated);
    };
  }, [search]);
  return followed;
}
