/** A readable table of an analysis, for people at a terminal. */
import type { ArticleVerdict, ConditionVerdict } from '../core/article-verdict';
import type { PageInteraction } from '../core/for-you';
import type { Analysis } from '../core/types';

const shorten = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

const conditions = (list: ConditionVerdict[]) => list.map((c) => `${c.condition.label} (${c.grade ?? 'not graded'}, ${c.fit})`).join('; ');

/** The article verdict as the side panel gives it, in plain lines. */
function formatVerdict(verdict: ArticleVerdict): string[] {
  const lines = ['', 'Verdict'];
  for (const s of verdict.supplements) {
    lines.push(`  ${s.supplement.label}`);
    if (s.helps.length) lines.push(`    says it helps: ${conditions(s.helps)}`);
    if (s.doesNotHelp.length) lines.push(`    says it does not help: ${conditions(s.doesNotHelp)}`);
    if (s.harms.length) lines.push(`    says it can cause: ${conditions(s.harms)}`);
    if (s.interactsWith.length) lines.push(`    says it interacts with: ${s.interactsWith.map((m) => m.condition.label).join(', ')}`);
    if (s.overclaims) lines.push(`    ${s.overclaims} of its claims ${s.overclaims === 1 ? 'goes' : 'go'} against or beyond the evidence`);
    if (s.formNote) lines.push(`    form: ${s.formNote}`);
    for (const dose of s.dosesAbove) lines.push(`    dose: ${dose}`);
  }
  const kinds = Object.entries(verdict.kinds).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  if (kinds.length) lines.push(`  how it argues: ${kinds.map(([kind, n]) => `${n} of ${verdict.claimCount} ${kind}`).join(', ')}`);
  return lines;
}

export function formatAnalysis({ text, mentions, claims }: Analysis, interactions: PageInteraction[] = [], verdict?: ArticleVerdict): string {
  const lines: string[] = [];
  const counts = new Map<string, { type: string; label: string; n: number; forms: Set<string> }>();
  for (const m of mentions) {
    const key = `${m.type}:${m.id}`;
    const row = counts.get(key) ?? { type: m.type, label: m.label, n: 0, forms: new Set<string>() };
    row.n++;
    row.forms.add(text.slice(m.start, m.end));
    counts.set(key, row);
  }
  lines.push(`Mentions (${mentions.length})`);
  lines.push(`  ${'type'.padEnd(11)}${'entity'.padEnd(32)}${'count'.padEnd(7)}as written`);
  for (const row of [...counts.values()].sort((a, b) => a.type.localeCompare(b.type) || b.n - a.n)) {
    lines.push(`  ${row.type.padEnd(11)}${shorten(row.label, 30).padEnd(32)}${String(row.n).padEnd(7)}${shorten([...row.forms].join(', '), 60)}`);
  }
  lines.push('', `Claims (${claims.length})`);
  lines.push(`  ${'supplement'.padEnd(20)}${'condition'.padEnd(26)}${'kind'.padEnd(11)}${'grade'.padEnd(14)}${'fit'.padEnd(13)}sentence`);
  for (const c of claims) {
    lines.push(`  ${shorten(c.supplement.label, 18).padEnd(20)}${shorten(c.condition.label, 24).padEnd(26)}${c.kind.padEnd(11)}${(c.grade ?? 'not graded').padEnd(14)}${c.fit.padEnd(13)}${shorten(text.slice(c.start, c.end), 70)}`);
  }
  if (interactions.length) {
    lines.push('', `Interactions (${interactions.length})`);
    for (const x of interactions) lines.push(`  ${x.severity.padEnd(10)}${x.supplement} × ${x.drug}${x.via === x.drug ? '' : ` (as ${x.via})`}, named ${x.from === 'list' ? 'in --meds' : 'on the page'}`);
  }
  if (verdict?.supplements.length) lines.push(...formatVerdict(verdict));
  if (!mentions.length) lines.push('', 'No supplement or condition mentions found.');
  return lines.join('\n');
}
