#!/usr/bin/env node
// Serves the chaff web page on http://localhost:8080 (PORT overrides; PORT=0
// picks a free port). No dependencies.
//
//   /            the page (www/)
//   /chaff/      the npm package: index.js and pkg/ (chaff.js, chaff_bg.wasm)
//   /samples.js  the sample articles (tests/data/seeds/*.txt) as an ES module
//
// With --build, runs `npm run build` first when the package is missing or
// older than the Rust sources.

import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WWW = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(WWW, '..');
const SEEDS = path.join(ROOT, 'tests', 'data', 'seeds');

/** The Content-Security-Policy the page also carries in its meta tag, plus
 *  what only a header can say (frame-ancestors). Sent with every response so
 *  that the worker, which a meta tag does not reach, is held to it too. */
export const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types chaff",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/** Files of the package that the page may load. */
const PACKAGE = new Set(['index.js', 'index.d.ts', 'pkg/chaff.js', 'pkg/chaff_bg.wasm', 'pkg/chaff.d.ts', 'pkg/chaff_bg.wasm.d.ts']);

/** Whether the package (index.js and pkg/) is missing or older than the sources. */
export function packageIsStale() {
  const wasm = path.join(ROOT, 'pkg', 'chaff_bg.wasm');
  if (!existsSync(wasm) || !existsSync(path.join(ROOT, 'index.js')) || !existsSync(path.join(ROOT, 'pkg', 'chaff.js'))) return true;
  const built = statSync(wasm).mtimeMs;
  const newer = (dir) => {
    if (!existsSync(dir)) return false;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() ? newer(p) : statSync(p).mtimeMs > built) return true;
    }
    return false;
  };
  return newer(path.join(ROOT, 'src')) || newer(path.join(ROOT, 'data')) || statSync(path.join(ROOT, 'Cargo.toml')).mtimeMs > built;
}

/** Runs `npm run build` when the package is missing or stale. */
export function buildIfNeeded(log = console.error) {
  if (!packageIsStale()) return;
  log('chaff page: building the WebAssembly package (npm run build)…');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`npm run build failed with status ${r.status}`);
}

/** The sample articles as an ES module: `export default [{ name, text }]`. */
async function samplesModule() {
  let names = [];
  try {
    names = (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).sort();
  } catch {
    // no seeds: an empty list
  }
  const samples = [];
  for (const name of names) samples.push({ name, text: await readFile(path.join(SEEDS, name), 'utf8') });
  return `// The sample articles, from tests/data/seeds.\nexport default ${JSON.stringify(samples)};\n`;
}

/** Maps a URL path to a file, or null. Never leaves www/ or the package. */
function resolve(urlPath) {
  if (urlPath === '/' || urlPath === '') return path.join(WWW, 'index.html');
  if (urlPath.startsWith('/chaff/')) {
    const rel = urlPath.slice('/chaff/'.length);
    return PACKAGE.has(rel) ? path.join(ROOT, rel) : null;
  }
  const rel = path.posix.normalize(urlPath).replace(/^\/+/, '');
  if (rel.startsWith('..') || rel.split('/').some((s) => s.startsWith('.')) || rel === 'serve.mjs') return null;
  const file = path.join(WWW, rel);
  return file.startsWith(WWW + path.sep) ? file : null;
}

const HEADERS = {
  'Content-Security-Policy': CSP + "; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

export function createPageServer() {
  return createServer(async (req, res) => {
    const send = (status, type, body) => {
      res.writeHead(status, { ...HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, TYPES['.txt'], 'method not allowed\n');
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return send(400, TYPES['.txt'], 'bad request\n');
    }
    if (urlPath === '/samples.js') return send(200, TYPES['.js'], await samplesModule());
    const file = resolve(urlPath);
    if (file) {
      try {
        if ((await stat(file)).isFile()) {
          const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
          return send(200, type, await readFile(file));
        }
      } catch {
        // fall through to 404
      }
    }
    send(404, TYPES['.txt'], 'not found\n');
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--build')) {
    try {
      buildIfNeeded();
    } catch (e) {
      console.error(`chaff page: ${e.message}`);
      process.exit(1);
    }
  }
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '127.0.0.1';
  const server = createPageServer();
  server.on('error', (e) => {
    console.error(`chaff page: ${e.message}`);
    process.exit(1);
  });
  server.listen(port, host, () => {
    console.log(`chaff page: http://localhost:${server.address().port}/`);
  });
}
