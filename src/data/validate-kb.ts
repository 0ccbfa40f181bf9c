/**
 * Checks knowledge-base files and joins them into one KnowledgeBase. Every problem is reported
 * with the file and entry it belongs to, so a reviewer can fix data without reading code.
 */
import * as v from 'valibot';
import {
  ConditionFileSchema,
  DrugFileSchema,
  EvidenceFileSchema,
  InteractionFileSchema,
  PopulationFileSchema,
  SituationFileSchema,
  SupplementFileSchema,
  type Condition,
  type KnowledgeBase,
  type Drug,
  type Evidence,
  type Interaction,
  type Situation,
  type Population,
  type Source,
  type Supplement,
} from '../core/knowledge-base-schema';


export type NamedFile = { name: string; data: unknown };

/** The files besides supplements and conditions; each list may be empty. */
export type MoreFiles = {
  evidence?: NamedFile[];
  situations?: NamedFile[];
  interactions?: NamedFile[];
  drugs?: NamedFile[];
  populations?: NamedFile[];
};

type EvidenceRow = Evidence & { supplement: string };
type SituationRow = Situation & { supplement: string };
type InteractionRow = Interaction & { supplement: string };

export class KnowledgeBaseError extends Error {
  constructor(readonly problems: string[]) {
    super(`knowledge base is invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'KnowledgeBaseError';
  }
}

/** Normalises a name the way detection will see it, so two spellings of one name collide here. */
const nameKey = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[\s-]+/g, ' ').trim();

export function validateKnowledgeBase(supplementFiles: NamedFile[], conditionFiles: NamedFile[], more: MoreFiles = {}): KnowledgeBase {
  const problems: string[] = [];
  const sources: Record<string, Source> = {};
  const supplements: Supplement[] = [];
  const conditions: Condition[] = [];
  const drugs: Drug[] = [];
  const populations: Population[] = [];

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
  for (const file of more.drugs ?? []) {
    const parsed = parse(DrugFileSchema, file);
    if (parsed) drugs.push(...parsed.drugs);
  }
  for (const file of more.populations ?? []) {
    const parsed = parse(PopulationFileSchema, file);
    if (parsed) populations.push(...parsed.populations);
  }
  const fileOfSource: Record<string, string> = {};
  const addSources = (file: NamedFile, own: Record<string, Source>) => {
    for (const [id, source] of Object.entries(own)) {
      if (sources[id] && JSON.stringify(sources[id]) !== JSON.stringify(source)) {
        problems.push(`${file.name}: source "${id}" differs from the one in ${fileOfSource[id]}`);
      }
      sources[id] = source;
      fileOfSource[id] ??= file.name;
    }
  };
  const supplementFile: Record<string, string> = {};
  for (const file of supplementFiles) {
    const parsed = parse(SupplementFileSchema, file);
    if (!parsed) continue;
    addSources(file, parsed.sources);
    for (const s of parsed.supplements) {
      supplements.push({ ...s, evidence: [...s.evidence] });
      supplementFile[s.id] = file.name;
      const used = [...s.safety, ...(s.upperLimit ? [s.upperLimit] : []), ...s.evidence, ...(s.forms ?? []),
        ...(s.sideEffects ?? []), ...(s.interactions ?? []), ...(s.situations ?? [])].flatMap((x) => x.sources ?? []);
      for (const id of used) if (!(id in parsed.sources)) problems.push(`${file.name}: supplement "${s.id}" cites unknown source "${id}"`);
    }
  }
  const byId = new Map(supplements.map((s) => [s.id, s]));
  // Rows kept in their own files join the supplement they name.
  type RowsFile = { sources: Record<string, Source> } & Record<string, unknown>;
  const joinRows = <R extends { supplement: string; sources: string[] }>(
    files: NamedFile[] | undefined,
    schema: v.GenericSchema<unknown, RowsFile>,
    key: string,
    describe: (row: R) => string,
    add: (target: Supplement, row: Omit<R, 'supplement'>) => void,
  ) => {
    for (const file of files ?? []) {
      const parsed = parse(schema, file);
      if (!parsed) continue;
      addSources(file, parsed.sources);
      for (const { supplement, ...row } of parsed[key] as R[]) {
        const where = `${file.name}: ${describe({ supplement, ...row } as R)}`;
        for (const id of row.sources) if (!(id in parsed.sources)) problems.push(`${where} cites unknown source "${id}"`);
        const target = byId.get(supplement);
        if (target) add(target, row);
        else problems.push(`${where} names an unknown supplement`);
      }
    }
  };
  joinRows<EvidenceRow>(more.evidence, EvidenceFileSchema, 'evidence', (r) => `evidence for "${r.supplement}" × "${r.condition}"`, (s, row) => s.evidence.push(row));
  joinRows<SituationRow>(more.situations, SituationFileSchema, 'situations', (r) => `situation "${r.condition}" for "${r.supplement}"`, (s, row) => { s.situations = [...(s.situations ?? []), row]; });
  joinRows<InteractionRow>(more.interactions, InteractionFileSchema, 'interactions', (r) => `interaction of "${r.supplement}" with "${r.drug}"`, (s, row) => { s.interactions = [...(s.interactions ?? []), row]; });

  const conditionIds = new Set<string>();
  for (const c of conditions) {
    if (conditionIds.has(c.id)) problems.push(`condition "${c.id}" is defined twice`);
    conditionIds.add(c.id);
  }
  for (const c of conditions) {
    for (const b of c.broader ?? []) if (!conditionIds.has(b)) problems.push(`condition "${c.id}" narrows unknown condition "${b}"`);
    if (c.cues && !c.broader?.length) problems.push(`condition "${c.id}" has cues but narrows no condition`);
  }
  const drugIds = new Set<string>();
  for (const d of drugs) {
    if (drugIds.has(d.id)) problems.push(`drug "${d.id}" is defined twice`);
    drugIds.add(d.id);
  }
  const classIds = new Set(drugs.filter((d) => d.kind === 'class').map((d) => d.id));
  for (const d of drugs) {
    for (const c of d.classes ?? []) if (!classIds.has(c)) problems.push(`drug "${d.id}" belongs to unknown class "${c}"`);
  }
  const populationIds = new Set<string>();
  for (const p of populations) {
    if (populationIds.has(p.id)) problems.push(`population "${p.id}" is defined twice`);
    populationIds.add(p.id);
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
      if (e.appliesTo && !populationIds.has(e.appliesTo)) problems.push(`${where} grades "${e.condition}" for unknown population "${e.appliesTo}"`);
      const key = `${e.condition}/${e.form ?? ''}/${e.appliesTo ?? e.population ?? ''}`;
      if (pairs.has(key)) problems.push(`${where} grades "${e.condition}" twice for the same form and population`);
      pairs.add(key);
    }
    for (const x of s.sideEffects ?? []) {
      if (!conditionIds.has(x.condition)) problems.push(`${where} lists unknown side effect "${x.condition}"`);
    }
    for (const x of s.situations ?? []) {
      if (!conditionIds.has(x.condition)) problems.push(`${where} lists a risk in unknown situation "${x.condition}"`);
    }
    const drugsSeen = new Set<string>();
    for (const x of s.interactions ?? []) {
      if (!drugIds.has(x.drug)) problems.push(`${where} interacts with unknown drug "${x.drug}"`);
      if (drugsSeen.has(x.drug)) problems.push(`${where} lists its interaction with "${x.drug}" twice`);
      drugsSeen.add(x.drug);
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
  for (const d of drugs) {
    const who = `drug "${d.id}"`;
    for (const n of [...d.names, ...(d.brands ?? [])]) claim(n, who);
  }

  if (problems.length) throw new KnowledgeBaseError(problems);
  return { supplements, conditions, sources, drugs, populations };
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
