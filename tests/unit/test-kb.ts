/** A small knowledge base for unit tests, checked by the real validator, independent of the bundled data. */
import { validateKnowledgeBase } from '../../src/data/validate-kb';

const source = { title: 'Test source', publisher: 'Test publisher', year: 2020, url: 'https://example.org/source' };
const safety = [{ text: 'A safety note.', sources: ['s'] }];

export const testSupplementFile = {
  version: 2,
  sources: { s: source },
  supplements: [
    {
      id: 'magnesium', label: 'Magnesium', category: 'mineral', reviewedOn: '2026-11-25',
      names: ['magnesium', 'magnesium supplements'], misspellings: ['magnesum'],
      forms: [
        { id: 'chloride', label: 'Magnesium chloride', names: ['magnesium chloride'] },
        { id: 'topical', label: 'Topical magnesium', names: ['magnesium oil', 'liquid magnesium'], route: 'topical', note: 'Skin absorption is not established.', sources: ['s'] },
      ],
      safety,
      evidence: [
        { condition: 'muscle-cramps', grade: 'against', summary: 'Does not prevent cramps in older adults.', sources: ['s'] },
        { condition: 'insomnia', grade: 'limited', summary: 'Small trials only.', sources: ['s'] },
      ],
    },
    {
      id: 'turmeric', label: 'Turmeric (curcumin)', category: 'herb', reviewedOn: '2026-11-25',
      names: ['turmeric', 'curcumin'], misspellings: ['tumeric'], safety, evidence: [],
    },
    {
      id: 'fish-oil', label: 'Fish oil (omega-3)', category: 'fatty-acid', reviewedOn: '2026-11-25',
      names: ['fish oil', 'omega-3', 'omega-3 fatty acids'], abbreviations: [{ text: 'DHA', rule: 'always' }], safety,
      evidence: [{ condition: 'rheumatoid-arthritis', grade: 'moderate', summary: 'Modest help for joint symptoms.', sources: ['s'] }],
    },
  ],
};

export const testConditionFile = {
  version: 2,
  conditions: [
    { id: 'ankylosing-spondylitis', label: 'Ankylosing spondylitis', category: 'rheumatic', names: ['ankylosing spondylitis'], abbreviations: [{ text: 'AS', rule: 'defined' }] },
    { id: 'rheumatoid-arthritis', label: 'Rheumatoid arthritis', category: 'rheumatic', names: ['rheumatoid arthritis'], abbreviations: [{ text: 'RA', rule: 'with-context' }] },
    { id: 'multiple-sclerosis', label: 'Multiple sclerosis', category: 'autoimmune', names: ['multiple sclerosis'], abbreviations: [{ text: 'MS', rule: 'defined' }] },
    { id: 'muscle-cramps', label: 'Muscle cramps', category: 'symptom', names: ['cramps', 'muscle cramps', 'foot cramps', 'leg cramps', 'muscle spasms'] },
    { id: 'insomnia', label: 'Insomnia', category: 'symptom', names: ['insomnia', 'sleep'] },
    { id: 'joint-pain', label: 'Joint pain', category: 'symptom', names: ['joint pain', 'knee pain'] },
    { id: 'diabetes', label: 'Diabetes', category: 'chronic', names: ['diabetes'] },
    { id: 'migraine', label: 'Migraine', category: 'chronic', names: ['migraine', 'migraines'] },
    { id: 'pregnancy', label: 'Pregnancy', category: 'life-stage', names: ['pregnancy', 'pregnant women'] },
    { id: 'crohns-disease', label: "Crohn's disease", category: 'autoimmune', names: ["crohn's disease"] },
  ],
};

export const testKb = validateKnowledgeBase(
  [{ name: 'test-supplements.json', data: testSupplementFile }],
  [{ name: 'test-conditions.json', data: testConditionFile }],
);
