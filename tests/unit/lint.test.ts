/**
 * The lint gate (eslint.config.js): mozilla's no-unsanitized, no dangerouslySetInnerHTML, no eval
 * in any form, over src/ parsed by oxc (scripts/eslint-ts-parser.mjs). Proves the rules fire on
 * TypeScript and TSX, and that the extension's source passes.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** Rule ids (or "fatal: …" for a parse failure) reported for a snippet placed in src/. */
const problems = async (code: string, filePath = 'src/lint-probe.ts') =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => (m.fatal ? `fatal: ${m.message}` : m.ruleId));

/** A function body with the page's text in hand (a parameter: no-unsanitized treats an uninitialised `declare const` as safe). */
const withPageText = (body: string) => `export function show(el: HTMLElement, pageText: string) {\n${body}\n}`;

describe('lint', () => {
  it('rejects page text written as HTML', async () => {
    expect(await problems(withPageText('el.innerHTML = pageText;'))).toEqual(['no-unsanitized/property']);
    expect(await problems(withPageText('el.outerHTML = `<b>${pageText}</b>`;'))).toEqual(['no-unsanitized/property']);
    expect(await problems(withPageText("el.insertAdjacentHTML('beforeend', pageText as string);"))).toEqual(['no-unsanitized/method']);
    expect(await problems(withPageText('document.write(pageText);'))).toEqual(['no-unsanitized/method']);
    expect(await problems(`export const A = ({ s }: { s: string }) => <div dangerouslySetInnerHTML={{ __html: s }} />;`, 'src/lint-probe.tsx'))
      .toEqual(['no-restricted-syntax']);
  }, 30_000);

  it('rejects eval, new Function and code strings given to timers', async () => {
    expect(await problems(withPageText('eval(pageText);'))).toEqual(['no-eval']);
    expect(await problems(withPageText('new Function(pageText)();'))).toEqual(['no-new-func']);
    expect(await problems(withPageText("setTimeout('run(' + pageText + ')', 1);\nwindow.setInterval('tick()', 5);"))).toEqual(['no-implied-eval', 'no-implied-eval']);
  }, 30_000);

  it('accepts text written as text, and parses TypeScript and TSX syntax', async () => {
    const typescript = `${withPageText("el.textContent = pageText;\nel.innerHTML = '';")}
enum Kind { A, B }
interface Shape { a: number }
type Both = Shape & { b?: string };
abstract class Box<T extends object> implements Shape { a = 1; constructor(private readonly v: T) {} abstract get(): T; }
export const pick = <T,>(x: T | undefined): T => x! satisfies unknown as T;
export type { Both };
setTimeout(() => pick(Kind.A), 1);
export const second = ([, b]: [number, number]) => b;`;
    expect(await problems(typescript)).toEqual([]);
    expect(await problems('export const A = ({ s }: { s: string }) => <p title={s as string}>{s}</p>;', 'src/lint-probe.tsx')).toEqual([]);
    expect(await problems('const broken: = 1;')).toEqual([expect.stringMatching(/^fatal: /)]);
  }, 30_000);

  it('passes every source file in src/ with no errors', async () => {
    const sources = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []);
    const results = await eslint.lintFiles(['src']);
    expect(results.length).toBe(sources('src').length);
    expect(results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line} ${m.ruleId ?? m.message}`))).toEqual([]);
  }, 60_000);
});
