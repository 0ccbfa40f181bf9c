/**
 * Claims on the bundled knowledge base: lists of side effects and interactions, the most specific
 * condition a passage is about, the writer's questions and wishes, headings, and no repeats.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { classifyClaim } from '../../src/core/classify-claim';
import { loadKnowledgeBase } from '../../src/data/knowledge-base';

const kb = loadKnowledgeBase();

/** Opens every text with a line of health writing, as a real article would, so the health gate lets it through. */
const INTRO = 'A pharmacist explains supplements and their symptoms for patients.\n';

const claims = (body: string) => {
  const text = INTRO + body;
  return analyze(text, kb).claims.map((c) => ({
    supplement: c.supplement.id, condition: c.condition.id, kind: c.kind, direction: c.direction,
    knownHarm: c.knownHarm ?? false, sentence: text.slice(c.start, c.end),
  }));
};
const classify = (sentence: string) => classifyClaim(sentence, { quoted: false });

describe('side effects, interactions and warnings', () => {
  const explainer = [
    "St John's wort: what you need to know",
    "St John's wort is a herbal remedy for low mood.",
    'Side effects',
    'Side effects include:',
    'nausea',
    'dizziness',
    'sensitivity to sunlight',
    'Interactions',
    "Do not take St John's wort with:",
    'warfarin',
    'the pill',
    'antidepressants, because of the risk of serotonin syndrome',
    'Talk to your pharmacist before you start.',
  ].join('\n');

  it('makes each item of a list of side effects its own harm claim, borrowing the supplement the page is about', () => {
    const harms = claims(explainer).filter((c) => c.direction === 'harms');
    expect(harms.map((c) => [c.condition, c.sentence])).toEqual([
      ['nausea', 'nausea'],
      ['vertigo', 'dizziness'],
      ['photosensitivity', 'sensitivity to sunlight'],
      ['interaction-with:warfarin', 'warfarin'],
      ['interaction-with:hormonal-contraceptives', 'the pill'],
      ['serotonin-syndrome', 'antidepressants, because of the risk of serotonin syndrome'],
    ]);
    expect(harms.every((c) => c.supplement === 'st-johns-wort' && c.kind === 'caution')).toBe(true);
  });

  it('keeps knownHarm for harms the knowledge base lists, as a side effect or through a medicine the item names', () => {
    const harms = claims(explainer);
    expect(harms.find((c) => c.condition === 'photosensitivity')?.knownHarm).toBe(true);
    expect(harms.find((c) => c.condition === 'serotonin-syndrome')?.knownHarm).toBe(true);
  });

  it('files an item that names only a medicine under that interaction (interaction-claims.test.ts has the rest)', () => {
    expect(claims(explainer).find((c) => c.sentence === 'warfarin')).toMatchObject({ condition: 'interaction-with:warfarin', direction: 'harms', kind: 'caution' });
  });

  it('files an interaction under the harm the sentence names', () => {
    expect(claims('Taking ginkgo with warfarin can increase the risk of bleeding.')).toEqual([
      expect.objectContaining({ supplement: 'ginkgo', condition: 'bleeding-disorders', direction: 'harms', kind: 'caution', knownHarm: true }),
    ]);
  });

  it('takes the supplement from the heading or from a lead that names it', () => {
    const underHeading = claims('Ginkgo\nSide effects can include:\nheadaches\nan upset stomach');
    expect(underHeading.map((c) => [c.supplement, c.condition])).toEqual([['ginkgo', 'headache'], ['ginkgo', 'dyspepsia']]);
    const named = claims('Possible side effects of zinc are:\nnausea\na metallic taste');
    expect(named.map((c) => [c.condition, c.sentence, c.direction])).toEqual([['nausea', 'nausea', 'harms'], ['bad-taste', 'a metallic taste', 'harms']]);
  });

  it('is personal when the writer lists what happened to them', () => {
    expect(claims('The side effects I had from magnesium:\ndiarrhoea\nstomach cramps').map((c) => [c.condition, c.kind])).toEqual([
      ['diarrhea', 'personal'], ['dyspepsia', 'personal'],
    ]);
  });

  it('gives one harm claim per condition in prose', () => {
    expect(claims('Zinc lozenges can cause nausea, headaches and dizziness.').map((c) => [c.condition, c.direction, c.kind])).toEqual([
      ['nausea', 'harms', 'caution'], ['headache', 'harms', 'caution'], ['vertigo', 'harms', 'caution'],
    ]);
  });

  it('reads warnings before surgery as harms', () => {
    expect(claims('Stop taking ginkgo two weeks before planned surgery.')).toEqual([
      expect.objectContaining({ condition: 'surgery', direction: 'harms', kind: 'caution' }),
    ]);
  });

  it('"no side effects" is not a harm, nor is a symptom the supplement relieved', () => {
    expect(claims('I had no side effects from magnesium, but my nausea never changed.').some((c) => c.direction === 'harms')).toBe(false);
    expect(claims('Ginkgo\nI had no side effects at all:\nheadaches\nnausea')).toEqual([]);
    expect(claims('Ginger cured my nausea.')).toEqual([expect.objectContaining({ condition: 'nausea', direction: 'helps', kind: 'personal' })]);
  });
});

