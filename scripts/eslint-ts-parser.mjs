/**
 * An ESLint parser for TypeScript and TSX, built on oxc's parser as vite 8 ships it (through
 * rolldown's `rolldown/utils`), because typescript-eslint does not accept TypeScript 7.
 *
 * oxc gives an ESTree AST with TypeScript nodes in typescript-eslint's shapes (TSAsExpression,
 * TSInterfaceDeclaration, …) and UTF-16 offsets; this adds what ESLint needs on top: `range` and
 * `loc` on every node and comment. ESLint's own scope analysis walks TypeScript nodes through its
 * fallback of visiting every child.
 *
 * Limit: there are no tokens (oxc's parser does not return them), so rules that read tokens
 * (layout and spacing rules) must not be used with it. The rules this project enables, mozilla's
 * no-unsanitized and ESLint's no-eval, no-new-func and no-implied-eval, read only the AST and scopes.
 */
import { parseSync } from 'rolldown/utils';

export const meta = { name: 'evidence-lens/eslint-ts-parser', version: '1.0.0' };

const LANGUAGES = { '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.tsx': 'tsx', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.jsx': 'jsx' };

/** @param {string} code @param {{ filePath?: string, sourceType?: 'module' | 'script' | 'commonjs' }} [options] */
export function parseForESLint(code, options = {}) {
  const filePath = options.filePath ?? 'file.ts';
  const lang = LANGUAGES[/\.[cm]?[jt]sx?$/i.exec(filePath)?.[0].toLowerCase() ?? '.ts'] ?? 'ts';
  const result = parseSync(filePath, code, { lang, sourceType: options.sourceType ?? 'module', astType: 'ts', range: true, preserveParens: false });
  const position = lineLocator(code);
  if (result.errors.length) {
    const [error] = result.errors;
    const { line, column } = position(error.labels?.[0]?.start ?? 0);
    // ESLint reports a parse failure at ex.lineNumber and ex.column (1-based).
    throw Object.assign(new SyntaxError(error.message), { lineNumber: line, column: column + 1 });
  }
  const ast = result.program;
  addLocations(ast, position);
  ast.comments = result.comments.map((c) => ({ type: c.type, value: c.value, range: [c.start, c.end], loc: { start: position(c.start), end: position(c.end) } }));
  ast.tokens = [];
  return { ast, services: {} };
}

/** Offsets to ESLint's { line (1-based), column (0-based) }, by binary search over line starts. */
function lineLocator(code) {
  const starts = [0];
  for (const m of code.matchAll(/\r\n|[\n\r\u2028\u2029]/g)) starts.push(m.index + m[0].length);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] };
  };
}

/** Gives every node (anything with a `type` and offsets) a `range` and a `loc`. */
function addLocations(root, position) {
  const stack = [root];
  while (stack.length) {
    const value = stack.pop();
    if (value === null) continue; // a hole in an array pattern: const [, second] = pair
    if (Array.isArray(value)) {
      stack.push(...value);
      continue;
    }
    if (typeof value.type === 'string' && typeof value.start === 'number') {
      value.range ??= [value.start, value.end];
      value.loc = { start: position(value.range[0]), end: position(value.range[1]) };
    }
    for (const key in value) {
      const child = value[key];
      if (key !== 'parent' && child && typeof child === 'object' && key !== 'range' && key !== 'loc') stack.push(child);
    }
  }
}
