/** The `kb lookup` command: a supplement and a condition as a reader would type them. */
import type { KnowledgeBase } from '../core/knowledge-base-schema';
import { buildLexicon } from '../core/lexicon';
import { chooseEvidence, evidenceFor } from '../core/evidence';
import { closestNames, findByName } from '../core/find-by-name';
import { populationOf, populationsIn } from '../core/populations';
import type { EntityType } from '../core/lexicon';
import { doctorReminder } from '../shared/words';

export function lookupPair(kb: KnowledgeBase, supplementName: string, conditionName: string, json: boolean): number {
  const lexicon = buildLexicon(kb);
  const find = (phrase: string, type: EntityType) => {
    const found = findByName(kb, lexicon, phrase, type);
    if (!found) console.error(`unknown ${type}: "${phrase}"; closest names: ${closestNames(kb, phrase, type).map((n) => `"${n}"`).join(', ')}`);
    return found;
  };
  const supplement = find(supplementName, 'supplement');
  const condition = find(conditionName, 'condition');
  if (!supplement || !condition) return 2;
  const s = kb.supplements.find((x) => x.id === supplement.id)!;
  const evidence = evidenceFor(kb, s.id, condition.id);
  // The words typed can name a population ("leg cramps in pregnancy"): that entry is marked as the one that applies.
  const named = { sentence: populationsIn(kb, `${supplementName} ${conditionName}`), page: new Set<string>() };
  const chosen = chooseEvidence(evidence, undefined, named)?.chosen;
  const cite = (ids: string[]) => ids.map((id) => ({ id, ...kb.sources[id]! }));
  const sideEffect = s.sideEffects?.find((x) => x.condition === condition.id);
  const result = {
    supplement, condition,
    evidence: evidence.map((e) => ({ ...e, applies: e === chosen, sources: cite(e.sources) })),
    ...(sideEffect ? { knownSideEffect: { sources: cite(sideEffect.sources) } } : {}),
    safety: [...(s.upperLimit ? [s.upperLimit] : []), ...s.safety].map((n) => ({ text: n.text, sources: cite(n.sources) })),
    reviewedOn: s.reviewedOn,
  };
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return 0;
  }
  console.log(`${supplement.label} × ${condition.label}`);
  if (evidence.length === 0) console.log('  grade: not graded (no entry in the knowledge base; treat as insufficient)');
  for (const e of result.evidence) {
    const who = populationOf(kb, e) ?? 'general';
    console.log(`  ${e.applies && evidence.length > 1 ? '▸' : '-'} grade: ${e.grade}${e.form ? ` (form: ${e.form})` : ''} — ${who}`);
    console.log(`    ${e.summary}`);
    for (const src of e.sources) console.log(`    source: ${src.title}, ${src.publisher}, ${src.year}. ${src.url}`);
  }
  if (result.knownSideEffect) console.log(`  known side effect of ${supplement.label.toLowerCase()}: ${result.knownSideEffect.sources.map((x) => x.title).join('; ')}`);
  console.log('  safety:');
  for (const n of result.safety) console.log(`    - ${n.text}`);
  console.log(`  reviewed on ${s.reviewedOn}. ${doctorReminder()}`);
  return 0;
}
