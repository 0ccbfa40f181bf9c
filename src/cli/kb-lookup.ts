/** The `kb lookup` command: a supplement × condition pair named in free text. */
import type { KnowledgeBase } from '../data/validate-kb';
import { buildLexicon, resolveName } from '../core/lexicon';
import { evidenceFor } from '../core/evidence';

export function lookupPair(kb: KnowledgeBase, supplementName: string, conditionName: string, json: boolean): number {
  const lexicon = buildLexicon(kb);
  const supplement = resolveName(lexicon, supplementName, 'supplement');
  const condition = resolveName(lexicon, conditionName, 'condition');
  if (!supplement) console.error(`unknown supplement: "${supplementName}"`);
  if (!condition) console.error(`unknown condition: "${conditionName}"`);
  if (!supplement || !condition) return 2;
  const s = kb.supplements.find((x) => x.id === supplement.id)!;
  const c = kb.conditions.find((x) => x.id === condition.id)!;
  const evidence = evidenceFor(kb, s.id, c.id);
  const cite = (ids: string[]) => ids.map((id) => ({ id, ...kb.sources[id]! }));
  const result = {
    supplement: { id: s.id, label: s.label },
    condition: { id: c.id, label: c.label },
    evidence: evidence.map((e) => ({ ...e, sources: cite(e.sources) })),
    safety: [...(s.upperLimit ? [s.upperLimit] : []), ...s.safety].map((n) => ({ text: n.text, sources: cite(n.sources) })),
    reviewedOn: s.reviewedOn,
  };
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return 0;
  }
  console.log(`${s.label} × ${c.label}`);
  if (evidence.length === 0) console.log('  grade: not graded (no entry in the knowledge base; treat as insufficient)');
  for (const e of result.evidence) {
    console.log(`  grade: ${e.grade}${e.form ? ` (form: ${e.form})` : ''}${e.population ? ` — ${e.population}` : ''}`);
    console.log(`  ${e.summary}`);
    for (const src of e.sources) console.log(`    source: ${src.title}, ${src.publisher}, ${src.year}. ${src.url}`);
  }
  console.log('  safety:');
  for (const n of result.safety) console.log(`    - ${n.text}`);
  console.log(`  reviewed on ${s.reviewedOn}. Talk to your doctor before starting or stopping a supplement.`);
  return 0;
}
