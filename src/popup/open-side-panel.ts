/** Opens the side panel (Chrome) or the sidebar (Firefox) from the popup, then closes the popup. */
import browser from 'webextension-polyfill';
import { chromeSidePanel } from '../shared/side-panel-api';

/** Whether this browser has a side panel the popup can open. */
export const canOpenSidePanel = (): boolean => !!chromeSidePanel || !!browser.sidebarAction;

/** Call from a click: both browsers open their panel only inside the click's user gesture, so nothing is awaited first. */
export function openSidePanel(windowId: number | undefined): void {
  const opened = chromeSidePanel
    ? windowId === undefined ? Promise.reject(new Error('no window')) : chromeSidePanel.open({ windowId })
    : browser.sidebarAction.open();
  opened.then(() => window.close(), (e: unknown) => console.warn('Evidence Lens: could not open the side panel.', e));
}
