import { describe, expect, it } from 'vitest';
import { KnowledgeBaseError, validateKnowledgeBase } from '../../src/data/validate-kb';
import { testConditionFile, testSupplementFile } from './test-kb';

const clone = <T>(x: T): T => structuredClone(x);

function problemsOf(mutate: (s: typeof testSupplementFile, c: typeof testConditionFile) => void): string[] {
  const s = clone(testSupplementFile);
  const c = clone(testConditionFile);
  mutate(s, c);
  try {
    validateKnowledgeBase([{ name: 'sup.json', data: s }], [{ name: 'cond.json', data: c }]);
    return [];
  } catch (e) {
    if (e instanceof KnowledgeBaseError) return e.problems;
    throw e;
  }
}

describe('validateKnowledgeBase', () => {
  it('accepts the test knowledge base', () => {
    expect(problemsOf(() => {})).toEqual([]);
  });
  it('rejects unknown fields, naming the entry', () => {
    const p = problemsOf((s) => { (s.supplements[0] as Record<string, unknown>).dose = '5 mg'; });
    expect(p.join()).toMatch(/sup\.json: supplements\[0\] \(magnesium\)/);
  });
  it('rejects a grade without sources and a source that does not exist', () => {
    expect(problemsOf((s) => { s.supplements[0]!.evidence[0]!.sources = []; }).join()).toMatch(/at least one source/);
    expect(problemsOf((s) => { s.supplements[0]!.evidence[0]!.sources = ['nope']; }).join()).toMatch(/"magnesium" cites unknown source "nope"/);
  });
  it('rejects duplicate ids', () => {
    expect(problemsOf((s) => { s.supplements.push(clone(s.supplements[1]!)); }).join()).toMatch(/"turmeric" is defined twice/);
    expect(problemsOf((_, c) => { c.conditions.push(clone(c.conditions[0]!)); }).join()).toMatch(/condition "ankylosing-spondylitis" is defined twice/);
  });
  it('rejects a name claimed by two entries', () => {
    expect(problemsOf((s) => { s.supplements[1]!.names.push('fish oil'); }).join()).toMatch(/name "fish oil" is claimed by supplement "fish-oil" and supplement "turmeric"|claimed by supplement "turmeric" and supplement "fish-oil"/);
  });
  it('rejects a grade outside the scale and a summary over 200 characters', () => {
    expect(problemsOf((s) => { (s.supplements[0]!.evidence[0] as { grade: string }).grade = 'promising'; }).join()).toMatch(/evidence\[0\]\.grade/);
    expect(problemsOf((s) => { s.supplements[0]!.evidence[0]!.summary = 'x'.repeat(201); }).join()).toMatch(/at most 200 characters/);
  });
  it('rejects a source URL that is not https', () => {
    expect(problemsOf((s) => { s.sources.s.url = 'http://example.org/'; }).join()).toMatch(/must be https/);
  });
  it('rejects evidence for a condition that does not exist', () => {
    expect(problemsOf((s) => { s.supplements[0]!.evidence[0]!.condition = 'nope'; }).join()).toMatch(/unknown condition "nope"/);
  });
});
