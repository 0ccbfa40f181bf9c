/** The medicines a `--meds "warfarin, Zoloft"` option names, resolved; unknown names are reported with the closest ones. */
import { closestNames } from '../core/find-by-name';
import { findDrug } from '../core/interactions';
import type { Drug } from '../core/knowledge-base-schema';
import type { KnowledgeBase } from '../core/knowledge-base-schema';

/** The resolved medicines, or undefined after printing one line per unknown name. */
export function resolveMedicines(kb: KnowledgeBase, meds: string): Drug[] | undefined {
  const names = meds.split(/[,;]/).map((m) => m.trim()).filter(Boolean);
  const found = names.map((name) => ({ name, drug: findDrug(kb, name) }));
  const unknown = found.filter((m) => !m.drug);
  for (const m of unknown) console.error(`unknown medicine: "${m.name}"; closest names: ${closestNames(kb, m.name, 'drug').map((n) => `"${n}"`).join(', ')}`);
  return unknown.length ? undefined : found.map((m) => m.drug!);
}
