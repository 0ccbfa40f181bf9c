/**
 * The medicines and classes the knowledge base knows, on their own: the options page needs them
 * (autocomplete, "not checked") without the rest of the knowledge base.
 */
import commonDrugs from './drugs/common.json';
import vitaminsDrugs from './drugs/vitamins.json';
import mineralsDrugs from './drugs/minerals.json';
import herbsDrugs from './drugs/herbs.json';
import herbsMoreDrugs from './drugs/herbs-more.json';
import otherDrugs from './drugs/other.json';
import { validateKnowledgeBase, type NamedFile } from './validate-kb';
import type { Drug } from '../core/knowledge-base-schema';

export const DRUG_FILES: NamedFile[] = [
  { name: 'drugs/common.json', data: commonDrugs },
  { name: 'drugs/vitamins.json', data: vitaminsDrugs },
  { name: 'drugs/minerals.json', data: mineralsDrugs },
  { name: 'drugs/herbs.json', data: herbsDrugs },
  { name: 'drugs/herbs-more.json', data: herbsMoreDrugs },
  { name: 'drugs/other.json', data: otherDrugs },
];

/** The checked drug list, as a knowledge base with drugs only (for findDrug). */
export function loadDrugsOnly(): { drugs: Drug[] } {
  return validateKnowledgeBase([], [], { drugs: DRUG_FILES });
}
