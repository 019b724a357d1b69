// index.d.ts mirrors the library: each option's documented default equals
// defaultOptions() (read from Options::default() in Rust), every option has
// one, and every label seen in results is in the Label type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean, defaultOptions } from 'chaff';
import { root, dataDirs, txtFiles } from './native.mjs';

const dts = readFileSync(join(root, 'index.d.ts'), 'utf8');

function block(name) {
  const m = dts.match(new RegExp(`export (?:interface|type) ${name}\\b[^{=]*[{=]([\\s\\S]*?)\\n\\}?;?\\n\\n`));
  assert.ok(m, `index.d.ts declares ${name}`);
  return m[1];
}

test('every option in index.d.ts documents the default that defaultOptions() reports', () => {
  const body = block('Options');
  const documented = {};
  for (const m of body.matchAll(/@default (.+)\n\s*\*\/\n\s*(\w+)\?:/g)) documented[m[2]] = JSON.parse(m[1]);
  const declared = [...body.matchAll(/^\s*(\w+)\?:/gm)].map((m) => m[1]);
  assert.deepEqual(Object.keys(documented).sort(), declared.sort(), 'every declared option has a @default');
  assert.deepEqual(documented, defaultOptions());
});

test('the Label type lists every label the cleaner gives', () => {
  const declared = new Set([...block('Label').matchAll(/'([a-z-]+)'/g)].map((m) => m[1]));
  const seen = new Set();
  for (const path of txtFiles(dataDirs.seeds).concat(txtFiles(dataDirs.aeb))) {
    for (const b of clean(readFileSync(path, 'utf8')).blocks) {
      seen.add(b.label);
      seen.add(b.cfLabel);
    }
  }
  assert.ok(seen.size >= 5, [...seen].join(','));
  for (const l of seen) assert.ok(declared.has(l), `label ${l} is not in index.d.ts`);
});
