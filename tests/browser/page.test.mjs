// The paste-and-clean page in headless Chromium, checked against the CLI.
//
// "Cleaned text" is the region the page labels so. It holds a header with the
// title, byline and date (#meta) and the body (#body), one <p> per paragraph
// (drawn in chunks of a few hundred, each a <div class="chunk">). What is
// compared with the CLI's stdout is the body: the text of its <p> elements
// joined by blank lines, which is what Copy and Download give too.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync, readdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import {
  ROOT, CHROMIUM_ARGS, ensureChromium, ensureCli, ensurePackage, startServer,
  cli, cliJson, seeds, artifact, expectedStats, blockText,
} from './helpers.mjs';

const SEEDS = seeds();
const MODES = ['precision', 'balanced', 'recall'];
const TMP = mkdtempSync(path.join(tmpdir(), 'chaff-page-'));

let browser;
let server;
let bin;
let origin;
const opened = [];

before(async () => {
  const executablePath = ensureChromium();
  bin = ensureCli();
  await ensurePackage();
  server = await startServer();
  origin = new URL(server.url).origin;
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.stop();
});

/** Opens the page in a fresh context and records what it does: every request
 *  (and whether it came after load), console errors, page errors, dialogs. */
async function openPage({ colorScheme = 'light', viewport = { width: 1280, height: 860 } } = {}) {
  const context = await browser.newContext({
    colorScheme,
    viewport,
    permissions: ['clipboard-read', 'clipboard-write'],
    acceptDownloads: true,
  });
  const rec = { loaded: false, requests: [], errors: [], dialogs: [] };
  context.on('request', (r) => rec.requests.push({ url: r.url(), afterLoad: rec.loaded }));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') rec.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => rec.errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    rec.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
  rec.loaded = true;
  const handle = { context, page, rec };
  opened.push(handle);
  return handle;
}

/** The page made no request after load, none ever to another origin, logged
 *  no console error and opened no dialog. */
function assertQuiet(rec) {
  const network = (u) => /^(https?|wss?):/.test(u);
  assert.deepEqual(rec.requests.filter((r) => r.afterLoad && network(r.url)).map((r) => r.url), [], 'requests after load');
  assert.deepEqual(rec.requests.filter((r) => network(r.url) && new URL(r.url).origin !== origin).map((r) => r.url), [], 'requests to other origins');
  assert.deepEqual(rec.errors, [], 'console errors');
  assert.deepEqual(rec.dialogs, [], 'dialogs');
}

const input = (page) => page.getByRole('textbox', { name: 'Pasted text' });
const cleanedRegion = (page) => page.getByRole('region', { name: 'Cleaned text' });

/** Waits until the page shows the result for its current input and options. */
async function settled(page) {
  await page.waitForFunction(() => {
    const c = document.getElementById('cleaned');
    const x = document.getElementById('explained');
    return c.getAttribute('aria-busy') === 'false' && x.getAttribute('aria-busy') === 'false' && c.dataset.state === 'done';
  }, null, { timeout: 60_000 });
}

/** Pastes `text` into "Pasted text" the way a person does: it goes on the
 *  clipboard, then Ctrl+A, Ctrl+V in the textarea. */
async function paste(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await input(page).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await settled(page);
  await assertHolds(page, text);
}

/** The page holds `text`: in the textarea, or (for a large text, which the
 *  textarea would take seconds to lay out) on the side, with a note. */
async function assertHolds(page, text) {
  if (text.length <= 200_000) {
    assert.equal(await input(page).evaluate((el) => el.value.length), text.length, 'the textarea holds the pasted text');
    assert.equal(await page.locator('#large').isVisible(), false);
  } else {
    assert.match(await page.locator('#large-note').textContent(), new RegExp(`^Showing the start of ${text.length.toLocaleString('en')} characters`));
    assert.ok(text.startsWith((await input(page).inputValue()).replace(/\n…$/, '')), 'the textarea shows the start of the text');
  }
}

/** The text of the cleaned body: its paragraphs joined by blank lines. */
async function bodyText(page) {
  const region = cleanedRegion(page);
  assert.equal(await region.count(), 1, 'one region named "Cleaned text"');
  return (await region.locator('#body p').allTextContents()).join('\n\n');
}

