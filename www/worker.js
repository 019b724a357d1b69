// Cleans in the background so that the page never freezes, however large the
// paste. Messages in: { id, text, options }. Messages out: { ready: true } once
// (after a warm-up), then { id, result, stats, ms } or { id, error } for each
// request.

import { Cleaner } from './chaff/index.js';

const cleaners = new Map();

function cleanerFor(options) {
  const key = JSON.stringify(options);
  let c = cleaners.get(key);
  if (!c) {
    c = new Cleaner(options);
    cleaners.set(key, c);
  }
  return c;
}

/** Converts UTF-8 byte offsets (sorted, ascending) into UTF-16 offsets of `text`. */
function bytesToUtf16(text, offsets) {
  const out = new Array(offsets.length);
  let k = 0;
  let bytes = 0;
  let i = 0;
  while (k < offsets.length) {
    while (k < offsets.length && offsets[k] <= bytes) out[k++] = i;
    if (i >= text.length) break;
    const c = text.codePointAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += c >= 0x10000 ? 2 : 1;
  }
  while (k < offsets.length) out[k++] = text.length;
  return out;
}

/** Makes block offsets index `text` as JavaScript strings do (UTF-16 code
 *  units), whatever unit the package reports. Blocks tile the input, so the
 *  last block's end tells the unit. */
function toUtf16Blocks(text, blocks) {
  if (blocks.length === 0 || blocks[blocks.length - 1].end === text.length) return blocks;
  const ends = bytesToUtf16(text, blocks.map((b) => b.end));
  const starts = bytesToUtf16(text, blocks.map((b) => b.start));
  return blocks.map((b, i) => ({ ...b, start: starts[i], end: ends[i] }));
}

/** Counts characters (code points) that are not white space. */
function countChars(s) {
  const t = s.replace(/\s+/g, '');
  let pairs = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) pairs++;
  }
  return t.length - pairs;
}

/** Lines kept of total, and the share of characters removed: characters of
 *  the dropped lines over characters of all lines, white space not counted. */
function statsOf(text, blocks) {
  let kept = 0;
  let all = 0;
  let removed = 0;
  for (const b of blocks) {
    const n = countChars(text.slice(b.start, b.end));
    all += n;
    if (b.kept) kept++;
    else removed += n;
  }
  return { keptLines: kept, totalLines: blocks.length, chars: all, removedChars: removed };
}

self.onmessage = ({ data }) => {
  const { id, text, options } = data;
  try {
    const t0 = performance.now();
    const r = cleanerFor(options).clean(text);
    const ms = performance.now() - t0;
    const blocks = toUtf16Blocks(text, r.blocks);
    const result = { text: r.text, title: r.title ?? null, byline: r.byline ?? null, date: r.date ?? null, language: r.language ?? null, blocks };
    // Epoch times, so that the page can place the clean on its own timeline.
    const startedAt = performance.timeOrigin + t0;
    self.postMessage({ id, result, stats: statsOf(text, blocks), ms, startedAt, endedAt: startedAt + ms, offsets: blocks === r.blocks ? 'utf16' : 'bytes' });
  } catch (e) {
    self.postMessage({ id, error: String(e && e.message ? e.message : e) });
  }
};

/**
 * Cleans the sample articles a few times before reporting ready, so that the
 * first paste finds the cleaner's tables built and its code compiled at the
 * engine's top tier (WebAssembly engines optimise a function once it has run
 * for a while, in the background), instead of paying for both itself.
 */
async function warmUp() {
  let texts = [];
  try {
    texts = (await import('./samples.js')).default.map((s) => s.text);
  } catch {
    // no samples: the first paste warms up instead
  }
  const c = new Cleaner();
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const t of texts) c.clean(t);
  c.free();
}

/** Times the samples (about 12 KB) are cleaned before the worker is ready:
 *  enough for the engine to compile the hot functions at its top tier. */
const WARM_UP_ROUNDS = 20;

warmUp().finally(() => self.postMessage({ ready: true }));
