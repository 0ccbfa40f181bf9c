/**
 * Claims on the bundled knowledge base, third round: what a sentence borrows from the one before
 * (a pronoun inside it, "the herb", "I felt brighter"), headings and lines that claim nothing,
 * clauses that each pair their own, who was studied, lists whose items say more than a name, the
 * scene the sentence before sets, and the names and words these rest on. Each rule with a case
 * where it must not apply.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { classifyClaim } from '../../src/core/classify-claim';
import { loadKnowledgeBase } from '../../src/data/knowledge-base';

const kb = loadKnowledgeBase();

/** Opens every text with a line of health writing, as a real article would, so the health gate lets it through. */
const INTRO = 'A pharmacist explains supplements and their symptoms for patients.\n';

const analysed = (body: string) => {
  const text = INTRO + body;
  const { mentions, claims } = analyze(text, kb);
  return {
    mentions: mentions.map((m) => ({ id: m.id, text: text.slice(m.start, m.end) })),
    claims: claims.map((c) => ({ supplement: c.supplement.id, condition: c.condition.id, kind: c.kind, direction: c.direction, sentence: text.slice(c.start, c.end) })),
  };
};
const claims = (body: string) => analysed(body).claims;
const pairs = (body: string) => claims(body).map((c) => `${c.supplement}×${c.condition}`);
const classify = (sentence: string) => classifyClaim(sentence, { quoted: false });

describe('what a sentence borrows from the one before', () => {
  it('reads a pronoun inside the sentence as the one supplement the sentence before named', () => {
    expect(claims('Fish oil. I took it for a whole winter, and I noticed nothing at all for my MS.')).toEqual([
      expect.objectContaining({ supplement: 'fish-oil', condition: 'multiple-sclerosis', sentence: 'I took it for a whole winter, and I noticed nothing at all for my MS.' }),
    ]);
    expect(pairs("I take vitamin D daily. I can't say it has done anything I can feel, and my fatigue is unchanged.")).toEqual(['vitamin-d×fatigue']);
  });

  it('does not guess between two supplements, nor reach into another paragraph', () => {
    expect(claims('Fish oil and biotin. I took it for a whole winter, and I noticed nothing at all for my MS.')).toEqual([]);
    expect(claims('Fish oil.\nI took it for a whole winter, and I noticed nothing at all for my MS.')).toEqual([]);
  });

  it('reads "the herb" as the herb the sentence before named, even in the paragraph before', () => {
    expect(claims("St John's wort is sold as a mood lifter, pharmacists say.\nThe herb may help some people with mild depression.")).toEqual([
      expect.objectContaining({ supplement: 'st-johns-wort', condition: 'depression', kind: 'hedged' }),
    ]);
  });

  it('does not read "the herb" as a vitamin', () => {
    expect(claims('Vitamin D is sold everywhere, pharmacists say.\nThe herb may help some people with mild depression.')).toEqual([]);
  });

  it('reads "I felt brighter" as how the supplement the sentence before says someone took went, for what they took it for', () => {
    const found = claims('Jenna started taking St John\'s wort for low mood after a break-up. "Within a month I felt a bit brighter," she said.');
    expect(found.at(-1)).toMatchObject({ supplement: 'st-johns-wort', condition: 'depression', kind: 'quoted', sentence: '"Within a month I felt a bit brighter," she said.' });
  });

  it('needs the sentence before to say what it was taken for, in the same paragraph', () => {
    expect(claims('Jenna started taking St John\'s wort after a break-up. "Within a month I felt a bit brighter," she said.')).toEqual([]);
    expect(claims('Jenna started taking St John\'s wort for low mood after a break-up.\n"Within a month I felt a bit brighter," she said.')).toHaveLength(1);
  });

  it('reads "it" as the condition the sentence before named, not the supplement of the heading', () => {
    expect(claims('Vitamin B12\nB12 deficiency develops slowly. It can cause tiredness and pins and needles.')).toEqual([]);
    expect(pairs('Vitamin B12\nVegans should take B12. It can ease tiredness and pins and needles.')).toEqual(['vitamin-b12×fatigue', 'vitamin-b12×peripheral-neuropathy']);
  });

  it('carries a heading\'s supplement to a sentence that says how rarely the condition comes now', () => {
    expect(claims('Echinacea\nMarion has taken echinacea drops every winter for a decade. "I hardly ever get a cold now," she said.')).toEqual([
      expect.objectContaining({ supplement: 'echinacea', condition: 'common-cold', sentence: '"I hardly ever get a cold now," she said.' }),
    ]);
    expect(claims('Echinacea\nMarion lives in Fenwick. "I get a cold every winter," she said.')).toEqual([]);
  });
});

