/**
 * A warning that names a medicine and no condition ("Do not take it with: warfarin", "it can
 * interact with blood thinners") is a harms claim about taking the supplement with that medicine.
 * The Claim's `condition` then stands for the interaction: its id carries the medicine's id behind
 * a prefix no condition id can have (those are kebab-case), so no evidence lookup ever finds it,
 * and its label reads as a condition would ("Interaction with warfarin").
 */
import type { EntityRef } from './types';

const ID_PREFIX = 'interaction-with:';
const LABEL_PREFIX = 'Interaction with ';

/** A medicine's label inside a sentence: "Warfarin" becomes "warfarin"; "SSRI antidepressants" stays as it is. */
const inSentence = (label: string) => (/^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);

/** The claim's condition for taking the supplement with this medicine. */
export function interactionWith(medicine: EntityRef): EntityRef {
  return { id: ID_PREFIX + medicine.id, label: LABEL_PREFIX + inSentence(medicine.label) };
}

/** True when a claim's condition (by its id) is an interaction with a medicine, not a condition of the knowledge base. */
export const isInteraction = (condition: { id: string }): boolean => condition.id.startsWith(ID_PREFIX);

/** The medicine an interaction names, as `interactionWith` wrote it in ("warfarin"); undefined for a real condition. */
export function medicineOf(condition: EntityRef): EntityRef | undefined {
  if (!isInteraction(condition)) return undefined;
  return { id: condition.id.slice(ID_PREFIX.length), label: condition.label.slice(LABEL_PREFIX.length) };
}

/**
 * A sentence warning that the supplement acts on a medicine or should not be combined with it:
 * "interacts with", "do not take it with", "avoid it if you take", "can make the pill less
 * effective", "lowers blood levels of", "could affect", "whose efficacy might be altered by".
 * Merely naming a medicine ("I take it with my warfarin") warns of nothing.
 */
const WARNS_OF_INTERACTION = new RegExp([
  String.raw`\binteract(?:s|ed|ing|ions?)?\b`,
  String.raw`\b(?:do not|don't|never|should not|shouldn't|must not|cannot|can't|not be)\s+(?:\w+\s+){0,2}?(?:take|taken|use|used|combine|combined|mix|mixed)\b[^.;]*\bwith\b`,
  String.raw`\bavoid(?:s|ed)?\b[^.;]{0,40}\b(?:if|when|while) (?:you(?:'re| are)?|they(?:'re| are)?) (?:take|taking|on|use|using)\b`,
  String.raw`\b(?:less|more) effective\b`,
  String.raw`\b(?:weaken|strengthen|blunt|reduce|increase|alter|change|lower|raise)(?:s|ed)?\s+(?:how well\b|(?:the\s+)?(?:blood\s+)?(?:effects?|efficacy|action|levels?)\s+of\b)`,
  String.raw`\b(?:can|could|may|might|will)\s+(?:also\s+)?affect\b`,
  String.raw`\b(?:efficacy|effects?)\b[^.;]{0,30}\b(?:altered|weakened|reduced|blunted|changed)\b`,
  String.raw`\bnot (?:safe|suitable) (?:to (?:take|combine) )?with\b`,
].join('|'), 'i');

/** Saying there is none: "no known interactions", "it does not interact with". */
const NO_INTERACTION = /\b(?:no|none|few|without|zero)\s+(?:\w+\s+)?interactions?\b|(?:\bnot|n't|\bnever)\s+(?:\w+\s+){0,3}?interact/i;

export function warnsOfInteraction(sentence: string): boolean {
  const folded = sentence.replace(/[’‘]/g, "'");
  return WARNS_OF_INTERACTION.test(folded) && !NO_INTERACTION.test(folded);
}
