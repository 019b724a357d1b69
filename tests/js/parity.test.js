// Parity: for every document in tests/data (seeds and both corpora) the
// WebAssembly result equals the native one, computed now by
// `cargo run --example dump`. Block offsets are compared after turning the
// wasm UTF-16 offsets back into UTF-8 byte offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

for (const [corpus, dir] of Object.entries(dataDirs)) {
  test(`wasm equals native on every ${corpus} document`, () => {
    const files = txtFiles(dir);
    assert.ok(files.length > 0, `no documents in ${dir}`);
    let blocks = 0;
    for (const path of files) {
      const want = native.get(path);
      assert.ok(want, `native dump has no result for ${path}`);
      const text = readFileSync(path, 'utf8');
      const got = clean(text);
      const where = `${corpus}: ${path}`;
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
      blocks += got.blocks.length;
    }
    assert.ok(blocks > files.length, 'documents have blocks');
  });
}
