/**
 * The health-article gate: a recipe with turmeric, a laptop with a magnesium body or a report on
 * zinc prices names supplements without being about health. A mention counts only when the text
 * around it reads as health writing: words that nearly only health writing uses, one such word
 * beside another mention, or a supplement and a condition named close together ("magnesium
 * stopped my cramps"). Judged per mention, so a health section inside a general page still
 * counts.
 */

import { findHealthCues } from './health-cues';
import { firstAtOrAfter } from './sorted-search';
import { looksLikeHeading } from './split-sentences';

export const CONTEXT_REACH = 1500;

/**
 * Words of the garden and the kitchen, where "magnesium deficiency", "a dose of Epsom salts" and
 * "garlic" are about plants and food. Where they outnumber the health words, it is not health writing.
 */
const OTHER_DOMAIN = /\b(?:garden(?:s|ing|er|ers)?|soil|compost|mulch|seedlings?|planting|shrubs?|roses|tomatoes|lawns?|fertili[sz]ers?|watering|flowering|prun(?:e|ing)|perennials?|recipes?|tbsp|tsp|tablespoons?|teaspoons?|simmer(?:ing)?|chopped|ingredients|preheat|oven)\b/giu;

/** A supplement and a condition this close in one sentence read as a claim, which is health writing by itself. */
const PAIR_REACH = 60;

type Span = { start: number; end: number; type: 'supplement' | 'condition' | 'drug' };

/**
 * The spans whose surroundings read as health writing: at least two different cue words within
 * reach, one cue word and another mention, or a supplement and a condition close together; and
 * never on a page without a single cue word. The reach stops at headings that say nothing about
 * health ("Business", "Port handles record iron ore tonnage"), so on a general page the sport and
 * business stories do not borrow the health story's words. Gardening and cooking words
 * outnumbering the health words mean the page is about plants or food.
 */
export function inHealthContext<T extends Span>(text: string, spans: T[]): T[] {
  const cues = findHealthCues(text);
  if (cues.length === 0) return []; // as the content script's pre-check decides
  const elsewhere = [...text.matchAll(OTHER_DOMAIN)].map((m) => ({ start: m.index, word: m[0].toLowerCase() }));
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const boundaries = plainHeadings(text, cues, sorted);
  const pairs = closePairs(text, sorted);
  const kept = new Set<T>();
  sorted.forEach((span, i) => {
    const b = firstAtOrAfter(boundaries, span.start, (h) => h.start);
    const from = Math.max(span.start - CONTEXT_REACH, b > 0 ? boundaries[b - 1]!.end : 0);
    const to = Math.min(span.end + CONTEXT_REACH, b < boundaries.length ? boundaries[b]!.start : text.length);
    const words = new Set<string>();
    for (let c = firstAtOrAfter(cues, from, (x) => x.start); c < cues.length && cues[c]!.start < to; c++) words.add(cues[c]!.word);
    const otherWords = new Set<string>();
    for (let c = firstAtOrAfter(elsewhere, from, (x) => x.start); c < elsewhere.length && elsewhere[c]!.start < to; c++) otherWords.add(elsewhere[c]!.word);
    if (otherWords.size >= 2 && otherWords.size >= words.size) return;
    const pairNear = pairs[firstAtOrAfter(pairs, from, (p) => p.start)];
    const otherNear = [sorted[i - 1], sorted[i + 1]].some((o) => o && o.start >= from && o.end <= to);
    if (words.size >= 2 || (pairNear && pairNear.end <= to) || (words.size === 1 && otherNear)) kept.add(span);
  });
  return spans.filter((s) => kept.has(s));
}

/** A story's headline has a few words; a user name or "Sport" does not end a passage. */
const MIN_BOUNDARY_WORDS = 3;

/** Headline-like lines (a few words, no closing punctuation) that hold no cue word and no mention. */
function plainHeadings(text: string, cues: { start: number }[], spans: Span[]): { start: number; end: number }[] {
  const headings: { start: number; end: number }[] = [];
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    const isHeading = looksLikeHeading(line) && line.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length >= MIN_BOUNDARY_WORDS;
    const holds = (items: { start: number }[]) => { const i = firstAtOrAfter(items, start, (x) => x.start); return i < items.length && items[i]!.start < end; };
    if (isHeading && !holds(cues) && !holds(spans)) headings.push({ start, end });
    start = end + 1;
  }
  return headings;
}

/** Supplements and conditions named within PAIR_REACH of each other in one sentence, sorted. */
function closePairs(text: string, sorted: Span[]): Span[] {
  const inOneSentence = (a: Span, b: Span) => !/[.!?]/.test(text.slice(a.end, b.start));
  const paired = new Set<Span>();
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.start - sorted[i]!.start <= PAIR_REACH; j++) {
      if (sorted[i]!.type !== sorted[j]!.type && inOneSentence(sorted[i]!, sorted[j]!)) paired.add(sorted[i]!).add(sorted[j]!);
    }
  }
  return sorted.filter((s) => paired.has(s));
}
