/**
 * A dose the page gives, set beside the adult upper limit: "5,000 IU is above the 4,000 IU a day
 * upper limit for adults". Only amounts swallowed are compared; a topical dose, a strength per
 * millilitre or a count of drops says why it is not.
 */
import type { DoseUnit, UpperLimit } from './knowledge-base-schema';
import type { Route } from './types';

export type DoseCheck =
  | { dose: string; verdict: 'above' | 'within'; amount: Amount; limits: Limit[] }
  /** `why`: applied to the skin, a strength rather than an amount, or a unit the limit is not given in. */
  | { dose: string; verdict: 'not-compared'; why: 'topical' | 'strength' | 'unit' };

type Amount = { value: number; unit: DoseUnit };
type Limit = NonNullable<UpperLimit['limits']>[number];

const UNIT_WORDS: Record<string, { unit: DoseUnit; factor: number }> = {
  mg: { unit: 'mg', factor: 1 }, milligram: { unit: 'mg', factor: 1 }, milligrams: { unit: 'mg', factor: 1 },
  g: { unit: 'mg', factor: 1000 }, gram: { unit: 'mg', factor: 1000 }, grams: { unit: 'mg', factor: 1000 },
  mcg: { unit: 'mcg', factor: 1 }, 'µg': { unit: 'mcg', factor: 1 }, ug: { unit: 'mcg', factor: 1 },
  microgram: { unit: 'mcg', factor: 1 }, micrograms: { unit: 'mcg', factor: 1 },
  iu: { unit: 'IU', factor: 1 }, ius: { unit: 'IU', factor: 1 }, 'international units': { unit: 'IU', factor: 1 },
};

const AMOUNT = /(\d[\d,]*(?:\.\d+)?)\s?-?(mg|milligrams?|mcg|µg|ug|micrograms?|g|grams?|ius?|international units)\b/i;

/** The amount a dose names, in the units limits use ("1.5 g" is 1,500 mg); undefined for drops, capsules, ml. */
export function parseAmount(dose: string): Amount | undefined {
  const m = AMOUNT.exec(dose);
  if (!m) return undefined;
  const word = UNIT_WORDS[m[2]!.toLowerCase()];
  const value = Number(m[1]!.replace(/,/g, ''));
  if (!word || !Number.isFinite(value)) return undefined;
  return { value: value * word.factor, unit: word.unit };
}

/** Compares a page's dose with a supplement's upper limit, for a reader taking it by mouth. */
export function checkDose(dose: string, route: Route | undefined, upperLimit: UpperLimit | undefined): DoseCheck | undefined {
  const limits = upperLimit?.limits;
  if (!limits?.length) return undefined;
  if (route === 'topical') return { dose, verdict: 'not-compared', why: 'topical' };
  if (/\bper\s+(?:ml|millilit(?:er|re)|drop|teaspoon)\b/i.test(dose)) return { dose, verdict: 'not-compared', why: 'strength' };
  const amount = parseAmount(dose);
  if (!amount) return undefined;
  const same = limits.filter((l) => l.unit === amount.unit);
  if (!same.length) return { dose, verdict: 'not-compared', why: 'unit' };
  const exceeded = same.filter((l) => amount.value > l.value);
  return exceeded.length ? { dose, verdict: 'above', amount, limits: exceeded } : { dose, verdict: 'within', amount, limits: same };
}

const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** The check in plain words, for the card and the command line. */
export function describeDoseCheck(check: DoseCheck): string {
  if (check.verdict === 'not-compared') {
    return {
      topical: `${check.dose}: applied to the skin, so not compared with the upper limit, which is for amounts swallowed.`,
      strength: `${check.dose} is a strength, not an amount taken, so it is not compared with the upper limit.`,
      unit: `${check.dose} is in a unit the upper limit is not given in, so it is not compared.`,
    }[check.why];
  }
  const limit = (l: Limit) => `${number(l.value)} ${l.unit} a day upper limit for ${l.who ?? 'adults'}`;
  const amount = `${number(check.amount.value)} ${check.amount.unit}`;
  if (check.verdict === 'above') return `${amount} is above the ${check.limits.map(limit).join(' and the ')}.`;
  return `${amount} is within the ${check.limits.map(limit).join(' and the ')}.`;
}
