/**
 * Claims: a sentence (or heading) that links a supplement to a condition. People also write
 * claims across a short reach, and these count too:
 * - a pronoun: "I started taking turmeric. It has eased my knee pain.", "Fish oil. I took it for a
 *   winter and noticed nothing for my MS."; or a plain noun, "The herb may help …";
 * - a heading that names one supplement, over sentences below it that say what it did
 *   ("Ashwagandha" … "My anxiety has eased.");
 * - how it went: "… started taking St John's wort for low mood. 'I felt brighter,' she said.";
 * - a list: "Magnesium helps with:" followed by a line per condition;
 * - a generic outcome ("pain scores dropped", "better than placebo", "her knees") in an article
 *   about one condition, which is then the condition meant;
 * - a list of side effects or interactions ("Side effects include:"), one harm claim per item
 *   (harm-lists.ts);
 * - a warning that names only a medicine ("Do not take it with: warfarin", "it can interact with
 *   blood thinners"): a harm claim about that interaction (interaction-claims.ts).
 * Clauses that each pair their own ("Inositol for PCOS, and cinnamon for T2D?") are not crossed;
 * a heading that only lists topics, or a line of fields such as a forum signature, claims nothing.
 * Each claim is filed under the most specific condition the passage is about
 * (specific-condition.ts), and a heading takes the kind of the paragraph it leads.
 */
import type { KnowledgeBase } from './knowledge-base-schema';
import { classifyClaim, harmListKind } from './classify-claim';
import { chooseEvidence, evidenceFor, isKnownHarm } from './evidence';
import { harmListItems, harmsOfUnnamedSupplement, leadsHarmList, mainSupplement } from './harm-lists';
import { interactionWith, warnsOfInteraction } from './interaction-claims';
import { drugsNamedIn, findDrug, hasInteractionRow, interactionsBetween } from './interactions';
import { conditionsNamingGroups, pagePopulations, populationOf, populationsIn } from './populations';
import { firstAtOrAfter } from './sorted-search';
import { specificConditions } from './specific-condition';
import { looksLikeHeading, splitSentences } from './split-sentences';
import type { ClaimDirection, ClaimKind, ConditionMention, DrugMention, EntityRef, FoundClaim, Mention, Span, SupplementMention } from './types';

/**
 * Words before a condition that make it the population studied or the writer's background, not the
 * outcome claimed: "readers with PCOS", "I have had AS since my teens".
 */