/** The CLI's stdout without its trailing newline. */
const cliText = (file, args = []) => cli(bin, file, args).replace(/\n$/, '');

function tmpFile(name, text) {
  const f = path.join(TMP, name);
  writeFileSync(f, text);
  return f;
}

/** A big paste: whole pages of the traf corpus, one after another, with the
 *  line ends a browser's paste leaves (CR LF and CR become LF). */
function bigText(bytes) {
  const dir = path.join(ROOT, 'tests', 'data', 'traf', 'text');
  let out = '';
  for (const name of readdirSync(dir).sort()) {
    out += readFileSync(path.join(dir, name), 'utf8').replace(/\r\n?/g, '\n') + '\n\n';
    if (Buffer.byteLength(out) >= bytes) return out;
  }
  throw new Error(`the traf corpus has fewer than ${bytes} bytes`);
}

test('the server prints its URL and serves the page, the package and the samples locally', async () => {
  assert.match(server.stdout, /^chaff page: http:\/\/localhost:\d+\/$/m);
  const page = await fetch(server.url);
  assert.equal(page.status, 200);
  const html = await page.text();
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
  assert.ok(csp, 'a CSP meta tag');
  assert.match(csp[1], /default-src 'none'/);
  assert.match(csp[1], /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(csp[1], /connect-src 'self'/);
  assert.doesNotMatch(html, /https?:\/\/(?!localhost)/, 'no absolute URLs to other sites in the page');
  const wasm = await fetch(new URL('chaff/pkg/chaff_bg.wasm', server.url));
  assert.equal(wasm.status, 200);
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  const samples = await fetch(new URL('samples.js', server.url));
  assert.match(samples.headers.get('content-type'), /^text\/javascript/);
  assert.equal((await fetch(new URL('serve.mjs', server.url))).status, 404);
  assert.equal((await fetch(new URL('chaff/../package.json', server.url))).status, 404);
  assert.equal((await fetch(new URL('chaff/Cargo.toml', server.url))).status, 404);
});

test('1. each seed pasted into "Pasted text" gives the CLI\'s output in "Cleaned text"', async () => {
  const { page, rec } = await openPage();
  for (const seed of SEEDS) {
    await paste(page, seed.text);
    assert.equal(await bodyText(page), cliText(seed.file), `body of ${seed.name}`);
    const json = cliJson(bin, seed.file);
    const meta = async (id) => {
      const el = page.locator(`#${id}`);
      return (await el.isVisible()) ? await el.textContent() : null;
    };
    assert.equal(await meta('meta-title'), json.title, `title of ${seed.name}`);
    assert.equal(await meta('meta-byline'), json.byline, `byline of ${seed.name}`);
    assert.equal(await meta('meta-date'), json.date, `date of ${seed.name}`);
  }
  assertQuiet(rec);
});

test('2. Explain shows the dropped blocks struck through with their labels, and the library\'s counts', async () => {
  const { page, rec } = await openPage();
  const explain = page.getByRole('switch', { name: 'Explain' });
  await explain.click();
  assert.equal(await explain.getAttribute('aria-checked'), 'true');
  let checkedTooltip = false;
  for (const seed of SEEDS) {
    await paste(page, seed.text);
    const json = cliJson(bin, seed.file);
    const dropped = json.blocks.filter((b) => !b.kept);
    const shown = page.locator('#blocks .blk.dropped');
    assert.equal(await shown.count(), dropped.length, `dropped blocks of ${seed.name}`);
    assert.equal(await page.locator('#blocks .blk').count(), json.blocks.length, `blocks of ${seed.name}`);
    assert.deepEqual(await shown.locator('.chip').allTextContents(), dropped.map((b) => b.label), `labels of ${seed.name}`);
    assert.deepEqual(await shown.locator('del').allTextContents(), dropped.map((b) => blockText(seed.text, b).trim()), `dropped text of ${seed.name}`);
    const struck = await shown.locator('del').evaluateAll((els) => els.map((e) => getComputedStyle(e).textDecorationLine));
    assert.ok(struck.every((s) => s.includes('line-through')), 'every dropped block is struck through');
    assert.deepEqual(await page.locator('#blocks .blk.kept').allTextContents(), json.blocks.filter((b) => b.kept).map((b) => blockText(seed.text, b).trim()));

    const want = expectedStats(seed.text, json);
    const lines = page.locator('#stats .stat-lines');
    assert.equal(await lines.textContent(), `${want.kept} of ${want.total} lines kept`);
    assert.equal(await page.locator('#stats .stat-removed').textContent(), `${want.percent}% of characters removed`);
    assert.equal(await page.locator('#stats .stat-lang').getAttribute('data-lang'), json.language);

    if (dropped.length && !checkedTooltip) {
      // The reason shows on hover...
      const first = shown.first();
      const why = first.locator('.why');
      assert.equal(await why.isVisible(), false);
      await first.hover();
      await why.waitFor({ state: 'visible' });
      assert.equal(await why.textContent(), dropped[0].reason);
      await page.mouse.move(0, 0);
      await why.waitFor({ state: 'hidden' });
      // ...and on focus, and is the block's accessible description.
      await first.focus();
      await why.waitFor({ state: 'visible' });
      assert.equal(await first.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')).textContent), dropped[0].reason);
      checkedTooltip = true;
    }
  }
  assert.ok(checkedTooltip, 'some seed has a dropped block');
  await page.screenshot({ path: artifact('page-explain.png') });
  // Off again: the cleaned text is back.
  await explain.click();
  assert.equal(await cleanedRegion(page).isVisible(), true);
  assert.equal(await page.locator('#explained').isVisible(), false);
  assertQuiet(rec);
});

test('3. switching modes changes the output as the library does for that mode', async () => {
  const { page, rec } = await openPage();
  const wanted = (t) => Object.fromEntries(MODES.map((m) => [m, cliText(t.file, ['--mode', m])]));
  const differs = (want) => new Set(Object.values(want)).size > 1;
  // the seeds, and the first aeb page on which the modes differ when no seed
  // does (each seed may clean alike in every mode)
  const cases = SEEDS.map((seed) => ({ seed, want: wanted(seed) }));
  if (!cases.some((c) => differs(c.want))) {
    for (const seed of seeds(path.join(ROOT, 'tests', 'data', 'aeb', 'text'))) {
      const want = wanted(seed);
      if (differs(want)) {
        cases.push({ seed, want });
        break;
      }
    }
  }
  let differing = 0;
  for (const { seed, want } of cases) {
    if (differs(want)) differing++;
    await paste(page, seed.text);
    for (const mode of [...MODES].reverse()) {
      const radio = page.getByRole('radio', { name: mode[0].toUpperCase() + mode.slice(1) });
      await radio.check();
      await settled(page);
      assert.equal(await bodyText(page), want[mode], `${seed.name} in ${mode} mode`);
    }
    await page.getByRole('radio', { name: 'Balanced' }).check();
    await settled(page);
  }
  assert.ok(differing > 0, 'on some text the modes give different output (else this test shows nothing)');
  assertQuiet(rec);
});

test('4. Copy puts exactly the cleaned text on the clipboard; Download saves it under the title', async () => {
  const { page, rec } = await openPage();
  const seed = SEEDS.find((s) => cliJson(bin, s.file).title) ?? SEEDS[0];
  const json = cliJson(bin, seed.file);
  await paste(page, seed.text);
  await page.evaluate(() => navigator.clipboard.writeText('something else'));
  await page.getByRole('button', { name: 'Copy' }).click();
  await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), cliText(seed.file));

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
  const expectedName = json.title ? `${json.title.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ').replace(/\s+/g, ' ').trim()}.txt` : 'article.txt';
  assert.equal(download.suggestedFilename(), expectedName);
  const saved = path.join(TMP, 'download.txt');
  await download.saveAs(saved);
  assert.equal(readFileSync(saved, 'utf8'), cli(bin, seed.file), 'the file holds the cleaned text and a final newline');
  assertQuiet(rec);
});

