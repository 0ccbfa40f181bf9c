/**
 * Warnings that name a medicine and no condition ("Do not take it with: warfarin", "it can interact
 * with blood thinners"): a harms claim per medicine, known when the knowledge base has the row, and
 * how the verdict, the badges and the report treat them. Also the ginkgo seeds vocabulary.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { articleVerdict } from '../../src/core/article-verdict';
import { chooseBadges } from '../../src/core/choose-badges';
import { interactionWith, isInteraction, medicineOf, warnsOfInteraction } from '../../src/core/interaction-claims';
import { buildSupplementReports } from '../../src/core/supplement-report';
import { loadKnowledgeBase } from '../../src/data/knowledge-base';

const kb = loadKnowledgeBase();

/** Opens every text with a line of health writing, as a real article would, so the health gate lets it through. */
const INTRO = 'A pharmacist explains supplements and their symptoms for patients.\n';

const analysed = (body: string) => analyze(INTRO + body, kb);
const claims = (body: string) => {
  const text = INTRO + body;
  return analyze(text, kb).claims.map((c) => ({
    supplement: c.supplement.id, condition: c.condition.id, label: c.condition.label, kind: c.kind, direction: c.direction,
    knownHarm: c.knownHarm ?? false, grade: c.grade, fit: c.fit, sentence: text.slice(c.start, c.end),
  }));
};

describe('a warning that names only a medicine', () => {
  it('makes each item of a "Do not take it with:" list a harms claim about that medicine', () => {
    expect(claims('Ginkgo\nDo not take it with:\nwarfarin\nSSRIs\nbirth control pills')).toEqual([
      { supplement: 'ginkgo', condition: 'interaction-with:warfarin', label: 'Interaction with warfarin', kind: 'caution', direction: 'harms', knownHarm: true, grade: undefined, fit: 'in-line', sentence: 'warfarin' },
      { supplement: 'ginkgo', condition: 'interaction-with:ssris', label: 'Interaction with SSRI antidepressants', kind: 'caution', direction: 'harms', knownHarm: false, grade: undefined, fit: 'ungraded', sentence: 'SSRIs' },
      { supplement: 'ginkgo', condition: 'interaction-with:hormonal-contraceptives', label: 'Interaction with hormonal contraceptives', kind: 'caution', direction: 'harms', knownHarm: false, grade: undefined, fit: 'ungraded', sentence: 'birth control pills' },
    ]);
  });

  it('keeps an item that names its harm under that harm', () => {
    expect(claims('Ginkgo\nDo not take it with:\nwarfarin, because together they raise the risk of bleeding').map((c) => c.condition)).toEqual(['bleeding-disorders']);
  });

  it('takes the medicine, not the class that only describes it', () => {
    expect(claims('Ginkgo\nDo not take it with:\nthe antidepressant trazodone, unless your doctor agrees').map((c) => c.condition)).toEqual(['interaction-with:trazodone']);
  });

  it('reads warnings in prose, with the supplement from the sentence before', () => {
    expect(claims('Ginkgo is a herb. It can interact with blood thinners.')).toEqual([
      expect.objectContaining({ supplement: 'ginkgo', condition: 'interaction-with:anticoagulants', direction: 'harms', kind: 'caution', sentence: 'It can interact with blood thinners.' }),
    ]);
    expect(claims('Do not take ginkgo with warfarin.').map((c) => c.condition)).toEqual(['interaction-with:warfarin']);
    expect(claims("St John's wort can make the pill less effective.")).toEqual([
      expect.objectContaining({ condition: 'interaction-with:hormonal-contraceptives', kind: 'caution', knownHarm: true }),
    ]);
  });

  it('knows an interaction with a class from the rows of its members ("blood thinners" and apixaban)', () => {
    expect(claims("St John's wort interacts with blood thinners.")).toEqual([
      expect.objectContaining({ condition: 'interaction-with:anticoagulants', knownHarm: true, fit: 'in-line' }),
    ]);
  });

  it('is not a claim when the page says there is no interaction, or names a medicine without a warning', () => {
    expect(claims('There are no known interactions between ginkgo and warfarin.')).toEqual([]);
    expect(claims('Ginkgo does not interact with warfarin, a small study found.')).toEqual([]);
    expect(claims('I take turmeric with my warfarin every morning.')).toEqual([]);
    expect(claims('Ginkgo\nNo interactions are known with:\nwarfarin')).toEqual([]);
  });

  it('never looks the interaction up as a condition: no grade, and no id a condition can have', () => {
    const condition = interactionWith({ id: 'warfarin', label: 'Warfarin' });
    expect(condition).toEqual({ id: 'interaction-with:warfarin', label: 'Interaction with warfarin' });
    expect(isInteraction(condition)).toBe(true);
    expect(kb.conditions.some((c) => isInteraction(c))).toBe(false);
    expect(medicineOf(condition)).toEqual({ id: 'warfarin', label: 'warfarin' });
    expect(medicineOf({ id: 'insomnia', label: 'Insomnia and poor sleep' })).toBeUndefined();
  });

  it('tells a warning from a mere mention', () => {
    expect(warnsOfInteraction('Avoid it if you take blood thinners.')).toBe(true);
    expect(warnsOfInteraction('It lowers blood levels of some HIV medicines.')).toBe(true);
    expect(warnsOfInteraction('I take it with my warfarin.')).toBe(false);
    expect(warnsOfInteraction('It does not interact with warfarin.')).toBe(false);
  });
});

