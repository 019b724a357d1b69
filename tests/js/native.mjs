// Runs the native (Rust) side for the parity, pack and throughput tests:
// `cargo run --release --example dump|throughput`, built on first use.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dataDirs = {
  seeds: join(root, 'tests/data/seeds'),
  aeb: join(root, 'tests/data/aeb/text'),
  traf: join(root, 'tests/data/traf/text'),
};

/** The `.txt` files of a directory, sorted as the Rust side sorts them. */
export function txtFiles(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : a === b ? 0 : 1))
    .map((f) => join(dir, f));
}

function cargo(example, args) {
  return execFileSync('cargo', ['run', '--release', '--quiet', '--example', example, '--', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** The native result for each file of the given directories, keyed by path. */
export function nativeDump(dirs) {
  const out = new Map();
  for (const line of cargo('dump', dirs).split('\n')) {
    if (line) {
      const r = JSON.parse(line);
      out.set(r.path, r);
    }
  }
  return out;
}

/** Native single-thread MB/s over the given directories. */
export function nativeThroughput(dirs, seconds) {
  return JSON.parse(cargo('throughput', ['--seconds', String(seconds), ...dirs]));
}
