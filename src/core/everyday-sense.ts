/**
 * Some supplements are also everyday things. Minerals are metals: "two iron rods", "cast iron",
 * "zinc-coated screws" and "copper prices" name the material. Herbs are food: "onions and
 * garlic", "garlic bread", "ginger beer". A mention is read as the everyday thing when a word
 * beside it (or across an "and") names a thing made of metal, a way of working it, or a food.
 */
const MATERIAL_AFTER = new Set([
  'rod', 'rods', 'bar', 'bars', 'ore', 'ores', 'gate', 'gates', 'fence', 'railing', 'railings', 'pan', 'pans', 'skillet', 'pot',
  'pots', 'nail', 'nails', 'screw', 'screws', 'bolt', 'bolts', 'beam', 'beams', 'pipe', 'pipes', 'wire', 'wires', 'sheet',
  'roof', 'roofing', 'alloy', 'alloys', 'plating', 'plated', 'coated', 'coating', 'filings', 'price', 'prices', 'futures',
  'mine', 'mines', 'mining', 'miners', 'smelter', 'smelters', 'smelting', 'output', 'curtain', 'fist', 'grip', 'will', 'man',
  'age', 'lung', 'maiden', 'throne', 'sword', 'body', 'chassis', 'frame', 'casing', 'finish', 'grey', 'gray', 'statue',
]);
const MATERIAL_BEFORE = new Set(['cast', 'wrought', 'pumping', 'pump', 'steam', 'curling', 'soldering', 'scrap', 'galvanized', 'galvanised']);

const FOOD = new Set([
  'onion', 'onions', 'leek', 'leeks', 'shallot', 'shallots', 'chilli', 'chillies', 'chili', 'chilies', 'bread', 'butter', 'sauce',
  'soup', 'curry', 'rice', 'chives', 'cloves', 'clove', 'beer', 'ale', 'mayo', 'aioli', 'prawns', 'chicken', 'beef', 'lamb', 'pork',
  'noodles', 'stir-fry', 'marinade', 'dressing', 'roasted', 'mashed', 'fried', 'minced', 'crushed', 'chopped', 'grated', 'lemongrass',
  'coriander', 'cumin', 'salt', 'pepper', 'tomatoes', 'parsley', 'basil', 'thyme', 'rosemary', 'cake', 'cookies', 'snaps',
]);

export type EverydaySense = 'metal' | 'food';

const WORD_AFTER = /^[\s_-]+(?:(?:and|or|&)\s+)?([\p{L}-]+)/u;
const WORD_BEFORE = /([\p{L}-]+)(?:,|\s+(?:and|or|&))?[\s_-]+$/u;

/** A name that says how it is taken ("iron tablets", "zinc lozenges") is the supplement, whatever its neighbours ("iron tablets will help"). */
const TAKEN_AS = /\b(?:tablets?|capsules?|pills?|supplements?|softgels?|lozenges?|gumm(?:y|ies)|drops|injections?|infusions?)$/iu;

export function namesEverydayThing(text: string, start: number, end: number, sense: EverydaySense): boolean {
  if (TAKEN_AS.test(text.slice(start, end))) return false;
  const after = WORD_AFTER.exec(text.slice(end, end + 24))?.[1]?.toLowerCase();
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1]?.toLowerCase();
  if (sense === 'food') return [after, before].some((w) => w !== undefined && FOOD.has(w));
  return (after !== undefined && MATERIAL_AFTER.has(after)) || (before !== undefined && MATERIAL_BEFORE.has(before));
}
