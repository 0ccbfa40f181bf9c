/** Side panel entry: the page view of the tab in front, following the reader from tab to tab. */
import { render } from 'preact';
import { PageView } from '../shared/page-view/PageView';
import { localizeDocument } from '../shared/i18n';
import { useFollowedTab } from './use-followed-tab';

localizeDocument('extName');

function SidePanel() {
  const followed = useFollowedTab(location.search);
  // A fresh view per tab: nothing of one page (its filter, a late answer) carries over to the next.
  return followed.known ? <PageView key={followed.tabId ?? 'none'} tabId={followed.tabId} /> : null;
}

render(<SidePanel />, document.getElementById('app')!);
