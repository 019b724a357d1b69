// The package through a bundler (esbuild): bundled for Node it runs under
// plain `node`; bundled for the browser it builds without Node built-ins and,
// when Chromium is installed, cleans in a headless browser exactly as in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { build } from 'esbuild';
import { clean } from 'chaff';
import { dataDirs, root, txtFiles } from './native.mjs';

const seed = txtFiles(dataDirs.seeds)[0];
const text = readFileSync(seed, 'utf8');
const entry = `import { clean, Cleaner } from 'chaff';
export function run(text) {
  const r = clean(text);
  const p = new Cleaner({ mode: 'precision' }).clean(text);
  return JSON.stringify({ text: r.text, title: r.title, labels: r.blocks.map((b) => b.label), precision: p.text });
}
`;
const expected = JSON.stringify({
  text: clean(text).text,
  title: clean(text).title,
  labels: clean(text).blocks.map((b) => b.label),
  precision: clean(text, { mode: 'precision' }).text,
});

function bundleDir(t) {
  const dir = mkdtempSync(join(tmpdir(), 'chaff-bundle-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'entry.mjs'), entry);
  // resolve 'chaff' as an installed package would be, through package.json "exports"
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules/chaff'), 'dir');
  // index.js loads new URL('./pkg/chaff_bg.wasm', import.meta.url): ship the .wasm beside the bundle.
  mkdirSync(join(dir, 'out/pkg'), { recursive: true });
  copyFileSync(join(root, 'pkg/chaff_bg.wasm'), join(dir, 'out/pkg/chaff_bg.wasm'));
  return dir;
}

async function bundle(dir, platform) {
  await build({
    entryPoints: [join(dir, 'entry.mjs')],
    bundle: true,
    format: 'esm',
    platform,
    outfile: join(dir, 'out/app.mjs'),
    logLevel: 'silent',
  });
  return readFileSync(join(dir, 'out/app.mjs'), 'utf8');
}

test('esbuild bundle for Node runs under node', async (t) => {
  const dir = bundleDir(t);
  await bundle(dir, 'node');
  writeFileSync(join(dir, 'out/main.mjs'), `import { run } from './app.mjs';\nimport { readFileSync } from 'node:fs';\nprocess.stdout.write(run(readFileSync(process.argv[2], 'utf8')));\n`);
  const out = execFileSync('node', [join(dir, 'out/main.mjs'), seed], { encoding: 'utf8' });
  assert.equal(out, expected);
});

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

test('esbuild bundle for the browser has no Node imports and runs in Chromium', async (t) => {
  const dir = bundleDir(t);
  const code = await bundle(dir, 'browser');
  assert.ok(!/from\s*["']node:/.test(code), 'no static import of a Node built-in');
  if (!chromium) {
    t.skip('Chromium not installed: built the browser bundle only');
    return;
  }
  const { chromium: pw } = await import('playwright-core');
  const files = {
    '/index.html': `<!doctype html><meta charset="utf-8"><script type="module">
import { run } from './app.mjs';
const text = await (await fetch('./seed.txt')).text();
window.result = run(text);
</script>`,
    '/seed.txt': text,
    '/app.mjs': code,
  };
  const types = { '.html': 'text/html', '.mjs': 'text/javascript', '.js': 'text/javascript', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8' };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x').pathname;
    const body = url === '/pkg/chaff_bg.wasm' ? readFileSync(join(dir, 'out/pkg/chaff_bg.wasm')) : files[url];
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(url)] }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  t.after(() => server.close());
  const browser = await pw.launch({
    executablePath: chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  t.after(() => browser.close());
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
  const got = await page.waitForFunction(() => window.result, null, { timeout: 30000 }).then((h) => h.jsonValue());
  assert.deepEqual(errors, []);
  assert.equal(got, expected);
});