test('"Try a sample" loads a seed article; a dropped .txt file is cleaned too, in UTF-8 or UTF-16', async () => {
  const { page, rec } = await openPage();
  const sample = page.getByRole('button', { name: 'Try a sample' });
  const seen = new Set();
  for (let i = 0; i < 2; i++) {
    await sample.click();
    await settled(page);
    const value = await input(page).inputValue();
    const seed = SEEDS.find((s) => s.text === value);
    assert.ok(seed, 'the sample is one of the seeds');
    seen.add(seed.name);
    assert.equal(await bodyText(page), cliText(seed.file));
  }
  assert.equal(seen.size, 2, 'a second click loads another sample');

  const seed = SEEDS[SEEDS.length - 1];
  await input(page).evaluate((el, text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'article.txt', { type: 'text/plain' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      el.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, seed.text);
  await page.waitForFunction((n) => document.getElementById('input').value.length === n, seed.text.length);
  await settled(page);
  assert.equal(await bodyText(page), cliText(seed.file));

  // another, saved as UTF-16 with its byte order mark (as Windows writes
  // text), reads as the same text: the CLI's answer for the UTF-8 file
  const other = SEEDS[0];
  await input(page).evaluate((el, text) => {
    const bytes = new Uint8Array(2 + 2 * text.length);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      bytes[2 + 2 * i] = unit & 0xff;
      bytes[3 + 2 * i] = unit >> 8;
    }
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'article-utf16.txt', { type: 'text/plain' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      el.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, other.text);
  await page.waitForFunction((t) => document.getElementById('input').value === t, other.text);
  await settled(page);
  assert.equal(await bodyText(page), cliText(other.file));
  assertQuiet(rec);
});

test('5. an XSS paste stays inert and shows as literal text', async () => {
  const { page, rec } = await openPage();
  const prose = 'The council met on Tuesday evening and decided, after a long and sometimes heated debate about the costs and the timetable, that the old bridge over the river will be rebuilt before the end of next year.';
  const payload = [
    '<script>window.__pwned = 1; alert("script")</script>',
    '',
    `${prose} <img src=x onerror="window.__pwned = 2; alert('img')"> And the mayor said that the work would begin in the spring, once the money from the regional government had arrived.`,
    '',
    `${prose} <script>alert("inline")</script> <svg onload=alert("svg")></svg> <iframe src="javascript:alert('frame')"></iframe> <a href="javascript:alert(1)">link</a>`,
    '',
    `<img src=x onerror=alert(document.domain)> ${prose}`,
    '',
    'Share on Facebook <b onmouseover=alert(1)>Tweet</b>',
    '',
  ].join('\n');
  const before = await page.evaluate(() => document.getElementsByTagName('*').length);
  await page.evaluate(() => {
    window.__added = [];
    new MutationObserver((ms) => {
      for (const m of ms) for (const n of m.addedNodes) if (n.nodeType === 1) window.__added.push(n.tagName);
    }).observe(document, { childList: true, subtree: true });
  });
  await paste(page, payload);
  await page.getByRole('switch', { name: 'Explain' }).click();
  await settled(page);
  await page.locator('#blocks .blk.dropped').first().hover();
  await page.getByRole('switch', { name: 'Explain' }).click();

  const file = tmpFile('xss.txt', payload);
  const body = await bodyText(page);
  assert.equal(body, cliText(file));
  assert.match(body, /<img src=x onerror="window.__pwned = 2; alert\('img'\)">/, 'the markup shows as literal text');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no pasted script ran');
  const added = await page.evaluate(() => window.__added);
  assert.deepEqual([...new Set(added)].filter((t) => !['P', 'DIV', 'SPAN', 'DEL'].includes(t)), [], 'only the page\'s own elements were added');
  for (const tag of ['script', 'img', 'svg', 'iframe', 'a', 'b']) {
    const inResult = await page.locator(`#cleaned ${tag}, #explained ${tag}`).count();
    assert.equal(inResult, 0, `no <${tag}> in the results`);
  }
  assert.ok(await page.evaluate(() => document.getElementsByTagName('*').length) > before);
  assertQuiet(rec);
});

test('6. after load the page makes no request, whatever is done on it', async () => {
  const { page, rec } = await openPage();
  await page.getByRole('button', { name: 'Try a sample' }).click();
  await settled(page);
  for (const mode of ['Precision', 'Recall', 'Balanced']) {
    await page.getByRole('radio', { name: mode }).check();
    await settled(page);
  }
  await page.getByRole('switch', { name: 'Explain' }).click();
  await settled(page);
  await page.getByRole('switch', { name: 'Explain' }).click();
  await page.getByRole('button', { name: 'Copy' }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
  await paste(page, SEEDS[1].text);
  await page.waitForTimeout(500);
  assert.ok(rec.requests.length >= 4, 'the load itself was seen (page, script, worker, wasm)');
  assert.ok(rec.requests.some((r) => r.url.endsWith('/chaff/pkg/chaff_bg.wasm') && !r.afterLoad), 'the wasm is fetched during load');
  assertQuiet(rec);
});

test('the page is fully usable from the keyboard, with visible focus', async () => {
  const { page, rec } = await openPage();
  const seed = SEEDS[0];
  await paste(page, seed.text);
  // From the textarea on, Tab reaches every control in order, each with a visible focus ring.
  const wanted = ['copy', 'download', 'mode', 'explain', 'cleaned'];
  const reached = [];
  for (let i = 0; i < 8 && reached.length < wanted.length; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const ring = el.matches('input[type=radio]') ? el.nextElementSibling : el;
      const s = getComputedStyle(ring);
      return { id: el.id || (el.name === 'mode' ? 'mode' : el.tagName), outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 };
    });
    reached.push(info.id);
    assert.ok(info.outline, `${info.id} shows a focus ring`);
  }
  assert.deepEqual(reached, wanted);
  // Arrow keys move through the modes, which re-cleans at once.
  await page.getByRole('radio', { name: 'Balanced' }).focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getByRole('radio', { name: 'Recall' }).isChecked(), true);
  await settled(page);
  assert.equal(await bodyText(page), cliText(seed.file, ['--mode', 'recall']));
  await page.keyboard.press('ArrowLeft');
  await settled(page);
  assert.equal(await bodyText(page), cliText(seed.file));
  // Space turns Explain on; Tab then reaches the dropped blocks, whose reason shows.
  await page.getByRole('switch', { name: 'Explain' }).focus();
  await page.keyboard.press('Space');
  await settled(page);
  assert.equal(await page.getByRole('switch', { name: 'Explain' }).getAttribute('aria-checked'), 'true');
  const dropped = cliJson(bin, seed.file).blocks.filter((b) => !b.kept);
  assert.ok(dropped.length > 0);
  await page.keyboard.press('Tab');
  const focused = page.locator('#blocks .blk.dropped:focus');
  assert.equal(await focused.count(), 1, 'Tab goes to the first dropped block');
  assert.equal(await focused.locator('.why').isVisible(), true);
  assert.equal(await focused.locator('.why').textContent(), dropped[0].reason);
  // Enter on Copy copies.
  await page.getByRole('switch', { name: 'Explain' }).press('Space');
  await page.getByRole('button', { name: 'Copy' }).press('Enter');
  await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), cliText(seed.file));
  assertQuiet(rec);
});