describe('interactions in the verdict, the badges and the report', () => {
  const page = 'Ginkgo\nGinkgo can cause headaches.\nDo not take it with:\nwarfarin\nSSRIs';

  it('says them on their own line, apart from the harms', () => {
    const analysis = analysed(page);
    const ginkgo = articleVerdict(analysis.claims, buildSupplementReports(kb, analysis)).supplements[0]!;
    expect(ginkgo.harms.map((h) => h.condition.id)).toEqual(['headache']);
    expect(ginkgo.interactsWith.map((m) => m.condition)).toEqual([{ id: 'warfarin', label: 'warfarin' }, { id: expect.stringContaining('ssri'), label: 'SSRI antidepressants' }]);
  });

  it('gives them no evidence line in the report', () => {
    const analysis = analysed(page);
    const report = buildSupplementReports(kb, analysis).find((r) => r.id === 'ginkgo')!;
    expect(report.evidence.some((e) => isInteraction(e.condition))).toBe(false);
  });

  it('does not badge a mention with one: it has no grade to show', () => {
    const analysis = analysed('Ginkgo can interact with warfarin.');
    const mentions = analysis.mentions.map((mention) => ({ mention, block: 0 }));
    expect(analysis.claims.map((c) => c.condition.id)).toEqual(['interaction-with:warfarin']);
    expect(chooseBadges(mentions, analysis.claims, () => undefined)).toEqual([expect.not.objectContaining({ claim: expect.anything() })]);
  });
});

describe('ginkgo seeds', () => {
  it('are ginkgo, raw or roasted: a poisoning risk, not food', () => {
    const text = `${INTRO}Raw or roasted ginkgo seeds are poisonous and can cause seizures.`;
    const seeds = analyze(text, kb).mentions.find((m) => m.type === 'supplement');
    expect(seeds && { id: seeds.id, text: text.slice(seeds.start, seeds.end), form: 'form' in seeds ? seeds.form : undefined }).toEqual({ id: 'ginkgo', text: 'ginkgo seeds', form: 'seeds' });
    expect(claims('Raw or roasted ginkgo seeds are poisonous and can cause seizures.')).toEqual([
      expect.objectContaining({ supplement: 'ginkgo', condition: 'epilepsy', direction: 'harms' }),
    ]);
  });

  it('leave other herbs\' food sense alone', () => {
    expect(analysed('Ginger helps nausea. Add roasted garlic to the rice.').mentions.filter((m) => m.type === 'supplement').map((m) => m.id)).toEqual(['ginger']);
  });
});
