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
      upperLimit: { text: 'Adults: 350 mg a day from supplements.', sources: ['s'], limits: [{ value: 350, unit: 'mg' }] },
      sideEffects: [{ condition: 'diarrhea', sources: ['s'] }],
      situations: [{ condition: 'chronic-kidney-disease', severity: 'major', effect: 'Magnesium can build up.', advice: 'Ask a doctor first.', sources: ['s'] }],
      evidence: [
        { condition: 'muscle-cramps', grade: 'against', summary: 'Does not prevent cramps in older adults.', population: 'Older adults with night cramps', sources: ['s'] },
        { condition: 'muscle-cramps', grade: 'limited', summary: 'Small trials in pregnancy disagree.', population: 'Pregnant women with leg cramps', appliesTo: 'pregnancy', sources: ['s'] },
        { condition: 'muscle-cramps', grade: 'insufficient', summary: 'Not studied in care homes.', appliesTo: 'care-homes', sources: ['s'] },
        { condition: 'muscle-cramps', grade: 'insufficient', summary: 'Skin absorption is not established.', form: 'topical', sources: ['s'] },
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
      interactions: [{ drug: 'anticoagulants', severity: 'moderate', effect: 'High doses may add to bleeding risk.', advice: 'Tell the doctor who checks your clotting.', sources: ['s'] }],
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
    { id: 'diarrhea', label: 'Diarrhoea', category: 'symptom', names: ['diarrhea', 'diarrhoea'] },
    { id: 'chronic-kidney-disease', label: 'Chronic kidney disease', category: 'chronic', names: ['kidney disease'] },
    { id: 'insulin-resistance', label: 'Insulin resistance', category: 'chronic', names: ['insulin resistance'] },
  ],
};

export const testPopulationFile = {
  version: 2,
  populations: [
    { id: 'pregnancy', label: 'Pregnant women', cues: ['pregnancy', 'pregnant'] },
    { id: 'care-homes', label: 'People living in care homes', cues: ['care home', 'care homes', 'nursing home'] },
  ],
};

export const testDrugFile = {
  version: 2,
  drugs: [
    { id: 'anticoagulants', label: 'Anticoagulants', kind: 'class', names: ['blood thinners'] },
    { id: 'warfarin', label: 'Warfarin', kind: 'drug', names: ['warfarin'], brands: ['Coumadin'], classes: ['anticoagulants'] },
    { id: 'bisphosphonates', label: 'Bisphosphonates', kind: 'class', names: ['bisphosphonates'] },
    { id: 'alendronate', label: 'Alendronate', kind: 'drug', names: ['alendronate', 'alendronic acid'], brands: ['Fosamax'], classes: ['bisphosphonates'] },
    { id: 'insulin', label: 'Insulin', kind: 'drug', names: ['insulin'], brands: ['Lantus'] },
  ],
};

/** Interaction rows kept in their own file, as interactions/*.json are. */
export const testInteractionFile = {
  version: 2,
  sources: { s: source },
  interactions: [
    { supplement: 'magnesium', drug: 'bisphosphonates', severity: 'moderate', effect: 'Magnesium can cut how much of the bone medicine is absorbed.', advice: 'Take them at least 2 hours apart.', sources: ['s'] },
  ],
};

export const testKb = validateKnowledgeBase(
  [{ name: 'test-supplements.json', data: testSupplementFile }],
  [{ name: 'test-conditions.json', data: testConditionFile }],
  {
    populations: [{ name: 'test-populations.json', data: testPopulationFile }],
    drugs: [{ name: 'test-drugs.json', data: testDrugFile }],
    interactions: [{ name: 'test-interactions.json', data: testInteractionFile }],
  },
);