describe('what claims nothing', () => {
  it('claims nothing for a heading that only lists topics side by side', () => {
    expect(pairs('Ask our pharmacist: zinc, vitamin C and the common cold\nZinc lozenges may shorten a cold.')).toEqual(['zinc×common-cold']);
    expect(claims('Zinc and the common cold\nZinc lozenges may shorten a cold.').map((c) => c.sentence)).toEqual(['Zinc lozenges may shorten a cold.']);
  });

  it('still reads a heading whose lead-in links the list to a condition', () => {
    expect(pairs('What helped my insomnia: melatonin and magnesium\nI slept better within a week.')).toEqual(['melatonin×insomnia', 'magnesium×insomnia']);
  });

  it('claims nothing for a condition said to be absent, nor takes it for the passage\'s topic', () => {
    const review = 'Fishy burps put me off fish oil before. Fishy burps are common. I take fish oil daily now.';
    const sentences = (last: string) => claims(`${review} ${last}`).map((c) => c.sentence);
    expect(sentences('My knees feel less stiff, and there is no fishy aftertaste at all.')).toEqual(['Fishy burps put me off fish oil before.']);
    expect(sentences('This one gave me fishy burps again.')).toEqual(['Fishy burps put me off fish oil before.', 'This one gave me fishy burps again.']);
  });

  it('claims nothing for a line of fields such as a forum signature, but does for the same names in prose', () => {
    expect(claims('Rheumatoid arthritis since 2023 · methotrexate + folic acid · knitting through it')).toEqual([]);
    expect(pairs('Rheumatoid arthritis since 2023, methotrexate + folic acid, knitting through it')).toEqual(['folate×rheumatoid-arthritis']);
  });
});

describe('clauses and populations', () => {
  it('pairs each supplement with its own clause\'s condition when clauses each name a pair', () => {
    expect(pairs('Inositol for PCOS, and what about cinnamon for type 2 diabetes?')).toEqual(['inositol×polycystic-ovary-syndrome', 'cinnamon×type-2-diabetes']);
    expect(pairs('Magnesium helped my cramps, but zinc did nothing for my colds.')).toEqual(['magnesium×muscle-cramps', 'zinc×common-cold']);
  });

  it('keeps every pair when only one clause names both', () => {
    expect(pairs('Magnesium and zinc helped my cramps and my colds.')).toEqual(['magnesium×muscle-cramps', 'magnesium×common-cold', 'zinc×muscle-cramps', 'zinc×common-cold']);
  });

  it('reads "readers with PCOS" and "I have had migraines since" as who is meant, beside an outcome', () => {
    expect(pairs('Many readers with PCOS ask me about fish oil, and there the evidence for lowering triglycerides is solid.')).toEqual(['fish-oil×high-triglycerides']);
    expect(pairs('Magnesium oil stopped my calf cramps within a week, and I have had migraines since my teens.')).toEqual(['magnesium×muscle-cramps']);
  });

  it('keeps them as the outcome when nothing else is claimed or a word says what changed', () => {
    expect(pairs('Many readers ask me whether fish oil helps PCOS.')).toEqual(['fish-oil×polycystic-ovary-syndrome']);
    expect(pairs('Magnesium oil stopped my calf cramps within a week, and I have had fewer migraines since.')).toEqual(['magnesium×muscle-cramps', 'magnesium×migraine']);
  });
});

describe('lists after a colon', () => {
  const post = 'Ashwagandha\nWhat it has helped with:\nmy anxiety, especially the morning kind\nbrain fog in the afternoons\nIt has done nothing for my fatigue, sadly.';

  it('makes an item that says more than a name its own claim, in the voice of the whole list', () => {
    expect(claims(post).slice(0, 2)).toEqual([
      expect.objectContaining({ supplement: 'ashwagandha', condition: 'anxiety', kind: 'personal', sentence: 'my anxiety, especially the morning kind' }),
      expect.objectContaining({ supplement: 'ashwagandha', condition: 'brain-fog', kind: 'personal', sentence: 'brain fog in the afternoons' }),
    ]);
  });

  it('keeps the heading\'s supplement past the list, whose lines are not headings', () => {
    expect(claims(post).at(-1)).toMatchObject({ supplement: 'ashwagandha', condition: 'fatigue', sentence: 'It has done nothing for my fatigue, sadly.' });
  });

  it('keeps the lead as the claim\'s sentence when the items are bare names', () => {
    expect(claims('Readers told us magnesium helped with:\ncramps\ninsomnia').map((c) => c.sentence)).toEqual(['Readers told us magnesium helped with:', 'Readers told us magnesium helped with:']);
  });
});

