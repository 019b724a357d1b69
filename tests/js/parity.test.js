// Parity: for every document in tests/data (seeds and both corpora) the
// WebAssembly result equals the native one, computed now by
// `cargo run --example dump`. Block offsets are compared after turning the
// wasm UTF-16 offsets back into UTF-8 byte offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clean } from 'chaff';
import { dataDirs, nativeDump, txtFiles } from './native.mjs';

const native = nativeDump(Object.values(dataDirs));

/** UTF-8 byte offsets of increasing UTF-16 offsets into `text`. */
function byteOffsets(text, offsets) {
  let unit = 0;
  let byte = 0;
  return offsets.map((o) => {
    byte += Buffer.byteLength(text.slice(unit, o));
    unit = o;
    return byte;
  });
}

/** Asserts that the wasm result for `text` equals the native `want`. */
function assertSame(text, want, where) {
  const got = clean(text);
  assert.equal(got.text, want.text, where);
  assert.equal(got.title, want.title, where);
  assert.equal(got.byline, want.byline, where);
  assert.equal(got.date, want.date, where);
  assert.equal(got.language, want.language, where);
  assert.deepEqual(got.blocks.map((b) => b.label), want.labels, where);
  assert.deepEqual(got.blocks.map((b) => b.cfLabel), want.cfLabels, where);
  assert.deepEqual(got.blocks.map((b) => b.kept), want.kept, where);
  assert.deepEqual(got.blocks.map((b) => b.reason), want.reasons, where);
  // native scores are f32 widened to f64; wasm gives the f64 nearest the f32's shortest decimal form
  assert.deepEqual(got.blocks.map((b) => Math.fround(b.score)), want.scores.map(Math.fround), where);
  const starts = got.blocks.map((b) => b.start);
  const ends = got.blocks.map((b) => b.end);
  assert.deepEqual(byteOffsets(text, starts), want.starts, where);
  assert.deepEqual(byteOffsets(text, ends), want.ends, where);
  return got.blocks.length;
}

for (const [corpus, dir] of Object.entries(dataDirs)) {
  test(`wasm equals native on every ${corpus} document`, () => {
    const files = txtFiles(dir);
    assert.ok(files.length > 0, `no documents in ${dir}`);
    let blocks = 0;
    for (const path of files) {
      const want = native.get(path);
      assert.ok(want, `native dump has no result for ${path}`);
      blocks += assertSame(readFileSync(path, 'utf8'), want, `${corpus}: ${path}`);
    }
    assert.ok(blocks > files.length, 'documents have blocks');
  });
}

// One long text holds hundreds of distinct reasons, which the wasm side
// sends once each and finds again among those it has met (`wasm::Strings`):
// each block must still get its own.
test('wasm equals native on the traf pages joined into one text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chaff-parity-'));
  try {
    const text = txtFiles(dataDirs.traf).map((p) => readFileSync(p, 'utf8')).join('\n\n');
    const path = join(dir, 'joined.txt');
    writeFileSync(path, text);
    const want = nativeDump([dir]).get(path);
    assert.ok(want, 'native dump has no result for the joined text');
    assert.ok(new Set(want.reasons).size > 500, `${new Set(want.reasons).size} distinct reasons`);
    assertSame(text, want, 'traf joined');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