/** A large result: the body shows its first paragraphs, "Show more" the
 *  next ones, and Copy gives all of it, equal to the CLI's output. */
async function assertLargeBody(page, expected) {
  const paras = expected.split('\n\n');
  const shown = await page.locator('#body p').allTextContents();
  assert.equal(shown.length, Math.min(paras.length, 2000));
  assert.deepEqual(shown, paras.slice(0, shown.length));
  if (paras.length > 2000) {
    const more = page.locator('#body > .more');
    assert.match(await more.textContent(), new RegExp(`Showing 2,000 of ${paras.length.toLocaleString('en')} paragraphs`));
    await more.getByRole('button').click();
    await settled(page);
    const next = await page.locator('#body p').allTextContents();
    assert.deepEqual(next, paras.slice(0, Math.min(paras.length, 4000)));
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'P', 'focus moves to the first new paragraph');
  }
  await page.getByRole('button', { name: 'Copy' }).click();
  await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);
}

/** Ticks on the main thread every 5 ms from now on; returns the ticks' times
 *  on `stop()`. A gap between ticks is time the main thread was busy. Also
 *  records the main thread's long tasks (over 50 ms), as the browser reports
 *  them, from now on. */
async function startHeartbeat(page) {
  await page.evaluate(() => {
    window.__beats = [];
    window.__beating = true;
    const tick = () => {
      window.__beats.push(performance.now());
      if (window.__beating) setTimeout(tick, 5);
    };
    tick();
    window.__longTasks?.disconnect();
    const tasks = [];
    window.__longTasks = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    window.__longTasks.tasks = tasks;
    window.__longTasks.observe({ type: 'longtask' });
  });
}

