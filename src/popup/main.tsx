/** Popup entry: finds the tab it speaks for and renders the claim list. */
import { render } from 'preact';
import { Popup } from './components/Popup';
import { targetTabId } from '../shared/target-tab';
import { localizeDocument } from '../shared/i18n';

localizeDocument('extName');

void targetTabId(location.search).then((tabId) => render(<Popup tabId={tabId} />, document.getElementById('app')!));
