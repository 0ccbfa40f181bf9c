/** The `kb interactions` command: the rows between a reader's medicines and some supplements. */
import { buildLexicon } from '../core/lexicon';
import { closestNames, findByName } from '../core/find-by-name';
import { interactionsBetween } from '../core/interactions';
import type { KnowledgeBase } from '../core/knowledge-base-schema';
import { resolveMedicines } from './medicines';

export function listInteractions(kb: KnowledgeBase, meds: string, supplementNames: string[], json: boolean): number {
  const lexicon = buildLexicon(kb);
  const medicines = resolveMedicines(kb, meds);
  const supplements = supplementNames.map((name) => ({ name, found: findByName(kb, lexicon, name, 'supplement') }));
  let unknown = !medicines;
  for (const s of supplements.filter((x) => !x.found)) {
    unknown = true;
    console.error(`unknown supplement: "${s.name}"; closest names: ${closestNames(kb, s.name, 'supplement').map((n) => `"${n}"`).join(', ')}`);
  }
  if (unknown || !medicines?.length) return 2;
  const found = interactionsBetween(kb, medicines, supplements.map((s) => s.found!.id));
  const cite = (ids: string[]) => ids.map((id) => ({ id, ...kb.sources[id]! }));
  const rows = found.map((f) => ({ ...f, sources: cite(f.sources) }));
  if (json) {
    console.log(JSON.stringify({ medicines: medicines.map((m) => ({ id: m.id, label: m.label })), interactions: rows }, null, 2));
    return 0;
  }
  if (!rows.length) console.log('No interactions listed in the knowledge base for these medicines and supplements (that is not proof there are none).');
  for (const r of rows) {
    const via = r.via.id === r.medicine.id ? '' : ` (as one of the ${r.via.label.toLowerCase()})`;
    console.log(`${r.severity.toUpperCase()}: ${r.supplement.label} × ${r.medicine.label}${via}`);
    console.log(`  ${r.effect}`);
    console.log(`  What people do: ${r.advice}`);
    for (const s of r.sources) console.log(`  source: ${s.title}, ${s.publisher}, ${s.year}. ${s.url}`);
  }
  console.log('Talk to your doctor or pharmacist before starting or stopping a supplement or medicine.');
  return 0;
}