/** Stops the heartbeat once the page has drawn two more frames (so that the
 *  layout and paint of the last drawn slice are in), and returns what it saw. */
async function stopHeartbeat(page) {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
    window.__beating = false;
    const stoppedAt = performance.now();
    const longTasks = [...window.__longTasks.tasks, ...window.__longTasks.takeRecords()].map((e) => ({ start: e.startTime, end: e.startTime + e.duration }));
    window.__longTasks.disconnect();
    const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
    const span = (name) => {
      const e = performance.getEntriesByName(name)[0];
      return { start: e.startTime, end: e.startTime + e.duration };
    };
    return {
      beats: window.__beats, stoppedAt, longTasks, marks,
      clean: span('chaff:clean'), prepare: span('chaff:prepare'), deliver: span('chaff:deliver'),
      cleanMs: Number(document.querySelector('#stats .stat-time').dataset.ms),
    };
  });
}

/** The longest of `tasks` that overlaps [from, to], 0 when none does. */
function longestTask(tasks, from, to) {
  return Math.max(0, ...tasks.filter((t) => t.end > from && t.start < to).map((t) => t.end - t.start));
}

/** The longest the main thread was busy between `from` and `to`. */
function longestGap(beats, from, to) {
  let worst = 0;
  let last = from;
  for (const t of beats) {
    if (t <= from) continue;
    if (t > to) {
      worst = Math.max(worst, to - last);
      last = to;
      break;
    }
    worst = Math.max(worst, t - last);
    last = t;
  }
  return Math.max(worst, to - last);
}

