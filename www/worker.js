// Cleans in the background so that the page never freezes, however large the
// paste. Messages in: { id, text, options }. Messages out: { ready: true } once
// (after a warm-up), then { id, result, stats, ms, times } or { id, error } for
// each request. `ms` is the time of the call `cleaner.clean(text)` alone (the
// WebAssembly clean and the package's building of its result object); `times`
// also places the worker's own work after it (`describe`, `paragraphs`) and
// the moment the message was posted, as epoch times.

import { Cleaner } from './chaff/index.js';
import { LINE_NUMBERS, KEPT, GAP } from './lines.js';
import WARM_UP_TEXTS from './warm-up.js';

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
 *  last block's end tells the unit. The blocks are fresh objects of this
 *  worker's: they are changed in place. */
function toUtf16Blocks(text, blocks) {
  if (blocks.length === 0 || blocks[blocks.length - 1].end === text.length) return blocks;
  const ends = bytesToUtf16(text, blocks.map((b) => b.end));
  const starts = bytesToUtf16(text, blocks.map((b) => b.start));
  blocks.forEach((b, i) => {
    b.start = starts[i];
    b.end = ends[i];
  });
  return blocks;
}

/** Whether UTF-16 code unit `c` is white space as JavaScript's `\s` and
 *  `trim()` see it (WhiteSpace and LineTerminator). */
