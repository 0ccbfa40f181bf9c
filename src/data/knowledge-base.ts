/**
 * The bundled knowledge base: every data file, checked once when first used. Adding a data file
 * means adding it to one of the lists below.
 */
import chronicConditions from './conditions/chronic.json';
import communityConditions from './conditions/community.json';
import communityConditions2 from './conditions/community-2.json';
import conditionsMore from './conditions/conditions-more.json';
import coreConditions from './conditions/core.json';
import herbConditions from './conditions/herbs.json';
import herbConditions2 from './conditions/herbs-2.json';
import herbConditions3 from './conditions/herbs-3.json';
import mindCancerConditions from './conditions/mind-and-cancer-care.json';
import mineralOtherConditions from './conditions/minerals-other.json';
import moreConditions from './conditions/more.json';
import otherConditions from './conditions/other.json';
import otherConditions2 from './conditions/other-2.json';
import rheumaticGutConditions from './conditions/rheumatic-gut.json';
import sideEffectConditions from './conditions/side-effects.json';
import situationConditions from './conditions/situations.json';
import vitaminMineralConditions from './conditions/vitamins-minerals.json';
import vitaminConditions2 from './conditions/vitamins-2.json';
import chronicEvidence from './evidence/chronic.json';
import mindCancerEvidence from './evidence/mind-and-cancer-care.json';
import rheumaticGutEvidence from './evidence/rheumatic-gut.json';
import vitaminsInteractions from './interactions/vitamins.json';
import vitaminsSituations from './situations/vitamins.json';
import mineralsInteractions from './interactions/minerals.json';
import mineralsSituations from './situations/minerals.json';
import herbsInteractions from './interactions/herbs.json';
import herbsSituations from './situations/herbs.json';
import herbsMoreInteractions from './interactions/herbs-more.json';
import herbsMoreSituations from './situations/herbs-more.json';
import otherInteractions from './interactions/other.json';
import otherSituations from './situations/other.json';
import byDrug1Interactions from './interactions/by-drug-1.json';
import byDrug2Interactions from './interactions/by-drug-2.json';
import byDrug3Interactions from './interactions/by-drug-3.json';
import topUsed1Interactions from './interactions/top-used-1.json';
import topUsed2Interactions from './interactions/top-used-2.json';
import populations from './populations.json';
import commonSituations from './situations/common.json';
import community from './supplements/community.json';
import community2 from './supplements/community-2.json';
import herbs from './supplements/herbs.json';
import herbs2 from './supplements/herbs-2.json';
import minerals from './supplements/minerals.json';
import other from './supplements/other.json';
import other2 from './supplements/other-2.json';
import vitamins from './supplements/vitamins.json';
import { DRUG_FILES } from './drugs';
import { validateKnowledgeBase, type MoreFiles, type NamedFile } from './validate-kb';
import type { KnowledgeBase } from '../core/knowledge-base-schema';

export const SUPPLEMENT_FILES: NamedFile[] = [
  { name: 'supplements/minerals.json', data: minerals },
  { name: 'supplements/vitamins.json', data: vitamins },
  { name: 'supplements/herbs.json', data: herbs },
  { name: 'supplements/other.json', data: other },
  { name: 'supplements/herbs-2.json', data: herbs2 },
  { name: 'supplements/other-2.json', data: other2 },
  { name: 'supplements/community.json', data: community },
  { name: 'supplements/community-2.json', data: community2 },
];

export const CONDITION_FILES: NamedFile[] = [
  { name: 'conditions/core.json', data: coreConditions },
  { name: 'conditions/vitamins-minerals.json', data: vitaminMineralConditions },
  { name: 'conditions/vitamins-2.json', data: vitaminConditions2 },
  { name: 'conditions/minerals-other.json', data: mineralOtherConditions },
  { name: 'conditions/herbs.json', data: herbConditions },
  { name: 'conditions/herbs-3.json', data: herbConditions3 },
  { name: 'conditions/other.json', data: otherConditions },
  { name: 'conditions/more.json', data: moreConditions },
  { name: 'conditions/herbs-2.json', data: herbConditions2 },
  { name: 'conditions/other-2.json', data: otherConditions2 },
  { name: 'conditions/side-effects.json', data: sideEffectConditions },
  { name: 'conditions/conditions-more.json', data: conditionsMore },
  { name: 'conditions/community.json', data: communityConditions },
  { name: 'conditions/community-2.json', data: communityConditions2 },
  { name: 'conditions/rheumatic-gut.json', data: rheumaticGutConditions },
  { name: 'conditions/chronic.json', data: chronicConditions },
  { name: 'conditions/mind-and-cancer-care.json', data: mindCancerConditions },
  { name: 'conditions/situations.json', data: situationConditions },
];

export const MORE_FILES: MoreFiles = {
  evidence: [
    { name: 'evidence/rheumatic-gut.json', data: rheumaticGutEvidence },
    { name: 'evidence/chronic.json', data: chronicEvidence },
    { name: 'evidence/mind-and-cancer-care.json', data: mindCancerEvidence },
  ],
  situations: [
    { name: 'situations/common.json', data: commonSituations },
    { name: 'situations/vitamins.json', data: vitaminsSituations },
    { name: 'situations/minerals.json', data: mineralsSituations },
    { name: 'situations/herbs.json', data: herbsSituations },
    { name: 'situations/herbs-more.json', data: herbsMoreSituations },
    { name: 'situations/other.json', data: otherSituations },
  ],
  interactions: [
    { name: 'interactions/vitamins.json', data: vitaminsInteractions },
    { name: 'interactions/minerals.json', data: mineralsInteractions },
    { name: 'interactions/herbs.json', data: herbsInteractions },
    { name: 'interactions/herbs-more.json', data: herbsMoreInteractions },
    { name: 'interactions/other.json', data: otherInteractions },
    { name: 'interactions/by-drug-1.json', data: byDrug1Interactions },
    { name: 'interactions/by-drug-2.json', data: byDrug2Interactions },
    { name: 'interactions/by-drug-3.json', data: byDrug3Interactions },
    { name: 'interactions/top-used-1.json', data: topUsed1Interactions },
    { name: 'interactions/top-used-2.json', data: topUsed2Interactions },
  ],
  drugs: DRUG_FILES,
  populations: [{ name: 'populations.json', data: populations }],
};

let cached: KnowledgeBase | undefined;

/** The validated knowledge base; throws KnowledgeBaseError naming every bad entry. */
export function loadKnowledgeBase(): KnowledgeBase {
  cached ??= validateKnowledgeBase(SUPPLEMENT_FILES, CONDITION_FILES, MORE_FILES);
  return cached;
}