async function timedPaste(t, page, text, label) {
  await page.evaluate((x) => navigator.clipboard.writeText(x), text);
  await input(page).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await startHeartbeat(page);
  await page.keyboard.press('ControlOrMeta+V');
  await settled(page);
  const { beats, stoppedAt, longTasks, marks, clean, prepare, deliver, cleanMs } = await stopHeartbeat(page);
  await assertHolds(page, text);
  const ms = (x) => +x.toFixed(1);
  const timing = {
    input: label,
    bytes: Buffer.byteLength(text),
    pasteToOutputMs: ms(marks['chaff:rendered'] - marks['chaff:paste']),
    // The call cleaner.clean(text) in the worker: the WebAssembly clean and
    // the package's building of its result. The figure the page shows.
    cleanInWorkerMs: ms(cleanMs),
    // The worker's own work on the result (counts, offsets for the page).
    workerPrepareMs: ms(prepare.end - prepare.start),
    // From the worker's postMessage until the page holds the data.
    deliverMs: ms(deliver.end - deliver.start),
    // From the data in the page until all is drawn (in slices, across frames).
    renderMs: ms(marks['chaff:rendered'] - deliver.end),
    pasteToCleanedMs: ms(marks['chaff:cleaned'] - marks['chaff:paste']),
    mainThreadLongestBusyDuringCleanMs: ms(longestGap(beats, clean.start, clean.end)),
    mainThreadLongestBusyAfterPasteMs: ms(longestGap(beats, marks['chaff:input'], marks['chaff:rendered'])),
    // From the end of the clean until two frames after the last slice was
    // drawn: taking the result in, drawing it, and the browser's layout of it.
    mainThreadLongestBusyRenderingMs: ms(longestGap(beats, clean.end, stoppedAt)),
    longestTaskRenderingMs: ms(longestTask(longTasks, clean.end, stoppedAt)),
    // The paste event itself: the browser hands the page the clipboard's text.
    longestTaskPasteMs: ms(longestTask(longTasks, marks['chaff:paste'], marks['chaff:paste'])),
  };
  t.diagnostic(JSON.stringify(timing));
  process.stderr.write(`# timing ${JSON.stringify(timing)}\n`);
  return timing;
}

