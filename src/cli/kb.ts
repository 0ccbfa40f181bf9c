/**
 * `npm run kb -- <command>`: inspect the knowledge base from the command line.
 *   stats                         counts of supplements, conditions, graded pairs and sources
 *   validate                      check every data file; exit 1 naming each bad entry
 *   lookup SUPPLEMENT CONDITION   every population's grade, summary and sources for a pair, named as
 *                                 a reader would ("omega 3" "leg cramps in pregnancy") [--json]
 *   export [DIR]                  the whole knowledge base as CSV and Markdown tables (default artifacts/)
 *   interactions --meds "A, B" SUPPLEMENT…
 *                                 interactions between the medicines (generic, brand or class) and the supplements [--json]
 */
import '../shared/english-messages'; // first: the words below are read as modules load
import { loadKnowledgeBase } from '../data/knowledge-base';
import { KnowledgeBaseError } from '../data/validate-kb';
import { GRADES } from '../core/types';
import { writeExport } from './kb-export';
import { listInteractions } from './kb-interactions';
import { lookupPair } from './kb-lookup';
import { exitQuietlyOnClosedPipe } from './closed-pipe';

const USAGE = 'usage: npm run kb -- stats | validate | lookup "<supplement>" "<condition>" [--json] | export [DIR] | interactions --meds "<medicine>, …" "<supplement>" … [--json]';

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const medsAt = argv.indexOf('--meds');
  const meds = medsAt >= 0 ? argv[medsAt + 1] : undefined;
  const [command, ...rest] = argv.filter((a, i) => a !== '--json' && (medsAt < 0 || (i !== medsAt && i !== medsAt + 1)));
  let kb;
  try {
    kb = loadKnowledgeBase();
  } catch (e) {
    if (e instanceof KnowledgeBaseError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
  switch (command) {
    case 'validate':
      console.log(`knowledge base is valid: ${kb.supplements.length} supplements, ${kb.conditions.length} conditions`);
      return 0;
    case 'stats': {
      const pairs = kb.supplements.flatMap((s) => s.evidence);
      const byGrade = Object.fromEntries(GRADES.map((g) => [g, pairs.filter((p) => p.grade === g).length]));
      const stats = {
        supplements: kb.supplements.length,
        conditions: kb.conditions.length,
        gradedPairs: pairs.length,
        byGrade,
        populationEntries: pairs.filter((p) => p.appliesTo).length,
        sources: Object.keys(kb.sources).length,
        supplementsWithSafetyNotes: kb.supplements.filter((s) => s.safety.length > 0).length,
        supplementsWithSideEffects: kb.supplements.filter((s) => s.sideEffects?.length).length,
        sideEffects: kb.supplements.flatMap((s) => s.sideEffects ?? []).length,
        interactions: kb.supplements.flatMap((s) => s.interactions ?? []).length,
        drugsAndClasses: kb.drugs.length,
        formNotes: kb.supplements.flatMap((s) => s.forms ?? []).filter((f) => f.note).length,
      };
      if (json) console.log(JSON.stringify(stats, null, 2));
      else for (const [k, val] of Object.entries(stats)) console.log(`${k.padEnd(28)} ${typeof val === 'object' ? JSON.stringify(val) : val}`);
      return 0;
    }
    case 'lookup': {
      if (rest.length !== 2) {
        console.error(USAGE);
        return 2;
      }
      return lookupPair(kb, rest[0]!, rest[1]!, json);
    }
    case 'export': {
      if (rest.length > 1) {
        console.error(USAGE);
        return 2;
      }
      for (const path of writeExport(kb, rest[0] ?? 'artifacts')) console.log(`wrote ${path}`);
      return 0;
    }
    case 'interactions': {
      if (meds === undefined || !rest.length) {
        console.error(USAGE);
        return 2;
      }
      return listInteractions(kb, meds, rest, json);
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

exitQuietlyOnClosedPipe();
process.exitCode = main(process.argv.slice(2));
