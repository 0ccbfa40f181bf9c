/**
 * The shapes the pure core works with. Offsets are UTF-16 code-unit indices into the analysed
 * text, end exclusive (the contract in the shared corpus README).
 */
import type { ClaimFit } from './claim-fit';

/** The five evidence grades, strongest benefit first; `against` means evidence of no benefit or of harm. */
export const GRADES = ['strong', 'moderate', 'limited', 'insufficient', 'against'] as const;
export type Grade = (typeof GRADES)[number];

/** How serious an interaction or a situation's risk is. */
export const SEVERITIES = ['major', 'moderate', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Span = { start: number; end: number };

/** How a supplement is taken, where the text or the form's name says so. */
export type Route = 'oral' | 'topical';

export type EntityRef = { id: string; label: string };

export type SupplementMention = Span & {
  type: 'supplement';
  id: string;
  label: string;
  /** The knowledge-base form named or implied by the words, e.g. "chloride". */
  form?: string;
  route?: Route;
  /** A dose written next to the mention, as the writer wrote it ("four drops", "89mg per ml"). */
  dose?: string;
};

export type ConditionMention = Span & { type: 'condition'; id: string; label: string };

/** A medicine or a class of medicines ("warfarin", "Zoloft", "blood thinners"), for interactions; never badged. */
export type DrugMention = Span & { type: 'drug'; id: string; label: string };

export type Mention = SupplementMention | ConditionMention | DrugMention;

export const CLAIM_KINDS = ['personal', 'quoted', 'hedged', 'assertion', 'caution'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export type ClaimDirection = 'helps' | 'does-not-help' | 'harms' | 'unclear';

export type Claim = Span & {
  supplement: EntityRef;
  condition: EntityRef;
  kind: ClaimKind;
  direction: ClaimDirection;
  /** The knowledge-base grade for this supplement and condition, when there is one. */
  grade?: Grade;
  /** Who that grade is about, when the knowledge base says ("Pregnant women with leg cramps"). */
  population?: string;
  /** A harm the knowledge base lists as a known side effect of the supplement. */
  knownHarm?: true;
  /** How the claim sits with its grade (claim-fit.ts), set by `analyze` once every claim's kind is settled. */
  fit: ClaimFit;
};

/** A claim as extraction finds it, before its fit is weighed. */
export type FoundClaim = Omit<Claim, 'fit'>;

export type Analysis = {
  text: string;
  mentions: Mention[];
  claims: Claim[];
};
