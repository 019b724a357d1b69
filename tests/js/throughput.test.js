// Measures Node (wasm) and native MB/s over the corpus in one run, the two
// sides taking turns, and reports both; checks both sides cleaned the same
// documents and bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measure, summary } from './throughput.mjs';

test('throughput: wasm in Node beside native, over the corpus', (t) => {
  const r = measure(Number(process.env.CHAFF_BENCH_SECONDS ?? 1), Number(process.env.CHAFF_BENCH_ROUNDS ?? 5));
  t.diagnostic(summary(r));
  for (let i = 0; i < r.wasm.length; i++) {
    assert.equal(r.wasm[i].docs, r.native[i].docs);
    assert.equal(r.wasm[i].bytes, r.native[i].bytes);
    assert.ok(r.wasm[i].mbPerS > 0 && r.native[i].mbPerS > 0);
  }
  assert.ok(r.native[0].docs > 700, `corpus has ${r.native[0].docs} docs`);
});
