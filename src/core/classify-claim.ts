/**
 * What kind of claim a sentence makes and which way it points. compromise reads the grammar
 * (negation, modal verbs, pronouns, people); short phrase lists catch the idioms it cannot.
 * Kinds are tried in order: the writer's questions and wishes, caution, words in quotation marks,
 * first-person experience (or a named person's own symptoms), attributed speech, hedging; the
 * rest are plain assertions.
 */
import nlp from 'compromise';
import type { ClaimDirection, ClaimKind } from './types';

const EFFECT_VERB = 'help|helps|helped|helping|work|works|worked|improve|improves|improved|reduce|reduces|reduced|prevent|prevents|ease|eases|eased|relieve|relieves|relieved|benefit|benefits|lower|lowers|lowered|shorten|shortens|stop|stops|treat|treats|cure|cures|boost|boosts|give';

/** Says the evidence is weak or negative, or warns of harm. */
const CAUTION = new RegExp([
  String.raw`\b(?:evidence|data|research|studies|results)\b[^.;]{0,40}\b(?:is|are|was|were|remains?|has been|have been)\b[^.;]{0,15}\b(?:thin|weak|limited|lacking|mixed|inconclusive|conflicting|insufficient|scant|sparse|small|poor|disappointing)\b`,
  String.raw`\b(?:not enough|isn't enough|is not enough|(?:no|little) (?:good |clear |strong |convincing |real )?evidence|(?:weak|thin|scant|sparse|poor|low-quality) evidence|lack of (?:clinical )?evidence|insufficient evidence|too early to|more (?:research|studies|trials) (?:is|are) needed|larger trials|not a (?:medical )?recommendation|should avoid|avoid (?:taking|using)|warn(?:ed|s|ing)?|caution(?:ed|s)?|be careful|side effects?|adverse (?:effects?|events?)|interact(?:s|ions?)?|harm(?:ful|s)?|toxic(?:ity)?|overdose|not sure|(?:don't|do not|doesn't|does not) know (?:if|whether)|unlikely to|too little (?:data|evidence|research)|mixed (?:results|evidence|findings)|weaker than|should not be (?:used|taken|combined)|not recommended|recommends? against|advised? (?:\w+ ){0,4}not to|no (?:significant )?(?:benefit|effect|difference)|no better than|little benefit|not effective|ineffective|failed to|controversy|disappointing|dangerous|bad idea|weren't well done|were not well done)\b`,
  String.raw`(?:\bnot|n't|\bnever|\bno longer)\s+(?:\S+\s+){0,4}?(?:${EFFECT_VERB})\b`,
].join('|'), 'i');

/** Speech verbs that attribute words to someone; "found" and "showed" report results, not speech. */
const ATTRIBUTION = /\b(?:according to|said|says|say|told|tells|noted|notes|explained|explains|added|adds|cautioned|cautions|warned|warns|agreed|agrees|argued|argues|wrote|writes|recommends|advises|believes|stated|states|commented|comments|dismissed)\b/i;

/** Words that hedge a general claim. */
const HEDGE = /\b(?:may|might|could|suggests?|suggested|appears?|seems?|possibl[ey]|potential(?:ly)?|likely|apparently|perhaps|claims? that|is thought|are thought|believed|promising)\b/i;

/**
 * Selling words reported ("is marketed for calm", "touted as a cure", "sold for tinnitus", "the
 * label claims", "claims on the bottle"): what a supplement is sold for, not the writer saying it
 * works. "Promotes joint comfort" is the seller's own claim, and stays one.
 */
const PROMOTED = /\b(?:marketed|promoted|touted|advertised|billed|pitched|hyped|sold)\s+(?:\w+\s+){0,2}?(?:as|for|to)\b|\btouted\b|\b(?:labels?|packaging|bottles?|packets?|jars?)\s+(?:\w+\s+)?(?:claims?|says?|promises?|boasts?)\b|\bclaims? on (?:the |its |their )?(?:labels?|packaging|bottles?|packets?|jars?)\b/i;

/**
 * One person's own symptoms, as in "his sleep is much improved": a reported personal experience.
 * Not "their": in health writing that is nearly always a study's participants.
 */
const OWN_EXPERIENCE = /\b(?:his|her) (?:own )?(?:sleep|pain|back|joints?|cramps?|symptoms?|stiffness|muscles?|migraines?|headaches?)\b/i;