function isSpace(c) {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Everything the page shows about the blocks, in one pass over the text:
 *
 * - `lines`, a Uint32Array of LINE_NUMBERS per block: the start and end of the
 *   block's text with white space trimmed (equal when the block is blank),
 *   flags (KEPT, GAP), and the indexes of its label and reason in `strings`;
 * - `strings`, the distinct labels and reasons;
 * - the counts: lines kept of total, characters (code points that are not
 *   white space) of all blocks and of the dropped ones, and the size of the
 *   text in UTF-8 (which the page shows for a large paste).
 *
 * Typed arrays and a short list of strings cost next to nothing to send to
 * the page; an object per block cost more to copy there than the clean itself.
 */
function describe(text, blocks) {
  const lines = new Uint32Array(blocks.length * LINE_NUMBERS);
  const strings = [];
  const index = new Map();
  const intern = (s) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  let kept = 0;
  let all = 0;
  let removed = 0;
  let extra = 0;
  let covered = 0;
  for (let k = 0, o = 0; k < blocks.length; k++, o += LINE_NUMBERS) {
    const b = blocks[k];
    let chars = 0;
    let gap = false;
    let blank = false; // since the last line feed, only white space
    for (let i = b.start; i < b.end; i++) {
      const c = text.charCodeAt(i);
      if (c > 0x20 && c < 0x7f) {
        blank = false;
        chars++;
      } else if (c === 0x0a) {
        if (blank) gap = true;
        blank = true;
      } else {
        extra += utf8Extra(c);
        if (!isSpace(c)) {
          blank = false;
          // A surrogate pair is one character: count its low half only.
          if (c < 0xd800 || c > 0xdbff) chars++;
        }
      }
    }
    covered += b.end - b.start;
    // The block's text, white space trimmed (empty when it holds none else).
    let first = b.start;
    let end = b.end;
    while (first < end && isSpace(text.charCodeAt(first))) first++;
    while (end > first && isSpace(text.charCodeAt(end - 1))) end--;
    lines[o] = first;
    lines[o + 1] = end;
    lines[o + 2] = (b.kept ? KEPT : 0) | (gap ? GAP : 0);
    lines[o + 3] = intern(b.label);
    lines[o + 4] = intern(b.reason);
    all += chars;
    if (b.kept) kept++;
    else removed += chars;
  }
  // Blocks tile the text, so the pass saw all of it; if not, count again.
  const bytes = covered === text.length ? text.length + extra : utf8Length(text);
  return { lines, strings, stats: { keptLines: kept, totalLines: blocks.length, chars: all, removedChars: removed, bytes } };
}

/** Bytes of UTF-8 beyond one for UTF-16 code unit `c`: a pair of surrogates is 4. */
function utf8Extra(c) {
  if (c < 0x80) return 0;
  return c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
}

function utf8Length(text) {
  let n = text.length;
  for (let i = 0; i < text.length; i++) n += utf8Extra(text.charCodeAt(i));
  return n;
}

/** Where the paragraphs of the cleaned text (split by blank lines) start and
 *  end, two numbers each: what `text.split('\n\n')` gives, without making the
 *  strings. */
function paragraphs(text) {
  if (!text) return new Uint32Array(0);
  const out = [];
  let from = 0;
  for (let at = text.indexOf('\n\n'); at >= 0; at = text.indexOf('\n\n', from)) {
    out.push(from, at);
    from = at + 2;
  }
  out.push(from, text.length);
  return Uint32Array.from(out);
}

/** What the page is sent of the clean `r` of `text`, and its counts. */
function prepare(text, r) {
  const { lines, strings, stats } = describe(text, toUtf16Blocks(text, r.blocks));
  const paras = paragraphs(r.text);
  const result = { text: r.text, title: r.title ?? null, byline: r.byline ?? null, date: r.date ?? null, language: r.language ?? null, paras, lines, strings };
  return { result, stats };
}

self.onmessage = ({ data }) => {
  const { id, text, options } = data;
  try {
    const t0 = performance.now();
    const r = cleanerFor(options).clean(text);
    const t1 = performance.now();
    const { result, stats } = prepare(text, r);
    const t2 = performance.now();
    // Epoch times, so that the page can place each step on its own timeline.
    const at = (t) => performance.timeOrigin + t;
    const times = { cleanStart: at(t0), cleanEnd: at(t1), prepareEnd: at(t2), postedAt: at(performance.now()) };
    self.postMessage({ id, result, stats, ms: t1 - t0, times }, [result.paras.buffer, result.lines.buffer]);
  } catch (e) {
    self.postMessage({ id, error: String(e && e.message ? e.message : e) });
  }
};

/**
 * Cleans the sample articles and short texts in other languages a few times
 * before reporting ready (and runs this worker's own work on the results),
 * then one long text, so that the first paste finds the cleaner's tables
 * built, its code compiled at the engine's top tier and the module's memory
 * grown. WebAssembly engines optimise a function once it has run for a while,
 * in the background, and a call that is running goes on in the code it
 * started in: a function run once per clean (the stages after the measure)
 * is only optimised for a large paste if a large text came before it.
 */
async function warmUp() {
  let texts = [];
  try {
    texts = (await import('./samples.js')).default.map((s) => s.text);
  } catch {
    // no samples: the texts in other languages warm up alone
  }
  texts = texts.concat(WARM_UP_TEXTS);
  const c = new Cleaner();
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const t of texts) {
      const r = c.clean(t);
      prepare(t, r);
      // The same blocks (their offsets now in UTF-16, as `prepare` left
      // them) over a text of the same length with characters beyond
      // Latin-1, a no-break space and a surrogate pair in it: the engine
      // stores such a string otherwise, and code compiled for one kind only
      // would be thrown away on a first paste of the other.
      describe(t.replace(/e/g, '\u0115').replace(/ the /g, ' \u00a0he ').replace(/on/g, '\ud83d\ude00'), r.blocks);
    }
  }
  // Then a long text, as a large paste is: the stages that run once per
  // clean (and loop over all lines) get run long enough to be optimised
  // too, and the module's memory grows to the size a large paste needs.
  const joined = texts.join('\n\n');
  const long = joined.repeat(Math.ceil(LONG_CHARS / Math.max(1, joined.length)));
  for (let round = 0; round < LONG_ROUNDS; round++) prepare(long, c.clean(long));
  c.free();
}

/** Times the short texts (about 17 KB) are cleaned before the worker is
 *  ready: enough for the engine to compile the hot functions at its top tier. */
const WARM_UP_ROUNDS = 20;
/** Length of the long text of the warm-up (the short texts repeated), in
 *  UTF-16 units (about as many bytes: most of it is the English samples), and
 *  how many times it is cleaned. In Node, a first clean of the browser
 *  tests' 1 MB paste (the start of the traf corpus, mostly German) took
 *  1.13 to 1.62 times the third after a warm-up on the English samples and
 *  250 KB, and 1.04 to 1.19 times after this one (four runs each). */
const LONG_CHARS = 1 << 20;
const LONG_ROUNDS = 2;

warmUp().finally(() => self.postMessage({ ready: true }));
