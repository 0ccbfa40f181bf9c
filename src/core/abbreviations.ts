/**
 * Short forms. A page that writes "ankylosing spondylitis (AS)" or "RA (rheumatoid arthritis)"
 * makes that short form a mention everywhere on the page, and only on that page (after Schwartz
 * and Hearst, 2003). Knowledge-base abbreviations marked `with-context` also count on a page that
 * names the entity in full; `always` ones count anywhere. `with-cue` ones also count where words
 * beside them say they are the condition ("my RA", "MS flare", "diagnosed with PD"), and never in
 * their other senses ("MS Word", "UC Berkeley", "Boston PD"). Short forms match case-sensitively
 * and never inside a run of capitals ("AS ONE", a shouted heading), so the word "as" is never one.
 */
import type { AbbreviationEntry, Lexicon, LexiconEntry } from './lexicon';
import type { EntityMatch } from './find-mentions';

const SHORT_FORM = /^[\p{Lu}][\p{L}\p{N}-]{1,9}$/u;

/** Words right before a short form that make it the condition: "my RA", "diagnosed with MS". */
const CUES_BEFORE = [
  'my', 'his', 'her', 'their', 'your',
  "(?:mum|mom|dad|son|daughter|husband|wife|partner|friend|sister|brother)['’]s",
  '(?:diagnosed|living|live|lives|lived|people|patients|those|someone|anyone|adults|children|kids|women|men|struggling|coping|dealing) with',
  'suffer(?:s|ed|ing)? (?:from|with)',
  '(?:symptoms|signs|progression|treatment|management|diagnosis|onset|course) of',
];

/** Words right after it: "RA pain", "AS flare-up", "IBS symptoms", "COPD patients", "RA-related". */
const CUES_AFTER = [
  'pain', 'flares?', 'flare-ups?', 'flared', 'flaring', 'symptoms?', 'patients?', 'sufferers?', 'diagnosis', 'medications?',
  'meds', 'drugs?', 'treatments?', 'fatigue', 'progression', 'relapses?', 'remission', 'attacks?', 'related',
];

