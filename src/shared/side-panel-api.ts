/**
 * Chrome's side panel API, which webextension-polyfill does not type; undefined in Firefox, whose
 * sidebar (`sidebarAction`) the polyfill does type. Chrome opens the panel only inside a user
 * gesture (a click, a keyboard command), so call `open` before any await.
 */
type SidePanelApi = { open(options: { windowId: number }): Promise<void> };

export const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