describe('the most specific condition', () => {
  const raPage = [
    'Living with rheumatoid arthritis',
    'I was diagnosed with rheumatoid arthritis in 2019, and my RA flares come every winter.',
    'Rheumatoid arthritis is tiring.',
    'Fish oil has eased my arthritis a lot.',
  ].join('\n');

  it('files "arthritis" under rheumatoid arthritis on a page about RA', () => {
    expect(claims(raPage).map((c) => c.condition)).toEqual(['rheumatoid-arthritis']);
  });

  it('keeps "arthritis" on a page that is not about one kind of it', () => {
    expect(claims('Fish oil has eased my arthritis a lot.').map((c) => c.condition)).toEqual(['arthritis']);
  });

  it('reads time zones, long-haul flights and shift work as jet lag or shift-work sleep, not insomnia', () => {
    expect(claims('If you change time zones or have a sleep rhythm disorder, a little melatonin can help you sleep.').map((c) => c.condition).sort())
      .toEqual(['delayed-sleep-phase', 'jet-lag']);
    expect(claims('On long-haul flights I take melatonin at the new bedtime, and it gets me onto local time.').map((c) => c.condition)).toEqual(['jet-lag']);
    expect(claims('Melatonin can help shift workers sleep during the day.').map((c) => c.condition)).toEqual(['shift-work-sleep-disorder']);
    expect(claims('Melatonin helps me sleep.').map((c) => c.condition)).toEqual(['insomnia']);
  });

  it('keeps a contrasted clause apart: jet lag, and insomnia', () => {
    expect(claims('Melatonin can help after long-haul flights, but for everyday insomnia the evidence is weak.').map((c) => c.condition))
      .toEqual(['insomnia', 'jet-lag']);
  });
});

describe('questions, wishes and calls for research', () => {
  it('a question or a wish is hedged and points nowhere, not personal experience of benefit', () => {
    for (const s of [
      'Does magnesium help cramps?',
      'Could zinc shorten a cold?',
      'Could inositol help my PCOS, or is it just another fad? — Kelsey, Brunswick',
      'I would like to see more trials of magnesium for cramps.',
      "I'd also love to see someone run a proper trial of vitamin D for IBS.",
      'I wish there were studies on turmeric for joint pain.',
      'I also wish someone would test whether probiotics help.',
      'I hope turmeric helps my knee pain.',
    ]) expect(classify(s), s).toEqual({ kind: 'hedged', direction: 'unclear' });
  });

  it('a call for more research is a caution in no direction', () => {
    expect(classify('More research is needed on magnesium for insomnia.')).toEqual({ kind: 'caution', direction: 'unclear' });
    expect(classify('We need longer trials before anyone swaps a medicine for berberine.')).toEqual({ kind: 'caution', direction: 'unclear' });
  });

  it('experience stays personal: "I wish I had tried it sooner", "Hope this helps"', () => {
    expect(classify('I wish I had tried magnesium sooner, because my cramps stopped in a week.').kind).toBe('personal');
    expect(classify('Hope this helps someone: magnesium fixed my cramps.')).toEqual({ kind: 'personal', direction: 'helps' });
  });
});

describe('headings and repeats', () => {
  it('a heading takes the kind of the paragraph it leads', () => {
    const personal = claims('Magnesium for cramps\nI started taking magnesium last spring. Within a week my cramps were gone.');
    expect(personal.find((c) => c.sentence === 'Magnesium for cramps')?.kind).toBe('personal');
    const hedged = claims('Magnesium for cramps\nMagnesium might ease cramps, a small trial suggests. Doctors are unsure.');
    expect(hedged.find((c) => c.sentence === 'Magnesium for cramps')?.kind).toBe('hedged');
  });

  it('gives one claim per condition, never the same supplement, condition and sentence twice', () => {
    const found = claims('Magnesium may ease muscle cramps, insomnia, leg cramps and trouble sleeping.');
    expect(found.map((c) => c.condition)).toEqual(['muscle-cramps', 'insomnia']);
    const all = [
      ...found,
      ...claims('Melatonin helps jet lag and the poor sleep that comes after long-haul flights.'),
      ...claims('Living with rheumatoid arthritis\nRheumatoid arthritis again. Rheumatoid arthritis too.\nFish oil eases rheumatoid arthritis and arthritis pain.'),
    ];
    const keys = all.map((c) => `${c.supplement}|${c.condition}|${c.sentence}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