const cueBefore = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CUES_BEFORE.join('|')})\\s+$`, 'iu');
const cueAfter = new RegExp(`^[\\s-]+(?:${CUES_AFTER.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * The other things a `with-cue` short form stands for, read from the word right before it, the
 * words right after it, or (`onPage`) that other sense named anywhere on the page. Items are
 * regular expressions matched case-sensitively, except that a lowercase first letter may also be
 * a capital, as in a title.
 */
type OtherSenses = { before?: string[]; after?: string[]; onPage?: string[] };

const OTHER_SENSES: Record<string, OtherSenses> = {
  // Microsoft's products, a master's degree ("an MS in Nursing", "BS/MS"), a manuscript ("MS 408").
  MS: {
    before: ['Microsoft', 'BSc?', 'BA'],
    after: ['Word', 'Excel', 'Office', 'Teams', 'Outlook', 'PowerPoint', 'Windows', 'Access', 'Paint', 'Edge', 'SQL',
      'degrees?', 'in \\p{Lu}\\p{L}*', 'programm?e?s?', 'students?', 'thesis', 'candidates?', '\\d+'],
    onPage: ['Microsoft', "master['’]s degree", 'manuscripts?'],
  },
  // A resident or research assistant ("our RA organised a movie night"), right ascension ("RA and Dec").
  RA: {
    before: ['our', 'dorm', 'floor', 'hall'],
    after: ['organi[sz]ed', 'organi[sz]es', 'hall', 'floor', 'dorm', 'training', 'meetings?', 'position', 'job', 'programs?', 'and Dec'],
    onPage: ['resident (?:assistant|advisor|adviser)s?', 'residence halls?', 'dorms?', 'research (?:assistant|associate)s?', 'right ascension'],
  },
  // A police department ("Boston PD"), USB Power Delivery ("65W PD charger"), an eyeglass pupillary
  // distance, teachers' professional development ("PD day").
  PD: {
    before: ['police', 'sheriff', 'USB', '\\d+ ?W'],
    after: ['officers?', 'officials?', 'detectives?', 'chief', 'department', 'said', 'spokes\\p{L}+', 'reported', 'arrested',
      'responded', 'chargers?', 'charging', 'ports?', 'measurements?', 'rulers?', '\\d+', 'days?', 'sessions?', 'hours',
      'credits?', 'workshops?'],
    onPage: ['police department', 'pupillary distance', 'power delivery', 'public domain', 'professional development'],
  },
  // The University of California ("UC Davis") and the UK's Universal Credit ("my UC payment").
  UC: {
    after: ['Berkeley', 'Davis', 'Irvine', 'San', 'Santa', 'Riverside', 'Merced', 'Los', 'Health', 'system', 'campus(?:es)?',
      'students?', 'admissions', 'regents', 'faculty', 'payments?', 'claims?', 'journal', 'award', 'sanctions?', 'deductions?'],
    onPage: ['University of California', 'Universal Credit', 'DWP'],
  },
  // The pronoun in emphasis ("tell ME"), the state of Maine ("Portland, ME"), mechanical engineering.
  ME: {
    before: ['about', 'contact', 'follow', 'email', 'call', 'message', 'tell', 'ask', 'help', 'let', 'love', 'to', 'for'],
    after: ['too', 'neither', 'either', 'degrees?', 'students?', 'programm?e?s?'],
    onPage: ['Maine', 'mechanical engineering'],
  },
  // British exams ("AS levels", "AS-level") and football clubs ("AS Roma").
  AS: { after: ['levels?', 'Roma', 'Monaco'] },
  // The verb, written in capitals for emphasis ("ADD the flour", "ADD to basket").
  ADD: { after: ['to', 'more', 'some', 'an?', 'the', 'it', 'them', 'this', 'that', 'your', 'salt', 'on', '\\+'] },
  // Identity by descent, in genetic genealogy ("IBD segments").
  IBD: { after: ['segments?', 'sharing', 'shared', 'tracts?', 'matches'], onPage: ['identity by descent'] },
  // Open access publishing and Overeaters Anonymous.
  OA: {
    after: ['journals?', 'publishing', 'publications?', 'articles?', 'polic(?:y|ies)', 'mandates?', 'fees?', 'meetings?', 'books?'],
    onPage: ['open access', 'Overeaters Anonymous'],
  },
  // Advanced life support on an ambulance ("ALS crew").
  ALS: { after: ['ambulances?', 'units?', 'providers?', 'crews?', 'paramedics?'], onPage: ['advanced life support'] },
  // Row-level security in databases ("RLS policies").
  RLS: { after: ['polic(?:y|ies)', 'rules?', 'enabled'], onPage: ['row[- ]level security'] },
  // River flow in cubic feet per second ("500 CFS").
  CFS: { before: ['\\d[\\d,.]*'], onPage: ['cubic feet'] },
  // Plain old telephone service.
  POTS: { after: ['lines?', 'service'], onPage: ['telephone service'] },
  // Boeing's flight software and Marine Corps air stations.
  MCAS: { after: ['software', 'system'], onPage: ['Boeing', 'Marine Corps'] },
};

type CompiledSenses = { before?: RegExp; after?: RegExp; onPage?: RegExp };

const anyInitialCase = (item: string) => item.replace(/^\p{Ll}/u, (c) => `[${c}${c.toUpperCase()}]`);
const alternatives = (items: string[]) => `(?:${items.map(anyInitialCase).join('|')})`;

const COMPILED_SENSES = new Map<string, CompiledSenses>(Object.entries(OTHER_SENSES).map(([short, s]) => [short, {
  ...(s.before ? { before: new RegExp(`(?<![\\p{L}\\p{N}])${alternatives(s.before)}[\\s/,-]+$`, 'u') } : {}),
  ...(s.after ? { after: new RegExp(`^[\\s-]+${alternatives(s.after)}(?![\\p{L}\\p{N}])`, 'u') } : {}),
  ...(s.onPage ? { onPage: new RegExp(`(?<![\\p{L}\\p{N}])${alternatives(s.onPage)}(?![\\p{L}\\p{N}])`, 'u') } : {}),
}]));

type Span = { start: number; end: number };

export function findAbbreviationMentions(text: string, names: EntityMatch[], lexicon: Lexicon): EntityMatch[] {
  const defined = definedOnPage(text, names);
  const named = new Set(names.map((n) => `${n.entry.type}:${n.entry.id}`));
  const isNamed = (entry: AbbreviationEntry) => named.has(`${entry.type}:${entry.id}`);
  const candidates = new Set(defined.keys());
  for (const [short, entry] of lexicon.abbreviations) {
    if (entry.rule === 'always' || entry.rule === 'with-cue' || (entry.rule === 'with-context' && isNamed(entry))) candidates.add(short);
  }
  if (candidates.size === 0) return [];

  const occurrences = new Map<string, Span[]>();
  for (const m of text.matchAll(shortFormPattern(candidates))) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (insideCapitalRun(text, span.start, span.end)) continue;
    const spans = occurrences.get(m[0]) ?? [];
    if (!spans.length) occurrences.set(m[0], spans);
    spans.push(span);
  }

  const found: EntityMatch[] = [];
  for (const [short, spans] of occurrences) {
    const known = lexicon.abbreviations.get(short);
    const entry = defined.get(short) ?? plain(known!);
    const counted = known?.rule === 'with-cue' ? inConditionSense(text, short, spans, defined.has(short) || isNamed(known)) : spans;
    for (const span of counted) found.push({ ...span, entry });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The occurrences of a `with-cue` short form that mean the condition. Those in another sense never
 * count. A definition or the full name on the page settles the sense for every other occurrence;
 * so does one cue ("my RA"), since a page rarely switches meaning, unless the page also uses the
 * short form in another sense, when only the occurrences with their own cue count. A page that
 * names the other sense in full ("University of California") gets no cue-only matches at all.
 */
function inConditionSense(text: string, short: string, spans: Span[], settled: boolean): Span[] {
  const senses = COMPILED_SENSES.get(short);
  const plausible = spans.filter((s) => !inOtherSense(text, s, senses));
  if (settled) return plausible;
  if (senses?.onPage?.test(text)) return [];
  const cued = plausible.filter((s) => hasCue(text, s));
  return cued.length > 0 && plausible.length === spans.length ? plausible : cued;
}

function hasCue(text: string, { start, end }: Span) {
  return cueBefore.test(text.slice(Math.max(0, start - 40), start)) || cueAfter.test(text.slice(end, end + 24));
}

function inOtherSense(text: string, { start, end }: Span, senses?: CompiledSenses) {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  return !!senses?.before?.test(before) || !!senses?.after?.test(after) || partOfProperName(before, after) || stateAfterPlace(before, after);
}

/**
 * "UC Davis", "MS Teams", "the MS Authenticator app": a capitalised word right after the short
 * form makes it part of a name, unless that word is a cue ("MS Fatigue") or the words before are
 * capitalised too, as in a title ("How I Manage My RA Naturally").
 */
function partOfProperName(before: string, after: string) {
  const next = /^[ \u00a0]+(\p{Lu}\p{Ll}+)/u.exec(after)?.[1];
  if (!next || cueAfter.test(` ${next}`)) return false;
  const previous = /(\p{L}+)[ \u00a0]+$/u.exec(before)?.[1];
  return !previous || !/^\p{Lu}/u.test(previous);
}

/** "Portland, ME 04101", "Jackson, MS.": a US state after a place name. */
function stateAfterPlace(before: string, after: string) {
  return /\p{Lu}\p{Ll}+,[ \u00a0]*$/u.test(before) && /^(?:[ \u00a0]+\d{5}|[ \u00a0]*(?:[.,;)\n]|$))/u.test(after);
}

/** Longest first, so "ME/CFS" and "HSV-1" win over "ME" and "HSV". */
function shortFormPattern(shorts: Set<string>) {
  const alternatives = [...shorts].sort((a, b) => b.length - a.length).map(escape).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}\\p{M}])`, 'gu');
}

/** Short forms the page defines next to a knowledge-base name, in either order. */
function definedOnPage(text: string, names: EntityMatch[]): Map<string, LexiconEntry> {
  const defined = new Map<string, LexiconEntry>();
  for (const { start, end, entry } of names) {
    const after = /^\s*\(\s*([^()\s,;]{2,10})\s*\)/u.exec(text.slice(end, end + 16))?.[1];
    if (after && SHORT_FORM.test(after) && initialsFit(after, text.slice(start, end))) defined.set(after, entry);
    const before = /([^()\s,;]{2,10})\s*\(\s*$/u.exec(text.slice(Math.max(0, start - 16), start))?.[1];
    const closes = /^\s*\)/.test(text.slice(end, end + 4));
    if (before && closes && SHORT_FORM.test(before) && initialsFit(before, text.slice(start, end))) defined.set(before, entry);
  }
  return defined;
}

/** The short form's first letter starts the long form, as in Schwartz and Hearst's rule. */
function initialsFit(short: string, long: string) {
  return short[0]!.toLowerCase() === long.trim()[0]?.toLowerCase();
}

/** True when a neighbouring word is also all capitals, as in "AS ONE" or a heading in capitals. */
function insideCapitalRun(text: string, start: number, end: number) {
  const before = /(\p{L}+)[^\p{L}\n]{1,3}$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  const after = /^[^\p{L}\n]{1,3}(\p{L}+)/u.exec(text.slice(end, end + 24))?.[1];
  const shouted = (w?: string) => !!w && w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
  return shouted(before) || shouted(after);
}

function plain(entry: AbbreviationEntry): LexiconEntry {
  const { rule: _rule, ...rest } = entry;
  return rest;
}

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
