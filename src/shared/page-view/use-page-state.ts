/** What a tab's page shows, read again whenever it changes: undefined while reading, null where the extension cannot run. */
import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../messages';
import { fetchPageState, onPageChanged } from './page-client';

export type PageReading = { page: PageState | null | undefined; failure?: string };

export function usePageState(tabId: number | undefined): PageReading {
  const [reading, setReading] = useState<PageReading>({ page: undefined });
  useEffect(() => {
    if (tabId === undefined) {
      setReading({ page: null });
      return undefined;
    }
    let stopped = false;
    // Answers can arrive out of order; only the latest read is shown.
    let reads = 0;
    const refresh = () => {
      const read = ++reads;
      fetchPageState(tabId).then(
        (page) => !stopped && read === reads && setReading({ page: page ?? null }),
        (e: unknown) => !stopped && read === reads && setReading({ page: undefined, failure: e instanceof Error ? e.message : String(e) }),
      );
    };
    refresh();
    const stopListening = onPageChanged(tabId, refresh);
    return () => {
      stopped = true;
      stopListening();
    };
  }, [tabId]);
  return reading;
}
