import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'evidence-lens-cli-'));
const file = (name: string, content: string | Buffer) => { const p = join(dir, name); writeFileSync(p, content); return p; };
const run = (script: string, ...args: string[]) => spawnSync('npx', ['tsx', `src/cli/${script}.ts`, ...args], { encoding: 'utf8' });

// Each test starts a real process through tsx: slow on a busy machine, so a generous time limit.
describe('analyze command', { timeout: 30_000 }, () => {
  it('prints the JSON contract for a page', () => {
    const page = file('ok.html', '<html><body><article><h1>Magnesium for cramps</h1><p>I take magnesium and my leg cramps stopped. My doctor was surprised.</p></article></body></html>');
    const out = run('analyze', '--json', page);
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.text).toContain('Magnesium for cramps');
    expect(result.mentions.some((m: { type: string; id: string }) => m.type === 'supplement' && m.id === 'magnesium')).toBe(true);
    expect(result.claims[0]).toMatchObject({ supplement: { id: 'magnesium' }, kind: expect.any(String) });
  });
  it("carries each claim's fit to its grade: a cure told as experience goes against an against grade", () => {
    const page = file('fit.html', '<article><h1>Magnesium for cramps</h1><p>Magnesium stopped my foot cramps. My doctor was surprised.</p></article>');
    const { claims } = JSON.parse(run('analyze', '--json', page).stdout);
    expect(claims.find((c: { start: number }) => c.start > 0)).toMatchObject({
      supplement: { id: 'magnesium' }, condition: { id: 'muscle-cramps' }, kind: 'personal', direction: 'helps', grade: 'against', fit: 'contradicts',
    });
  });
  it('gives the article verdict: what the page says a supplement does, with each grade and fit, in JSON and in the table', () => {
    const page = file('verdict.html', '<article><h1>Magnesium for cramps</h1><p>Magnesium stopped my foot cramps. My doctor was surprised.</p><p>I take 5,000 IU of vitamin D a day for my bones.</p></article>');
    const { verdict } = JSON.parse(run('analyze', '--json', page).stdout);
    expect(verdict.supplements.find((s: { supplement: { id: string } }) => s.supplement.id === 'magnesium')).toMatchObject({
      helps: [{ condition: { id: 'muscle-cramps' }, grade: 'against', fit: 'contradicts' }], overclaims: 2, // the heading and the sentence
    });
    expect(verdict.supplements.find((s: { supplement: { id: string } }) => s.supplement.id === 'vitamin-d').dosesAbove[0]).toMatch(/5,000 IU is above/);
    expect(verdict.kinds.personal).toBeGreaterThanOrEqual(1);
    const table = run('analyze', page).stdout;
    expect(table).toMatch(/Verdict\n  Magnesium\n    says it helps: Muscle cramps and spasms \(against, contradicts\)/);
  });
  it('adds drug mentions and the interactions of the listed and the page-named medicines with --meds', () => {
    const page = file('meds.html', '<article><h1>My supplements</h1><p>I take turmeric capsules with my warfarin, and my doctor knows. I also take magnesium supplements for leg cramps.</p></article>');
    const out = run('analyze', '--json', '--meds', 'Fosamax', page);
    expect(out.status).toBe(0);
    const { mentions, interactions } = JSON.parse(out.stdout);
    expect(mentions.some((m: { type: string; id: string }) => m.type === 'drug' && m.id === 'warfarin')).toBe(true);
    expect(interactions).toEqual(expect.arrayContaining([
      expect.objectContaining({ supplement: 'turmeric', drug: 'warfarin', from: 'page', sources: expect.any(Array) }),
      expect.objectContaining({ supplement: 'magnesium', drug: 'alendronate', from: 'list' }),
    ]));
    const unknown = run('analyze', '--json', '--meds', 'Fosamaxx', page);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown medicine: "Fosamaxx"; closest names: "Fosamax"/);
  });
  it('prints a readable table without --json', () => {
    const out = run('analyze', file('t.html', '<p>Magnesium may help insomnia, a small trial found.</p>'));
    expect(out.stdout).toMatch(/Mentions \(\d+\)[\s\S]*Claims \(1\)/);
  });
  it.each([
    ['a missing file', join(dir, 'nope.html'), /no such file/],
    ['an empty file', () => file('empty.html', ''), /is empty/],
    ['a binary file', () => file('bin.html', Buffer.from([0x89, 0x50, 0x00, 0x01])), /binary/],
    ['text that is not HTML', () => file('plain.txt', 'just words, no markup'), /does not look like an HTML page/],
    ['a page with no visible text', () => file('blank.html', '<html><body><script>x()</script></body></html>'), /no visible text/],
  ])('refuses %s with one line and a non-zero exit', (_, path, message) => {
    const out = run('analyze', '--json', typeof path === 'function' ? path() : path);
    expect(out.status).not.toBe(0);
    expect(out.stderr.trim().split('\n').filter((l) => !l.includes('npm warn'))).toEqual([expect.stringMatching(message)]);
    expect(out.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('kb command', { timeout: 30_000 }, () => {
  it('looks up a pair by any of its names', () => {
    const out = run('kb', 'lookup', 'liquid magnesium', 'leg cramps', '--json');
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result).toMatchObject({ supplement: { id: 'magnesium' }, condition: { id: 'muscle-cramps' } });
    expect(result.evidence.find((e: { appliesTo?: string }) => !e.appliesTo)).toMatchObject({ grade: 'against' });
  });
  it('says so and exits 2 for an unknown name', () => {
    const out = run('kb', 'lookup', 'unicorn dust', 'insomnia');
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/unknown supplement: "unicorn dust"/);
  });
  it('prints stats', () => {
    expect(run('kb', 'stats').stdout).toMatch(/supplements\s+\d+[\s\S]*gradedPairs\s+\d+[\s\S]*interactions\s+\d+/);
  });
  it('reads names the way people type them', () => {
    const out = run('kb', 'lookup', 'omega 3', 'knee osteoarthritis', '--json');
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ supplement: { id: 'fish-oil' }, condition: { id: 'osteoarthritis' } });
  });
  it('marks the population entry the words name and prints the others too', () => {
    const result = JSON.parse(run('kb', 'lookup', 'magnesium', 'leg cramps in pregnancy', '--json').stdout);
    expect(result.condition.id).toBe('muscle-cramps');
    expect(result.evidence.length).toBeGreaterThan(1);
    expect(result.evidence.find((e: { applies: boolean }) => e.applies)).toMatchObject({ appliesTo: 'pregnancy' });
  });
  it('suggests the closest names for an unknown one', () => {
    const out = run('kb', 'lookup', 'magnesium', 'foot crmps');
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/unknown condition: "foot crmps"; closest names: "foot cramps"/);
  });
  it('writes the knowledge base as CSV and Markdown tables', () => {
    const out = run('kb', 'export', dir);
    expect(out.status).toBe(0);
    const csv = readFileSync(join(dir, 'knowledge-base.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe('supplement,condition,population,form,grade,summary,sources,reviewed on');
    expect(csv.some((l) => /^Magnesium,Muscle cramps[^,]*,"?Older adults/.test(l))).toBe(true);
    expect(readFileSync(join(dir, 'knowledge-base.md'), 'utf8')).toMatch(/## Interactions with medicines[\s\S]*\| Warfarin \|/);
  });
  it('lists interactions between medicines named by brand and supplements, and refuses an unknown medicine', () => {
    const out = run('kb', 'interactions', '--json', '--meds', 'Coumadin, Zoloft', "St John's wort", 'fish oil');
    expect(out.status).toBe(0);
    const { medicines, interactions } = JSON.parse(out.stdout);
    expect(medicines.map((m: { id: string }) => m.id)).toEqual(['warfarin', 'sertraline']);
    expect(interactions.some((r: { supplement: { id: string }; medicine: { id: string } }) => r.supplement.id === 'st-johns-wort' && r.medicine.id === 'sertraline')).toBe(true);
    expect(interactions.every((r: { sources: unknown[] }) => r.sources.length > 0)).toBe(true);
    const unknown = run('kb', 'interactions', '--meds', 'sertralin', 'fish oil');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown medicine: "sertralin"; closest names: "sertraline"/);
  });
});
