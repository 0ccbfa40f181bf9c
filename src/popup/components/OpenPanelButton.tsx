/** The popup's way to the side panel, which stays open while the reader scrolls and clicks in the page. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n';
import { canOpenSidePanel, openSidePanel } from '../open-side-panel';

export function OpenPanelButton() {
  // Known before the click, so that the click opens the panel without awaiting anything.
  const [windowId, setWindowId] = useState<number | undefined>();
  useEffect(() => void browser.windows.getCurrent().then((w) => setWindowId(w.id)), []);
  if (!canOpenSidePanel()) return null;
  return <button type="button" class="open-panel" onClick={() => openSidePanel(windowId)}>{t('panel_open')}</button>;
}