/** A harm, said or felt; "at higher risk of" only describes who a group is, not what the supplement did. */
const HARM = /\b(?:side effects?|gave me|give me|caused|causes|cause|harm(?:ful|s)?|damag(?:e|es|ed|ing) (?:the|your|my|his|her|their)|toxic(?:ity)?|adverse|dangerous|unsafe|not safe|interact(?:s|ions?)?|(?:increase[sd]?|increasing|rais(?:e|es|ed|ing)|(?<!\bat (?:a )?)(?:higher|greater)) (?:the )?risks? of|should avoid|avoid (?:it|them|this) (?:if|when|during|before|while)|stop (?:taking|using)\b[^.;]{0,40}\bbefore|reduced glucose tolerance|enlarged|not (?:be )?(?:suitable|recommended|safe)|linked to (?:a |an )?(?:\w+ ){0,2}(?:loss|damage|injury|problems?)|trigger(?:s|ed)? (?:mania|attacks?|reactions?|flares?)|made (?:me|her|him|them) (?:so |really |very |horribly |terribly )?(?:drowsy|sleepy|constipated|sick|nauseous|dizzy|jittery|bloated|anxious))\b/i;

/** Symptoms that are usually a supplement's harm, unless the sentence says it relieved them ("cured my diarrhoea"). */
const HARM_SYMPTOM = /\b(?:upset stomach|diarrh(?:o)?ea|heartburn|nausea|bleeding|liver (?:damage|injury))\b/i;
const RELIEF = /\b(?:cur(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|reliev(?:e|es|ed|ing)|sooth(?:e|es|ed|ing)|settl(?:e|es|ed|ing)|stop(?:s|ped|ping)?|treat(?:s|ed|ing)?|prevent(?:s|ed|ing)?|help(?:s|ed|ing)?(?: with)?|reduc(?:e|es|ed|ing)|fix(?:es|ed)?)\s+(?:\w+\s+){0,3}?(?:upset stomach|diarrh(?:o)?ea|heartburn|nausea|bleeding)/i;

/**
 * The writer asks, wishes or hopes ("Could zinc shorten a cold?", "I wish there were trials of
 * magnesium", "I hope turmeric helps"): an open question, hedged, not experience of benefit.
 * "Hope this helps" closes a forum post and says nothing about the supplement.
 */
const QUESTION = /\?["”’')\]]*(?:\s+[—–-]\s+[^.!?]{1,60})?\s*$/; // may be signed: "… help my PCOS? — Kelsey, Brunswick"
const WISH = new RegExp([
  String.raw`\b(?:i|we)(?:'d| would)(?: (?:also|really|just|still|so))? (?:like|love|want) (?:to (?:see|know|find out)|someone|somebody|researchers|scientists)\b`,
  String.raw`\b(?:i|we)(?: (?:also|really|just|still|so|do))? wish (?:there|someone|somebody|they|researchers|scientists|doctors|more)\b`,
  String.raw`\bhop(?:e|ing) (?:that )?(?!(?:this|that) helps)(?:\S+ ){0,5}?(?:helps?|will|would|works?|can|could|might|may)\b`,
].join('|'), 'i');

/** A call for more research says the question is open: a caution, in no direction. */
const RESEARCH_CALL = new RegExp([
  String.raw`\b(?:more|further|larger|bigger|longer|better|proper|additional)(?: \w+)? (?:research|studies|trials|data|evidence)\b[^.;]{0,40}\b(?:is|are) (?:still )?(?:needed|required|warranted|called for)`,
  String.raw`\b(?:need|needs|calls? for) (?:more|further|larger|bigger|longer|better|proper|additional)(?: \w+)? (?:research|study|studies|trials|data|evidence)\b`,
].join('|'), 'i');

export type ClaimContext = {
  /** The sentence sits inside quotation marks, or in a paragraph of quoted speech. */
  quoted: boolean;
};

export function classifyClaim(original: string, context: ClaimContext): { kind: ClaimKind; direction: ClaimDirection } {
  const sentence = original.replace(/[’‘]/g, "'");
  // Parsed only when a question needs the grammar: most claim sentences are settled by cheap tests.
  // Pronouns need only compromise's tokens (it keeps "i.e." and "I.V." whole), about 7× cheaper than tagging.
  let tokens: ReturnType<typeof nlp> | undefined;
  const words = () => (tokens ??= nlp.tokenize(sentence));
  const caution = CAUTION.test(sentence);
  const harms = (HARM.test(sentence) || (HARM_SYMPTOM.test(sentence) && !RELIEF.test(sentence)))
    && !/\bno (?:\w+ )?(?:side effects?|adverse|harm)/i.test(sentence);
  if (QUESTION.test(sentence) || WISH.test(sentence)) return { kind: 'hedged', direction: 'unclear' };
  if (!harms && RESEARCH_CALL.test(sentence)) return { kind: 'caution', direction: 'unclear' };
  const direction: ClaimDirection = harms ? 'harms' : caution ? 'does-not-help' : PROMOTED.test(sentence) ? 'unclear' : 'helps';
  if (caution) return { kind: 'caution', direction };
  if (context.quoted) return { kind: 'quoted', direction };
  if (firstPerson(words, sentence) || OWN_EXPERIENCE.test(sentence)) return { kind: 'personal', direction };
  // A general statement of harm ("can cause nausea", "linked to liver injury") is a warning.
  if (harms) return { kind: 'caution', direction };
  if (attributed(sentence)) return { kind: 'quoted', direction };
  if (HEDGE.test(sentence) || modal(sentence)) return { kind: 'hedged', direction };
  return { kind: 'assertion', direction };
}

/**
 * The words around a match: compromise tags a word from its neighbours, so tagging a few words
 * each side answers as the whole sentence would, at a fraction of the cost (a page's claims are
 * thousands of sentences, and tagging was most of the analysis).
 */
function around(sentence: string, match: RegExpExecArray | RegExpMatchArray, wordsBefore: number, wordsAfter: number): string {
  const at = match.index ?? 0;
  const before = sentence.slice(0, at).split(/\s+/).slice(-wordsBefore - 1).join(' ');
  const after = sentence.slice(at + match[0].length).split(/\s+/).slice(0, wordsAfter + 1).join(' ');
  return `${before}${match[0]}${after}`;
}

/** Modal verbs with no other everyday sense in lower case: no need to ask the tagger. */
const ONLY_MODAL = /^(?:could|might|must|shall|should|would|ought|may)$/;

/** A modal verb ("may help", "could ease"), not May the month or a can of soup. */
function modal(sentence: string): boolean {
  for (const match of sentence.matchAll(MODAL_WORDS)) {
    if (ONLY_MODAL.test(match[0]) || nlp(around(sentence, match, 3, 2)).has('#Modal')) return true;
  }
  return false;
}

/** An item in a list of harms: the writer's own when the lead says it happened to them ("The side effects I had:"), else a warning. */
export function harmListKind(lead: string): ClaimKind {
  const sentence = lead.replace(/[’‘]/g, "'");
  return firstPerson(() => nlp.tokenize(sentence), sentence) ? 'personal' : 'caution';
}

function attributed(sentence: string): boolean {
  const match = ATTRIBUTION.exec(sentence);
  if (!match) return false;
  // Someone must be doing the saying: an expert noun or pronoun, or a named person or organisation or a title beside the verb.
  if (/\b(?:Dr\.|experts?|researchers?|authors?|scientists?|doctors?|he|she|they)\b/i.test(sentence)) return true;
  // Names and titles are capitalised: without a capital after the sentence's first word, the tagger would find none.
  const window = around(sentence, match, 5, 5);
  return /\s\p{Lu}/u.test(window) && nlp(window).has('(#Person|#Organization|#Honorific)');
}

/** "Our formula", "our editors": a brand's or a publication's voice, not someone's experience. */
const INSTITUTIONAL_WE = /\b(?:our|we)\s+(?:\w+[- ])?(?:formulas?|products?|softgels?|capsules?|tablets?|brand|team|editors?|experts?|lab|labs|store|shop|customers|readers|review|reviewers|newsletter)\b/i;

/**
 * Words compromise may read as a first-person pronoun or a modal verb; without one, no parse is needed.
 * Not "will": it foretells with certainty ("iron tablets will correct it"), it does not hedge.
 */
const PRONOUN_WORD = /\b(?:i|me|my|mine|myself|we|us|our|ours)\b/i;
const MODAL_WORDS = /\b(?:can|could|may|might|must|shall|should|would|ought)\b/gi;

function firstPerson(words: () => ReturnType<typeof nlp>, sentence: string): boolean {
  if (!PRONOUN_WORD.test(sentence)) return false;
  if (words().has('(i|me|my|mine|myself|i\'m|i\'ve|i\'d)')) return true;
  return words().has('(we|us|our|ours)') && !INSTITUTIONAL_WE.test(sentence);
}
