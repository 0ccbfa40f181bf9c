/**
 * The keyboard command that opens the side panel in Chrome, where `_execute_action` opens only the
 * popup. Firefox opens its sidebar itself on `_execute_sidebar_action` (the Firefox manifest's
 * command), so there is nothing to do there.
 */
import browser from 'webextension-polyfill';
import { chromeSidePanel } from '../shared/side-panel-api';

/** The command's name in manifest.json. */
const OPEN_PANEL = 'open-panel';

export function openPanelOnCommand(): void {
  const sidePanel = chromeSidePanel;
  if (!sidePanel) return;
  browser.commands.onCommand.addListener((command, tab) => {
    // At once, inside the key press's user gesture, which Chrome requires.
    if (command === OPEN_PANEL && tab?.windowId !== undefined) void sidePanel.open({ windowId: tab.windowId }).catch((e: unknown) => console.warn('Evidence Lens: could not open the side panel.', e));
  });
}
