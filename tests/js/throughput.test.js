// Measures Node (wasm) and native MB/s over the corpus in one run and reports
// both; checks both sides cleaned the same number of documents and bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measure } from './throughput.mjs';

test('throughput: wasm in Node beside native, over the corpus', (t) => {
  const r = measure(Number(process.env.CHAFF_BENCH_SECONDS ?? 2));
  t.diagnostic(
    `native ${r.native.mbPerS.toFixed(2)} MB/s wall, ${r.native.mbPerCpuS?.toFixed(2)} MB/s CPU; ` +
      `wasm in Node ${r.wasm.mbPerS.toFixed(2)} MB/s wall, ${r.wasm.mbPerCpuS.toFixed(2)} MB/s CPU`,
  );
  assert.equal(r.wasm.docs, r.native.docs);
  assert.equal(r.wasm.bytes, r.native.bytes);
  assert.ok(r.native.docs > 700, `corpus has ${r.native.docs} docs`);
  assert.ok(r.wasm.mbPerS > 0 && r.native.mbPerS > 0);
});
