import { describe, expect, it } from 'vitest';
import { analyze, lexiconFor } from '../../src/core/analyze';
import { findMentions } from '../../src/core/find-mentions';
import { loadKnowledgeBase } from '../../src/data/knowledge-base';

const kb = loadKnowledgeBase();
const lexicon = lexiconFor(kb);

/** The short forms found in the text, as "written→condition". */
const shortForms = (text: string) => findMentions(text, lexicon)
  .map((m) => ({ written: text.slice(m.start, m.end), id: m.id }))
  .filter(({ written }) => lexicon.abbreviations.has(written))
  .map(({ written, id }) => `${written}→${id}`);

describe('undefined short forms of conditions (with-cue)', () => {
  describe('count where the page supports the condition sense', () => {
    it('a possessive with a symptom word: "my RA pain"', () => {
      expect(shortForms('Turmeric has helped my RA pain.')).toEqual(['RA→rheumatoid-arthritis']);
    });

    it('a diagnosis phrase before it: "diagnosed with MS"', () => {
      expect(shortForms('I was diagnosed with MS last year.')).toEqual(['MS→multiple-sclerosis']);
    });

    it('the full name elsewhere on the page, here only in the title', () => {
      const page = 'Rheumatoid arthritis and what I eat\n\nMy hands ache most mornings. RA runs in the family.';
      expect(shortForms(page)).toEqual(['RA→rheumatoid-arthritis']);
    });

    it('a flare, a flare-up or fatigue after it', () => {
      expect(shortForms('Another MS flare this week.')).toEqual(['MS→multiple-sclerosis']);
      expect(shortForms('The AS flare-up lasted a week.')).toEqual(['AS→ankylosing-spondylitis']);
      expect(shortForms('Her MS fatigue is worse in summer.')).toEqual(['MS→multiple-sclerosis']);
    });

    it('"living with", "people with", symptoms and patients', () => {
      expect(shortForms('Living with IBS is hard.')).toEqual(['IBS→irritable-bowel-syndrome']);
      expect(shortForms('My IBD symptoms eased.')).toEqual(['IBD→inflammatory-bowel-disease']);
      expect(shortForms('Advice for COPD patients and people with PCOS.')).toEqual(['COPD→copd', 'PCOS→polycystic-ovary-syndrome']);
      expect(shortForms('Many people with PD sleep badly.')).toEqual(['PD→parkinsons-disease']);
      expect(shortForms('My UC flared after the holidays.')).toEqual(['UC→ulcerative-colitis']);
      expect(shortForms('His T1D diagnosis came at nine.')).toEqual(['T1D→type-1-diabetes']);
    });

    it('a definition in brackets', () => {
      expect(shortForms('Adults with type 2 diabetes (T2D) often ask about it.')).toEqual(['T2D→type-2-diabetes']);
    });

    it('ME, with ME/CFS read whole', () => {
      expect(shortForms('I have ME/CFS, and my ME is worse after exertion.')).toEqual(['ME/CFS→chronic-fatigue-syndrome', 'ME→chronic-fatigue-syndrome']);
    });

    it('ADD as attention deficit disorder', () => {
      expect(shortForms('My ADD meds help me focus.')).toEqual(['ADD→adhd']);
    });

    it('a cue in a title-case heading', () => {
      expect(shortForms('How I Manage My RA Naturally')).toEqual(['RA→rheumatoid-arthritis']);
      expect(shortForms('Living With MS Is Hard')).toEqual(['MS→multiple-sclerosis']);
    });

    it('one cue settles the sense for the rest of the page', () => {
      expect(shortForms('My RA is worse in winter. Cold weather and RA do not mix.')).toEqual(['RA→rheumatoid-arthritis', 'RA→rheumatoid-arthritis']);
    });

    it('nothing without a cue or the full name', () => {
      expect(shortForms('RA is mentioned here.')).toEqual([]);
    });
  });

  describe('never count in their other senses', () => {
    it('MS Word and other Microsoft products', () => {
      expect(shortForms('I wrote my notes in MS Word.')).toEqual([]);
      expect(shortForms('Microsoft moved my MS account to a new plan.')).toEqual([]);
      expect(shortForms('Open the MS Authenticator app.')).toEqual([]);
    });

    it('an MS degree, an MS in Nursing, M.S.', () => {
      expect(shortForms('She finished her MS in Nursing in May.')).toEqual([]);
      expect(shortForms('He holds an MS degree.')).toEqual([]);
      expect(shortForms('He earned his M.S. in 2010.')).toEqual([]);
    });

    it('MS as a manuscript', () => {
      expect(shortForms('Her MS 408 transcription took years.')).toEqual([]);
    });

    it('RA as a resident assistant', () => {
      expect(shortForms('Our RA organised a pizza night.')).toEqual([]);
    });

    it('PD as a police department, or USB charging in camera gear', () => {
      expect(shortForms('The Boston PD said officers responded.')).toEqual([]);
      expect(shortForms('The camera charges from a 65W PD charger.')).toEqual([]);
    });

    it('UC as a university or as Universal Credit', () => {
      expect(shortForms('I studied at UC Berkeley and then UC Davis.')).toEqual([]);
      expect(shortForms('My UC payment was late again, and the DWP did not answer.')).toEqual([]);
    });

    it('ME as the pronoun or as Maine', () => {
      expect(shortForms('Please tell ME about it.')).toEqual([]);
      expect(shortForms('We moved to Portland, ME 04101 last spring.')).toEqual([]);
    });

    it('the word "as", in any case', () => {
      expect(shortForms('As I said, as usual. AS I SAID.')).toEqual([]);
      expect(shortForms('Her AS levels went well.')).toEqual([]);
    });

    it('ADD as the verb', () => {
      expect(shortForms('ADD the flour, then ADD to basket.')).toEqual([]);
    });

    it('IBD in genetic genealogy', () => {
      expect(shortForms('My IBD segments with a cousin were long.')).toEqual([]);
    });

    it('inside a run of capitals', () => {
      expect(shortForms('MY RA PAIN IS BACK')).toEqual([]);
    });
  });

  describe('when a page uses both senses', () => {
    it('counts only the occurrences with their own cue', () => {
      const page = 'My RA pain is bad this week. Our RA organised a party. RA again.';
      expect(shortForms(page)).toEqual(['RA→rheumatoid-arthritis']);
      expect(shortForms('My MS flare is over. I opened MS Word. MS again.')).toEqual(['MS→multiple-sclerosis']);
    });

    it('drops the other sense even where the full name settles the rest', () => {
      const page = 'Multiple sclerosis and me. I keep a diary in MS Word. MS makes typing slow.';
      expect(shortForms(page)).toEqual(['MS→multiple-sclerosis']);
    });
  });

  it('gives the analyzer a claim for the condition', () => {
    // One health word on the page opens the health gate (health-context.ts); this sentence alone has none.
    const { claims } = analyze('Turmeric has helped my RA pain. I take two capsules a day.', kb);
    expect(claims.map((c) => [c.supplement.id, c.condition.id])).toContainEqual(['turmeric', 'rheumatoid-arthritis']);
  });
});
