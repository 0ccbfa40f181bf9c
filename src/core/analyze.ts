/**
 * The core's one entry: plain text in, mentions and claims out, each claim with how it fits its
 * evidence grade. No DOM, no browser: the background worker calls it for pages (the content
 * script only sends their text), and the command line for saved pages.
 */
import type { KnowledgeBase } from './knowledge-base-schema';
import { claimFit } from './claim-fit';
import { extractClaims } from './extract-claims';
import { findMentions } from './find-mentions';
import { inHealthContext } from './health-context';
import { buildLexicon, type Lexicon } from './lexicon';
import type { Analysis } from './types';

const lexicons = new WeakMap<KnowledgeBase, Lexicon>();

export function lexiconFor(kb: KnowledgeBase): Lexicon {
  let lexicon = lexicons.get(kb);
  if (!lexicon) lexicons.set(kb, (lexicon = buildLexicon(kb)));
  return lexicon;
}

export function analyze(text: string, kb: KnowledgeBase): Analysis {
  const mentions = inHealthContext(text, findMentions(text, lexiconFor(kb)));
  const found = mentions.some((m) => m.type === 'supplement') ? extractClaims(text, mentions, kb) : [];
  const claims = found.map((c) => ({ ...c, fit: claimFit(c) }));
  return { text, mentions, claims };
}
