import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/core/find-mentions';
import { lexiconFor } from '../../src/core/analyze';
import { testKb } from './test-kb';

const find = (text: string) => findMentions(text, lexiconFor(testKb)).map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
const words = (text: string) => find(text).map((m) => m.text);

describe('findMentions', () => {
  it('finds names in any case a writer would use', () => {
    expect(words('Magnesium, MAGNESIUM and magnesium.')).toEqual(['Magnesium', 'MAGNESIUM', 'magnesium']);
  });

  it('prefers the longest name, so a form is one mention with its form', () => {
    const [m] = find('I use magnesium chloride daily');
    expect(m).toMatchObject({ text: 'magnesium chloride', id: 'magnesium', form: 'chloride' });
  });

  it('marks topical forms and the route they imply', () => {
    expect(find('a bottle of liquid magnesium')[0]).toMatchObject({ text: 'liquid magnesium', form: 'topical', route: 'topical' });
  });

  it('matches plurals, possessives and common misspellings', () => {
    expect(words('my migraines')).toEqual(['migraines']);
    expect(find("turmeric's effect")[0]).toMatchObject({ text: 'turmeric', id: 'turmeric' });
    expect(find('I take tumeric')[0]).toMatchObject({ id: 'turmeric' });
    expect(find('a magnesum pill')[0]).toMatchObject({ id: 'magnesium' });
  });

  it('matches across non-breaking spaces, soft hyphens, curly apostrophes and line breaks', () => {
    expect(find('fish\u00a0oil')[0]).toMatchObject({ id: 'fish-oil', text: 'fish\u00a0oil' });
    expect(find('magne\u00adsium helps')[0]).toMatchObject({ id: 'magnesium', text: 'magne\u00adsium' });
    expect(find('Crohn\u2019s disease flares')[0]).toMatchObject({ id: 'crohns-disease' });
    expect(find('fish\noil')[0]).toMatchObject({ id: 'fish-oil' });
    expect(find('omega-3 fatty acids')[0]).toMatchObject({ text: 'omega-3 fatty acids' });
  });

  it('never matches inside a longer word', () => {
    expect(words('magnesiumlike cramping')).toEqual([]);
  });

  it('counts a short form only on a page that defines it', () => {
    expect(words('As I said, AS is hard.')).toEqual([]);
    const text = 'I have ankylosing spondylitis (AS). As it happens, AS flares in winter, as they do.';
    expect(words(text)).toEqual(['ankylosing spondylitis', 'AS', 'AS']);
  });

  it('accepts the definition in either order', () => {
    expect(words('MS (multiple sclerosis) is common; MS fatigue is real.')).toEqual(['MS', 'multiple sclerosis', 'MS']);
  });

  it('never takes capitals in a run of capitals for a short form', () => {
    const text = 'ankylosing spondylitis (AS) and the AS ONE camera, opened in MS Word.';
    expect(words(text)).toEqual(['ankylosing spondylitis', 'AS']);
  });

  it('counts a with-context short form only when the page names the condition in full', () => {
    expect(words('RA is rare here.')).toEqual([]);
    expect(words('Rheumatoid arthritis is common. RA flares hurt.')).toEqual(['Rheumatoid arthritis', 'RA']);
  });

  it('counts an always short form anywhere, case-sensitively', () => {
    expect(words('DHA capsules, not dha')).toEqual(['DHA']);
  });

  it('attaches a dose written next to a supplement', () => {
    expect(find('I take 400 mg a day of magnesium')[0]).toMatchObject({ dose: '400 mg a day' });
    expect(find('we each rub four drops of magnesium oil')[0]).toMatchObject({ dose: 'four drops', route: 'topical' });
  });

  it('returns nothing for empty or symbol-only text, and survives odd Unicode', () => {
    expect(find('')).toEqual([]);
    expect(find('\u200b\u200b ??? !!!')).toEqual([]);
    expect(words('😀 magnesium 😀 \u0645\u0631\u062d\u0628\u0627 cramps\u0301')).toEqual(['magnesium']);
  });
});
