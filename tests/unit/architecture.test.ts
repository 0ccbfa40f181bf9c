import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const filesIn = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? filesIn(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []);

describe('architecture', () => {
  it('keeps the core pure: no DOM, no browser APIs, no Node modules', () => {
    for (const file of [...filesIn('src/core'), ...filesIn('src/data')]) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/from ['"](?:webextension-polyfill|node:|linkedom|preact)/);
      expect(code, file).not.toMatch(/\b(?:document|window|browser|chrome)\.\w/);
    }
  });
  it('keeps types flowing one way: the core imports nothing from data/ or the adapters, data/ only from the core', () => {
    const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) => m[1]!);
    for (const file of filesIn('src/core')) expect(importsOf(file).filter((i) => i.startsWith('..')), file).toEqual([]);
    for (const file of filesIn('src/data')) expect(importsOf(file).filter((i) => i.startsWith('..') && !i.startsWith('../core/')), file).toEqual([]);
  });
  it('never writes page text as HTML', () => {
    for (const file of filesIn('src')) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/);
    }
  });
  it('makes no network requests from extension code', () => {
    for (const file of filesIn('src').filter((f) => !f.includes('/cli/'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/);
    }
  });
});
