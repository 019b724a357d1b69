// Pack test: `npm pack` gives a tarball; installed into a fresh temporary
// project, `import { clean } from 'chaff'` under plain `node` cleans each seed
// exactly as the Rust library does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataDirs, nativeDump, root, txtFiles } from './native.mjs';

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

test('the packed tarball works in a fresh project and matches native on the seeds', (t) => {
  const tmp = mkdtempSync(join(tmpdir(), 'chaff-pack-'));
  t.after(() => rmSync(tmp, { recursive: true, force: true }));

  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', tmp], root));
  const names = packed.files.map((f) => f.path).sort();
  for (const f of ['index.js', 'index.d.ts', 'package.json', 'pkg/chaff.js', 'pkg/chaff_bg.wasm']) {
    assert.ok(names.includes(f), `tarball lacks ${f}: ${names.join(', ')}`);
  }
  assert.ok(!names.some((f) => f.startsWith('src/') || f.startsWith('tests/')), names.join(', '));
  t.diagnostic(`tarball ${packed.filename}: ${packed.size} bytes, ${names.length} files`);

  const project = join(tmp, 'project');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'pack-test', private: true, type: 'module' }));
  npm(['install', '--no-audit', '--no-fund', '--offline', join(tmp, packed.filename)], project);
  assert.ok(existsSync(join(project, 'node_modules/chaff/pkg/chaff_bg.wasm')));

  writeFileSync(
    join(project, 'run.mjs'),
    `import { clean } from 'chaff';
import { readFileSync } from 'node:fs';
for (const path of process.argv.slice(2)) {
  const r = clean(readFileSync(path, 'utf8'));
  console.log(JSON.stringify({ path, text: r.text, title: r.title, byline: r.byline, date: r.date, labels: r.blocks.map((b) => b.label) }));
}
`,
  );
  const seeds = txtFiles(dataDirs.seeds);
  const out = execFileSync('node', ['run.mjs', ...seeds], { cwd: project, encoding: 'utf8' });
  const got = out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(got.length, seeds.length);

  const native = nativeDump([dataDirs.seeds]);
  for (const g of got) {
    const n = native.get(g.path);
    assert.ok(n, g.path);
    assert.deepEqual(g, { path: n.path, text: n.text, title: n.title, byline: n.byline, date: n.date, labels: n.labels });
  }
});

// The size budget of the package's WebAssembly, gzipped as the README
// measures it (`gzip -9 -c pkg/chaff_bg.wasm | wc -c`; zlib's level 9 in
// Node gives some 9 KB more).
const WASM_GZIP_BUDGET = 350_000;

test('the wasm stays within its size budget, gzipped', (t) => {
  const path = join(root, 'pkg/chaff_bg.wasm');
  const raw = readFileSync(path).length;
  const gz = execFileSync('gzip', ['-9', '-c', path], { maxBuffer: 1 << 26 }).length;
  t.diagnostic(`pkg/chaff_bg.wasm: ${raw} bytes, ${gz} gzipped (budget ${WASM_GZIP_BUDGET})`);
  assert.ok(gz <= WASM_GZIP_BUDGET, `${gz} bytes gzipped, over the budget of ${WASM_GZIP_BUDGET}`);
});
