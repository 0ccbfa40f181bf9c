/** Popup entry: finds the tab it speaks for and shows its page view, with a button to the side panel. */
import { render } from 'preact';
import { PageView } from '../shared/page-view/PageView';
import { OpenPanelButton } from './components/OpenPanelButton';
import { targetTabId } from '../shared/target-tab';
import { localizeDocument } from '../shared/i18n';

localizeDocument('extName');

void targetTabId(location.search).then((tabId) => render(<PageView tabId={tabId} actions={<OpenPanelButton />} />, document.getElementById('app')!));
