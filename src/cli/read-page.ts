/**
 * Reads a saved page for the command line, refusing what is not an HTML page with one clear
 * sentence (an InputError) instead of a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { buildTextMap } from '../dom/text-map';

/** Pages larger than this are refused rather than risk running out of memory. */
export const MAX_PAGE_BYTES = 50 * 1024 * 1024;

export class InputError extends Error {}

export function readPageText(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path} is a folder, not a page`);
    size = stat.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${path}: no such file`);
  }
  if (size === 0) throw new InputError(`${path} is empty`);
  if (size > MAX_PAGE_BYTES) throw new InputError(`${path} is ${Math.round(size / 1048576)} MB; pages over ${MAX_PAGE_BYTES / 1048576} MB are not analysed`);
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new InputError(`${path} is a binary file, not an HTML page`);
  const html = new TextDecoder('utf-8').decode(bytes);
  if (!/<(?:!doctype|html|head|body|p|div|article|main|h[1-6]|span)\b/i.test(html)) throw new InputError(`${path} does not look like an HTML page`);
  // A fragment without <body> would land outside the body in linkedom; wrap it as a browser would.
  const { document } = parseHTML(/<body[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const root = document.body ?? document.documentElement;
  const { text } = buildTextMap(root);
  if (!text.trim()) throw new InputError(`${path} has no visible text`);
  return text;
}
