/**
 * Every interface string goes through _locales: no hard-coded words in a component's JSX text or
 * in the attributes people read or hear (aria-label, title, placeholder, alt, label), every key
 * the code names exists, every message has a description, valid placeholders and a use. The
 * components are parsed with oxc, as the lint gate parses them (rolldown/utils; TypeScript 7 has
 * no compiler API in JavaScript). A test rather than a lint rule because most of it is about the
 * messages file, and the lint config is a shared file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from 'rolldown/utils';
import { describe, expect, it } from 'vitest';
import english from '../../_locales/en/messages.json';
import { plural, t, type MessageKey } from '../../src/shared/i18n';

type Node = { type: string; [field: string]: unknown };
type Message = { message: string; description?: string; placeholders?: Record<string, { content: string }> };

const messages = english as Record<string, Message>;
const filesIn = (dir: string, ending: RegExp): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? filesIn(join(dir, e.name), ending) : ending.test(e.name) ? [join(dir, e.name)] : []);

/** Attributes whose value a person reads or hears. `label` is also the Switch component's text. */
const SHOWN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
const hasWords = (text: string) => /\p{L}/u.test(text);
const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null && typeof (x as Node).type === 'string';
const childrenOf = (node: Node): Node[] => Object.values(node).flatMap((v) => (Array.isArray(v) ? v.filter(isNode) : isNode(v) ? [v] : []));

function parse(file: string, code: string): Node {
  const result = parseSync(file, code, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts', sourceType: 'module', astType: 'ts' });
  expect(result.errors, file).toEqual([]);
  return result.program as unknown as Node;
}

/** The words an expression would put on screen as they stand in the code: literals, template text, both arms of a choice. */
function wordsShownBy(e: Node): string[] {
  switch (e.type) {
    case 'Literal': return typeof e.value === 'string' && hasWords(e.value) ? [e.value] : [];
    case 'TemplateLiteral': return [
      ...(e.quasis as Array<{ value: { cooked: string } }>).map((q) => q.value.cooked).filter(hasWords),
      ...(e.expressions as Node[]).flatMap(wordsShownBy),
    ];
    case 'ConditionalExpression': return [e.consequent as Node, e.alternate as Node].flatMap(wordsShownBy);
    // `a && 'words'` shows only its right side; `a || 'words'` and `a ?? 'words'` either.
    case 'LogicalExpression': return [...(e.operator === '&&' ? [] : wordsShownBy(e.left as Node)), ...wordsShownBy(e.right as Node)];
    case 'ArrayExpression': return (e.elements as Array<Node | null>).filter(isNode).flatMap(wordsShownBy);
    default: return [];
  }
}

/** Hard-coded words in a component: JSX text, and words in shown attributes and in expressions placed as children. */
function hardCodedWords(file: string, code: string): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if (node.type === 'JSXText' && hasWords(node.value as string)) found.push((node.value as string).trim());
    if (node.type === 'JSXAttribute') {
      const name = (node.name as Node).name as string;
      const value = node.value as Node | null;
      if (SHOWN_ATTRIBUTES.has(name) && value) found.push(...(value.type === 'JSXExpressionContainer' ? wordsShownBy(value.expression as Node) : wordsShownBy(value)));
    }
    if ((node.type === 'JSXElement' || node.type === 'JSXFragment')) {
      for (const child of node.children as Node[]) if (child.type === 'JSXExpressionContainer') found.push(...wordsShownBy(child.expression as Node));
    }
    childrenOf(node).forEach(visit);
  };
  visit(parse(file, code));
  return found.map((w) => `${file}: ${JSON.stringify(w)}`);
}

/** Every string literal in a file, and the literal first arguments of its t(...) calls. */
function literalsIn(file: string, code: string): { strings: string[]; keysGivenToT: string[] } {
  const strings: string[] = [];
  const keysGivenToT: string[] = [];
  const visit = (node: Node) => {
    if (node.type === 'Literal' && typeof node.value === 'string') strings.push(node.value);
    if (node.type === 'CallExpression' && (node.callee as Node).type === 'Identifier' && (node.callee as Node).name === 't') {
      const [first] = node.arguments as Node[];
      if (first) keysGivenToT.push(...literalBranches(first));
    }
    childrenOf(node).forEach(visit);
  };
  visit(parse(file, code));
  return { strings, keysGivenToT };
}