/** Taking in and drawing the result never held the main thread for long.
 *  The target is < 50 ms; the bound leaves room for a machine loaded by other
 *  work, and is below what drawing a 5 MB result at once held it for (0.25 to
 *  0.7 s, in two long tasks: copying the result in, laying it out). */
function assertRenderResponsive(timing) {
  const bound = 200;
  assert.ok(timing.mainThreadLongestBusyRenderingMs < bound, `the main thread was busy ${timing.mainThreadLongestBusyRenderingMs} ms at a stretch while the ${timing.input} result was taken in and drawn`);
  assert.ok(timing.longestTaskRenderingMs < bound, `a task of ${timing.longestTaskRenderingMs} ms while the ${timing.input} result was taken in and drawn`);
}

test('7. a 1 MB paste is cleaned in a worker while the main thread stays free', async (t) => {
  const { page, rec } = await openPage();
  const text = bigText(1 << 20);
  const timing = await timedPaste(t, page, text, '1 MB');
  await assertLargeBody(page, cliText(tmpFile('1mb.txt', text)));
  // The target is < 50 ms; the bound leaves room for a loaded machine, and is
  // still far below what a clean on the main thread would block it for.
  assert.ok(timing.mainThreadLongestBusyDuringCleanMs < 250, `the main thread was busy ${timing.mainThreadLongestBusyDuringCleanMs} ms at a stretch while the worker cleaned`);
  assertRenderResponsive(timing);
  assert.ok(timing.pasteToOutputMs < 15000, `1 MB took ${timing.pasteToOutputMs} ms from paste to output`);
  // A second paste of the same size: what every paste after the first costs,
  // once the engine has optimised all the code a large text runs through.
  const again = await timedPaste(t, page, text.replace('\n\n', '\n\n\n'), '1 MB, pasted again');
  assert.equal(again.bytes, timing.bytes + 1);
  assertRenderResponsive(again);
  // One figure is at the mercy of whatever else the shared machine does at
  // that moment: the first paste is timed in FIRST_PASTES fresh pages in
  // all, and their median is the figure reported.
  const firsts = [timing.cleanInWorkerMs];
  while (firsts.length < FIRST_PASTES) {
    const fresh = await openPage();
    const next = await timedPaste(t, fresh.page, text, `1 MB, first paste in page ${firsts.length + 1}`);
    firsts.push(next.cleanInWorkerMs);
    assert.ok(next.mainThreadLongestBusyDuringCleanMs < 250, `the main thread was busy ${next.mainThreadLongestBusyDuringCleanMs} ms at a stretch while the worker cleaned`);
    assertRenderResponsive(next);
    assertQuiet(fresh.rec);
    await fresh.context.close();
  }
  const firstPasteCleanMs = { median: median(firsts), each: firsts };
  t.diagnostic(`first 1 MB paste's clean in ${FIRST_PASTES} fresh pages: median ${firstPasteCleanMs.median} ms (${firsts.join(', ')})`);
  process.stderr.write(`# timing ${JSON.stringify({ input: '1 MB, first paste', firstPasteCleanMs })}\n`);
  writeFileSync(artifact('timing-1mb.json'), JSON.stringify({ ...timing, again, firstPasteCleanMs }, null, 2) + '\n');
  assertQuiet(rec);
});

/** Fresh pages whose first 1 MB paste is timed (see test 7). */
const FIRST_PASTES = 5;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : +((s[m - 1] + s[m]) / 2).toFixed(1);
}

