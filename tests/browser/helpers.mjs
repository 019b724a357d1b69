// Shared set-up for the browser tests: Chromium (installed when missing), the
// CLI used as the reference, the WebAssembly package, and the page's server.

import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEEDS_DIR = path.join(ROOT, 'tests', 'data', 'seeds');
export const ARTIFACTS = path.join(ROOT, 'artifacts');

const log = (msg) => process.stderr.write(`# ${msg}\n`);

function run(cmd, args, opts = {}) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with status ${r.status}`);
}

/** Path to Chromium; installs Debian's package when none is found. */
export function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  let found = candidates.find((p) => existsSync(p));
  if (found) return found;
  const sudo = process.getuid && process.getuid() !== 0 ? ['sudo'] : [];
  const apt = (...args) => (sudo.length ? run('sudo', ['apt-get', ...args]) : run('apt-get', args));
  apt('update');
  apt('install', '-y', '--no-install-recommends', 'chromium');
  found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('chromium is still missing after apt-get install chromium');
  return found;
}

/** Flags that keep Chromium off the network (it would otherwise keep trying
 *  to reach Google's services on a machine with a closed network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The reference: the native CLI. CHAFF_BIN points at a prebuilt one;
 *  otherwise `cargo build --release` makes (or refreshes) target/release/chaff. */
export function ensureCli() {
  if (process.env.CHAFF_BIN) return path.resolve(process.env.CHAFF_BIN);
  run('cargo', ['build', '--release', '--quiet', '--bin', 'chaff']);
  return path.join(ROOT, 'target', 'release', 'chaff');
}

/** Builds the WebAssembly package when it is missing or older than the sources. */
export async function ensurePackage() {
  const { buildIfNeeded } = await import(path.join(ROOT, 'www', 'serve.mjs'));
  buildIfNeeded(log);
}

/** The CLI's stdout for a file. */
export function cli(bin, file, args = []) {
  return execFileSync(bin, [...args, file], { encoding: 'utf8', maxBuffer: 1 << 30 });
}

/** The CLI's whole result, with block offsets in bytes as the CLI reports them. */
export function cliJson(bin, file, args = []) {
  return JSON.parse(cli(bin, file, ['--json', ...args]));
}

export function seeds(dir = SEEDS_DIR) {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      return { name, file, text: readFileSync(file, 'utf8') };
    });
}

/** Starts www/serve.mjs on a free port; resolves to { url, stop, stdout }. */
export function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'www', 'serve.mjs')], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server printed no URL: ${out}`)), 10_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/localhost:\d+\//);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[0], stdout: out, stop: () => child.kill() });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

export function artifact(name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

/** Characters that are not white space, counted in code points: the page's
 *  definition for "% of characters removed". */
export function countChars(s) {
  return [...s.replace(/\s+/g, '')].length;
}

/** The counts the page shows, computed from the CLI's JSON (byte offsets). */
export function expectedStats(text, json) {
  const bytes = Buffer.from(text, 'utf8');
  let kept = 0;
  let all = 0;
  let removed = 0;
  for (const b of json.blocks) {
    const n = countChars(bytes.subarray(b.start, b.end).toString('utf8'));
    all += n;
    if (b.kept) kept++;
    else removed += n;
  }
  return { kept, total: json.blocks.length, percent: all === 0 ? 0 : Math.round((100 * removed) / all) };
}

/** Text of block `b` (byte offsets) of `text`. */
export function blockText(text, b) {
  return Buffer.from(text, 'utf8').subarray(b.start, b.end).toString('utf8');
}