const literalBranches = (e: Node): string[] =>
  e.type === 'Literal' && typeof e.value === 'string' ? [e.value]
  : e.type === 'ConditionalExpression' ? [...literalBranches(e.consequent as Node), ...literalBranches(e.alternate as Node)]
  : [];

const components = filesIn('src', /\.tsx$/);
const sources = filesIn('src', /\.tsx?$/);
const literals = sources.map((file) => ({ file, ...literalsIn(file, readFileSync(file, 'utf8')) }));
/** Message names as the code spells them: a surface or word group, an underscore, a name. */
const KEY_SHAPE = /^[a-z][A-Za-z0-9]*_[A-Za-z0-9_]+$/;

describe('interface strings', () => {
  it('finds hard-coded words where they would be shown', () => {
    const probe = `export const A = ({ n, on }: { n: string; on: boolean }) => (
      <p title="Hello" aria-label={on ? 'Open' : t('card_close')} label={\`On \${n || 'this site'}\`}>
        Some text {on ? 'Yes' : null} {' · '} {t('card_safety')} <img alt="" /> <b class="pill grade-x">{n}</b>
      </p>);`;
    expect(hardCodedWords('probe.tsx', probe).map((w) => w.replace('probe.tsx: ', '')).sort()).toEqual(
      ['"Hello"', '"On "', '"Open"', '"Some text"', '"Yes"', '"this site"']);
  });

  it('has no hard-coded words in any component', () => {
    expect(components.length).toBeGreaterThan(5);
    expect(components.flatMap((file) => hardCodedWords(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('has no hard-coded words in the extension pages', () => {
    for (const file of filesIn('src', /\.html$/)) {
      const text = readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>|<[^>]*>/g, '');
      expect(text.trim(), file).not.toMatch(/\p{L}/u);
    }
  });

  it('names only keys that exist', () => {
    const missing = literals.flatMap(({ file, strings, keysGivenToT }) =>
      [...keysGivenToT, ...strings.filter((s) => KEY_SHAPE.test(s))].filter((k) => !(k in messages)).map((k) => `${file}: ${k}`));
    expect(missing).toEqual([]);
  });

  it('uses every message', () => {
    const named = new Set(literals.flatMap((l) => l.strings));
    const manifest = readFileSync('manifest.json', 'utf8');
    expect(Object.keys(messages).filter((k) => !named.has(k) && !manifest.includes(`__MSG_${k}__`))).toEqual([]);
  });

  it('describes every message, with names and placeholders Chrome and Firefox accept', () => {
    for (const [key, m] of Object.entries(messages)) {
      expect(key, key).toMatch(/^(?!@@)[A-Za-z0-9_@]+$/);
      expect(m.description?.trim(), `${key} has no description`).toBeTruthy();
      const named = [...m.message.matchAll(/\$(\w+)\$/g)].map((x) => x[1]!.toLowerCase());
      expect(Object.keys(m.placeholders ?? {}).sort(), `${key}: placeholders defined and used`).toEqual([...new Set(named)].sort());
      for (const [name, p] of Object.entries(m.placeholders ?? {})) expect(p.content, `${key}.${name}`).toMatch(/^\$[1-9]$/);
    }
  });

  it('falls back to the English file outside the browser, with substitutions and plural forms', () => {
    const claims = (n: number) => t(plural(n, { one: 'popup_claimCount_one', other: 'popup_claimCount_other' }), n);
    expect([claims(0), claims(1), claims(12)]).toEqual(['0 health claims on this page', '1 health claim on this page', '12 health claims on this page']);
    expect(t('popup_onSite', '127.0.0.1')).toBe('On 127.0.0.1');
    expect(t('card_forYouListedVia', 'St John\'s wort', 'Sertraline', 'ssri antidepressants')).toBe('St John\'s wort with Sertraline (ssri antidepressants), on your list');
    // A value is inserted as it is, never read for placeholders itself.
    expect(t('options_added', 'costs $1 or $$')).toBe('Added costs $1 or $$.');
    expect(t('shared_doctorReminder' satisfies MessageKey)).toBe('Talk to your doctor before starting or stopping a supplement.');
  });
});
