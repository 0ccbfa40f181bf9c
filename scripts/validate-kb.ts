// Validates the knowledge base and prints counts; exits 1 naming each bad entry. Used by helpers and the build.
import { loadKnowledgeBase } from '../src/data/knowledge-base';
try {
  const kb = loadKnowledgeBase();
  const pairs = kb.supplements.reduce((n, s) => n + s.evidence.length, 0);
  console.log(`valid: ${kb.supplements.length} supplements, ${kb.conditions.length} conditions, ${pairs} graded pairs, ${Object.keys(kb.sources).length} sources`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
