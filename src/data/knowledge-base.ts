/**
 * The bundled knowledge base: every data file, checked once when first used. Adding a data file
 * means adding it to one of the lists below.
 */
import coreConditions from './conditions/core.json';
import herbConditions from './conditions/herbs.json';
import otherConditions from './conditions/other.json';
import vitaminMineralConditions from './conditions/vitamins-minerals.json';
import herbs from './supplements/herbs.json';
import minerals from './supplements/minerals.json';
import other from './supplements/other.json';
import vitamins from './supplements/vitamins.json';
import { validateKnowledgeBase, type KnowledgeBase, type NamedFile } from './validate-kb';

export const SUPPLEMENT_FILES: NamedFile[] = [
  { name: 'supplements/minerals.json', data: minerals },
  { name: 'supplements/vitamins.json', data: vitamins },
  { name: 'supplements/herbs.json', data: herbs },
  { name: 'supplements/other.json', data: other },
];

export const CONDITION_FILES: NamedFile[] = [
  { name: 'conditions/core.json', data: coreConditions },
  { name: 'conditions/vitamins-minerals.json', data: vitaminMineralConditions },
  { name: 'conditions/herbs.json', data: herbConditions },
  { name: 'conditions/other.json', data: otherConditions },
];

let cached: KnowledgeBase | undefined;

/** The validated knowledge base; throws KnowledgeBaseError naming every bad entry. */
export function loadKnowledgeBase(): KnowledgeBase {
  cached ??= validateKnowledgeBase(SUPPLEMENT_FILES, CONDITION_FILES);
  return cached;
}
