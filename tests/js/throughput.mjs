// Throughput over the corpus texts (seeds, aeb, traf): the WebAssembly build
// in this Node process beside the native library (examples/throughput.rs),
// measured one after the other in one run. Single thread each; input bytes
// are UTF-8, 1 MB = 10^6 bytes; each side warms up once, then repeats the
// whole corpus until `seconds` have passed. MB/s is given per second of wall
// time and per second of CPU time (the process's in Node, the thread's
// natively), since the machine may be busy with other work.
//
//     node tests/js/throughput.mjs [seconds]      (npm run bench)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clean } from 'chaff';
import { dataDirs, nativeThroughput, txtFiles } from './native.mjs';

export function wasmThroughput(dirs, seconds) {
  const texts = dirs.flatMap((d) => txtFiles(d)).map((f) => readFileSync(f, 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  let check = 0;
  for (const t of texts) check += clean(t).text.length;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  let reps = 0;
  let elapsed = 0;
  while (reps === 0 || elapsed < seconds) {
    for (const t of texts) check += clean(t).blocks.length;
    reps += 1;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const total = (bytes * reps) / 1e6;
  return { docs: texts.length, bytes, reps, seconds: elapsed, mbPerS: total / elapsed, cpuSeconds, mbPerCpuS: total / cpuSeconds, check };
}

export function measure(seconds = 3) {
  const dirs = Object.values(dataDirs);
  const native = nativeThroughput(dirs, seconds);
  const wasm = wasmThroughput(dirs, seconds);
  return { native, wasm, ratio: wasm.mbPerS / native.mbPerS, cpuRatio: wasm.mbPerCpuS / native.mbPerCpuS };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = measure(Number(process.argv[2] ?? 3));
  console.log(
    `corpus: ${r.wasm.docs} docs, ${(r.wasm.bytes / 1e6).toFixed(2)} MB; ` +
      `native ${r.native.mbPerS.toFixed(2)} MB/s wall, ${r.native.mbPerCpuS?.toFixed(2)} MB/s CPU (${r.native.reps} passes); ` +
      `wasm in Node ${process.versions.node} ${r.wasm.mbPerS.toFixed(2)} MB/s wall, ${r.wasm.mbPerCpuS.toFixed(2)} MB/s CPU (${r.wasm.reps} passes); ` +
      `wasm/native ${r.ratio.toFixed(2)} wall, ${r.cpuRatio.toFixed(2)} CPU`,
  );
  console.log(JSON.stringify(r));
}
