// Throughput over the corpus texts (seeds, aeb, traf): the WebAssembly build
// in this Node process beside the native library (examples/throughput.rs), in
// one run. Single thread each; input bytes are UTF-8, 1 MB = 10^6 bytes; each
// side warms up (the wasm side for `seconds`, untimed), then repeats the
// whole corpus until `seconds` have passed. The two sides take turns,
// `rounds` times (native, wasm, native, wasm, …), so that both meet the same
// load on a shared machine, and the ratio of each round is reported with
// their median. MB/s is given per second of wall time and per second of CPU
// time (the process's in Node, the thread's natively), since the machine may
// be busy with other work.
//
//     node tests/js/throughput.mjs [seconds per side and round] [rounds]   (npm run bench)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clean } from 'chaff';
import { dataDirs, nativeThroughput, txtFiles } from './native.mjs';

/** The corpus texts, and a function that cleans them all for `seconds` in
 *  this process and returns its MB/s. */
export function wasmRunner(dirs) {
  const texts = dirs.flatMap((d) => txtFiles(d)).map((f) => readFileSync(f, 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  let check = 0;
  for (const t of texts) check += clean(t).text.length;
  return (seconds) => {
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
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Both sides over the same texts, taking turns `rounds` times. */
export function measure(seconds = 1, rounds = 5) {
  const dirs = Object.values(dataDirs);
  const wasmRun = wasmRunner(dirs);
  // A round of the engine's own before the timed ones: the first second of
  // cleaning runs partly on code the engine has not yet compiled at its top
  // tier (a clean-clone run measured 16, 19 and 26 MB/s in its three rounds).
  wasmRun(seconds);
  const native = [];
  const wasm = [];
  for (let r = 0; r < rounds; r++) {
    native.push(nativeThroughput(dirs, seconds));
    wasm.push(wasmRun(seconds));
  }
  const cpuRatios = wasm.map((w, i) => w.mbPerCpuS / native[i].mbPerCpuS);
  const ratios = wasm.map((w, i) => w.mbPerS / native[i].mbPerS);
  return { native, wasm, cpuRatios, ratios, cpuRatio: median(cpuRatios), ratio: median(ratios) };
}

const list = (xs, digits = 2) => xs.map((x) => x.toFixed(digits)).join(', ');

/** One line of the figures of `measure`: MB/s of CPU time of each round, and the ratios. */
export function summary(r) {
  return (
    `native ${list(r.native.map((x) => x.mbPerCpuS))} MB/s CPU; ` +
    `wasm in Node ${process.versions.node} ${list(r.wasm.map((x) => x.mbPerCpuS))} MB/s CPU; ` +
    `wasm/native per round ${list(r.cpuRatios)} CPU (median ${r.cpuRatio.toFixed(2)}), ` +
    `${list(r.ratios)} wall (median ${r.ratio.toFixed(2)})`
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = measure(Number(process.argv[2] ?? 1), Number(process.argv[3] ?? 5));
  console.log(`corpus: ${r.wasm[0].docs} docs, ${(r.wasm[0].bytes / 1e6).toFixed(2)} MB; ${summary(r)}`);
  console.log(JSON.stringify(r));
}