test('a 5 MB paste keeps the page responsive', async (t) => {
  const { page, rec } = await openPage();
  const text = bigText(5 << 20);
  const timing = await timedPaste(t, page, text, '5 MB');
  assertRenderResponsive(timing);
  await assertLargeBody(page, cliText(tmpFile('5mb.txt', text)));
  assert.ok(timing.mainThreadLongestBusyDuringCleanMs < 250, `the main thread was busy ${timing.mainThreadLongestBusyDuringCleanMs} ms at a stretch while the worker cleaned`);
  // While the output is shown, the page still answers a click at once.
  await startHeartbeat(page);
  const explainFrom = await page.evaluate(() => performance.now());
  await page.getByRole('switch', { name: 'Explain' }).click();
  const t0 = Date.now();
  await page.getByRole('radio', { name: 'Recall' }).check();
  const answered = Date.now() - t0;
  t.diagnostic(`a click during the 5 MB explain render was answered in ${answered} ms`);
  assert.ok(answered < 1000, `a click took ${answered} ms to be answered`);
  await settled(page);
  const blocks = cliJson(bin, tmpFile('5mb.txt', text), ['--mode', 'recall']).blocks;
  assert.equal(await page.locator('#blocks .blk').count(), Math.min(blocks.length, 2000), 'the first 2,000 lines are drawn');
  assert.equal(await page.locator('#stats .stat-lines').getAttribute('data-total'), String(blocks.length));
  assert.deepEqual(await page.locator('#blocks .blk > .chip').allTextContents(), blocks.slice(0, 2000).filter((b) => !b.kept).map((b) => b.label));
  await page.locator('#blocks > .more').getByRole('button', { name: 'Show 2,000 more' }).click();
  await settled(page);
  assert.equal(await page.locator('#blocks .blk').count(), Math.min(blocks.length, 4000));
  // Drawing the Explain view (twice: the balanced result, then the recall
  // one), the recall result, and 2,000 more lines never held the main thread
  // for long either.
  const explaining = await stopHeartbeat(page);
  timing.explainLongestBusyMs = +longestGap(explaining.beats, explainFrom, explaining.stoppedAt).toFixed(1);
  timing.explainLongestTaskMs = +longestTask(explaining.longTasks, explainFrom, explaining.stoppedAt).toFixed(1);
  timing.explainLongTasks = explaining.longTasks.map((x) => [+(x.start - explainFrom).toFixed(0), +(x.end - x.start).toFixed(0)]);
  t.diagnostic(`Explain view, recall re-clean and "Show more" of the 5 MB paste: main thread busy at most ${timing.explainLongestBusyMs} ms at a stretch, longest task ${timing.explainLongestTaskMs} ms (long tasks, [start, ms]: ${JSON.stringify(timing.explainLongTasks)})`);
  assert.ok(timing.explainLongestBusyMs < 200, `the main thread was busy ${timing.explainLongestBusyMs} ms at a stretch while the Explain view was drawn`);
  assert.ok(timing.explainLongestTaskMs < 200, `a task of ${timing.explainLongestTaskMs} ms while the Explain view was drawn`);
  writeFileSync(artifact('timing-5mb.json'), JSON.stringify(timing, null, 2) + '\n');
  assertQuiet(rec);
});

test('8. screenshots in light and dark mode, desktop and phone', async () => {
  const seed = SEEDS[0];
  for (const colorScheme of ['light', 'dark']) {
    const { page, rec } = await openPage({ colorScheme });
    await paste(page, seed.text);
    await page.locator('#input').evaluate((el) => { el.blur(); el.scrollTop = 0; });
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g).map(Number);
    assert.equal((r + g + b) / 3 < 128, colorScheme === 'dark', `${colorScheme} background is ${bg}`);
    await page.screenshot({ path: artifact(`page-${colorScheme}.png`) });
    assertQuiet(rec);
  }
  const { page, rec } = await openPage({ viewport: { width: 390, height: 844 } });
  await paste(page, seed.text);
  await page.locator('#input').evaluate((el) => { el.blur(); el.scrollTop = 0; });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling on a phone (${overflow} px too wide)`);
  await page.screenshot({ path: artifact('page-phone.png'), fullPage: true });
  assertQuiet(rec);
});

test('no page opened during the tests logged an error or made a request after load', () => {
  assert.ok(opened.length >= 8);
  for (const { rec } of opened) assertQuiet(rec);
});
