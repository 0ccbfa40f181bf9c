/** The `kb interactions` command: the rows between a reader's medicines and some supplements. */
import { buildLexicon } from '../core/lexicon';
import { closestNames, findByName } from '../core/find-by-name';
import { findDrug, interactionsBetween } from '../core/interactions';
import type { KnowledgeBase } from '../data/validate-kb';

export function listInteractions(kb: KnowledgeBase, meds: string, supplementNames: string[], json: boolean): number {
  const lexicon = buildLexicon(kb);
  const medicineNames = meds.split(/[,;]/).map((m) => m.trim()).filter(Boolean);
  const medicines = medicineNames.map((name) => ({ name, drug: findDrug(kb, name) }));
  const supplements = supplementNames.map((name) => ({ name, found: findByName(kb, lexicon, name, 'supplement') }));
  let unknown = false;
  for (const m of medicines.filter((x) => !x.drug)) {
    unknown = true;
    console.error(`unknown medicine: "${m.name}"; closest names: ${closestNames(kb, m.name, 'drug').map((n) => `"${n}"`).join(', ')}`);
  }
  for (const s of supplements.filter((x) => !x.found)) {
    unknown = true;
    console.error(`unknown supplement: "${s.name}"; closest names: ${closestNames(kb, s.name, 'supplement').map((n) => `"${n}"`).join(', ')}`);
  }
  if (unknown || !medicineNames.length) return 2;
  const found = interactionsBetween(kb, medicines.map((m) => m.drug!), supplements.map((s) => s.found!.id));
  const cite = (ids: string[]) => ids.map((id) => ({ id, ...kb.sources[id]! }));
  const rows = found.map((f) => ({ ...f, sources: cite(f.sources) }));
  if (json) {
    console.log(JSON.stringify({ medicines: medicines.map((m) => ({ id: m.drug!.id, label: m.drug!.label })), interactions: rows }, null, 2));
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

