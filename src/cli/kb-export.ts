/**
 * The `kb export` command: the whole knowledge base as tables a pharmacist can review, one row
 * per graded entry (CSV and Markdown), and in the Markdown also the side effects and interactions.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { populationOf } from '../core/populations';
import type { KnowledgeBase } from '../core/knowledge-base-schema';

const EVIDENCE_COLUMNS = ['supplement', 'condition', 'population', 'form', 'grade', 'summary', 'sources', 'reviewed on'];
const INTERACTION_COLUMNS = ['supplement', 'medicine', 'severity', 'what happens', 'what people do', 'sources'];

export function exportTables(kb: KnowledgeBase): { evidence: string[][]; sideEffects: string[][]; interactions: string[][] } {
  const sources = (ids: string[]) => ids.map((id) => `${kb.sources[id]!.title} (${kb.sources[id]!.year}) ${kb.sources[id]!.url}`).join('; ');
  const conditionLabel = (id: string) => kb.conditions.find((c) => c.id === id)?.label ?? id;
  const drugLabel = (id: string) => kb.drugs.find((d) => d.id === id)?.label ?? id;
  const bySupplement = [...kb.supplements].sort((a, b) => a.label.localeCompare(b.label));
  return {
    evidence: bySupplement.flatMap((s) => [...s.evidence]
      .sort((a, b) => conditionLabel(a.condition).localeCompare(conditionLabel(b.condition)))
      .map((e) => [s.label, conditionLabel(e.condition), populationOf(kb, e) ?? '', e.form ?? '', e.grade, e.summary, sources(e.sources), s.reviewedOn])),
    sideEffects: bySupplement.flatMap((s) => (s.sideEffects ?? []).map((x) => [s.label, conditionLabel(x.condition), sources(x.sources)])),
    interactions: bySupplement.flatMap((s) => (s.interactions ?? []).map((x) => [s.label, drugLabel(x.drug), x.severity, x.effect, x.advice, sources(x.sources)])),
  };
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const markdownTable = (columns: string[], rows: string[][]) =>
  [`| ${columns.join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

/** Writes knowledge-base.csv, interactions.csv and knowledge-base.md into `dir`; returns their paths. */
export function writeExport(kb: KnowledgeBase, dir: string): string[] {
  const { evidence, sideEffects, interactions } = exportTables(kb);
  mkdirSync(dir, { recursive: true });
  const files = {
    'knowledge-base.csv': stringify([EVIDENCE_COLUMNS, ...evidence]),
    'interactions.csv': stringify([INTERACTION_COLUMNS, ...interactions]),
    'knowledge-base.md': [
      '# Evidence Lens knowledge base', '',
      `${kb.supplements.length} supplements, ${kb.conditions.length} conditions, ${evidence.length} graded entries, ${sideEffects.length} side effects, ${interactions.length} interactions.`, '',
      '## Graded evidence', '', markdownTable(EVIDENCE_COLUMNS, evidence), '',
      '## Known side effects', '', markdownTable(['supplement', 'side effect', 'sources'], sideEffects), '',
      '## Interactions with medicines', '', markdownTable(INTERACTION_COLUMNS, interactions), '',
    ].join('\n'),
  };
  return Object.entries(files).map(([name, content]) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  });
}
