/**
 * The annotator as a file of the built extension: not a manifest content script (it loads only
 * where the sentinel asks) and not web-accessible (pages cannot probe for it). vite.config.ts
 * builds it there; the background injects it.
 */
export const ANNOTATOR_SCRIPT = { entry: 'src/content/annotate-page.ts', file: 'src/content/annotate-page.js' } as const;