const POPULATION_CUE = /\b(?:diagnosed with|(?:people|patients|those|women|men|adults|children|anyone|someone|readers|participants|volunteers|users|customers|members) with|living with|suffer(?:s|ing)? from|history of)\s+(?:\S+\s+){0,2}$|\b(?:I|we|he|she|they)(?:'ve|’ve| have| has)(?: had| got)?\s+$/i;

const PRONOUN_START = /^["“]?(?:It|They|This|These|That|Taking it|Using it)\b/;

/**
 * A sentence that opens on a plain noun for a supplement ("The herb may help…") means the one the
 * sentence before named, even in the paragraph before (news paragraphs are often one sentence long).
 * "The herb" is a herb and "the vitamin" a vitamin; "the supplement" may be any.
 */
const DESCRIPTION_START = /^["“]?(?:The|This|These) (herbs?|spice|vitamin|mineral|supplements?|remedy|remedies|extracts?|capsules?|tablets?|pills?|softgels?|oil|powder)\b/i;
const categoryDescribed = (noun: string) => (/^(?:herbs?|spice)$/i.test(noun) ? 'herb' : /^(?:vitamin|mineral)$/i.test(noun) ? noun.toLowerCase() : undefined);

/** Verbs that say what a supplement did, for sentences that borrow the supplement from a heading. */
const EFFECT = /\b(?:did (?:very )?little|(?:hardly|barely|rarely|seldom|no longer|never)(?: ever)? (?:get|gets|got|have|has|had)|(?:haven't|hasn't|have not|has not) had|(?:did|does|has done|have done|done) (?:nothing|anything)|help(?:s|ed|ing)?|eas(?:e|es|ed|ing)|reliev(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|stop(?:s|ped)?|fix(?:es|ed)?|cur(?:e|es|ed)|work(?:s|ed)?|gone|better|worse|gave me|caus(?:e|es|ed))\b/i;

/**
 * A pronoun inside the sentence that can only be a thing taken: the object of taking it ("I took it
 * for a whole winter") or the subject of what it did ("I can't say it has done anything").
 */
const PRONOUN_INSIDE = new RegExp(String.raw`\b(?:took|take|takes|taking|tried|try|trying|used|use|using|started|stopped|swore by|swear by)\s+(?:it|them)\b|\b(?:it|they)\s+(?:\S+\s+){0,3}?` + `(?:${EFFECT.source})`, 'i');

/** Someone saying they felt better, with nothing named: the outcome of what the sentence before says they took. */
const FELT_BETTER = /\b(?:felt|feel|feels|feeling)\s+(?:\w+\s+){0,2}?(?:better|brighter|calmer|happier|more like (?:myself|herself|himself|themselves))\b/i;

/** "There is no fishy aftertaste": a condition said to be absent is claimed neither helped nor caused. */
const SAID_ABSENT = /\bthere(?:'s|’s| is| was| are| were| has been| have been)(?: still)? no\s+(?:[\p{L}-]+\s+)?$/iu;

/**
 * Outcomes named without a condition; they mean the condition the passage is about. So do the
 * joints it affects: "it did not help her knees" on a page about osteoarthritis.
 */
const GENERIC_OUTCOME = /\b(?:pain|pains|aches?|symptoms?|biomarkers?|markers|flare-?ups?|discomfort|knees|hips|joints)\b/i;

/** A result measured against a placebo ("worked better than placebo") is one on the condition the passage is about. */
const AGAINST_PLACEBO = /\b(?:than|as|with|to)\s+(?:a\s+|the\s+)?(?:placebo|dummy (?:pills?|tablets?)|sham)\b/i;

/** How far around a sentence to look for the condition a passage is about, and how often it must be named. */
const TOPIC_REACH = 2000;
const TOPIC_MIN_MENTIONS = 2;

const MAX_LIST_ITEM_WORDS = 12;

/** The supplement these mentions name, when they name just one (however often). */
const theOneSupplement = (mentions: SupplementMention[]) => (new Set(mentions.map((m) => m.id)).size === 1 ? mentions[0] : undefined);
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

export function extractClaims(text: string, mentions: Mention[], kb: KnowledgeBase): FoundClaim[] {
  const claims: FoundClaim[] = [];
  const categoryOf = new Map(kb.conditions.map((c) => [c.id, c.category]));
  const groups = conditionsNamingGroups(kb);
  const supplementCategory = new Map(kb.supplements.map((s) => [s.id, s.category]));
  const fitsDescription = (s: SupplementMention, noun: string) => {
    const category = categoryDescribed(noun);
    return !category || supplementCategory.get(s.id) === category;
  };
  const conditionMentions = mentions.filter((m): m is ConditionMention => m.type === 'condition');
  const specific = specificConditions(kb, text, conditionMentions);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  // Binary search, then a short scan: pages can hold thousands of sentences and mentions.
  const within = (span: Span) => {
    const found: Mention[] = [];
    for (let i = firstAtOrAfter(sorted, span.start, (m) => m.start); i < sorted.length && sorted[i]!.start < span.end; i++) {
      if (sorted[i]!.end <= span.end) found.push(sorted[i]!);
    }
    return found;
  };
  let pageGroups: Set<string> | undefined; // counted once, on the first claim
  let pageSupplement: { mention?: SupplementMention } | undefined; // found once, on the first harms sentence without one
  // One claim per supplement, condition and sentence, however many routes lead to it.
  const seen = new Set<string>();
  const isNew = (span: Span, s: SupplementMention, c: EntityRef) => {
    const key = `${span.start}|${s.id}|${c.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const addClaim = (span: Span, s: SupplementMention, c: EntityRef, kind: ClaimKind, direction: ClaimDirection, knownHarm: () => boolean) => {
    if (!isNew(span, s, c)) return;
    pageGroups ??= pagePopulations(kb, text);
    const named = { sentence: populationsIn(kb, text.slice(span.start, span.end)), page: pageGroups };
    const chosen = chooseEvidence(evidenceFor(kb, s.id, c.id), s.form, named)?.chosen;
    const population = chosen && populationOf(kb, chosen);
    claims.push({
      start: span.start, end: span.end,
      supplement: { id: s.id, label: s.label }, condition: { id: c.id, label: c.label },
      kind, direction, ...(chosen ? { grade: chosen.grade } : {}), ...(population ? { population } : {}),
      ...(direction === 'harms' && (isKnownHarm(kb, s.id, c.id) || knownHarm()) ? { knownHarm: true as const } : {}),
    });
  };
  /**
   * A harm claim about taking the supplement with each medicine named, known when the knowledge base
   * has a row for the pair. A class that only describes a medicine beside it ("the antidepressant
   * trazodone", "sedatives like clonazepam") is not a medicine of its own.
   */
  const addInteractions = (span: Span, s: SupplementMention, named: DrugMention[], kind: ClaimKind) => {
    const drugs = named.flatMap((d) => findDrug(kb, d.id) ?? []);
    const describing = new Set(drugs.flatMap((d) => d.classes ?? []));
    for (const drug of drugs.filter((d) => !describing.has(d.id))) {
      const condition = interactionWith(drug);
      if (!isNew(span, s, condition)) continue;
      const known = hasInteractionRow(kb, s.id, drug);
      claims.push({ start: span.start, end: span.end, supplement: { id: s.id, label: s.label }, condition, kind, direction: 'harms', ...(known ? { knownHarm: true as const } : {}) });
    }
  };
  // A harm the sentence puts down to a medicine the supplement is known to interact with ("with warfarin … bleeding").
  const interactsWithDrugIn = (sentenceText: string, supplementId: string) =>
    interactionsBetween(kb, drugsNamedIn(kb, sentenceText), [supplementId]).length > 0;
  /** The outcomes a sentence claims, each as the most specific condition the passage is about. */
  const specificOutcomes = (sentence: Span, conditions: ConditionMention[]) =>
    specific(sentence, outcomeConditions(text, conditions, categoryOf), conditions);

  let previous: { supplements: SupplementMention[]; conditions: ConditionMention[]; end: number } | undefined; // the sentence before
  let headingSupplement: SupplementMention | undefined;
  let lastNamedSupplement: SupplementMention | undefined; // the latest sentence's or heading's, when it named just one
  let listEnd = 0; // the end of the list of conditions last read after a colon, whose lines are its items and not sentences
  for (const sentence of splitSentences(text)) {
    if (sentence.start < listEnd) continue;
    const sentenceText = text.slice(sentence.start, sentence.end);
    const inside = within(sentence);
    let supplements = inside.filter((m): m is SupplementMention => m.type === 'supplement');
    let conditions = inside.filter((m): m is ConditionMention => m.type === 'condition');
    const heading = isHeading(text, sentence);
    const sameParagraph = previous !== undefined && !/\n/.test(text.slice(previous.end, sentence.start));
    // "B12 deficiency develops slowly. It can cause tiredness …": "it" is the condition just named, not a supplement.
    const pronounForCondition = sameParagraph && !previous!.supplements.length && previous!.conditions.length > 0 && PRONOUN_START.test(sentenceText);
    if (heading) {
      headingSupplement = theOneSupplement(supplements);
    } else if (!supplements.length && headingSupplement && !pronounForCondition && (conditions.length || /:\s*$/.test(sentenceText)) && EFFECT.test(sentenceText)) {
      supplements = [headingSupplement];
    }
    const namedBefore = previous && theOneSupplement(previous.supplements);
    if (!supplements.length && namedBefore) {
      const described = DESCRIPTION_START.exec(sentenceText)?.[1];
      const refersBack = PRONOUN_START.test(sentenceText) || (conditions.length > 0 && PRONOUN_INSIDE.test(sentenceText));
      if (described ? fitsDescription(namedBefore, described) : sameParagraph && refersBack) supplements = [namedBefore];
      else if (!described && sameParagraph && !conditions.length && previous!.conditions.length && FELT_BETTER.test(sentenceText)) {
        // "… started taking St John's wort for low mood. 'Within a month I felt brighter,' she said.": how that went.
        supplements = [namedBefore];
        conditions = previous!.conditions;
      }
    }
    if (heading) lastNamedSupplement = headingSupplement;
    else if (supplements.length) lastNamedSupplement = theOneSupplement(supplements);
    else if (harmsOfUnnamedSupplement(sentenceText, inside)) {
      const borrowed = lastNamedSupplement ?? (pageSupplement ??= { mention: mainSupplement(mentions) }).mention;
      if (borrowed) supplements = [borrowed];
    }
    previous = { supplements, conditions, end: sentence.end };
    if (supplements.length && leadsHarmList(sentenceText)) {
      const kind = harmListKind(sentenceText);
      for (const item of harmListItems(text, sentence, within)) {
        const itemText = text.slice(item.span.start, item.span.end);
        const itemConditions = item.mentions.filter((m): m is ConditionMention => m.type === 'condition');
        const harms = specificOutcomes(item.span, itemConditions);
        for (const s of supplements) {
          // An item names its harm, or else only the medicine not to take it with.
          if (!harms.length) addInteractions(item.span, s, item.mentions.filter(isDrug), kind);
          for (const c of harms) addClaim(item.span, s, c, kind, 'harms', () => interactsWithDrugIn(itemText, s.id));
        }
      }
      continue;
    }
    if (!supplements.length || (heading && isTopicList(text, sentence, inside)) || (isWholeLine(text, sentence) && FIELDS.test(sentenceText))) continue;
    const absent = new Set(conditions.filter((c) => SAID_ABSENT.test(text.slice(Math.max(sentence.start, c.start - 40), c.start))).map((c) => c.id));
    conditions = conditions.filter((c) => !absent.has(c.id));
    if (!conditions.length) {
      const items = listedItems(text, sentence, within);
      if (items.length) {
        listEnd = items.at(-1)!.span.end;
        const quoted = isQuoted(text, sentence, supplements[0]!);
        // The list is one statement in one voice: "my" in one item makes them all the writer's own.
        const { kind } = classifyClaim(text.slice(sentence.start, listEnd).replace(/\n/g, ' '), { quoted });
        for (const item of items) {
          // An item that says more than a name ("my anxiety, especially the morning kind") is where the claim is made.
          const span = saysMoreThanNames(text, item) ? item.span : sentence;
          const claimText = span === sentence ? sentenceText : `${sentenceText} ${text.slice(span.start, span.end)}`;
          const { direction } = classifyClaim(claimText, { quoted });
          for (const s of supplements) {
            for (const c of specificOutcomes(item.span, item.conditions)) addClaim(span, s, c, kind, direction, () => interactsWithDrugIn(claimText, s.id));
          }
        }
        continue;
      }
    }
    let outcomes = specificOutcomes(sentence, conditions);
    if (!outcomes.length && (GENERIC_OUTCOME.test(sentenceText) || AGAINST_PLACEBO.test(sentenceText))) outcomes = specificOutcomes(sentence, topicCondition(sentence, conditionMentions).filter((c) => !absent.has(c.id)));
    if (!outcomes.length) {
      const drugs = inside.filter(isDrug);
      if (drugs.length && warnsOfInteraction(sentenceText)) {
        for (const s of supplements) addInteractions(sentence, s, drugs, warningKind(sentenceText, isQuoted(text, sentence, s)));
      }
      continue;
    }
    const partners = clausePartners(text, sentence, supplements, conditions);
    const classified = new Map<boolean, ReturnType<typeof classifyClaim>>(); // one parse per sentence, not per supplement
    for (const s of supplements) {
      const quoted = isQuoted(text, sentence, s);
      if (!classified.has(quoted)) classified.set(quoted, classifyClaim(sentenceText, { quoted }));
      const { direction, kind: ownKind } = classified.get(quoted)!;
      // A heading that makes no kind of claim of its own ("Magnesium for cramps") reads as the text below it.
      const kind = heading && ownKind === 'assertion' ? ledKind(text, sentence) ?? ownKind : ownKind;
      const paired = partners ? specificOutcomes(sentence, partners.get(s.id) ?? []) : outcomes;
      // "DHA … during pregnancy … helps brain cells communicate": the group is who it helps, not what it helps with.
      const own = direction === 'helps' ? paired.filter((c) => !groups.has(c.id)) : paired;
      for (const c of own) addClaim(sentence, s, c, kind, direction, () => interactsWithDrugIn(sentenceText, s.id));
    }
  }
  return claims;
}

const isDrug = (m: Mention): m is DrugMention => m.type === 'drug';

/** A warning is a caution ("can cause" ones are too), unless it is the writer's experience or in someone's words. */
function warningKind(sentence: string, quoted: boolean): ClaimKind {
  const { kind } = classifyClaim(sentence, { quoted });
  return kind === 'personal' || kind === 'quoted' ? kind : 'caution';
}

/** Fields set apart by middle dots: a byline or a forum signature ("RA dx 2023 · methotrexate + folic acid"), not a statement. */
const FIELDS = /\s[·•]\s/u;

/** Only commas, brackets, colons, "and", "or" and "the" between names: a list of them. */
const LIST_GLUE = /^(?:[\s,;:&/+()]|\b(?:and|or|the)\b)*$/i;

/**
 * A heading that lists supplements and conditions side by side ("Zinc, vitamin C and the common
 * cold", "3-month update: ashwagandha, probiotics and magnesium (anxiety, IBS, sleep)") names
 * topics; it claims nothing. A lead-in before a colon may label the list, but names nothing itself:
 * "What helped my insomnia: melatonin and magnesium" links them.
 */
function isTopicList(text: string, heading: Span, inside: Mention[]): boolean {
  const listStart = heading.start + text.slice(heading.start, heading.end).lastIndexOf(':') + 1;
  if (inside.some((m) => m.start < listStart)) return false;
  if (!inside.some((m) => m.type === 'condition') || !inside.some((m) => m.type === 'supplement')) return false;
  return inside.every((m, i) => i === 0 || LIST_GLUE.test(text.slice(inside[i - 1]!.end, m.start)));
}

/** Where a sentence joins or contrasts two statements: a semicolon, "and", "but", "whereas", "while". */
const JOINED_CLAUSE = /;|,?\s+\b(?:and|but|whereas|while|although|though|however)\b/giu;

/**
 * When two or more clauses of a sentence each pair a supplement with a condition ("Inositol for
 * PCOS, and what about cinnamon for T2D?"), each supplement goes with the conditions of its own
 * clause and of the clauses after it that name no supplement. Otherwise (undefined) every
 * supplement of the sentence goes with every condition.
 */
function clausePartners(text: string, sentence: Span, supplements: SupplementMention[], conditions: ConditionMention[]): Map<string, ConditionMention[]> | undefined {
  if (supplements.some((s) => s.start < sentence.start || s.end > sentence.end)) return undefined; // borrowed from a heading or the sentence before
  const cuts = [...text.slice(sentence.start, sentence.end).matchAll(JOINED_CLAUSE)].map((m) => sentence.start + m.index);
  const bounds = [sentence.start, ...cuts, sentence.end];
  const clauses = bounds.slice(1).map((end, i) => {
    const inClause = (m: Span) => m.start >= bounds[i]! && m.end <= end;
    return { supplements: supplements.filter(inClause), conditions: conditions.filter(inClause) };
  });
  if (clauses.filter((c) => c.supplements.length && c.conditions.length).length < 2) return undefined;
  const partners = new Map<string, ConditionMention[]>();
  let current: SupplementMention[] = [];
  for (const clause of clauses) {
    if (clause.supplements.length) current = clause.supplements;
    for (const s of current) partners.set(s.id, [...(partners.get(s.id) ?? []), ...clause.conditions]);
  }
  return partners;
}

const isWholeLine = (text: string, sentence: Span) =>
  (sentence.start === 0 || text[sentence.start - 1] === '\n') && (sentence.end === text.length || text[sentence.end] === '\n');

/** A sentence that is a whole line and reads as a heading. */
function isHeading(text: string, sentence: Span): boolean {
  return isWholeLine(text, sentence) && looksLikeHeading(text.slice(sentence.start, sentence.end));
}

/** The kind most sentences of the paragraph under a heading make (the first wins a tie), if there is one. */
function ledKind(text: string, heading: Span): ClaimKind | undefined {
  let at = heading.end;
  while (text[at] === '\n') {
    const next = text.indexOf('\n', at + 1);
    const line = { start: at + 1, end: next === -1 ? text.length : next };
    if (isHeading(text, line) || line.start === line.end) {
      at = line.end;
      continue;
    }
    const counts = new Map<ClaimKind, number>();
    for (const s of splitSentences(text, line.start, line.end)) {
      const sentenceText = text.slice(s.start, s.end);
      const { kind } = classifyClaim(sentenceText, { quoted: /^["“]/.test(sentenceText) });
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  }
  return undefined;
}

type ListItem = { span: Span; conditions: ConditionMention[] };

/** The short lines that follow a sentence ending in a colon, each with the conditions it names. */
function listedItems(text: string, sentence: Span, within: (span: Span) => Mention[]): ListItem[] {
  if (!/:\s*$/.test(text.slice(sentence.start, sentence.end))) return [];
  const items: ListItem[] = [];
  let at = sentence.end;
  while (text[at] === '\n') {
    const end = text.indexOf('\n', at + 1) === -1 ? text.length : text.indexOf('\n', at + 1);
    const span = { start: at + 1, end };
    const conditions = within(span).filter((m): m is ConditionMention => m.type === 'condition');
    if (!conditions.length || wordCount(text.slice(span.start, span.end)) > MAX_LIST_ITEM_WORDS) break;
    items.push({ span, conditions });
    at = end;
  }
  return items;
}

/** Words that only point at what they come before: "my", "the". */
const POINTER = /^(?:my|your|his|her|their|our|the|a|an|and|or)$/i;

/** An item with words of its own besides the names it lists and their "my" or "the". */
function saysMoreThanNames(text: string, item: ListItem): boolean {
  let rest = text.slice(item.span.start, item.span.end);
  for (const c of [...item.conditions].reverse()) rest = rest.slice(0, c.start - item.span.start) + ' ' + rest.slice(c.end - item.span.start);
  return (rest.match(/\p{L}+/gu) ?? []).some((w) => !POINTER.test(w));
}

/** The condition named most often around the sentence, if it is named often enough to be the topic. */
function topicCondition(sentence: Span, conditions: ConditionMention[]): ConditionMention[] {
  const counts = new Map<string, { mention: ConditionMention; count: number }>();
  for (const c of conditions) {
    if (c.start < sentence.start - TOPIC_REACH || c.end > sentence.end + TOPIC_REACH) continue;
    const entry = counts.get(c.id) ?? { mention: c, count: 0 };
    entry.count++;
    counts.set(c.id, entry);
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return best && best.count >= TOPIC_MIN_MENTIONS ? [best.mention] : [];
}

/**
 * Drops conditions that only describe who was studied ("people with diabetes", "pregnant
 * women") when the sentence also names an outcome.
 */
function outcomeConditions(text: string, conditions: ConditionMention[], categoryOf: Map<string, string>): ConditionMention[] {
  const isPopulation = (c: ConditionMention) =>
    categoryOf.get(c.id) === 'life-stage' || POPULATION_CUE.test(text.slice(Math.max(0, c.start - 60), c.start));
  const outcomes = conditions.filter((c) => !isPopulation(c));
  return outcomes.length ? outcomes : conditions;
}

/** True when the sentence opens a quotation or the supplement sits inside quotation marks. */
function isQuoted(text: string, sentence: Span, mention: Span): boolean {
  if (/^["“]/.test(text.slice(sentence.start, sentence.start + 1))) return true;
  const lineStart = text.lastIndexOf('\n', mention.start) + 1;
  let open = false;
  for (let i = lineStart; i < mention.start; i++) {
    const ch = text[i];
    if (ch === '“') open = true;
    else if (ch === '”') open = false;
    else if (ch === '"') open = !open;
  }
  return open;
}
