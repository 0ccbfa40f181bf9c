/**
 * The scripts the background injects into pages, as files of the built extension: not manifest
 * content scripts (each loads only where it is needed) and not web-accessible (pages cannot probe
 * for them). vite.config.ts builds them there.
 */

/** The annotator: loaded where the sentinel found health words. */
export const ANNOTATOR_SCRIPT = { entry: 'src/content/annotate-page.ts', file: 'src/content/annotate-page.js' } as const;

/** The evidence card: loaded the first time a reader opens a card on a page; most pages never need it. */
export const CARD_SCRIPT = { entry: 'src/content/components/card-script.tsx', file: 'src/content/evidence-card.js' } as const;