describe('the condition a passage is about', () => {
  it('takes the narrower condition the sentence before sets the scene for, in the same paragraph', () => {
    const scene = 'Sleeping in the daytime after a run of night shifts is the hard part.';
    expect(pairs(`${scene} A small dose of melatonin before my morning sleep helps me drop off faster.`)).toEqual(['melatonin×shift-work-sleep-disorder']);
    expect(pairs(`${scene}\nA small dose of melatonin before my morning sleep helps me drop off faster.`)).toEqual(['melatonin×insomnia']);
  });

  it('does not when the sentence turns away ("But …") or says the ordinary kind ("everyday insomnia")', () => {
    expect(pairs('Sleeping in the daytime after a run of night shifts is the hard part. But for me, melatonin does little for my sleep.')).toEqual(['melatonin×insomnia']);
    expect(pairs('If you work night shifts, melatonin is worth trying. For everyday insomnia, valerian helped me more.')).toEqual([
      'melatonin×shift-work-sleep-disorder', 'valerian×insomnia',
    ]);
  });

  it('reads "better than placebo" and "her knees" as the condition the passage is about', () => {
    const trial = 'A review found that St John\'s wort extracts worked better than placebo in short trials.';
    expect(claims(`St John's wort is widely used for depression. Depression affects one in six adults. ${trial}`).at(-1)).toMatchObject({ condition: 'depression', sentence: trial });
    const knees = 'One patient told us glucosamine did not help her knees at all.';
    expect(claims(`Osteoarthritis is common. Many people with osteoarthritis try supplements. ${knees}`).at(-1)).toMatchObject({ condition: 'osteoarthritis', sentence: knees });
  });

  it('claims nothing for them on a page with no such condition', () => {
    expect(claims("A review found that St John's wort extracts worked better than placebo in short trials.")).toEqual([]);
    expect(claims('One patient told us glucosamine did not help her knees at all.')).toEqual([]);
  });
});

describe('kinds', () => {
  it('reads "will" as a plain prediction, not a hedge', () => {
    expect(classify('If a blood test shows you are low, iron tablets will correct iron-deficiency anaemia within a few months.').kind).toBe('assertion');
    expect(classify('Iron tablets may correct iron-deficiency anaemia within a few months.').kind).toBe('hedged');
  });

  it('reads "can damage the liver" as a warning of harm, and a repair of damage as none', () => {
    expect(classify('Too much iron can damage the liver.')).toEqual({ kind: 'caution', direction: 'harms' });
    expect(classify('Magnesium helps repair damaged muscles.').direction).toBe('helps');
  });

  it('reads weak, little good or no-better-than-placebo evidence as a caution, and strong evidence as none', () => {
    expect(classify('A review found only weak evidence that magnesium helps people fall asleep faster.')).toEqual({ kind: 'caution', direction: 'does-not-help' });
    expect(classify('There is also little good evidence that it helps with anxiety.').kind).toBe('caution');
    expect(classify('Glucosamine was no better than a placebo for knee pain.').kind).toBe('caution');
    expect(classify('A review found strong evidence that magnesium helps people fall asleep faster.').kind).toBe('assertion');
  });
});

describe('names', () => {
  it('finds a mineral named with how it is taken whatever word follows, and the metal still', () => {
    expect(analysed('If a blood test shows you are low, iron tablets will correct iron-deficiency anaemia.').mentions).toContainEqual({ id: 'iron', text: 'iron tablets' });
    expect(analysed('Iron supplements helped my anaemia, though nothing fixes an iron will.').mentions.filter((m) => m.id === 'iron')).toEqual([{ id: 'iron', text: 'Iron supplements' }]);
  });

  it('knows falling asleep, liver damage, sore knees, a single cold, always tired and nosebleeds, and glucosamine and chondroitin as two', () => {
    expect(pairs('Magnesium may help people fall asleep faster.')).toEqual(['magnesium×insomnia']);
    expect(pairs('Too much iron can damage the liver.')).toEqual(['iron×liver-injury']);
    expect(analysed('Many of our patients with sore knees ask about glucosamine.').mentions).toContainEqual({ id: 'joint-pain', text: 'sore knees' });
    expect(pairs("I've taken vitamin D every winter and haven't had a single cold.")).toEqual(['vitamin-d×common-cold']);
    expect(pairs('In one trial, glucosamine and chondroitin, alone or together, were no better than a placebo for knee pain.')).toEqual([
      'glucosamine×joint-pain', 'chondroitin×joint-pain',
    ]);
    expect(analysed('Glucosamine with chondroitin helped my knee pain.').mentions[0]).toEqual({ id: 'glucosamine', text: 'Glucosamine with chondroitin' });
    expect(pairs("I'm always tired and exhausted by noon; could iron help?")).toEqual(['iron×fatigue']);
    expect(pairs('Ginkgo may raise the risk of bleeding, such as nosebleeds.')).toEqual(['ginkgo×bleeding-disorders']);
  });
});
