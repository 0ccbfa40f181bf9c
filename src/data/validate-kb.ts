/**
 * Checks knowledge-base files and joins them into one KnowledgeBase. Every problem is reported
 * with the file and entry it belongs to, so a reviewer can fix data without reading code.
 */
import * as v from 'valibot';
import {
  ConditionFileSchema,
  SupplementFileSchema,
  type Condition,
  type Source,
  type Supplement,
} from './schema';

export type KnowledgeBase = {
  supplements: Supplement[];
  conditions: Condition[];
  sources: Record<string, Source>;
};

export type NamedFile = { name: string; data: unknown };

export class KnowledgeBaseError extends Error {
  constructor(readonly problems: string[]) {
    super(`knowledge base is invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'KnowledgeBaseError';
  }
}

/** Normalises a name the way detection will see it, so two spellings of one name collide here. */
const nameKey = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[\s-]+/g, ' ').trim();

export function validateKnowledgeBase(supplementFiles: NamedFile[], conditionFiles: NamedFile[]): KnowledgeBase {
  const problems: string[] = [];
  const sources: Record<string, Source> = {};
  const supplements: Supplement[] = [];
  const conditions: Condition[] = [];

  const parse = <T>(schema: v.GenericSchema<unknown, T>, file: NamedFile): T | undefined => {
    const result = v.safeParse(schema, file.data);
    if (result.success) return result.output;
    for (const issue of result.issues) problems.push(`${file.name}: ${describePath(issue.path)}: ${issue.message}`);
    return undefined;
  };

  for (const file of conditionFiles) {
    const parsed = parse(ConditionFileSchema, file);
    if (parsed) conditions.push(...parsed.conditions);
  }
  const fileOfSource: Record<string, string> = {};
  const supplementFile: Record<string, string> = {};
  for (const file of supplementFiles) {
    const parsed = parse(SupplementFileSchema, file);
    if (!parsed) continue;
    for (const [id, source] of Object.entries(parsed.sources)) {
      if (sources[id] && JSON.stringify(sources[id]) !== JSON.stringify(source)) {
        problems.push(`${file.name}: source "${id}" differs from the one in ${fileOfSource[id]}`);
      }
      sources[id] = source;
      fileOfSource[id] ??= file.name;
    }
    for (const s of parsed.supplements) {
      supplements.push(s);
      supplementFile[s.id] = file.name;
      const used = [...s.safety, ...(s.upperLimit ? [s.upperLimit] : []), ...s.evidence, ...(s.forms ?? [])]
        .flatMap((x) => x.sources ?? []);
      for (const id of used) if (!(id in parsed.sources)) problems.push(`${file.name}: supplement "${s.id}" cites unknown source "${id}"`);
    }
  }

  const conditionIds = new Set<string>();
  for (const c of conditions) {
    if (conditionIds.has(c.id)) problems.push(`condition "${c.id}" is defined twice`);
    conditionIds.add(c.id);
  }
  const supplementIds = new Set<string>();
  for (const s of supplements) {
    const where = `${supplementFile[s.id]}: supplement "${s.id}"`;
    if (supplementIds.has(s.id)) problems.push(`${where} is defined twice`);
    supplementIds.add(s.id);
    const formIds = new Set((s.forms ?? []).map((f) => f.id));
    const pairs = new Set<string>();
    for (const e of s.evidence) {
      if (!conditionIds.has(e.condition)) problems.push(`${where} grades unknown condition "${e.condition}"`);
      if (e.form && !formIds.has(e.form)) problems.push(`${where} grades unknown form "${e.form}"`);
      const key = `${e.condition}/${e.form ?? ''}/${e.population ?? ''}`;
      if (pairs.has(key)) problems.push(`${where} grades "${e.condition}" twice for the same form and population`);
      pairs.add(key);
    }
  }

  // A name may belong to one entry only, or detection could not say which one the writer meant.
  const owner = new Map<string, string>();
  const claim = (name: string, who: string) => {
    const key = nameKey(name);
    const previous = owner.get(key);
    if (previous && previous !== who) problems.push(`name "${name}" is claimed by ${previous} and ${who}`);
    else owner.set(key, who);
  };
  for (const s of supplements) {
    const who = `supplement "${s.id}"`;
    for (const n of [...s.names, ...(s.misspellings ?? []), ...(s.forms ?? []).flatMap((f) => f.names)]) claim(n, who);
    for (const a of s.abbreviations ?? []) claim(a.text, who);
  }
  for (const c of conditions) {
    const who = `condition "${c.id}"`;
    for (const n of [...c.names, ...(c.misspellings ?? [])]) claim(n, who);
    for (const a of c.abbreviations ?? []) claim(a.text, who);
  }

  if (problems.length) throw new KnowledgeBaseError(problems);
  return { supplements, conditions, sources };
}

/** Turns a valibot issue path into "supplements[3] (magnesium).evidence[1].summary". */
function describePath(path: v.IssuePathItem[] | undefined): string {
  if (!path?.length) return '(file)';
  let out = '';
  for (const item of path) {
    const key = item.key as string | number;
    if (typeof key === 'number') {
      const id = (item.value as { id?: unknown } | undefined)?.id;
      out += `[${key}]${typeof id === 'string' ? ` (${id})` : ''}`;
    } else out += out ? `.${key}` : key;
  }
  return out;
}
