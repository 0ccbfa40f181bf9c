#!/usr/bin/env node
/**
 * `npm run kb:format [FILE…]`: writes knowledge-base JSON in one layout, so that a diff shows
 * the entries that changed. An object with no object inside (a source, an evidence entry, a
 * safety note, an interaction) and a list of plain values stay on one line; everything else
 * opens one line per item. With no FILE it formats every file under src/data.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const isObject = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);
const hasObjectInside = (x) => Object.values(x).some((v) => isObject(v) || (Array.isArray(v) && v.some(isObject)));

export function layout(value, indent = '') {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (!value.some((v) => isObject(v) || Array.isArray(v))) return JSON.stringify(value).replaceAll('","', '", "');
    return `[\n${value.map((v) => inner + layout(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (isObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return '{}';
    if (!hasObjectInside(value)) return oneLine(value);
    return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)}: ${layout(value[k], inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

const oneLine = (value) => `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${layout(v)}`).join(', ')}}`;

function jsonFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith('.json') ? [path] : [];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : jsonFiles(new URL('../src/data', import.meta.url).pathname);
  for (const file of files) {
    const before = readFileSync(file, 'utf8');
    const after = `${layout(JSON.parse(before))}\n`;
    if (after !== before) writeFileSync(file, after);
  }
}
