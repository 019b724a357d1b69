// The chaff page: paste, clean in a worker, show the article or explain it.
// Pasted text is only ever put in the page as text (textContent), never as HTML.

import { LINE_NUMBERS, KEPT, GAP } from './lines.js';

const $ = (id) => document.getElementById(id);
const ui = {
  input: $('input'),
  sample: $('sample'),
  open: $('open'),
  file: $('file'),
  clear: $('clear'),
  copy: $('copy'),
  download: $('download'),
  explain: $('explain'),
  heading: $('output-label'),
  stats: $('stats'),
  cleaned: $('cleaned'),
  meta: $('meta'),
  title: $('meta-title'),
  byline: $('meta-byline'),
  date: $('meta-date'),
  body: $('body'),
  empty: $('empty'),
  explained: $('explained'),
  blocks: $('blocks'),
  status: $('status'),
  large: $('large'),
  largeNote: $('large-note'),
  editAll: $('edit-all'),
  dropWrap: document.querySelector('.drop-wrap'),
};

// ---- the worker -----------------------------------------------------------

const WORKER = 'worker.js';
const policy = window.trustedTypes?.createPolicy('chaff', {
  createScriptURL(url) {
    if (url !== WORKER) throw new TypeError(`chaff: refusing to load ${url}`);
    return url;
  },
});
const worker = new Worker(policy ? policy.createScriptURL(WORKER) : WORKER, { type: 'module', name: 'chaff' });

const state = {
  ready: false,
  samples: [],
  nextSample: 0,
  inFlight: 0, // id of the request being cleaned, 0 when none
  dirty: false, // the input or the options changed since the last request
  seq: 0,
  source: '', // the text the shown result was made from
  result: null,
  stats: null,
  ms: 0,
  explainDirty: true,
  large: null, // a text too large for the textarea to hold without freezing the page
};

/** Texts longer than this are not put in the textarea: Chromium takes seconds
 *  to lay out a few megabytes there. The page holds them and shows their start. */
const LARGE = 200_000;
const PREVIEW = 3_000;

/** The text to clean: the held large text, or what the textarea holds. */
const currentText = () => state.large ?? ui.input.value;

/** Marks a moment for timing (see the browser tests): only the latest of each name is kept. */
function mark(name) {
  performance.clearMarks(name);
  performance.mark(name);
}

function options() {
  return { mode: document.querySelector('input[name="mode"]:checked')?.value ?? 'balanced' };
}

/** Asks for a clean of the current input; coalesces while one is running. */
function requestClean() {
  state.dirty = true;
  setBusy(true);
  pump();
}

function pump() {
  if (!state.ready || state.inFlight || !state.dirty) return;
  state.dirty = false;
  const text = currentText();
  state.inFlight = ++state.seq;
  state.pendingText = text;
  worker.postMessage({ id: state.inFlight, text, options: options() });
}

worker.addEventListener('message', (event) => {
  const { data } = event; // copied into this page here, when first read
  const held = performance.now();
  if (data.ready) {
    state.workerReady = true;
    maybeReady();
    return;
  }
  if (data.id !== state.inFlight) return;
  state.inFlight = 0;
  const text = state.pendingText;
  state.pendingText = null;
  if (state.dirty) {
    pump(); // the input changed meanwhile: this result is already stale
    return;
  }
  if (data.error) {
    showStatus(`Could not clean this text: ${data.error}`);
    setBusy(false);
    return;
  }
  if (text === state.large) noteLarge(text, data.stats.bytes);
  state.source = text;
  state.result = data.result;
  state.stats = data.stats;
  state.ms = data.ms;
  state.explainDirty = true;
  mark('chaff:cleaned');
  // The steps of this result on the page's timeline (see the browser tests):
  // the call cleaner.clean(text) in the worker; the worker's own work on its
  // result; sending the message, from the worker's postMessage until the page
  // holds the data (both copies and the wait in the queue).
  const t = (epoch) => epoch - performance.timeOrigin;
  const { times } = data;
  measure('chaff:clean', t(times.cleanStart), t(times.cleanEnd));
  measure('chaff:prepare', t(times.cleanEnd), t(times.prepareEnd));
  measure('chaff:deliver', t(times.postedAt), held);
  render();
});

function measure(name, start, end) {
  performance.clearMeasures(name);
  performance.measure(name, { start, end });
}

worker.addEventListener('error', (e) => {
  e.preventDefault();
  const message = 'The cleaner could not start in this browser. Reload the page to try again.';
  showStatus(message);
  ui.empty.textContent = message;
  ui.cleaned.dataset.state = 'error';
});

import('./samples.js')
  .then((m) => {
    state.samples = m.default;
  })
  .catch(() => {
    state.samples = [];
  })
  .finally(() => {
    state.samplesLoaded = true;
    maybeReady();
  });

function maybeReady() {
  if (!state.workerReady || !state.samplesLoaded || state.ready) return;
  state.ready = true;
  ui.sample.disabled = state.samples.length === 0;
  document.documentElement.dataset.ready = 'true';
  if (currentText()) requestClean();
  else setBusy(false);
}

// ---- rendering ------------------------------------------------------------

function setBusy(busy) {
  ui.cleaned.setAttribute('aria-busy', String(busy));
  ui.explained.setAttribute('aria-busy', String(busy));
  ui.cleaned.dataset.state = busy ? 'busy' : state.result ? 'done' : 'empty';
}

/** How many paragraphs or blocks are drawn at first; "Show more" draws the
 *  next as many. Copy and Download always give the whole text. */
const PAGE = 2000;

/** Longest stretch, in ms, that drawing keeps the main thread before it lets
 *  the browser paint and answer input. */
const SLICE_MS = 6;
/** At most this many nodes per slice, whatever the clock says. Each slice
 *  goes into a box of its own (a "chunk") that the browser lays out and
 *  paints only near the screen (content-visibility in style.css): the style
 *  and layout work of a frame then stays small however long the result. */
const SLICE_NODES = 200;

/** Lets the browser paint and handle input, then resolves. */
const yieldToBrowser = () =>
  new Promise((resolve) => {
    // A frame, then a task: style, layout and paint of the last slice run in
    // between. The timer alone moves on where no frames come (a hidden tab).
    let settled = false;
    const go = () => {
      if (settled) return;
      settled = true;
      resolve();
    };
    requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 50);
  });

/** Appends the nodes made by `make(i)` for i in [0, count) to `parent`, a
 *  slice at a time so that a large result never blocks the page, and at most
 *  PAGE of them before a "Show more" button. `height(i)` guesses node i's
 *  height in px, which a chunk shows until the browser lays it out. Calls
 *  `done` when all is drawn. A newer render into the same parent (or
 *  `cancelRender`) stops it. */
const renders = new WeakMap(); // parent -> generation of its running render
function cancelRender(parent) {
  renders.set(parent, (renders.get(parent) ?? 0) + 1);
}
function renderInSlices(parent, { count, make, height, done, noun }) {
  cancelRender(parent);
  const gen = renders.get(parent);
  const current = () => renders.get(parent) === gen;
  let i = 0;
  let limit = Math.min(count, PAGE);
  let firstNew = null; // the first node of a "Show more"
  const draw = async () => {
    while (current()) {
      const t0 = performance.now();
      const chunk = document.createElement('div');
      chunk.className = 'chunk';
      let guess = 0;
      const end = Math.min(limit, i + SLICE_NODES);
      while (i < end) {
        const node = make(i);
        if (node) {
          chunk.append(node);
          guess += height(i);
        }
        i++;
        if ((i & 15) === 0 && performance.now() - t0 > SLICE_MS) break;
      }
      if (chunk.firstChild) {
        firstNew ??= chunk.firstChild;
        chunk.style.containIntrinsicSize = `auto ${Math.round(guess)}px`;
        parent.append(chunk);
      }
      if (i >= limit) break;
      await yieldToBrowser();
    }
    if (!current()) return;
    if (i < count) parent.append(moreButton());
    done(firstNew);
  };
  const moreButton = () => {
    const box = document.createElement('div');
    box.className = 'more';
    const note = document.createElement('span');
    note.textContent = `Showing ${i.toLocaleString('en')} of ${count.toLocaleString('en')} ${noun}. Copy and Download give all of them.`;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn';
    button.textContent = `Show ${Math.min(PAGE, count - i).toLocaleString('en')} more`;
    button.addEventListener('click', () => {
      if (!current()) return;
      box.remove();
      limit = Math.min(count, limit + PAGE);
      firstNew = null;
      const region = parent.closest('[aria-busy]');
      region.setAttribute('aria-busy', 'true');
      done = (first) => {
        region.setAttribute('aria-busy', String(state.dirty || state.inFlight !== 0));
        // Keyboard users go on reading where the new part starts.
        if (!first) return;
        if (!first.hasAttribute('tabindex')) first.tabIndex = -1;
        first.focus();
      };
      draw();
    });
    box.append(note, ' ', button);
    return box;
  };
  draw();
}

/** A guess at the height in px of `chars` characters of text set in lines of
 *  about `perLine` characters, `lineHeight` px each, plus `extra` px. */
const guessHeight = (chars, perLine, lineHeight, extra) => Math.max(1, Math.ceil(chars / perLine)) * lineHeight + extra;

function languageName(code) {
  if (!code) return null;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    if (name && name !== code) return name;
  } catch {
    // not a code Intl knows
  }
  return code;
}

function percent(part, whole) {
  return whole === 0 ? 0 : Math.round((100 * part) / whole);
}

function renderStats() {
  const s = state.stats;
  ui.stats.replaceChildren();
  if (!s || s.totalLines === 0) return;
  const item = (cls, text, data) => {
    const span = document.createElement('span');
    span.className = cls;
    span.textContent = text;
    Object.assign(span.dataset, data);
    return span;
  };
  const pct = percent(s.removedChars, s.chars);
  const parts = [
    item('stat-lines', `${s.keptLines.toLocaleString('en')} of ${s.totalLines.toLocaleString('en')} lines kept`, { kept: s.keptLines, total: s.totalLines }),
    item('stat-removed', `${pct}% of characters removed`, { percent: pct }),
  ];
  const lang = state.result.language;
  if (lang) parts.push(item('stat-lang', `Language: ${languageName(lang)}`, { lang }));
  const time = item('stat-time', `cleaned in ${state.ms < 10 ? state.ms.toFixed(1) : Math.round(state.ms)} ms`, { ms: state.ms.toFixed(2) });
  time.title = 'The clean itself, in the background: not the counting, sending or drawing of the result';
  parts.push(time);
  parts.forEach((p, i) => {
    if (i) ui.stats.append(' · ');
    ui.stats.append(p);
  });
}

function renderCleaned(done) {
  const r = state.result;
  const setField = (el, value) => {
    el.textContent = value ?? '';
    el.hidden = !value;
  };
  setField(ui.title, r.title);
  setField(ui.byline, r.byline);
  setField(ui.date, r.date);
  ui.meta.hidden = !(r.title || r.byline || r.date);
  const { text, paras } = r; // paragraph i is text.slice(paras[2i], paras[2i + 1])
  const count = paras.length / 2;
  ui.body.replaceChildren();
  ui.empty.hidden = count > 0 || ui.meta.hidden === false;
  ui.empty.textContent = state.source.trim()
    ? 'Nothing here looks like an article. Try Recall, or Explain to see why each line was dropped.'
    : 'The article appears here as soon as you paste. Try a sample to see how it works.';
  const hasText = r.text.length > 0;
  ui.copy.disabled = !hasText;
  ui.download.disabled = !hasText;
  renderInSlices(ui.body, {
    count,
    make: (i) => {
      const p = document.createElement('p');
      p.textContent = text.slice(paras[2 * i], paras[2 * i + 1]);
      return p;
    },
    // .body p: 1.05rem serif, 1.65 line height, 42rem wide, 1em below.
    height: (i) => guessHeight(paras[2 * i + 1] - paras[2 * i], 80, 27.7, 16.8),
    done,
    noun: 'paragraphs',
  });
}

function renderExplained(done) {
  const { lines, strings } = state.result;
  const src = state.source;
  ui.blocks.replaceChildren();
  state.explainDirty = false;
  const make = (i) => {
    const o = i * LINE_NUMBERS;
    const start = lines[o];
    const end = lines[o + 1];
    if (start === end) return null; // a blank block
    const flags = lines[o + 2];
    const label = strings[lines[o + 3]];
    const reason = strings[lines[o + 4]];
    const line = src.slice(start, end);
    const div = document.createElement('div');
    div.className = 'blk';
    div.dataset.label = label;
    if (flags & GAP) div.classList.add('gap');
    if (flags & KEPT) {
      div.classList.add('kept');
      div.textContent = line;
      div.title = `kept: ${reason}`;
      return div;
    }
    div.classList.add('dropped');
    div.tabIndex = 0;
    const chip = document.createElement('span');
    chip.className = 'chip';
    chip.textContent = label;
    const del = document.createElement('del');
    del.textContent = line;
    const why = document.createElement('span');
    why.className = 'why';
    why.id = `why-${i}`;
    why.setAttribute('role', 'tooltip');
    why.textContent = reason;
    div.setAttribute('aria-describedby', why.id);
    div.append(chip, ' ', del, why);
    return div;
  };
  renderInSlices(ui.blocks, {
    count: lines.length / LINE_NUMBERS,
    make,
    // .blk: 0.95rem sans, 1.55 line height, a gap below some.
    height: (i) => {
      const o = i * LINE_NUMBERS;
      return guessHeight(lines[o + 1] - lines[o], 90, 23.6, lines[o + 2] & GAP ? 12 : 3);
    },
    done,
    noun: 'lines',
  });
}

function render() {
  renderStats();
  const explaining = ui.explain.getAttribute('aria-checked') === 'true';
  let pending = explaining ? 2 : 1;
  const done = () => {
    if (--pending > 0) return;
    mark('chaff:rendered');
    setBusy(state.dirty || state.inFlight !== 0);
  };
  renderCleaned(done);
  if (explaining) renderExplained(done);
  else cancelRender(ui.blocks); // drawn afresh when Explain is turned on
}

// ---- actions --------------------------------------------------------------

let statusTimer = 0;
function showStatus(message) {
  ui.status.textContent = message;
  ui.status.classList.add('show');
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => ui.status.classList.remove('show'), 2600);
}

function setInput(text) {
  mark('chaff:input');
  if (text.length > LARGE) {
    holdLarge(text);
  } else {
    releaseLarge();
    ui.input.value = text;
  }
  ui.input.scrollTop = 0;
  ui.clear.disabled = text.length === 0;
  requestClean();
}

/** Keeps a large text out of the textarea, which shows its start, read-only. */
function holdLarge(text) {
  state.large = text;
  let cut = text.lastIndexOf('\n', PREVIEW);
  if (cut < PREVIEW / 2) cut = PREVIEW;
  ui.input.value = `${text.slice(0, cut)}\n…`;
  ui.input.readOnly = true;
  noteLarge(text, null);
  ui.large.hidden = false;
}

/** The note under a large text's preview; its size in MB once the worker has
 *  measured it (encoding a few MB here took tens of ms on the main thread). */
function noteLarge(text, bytes) {
  const size = bytes === null ? '' : ` (${(bytes / 1e6).toFixed(1)} MB)`;
  ui.largeNote.textContent = `Showing the start of ${text.length.toLocaleString('en')} characters${size}. All of it is cleaned.`;
}

function releaseLarge() {
  if (state.large === null) return;
  state.large = null;
  ui.input.readOnly = false;
  ui.large.hidden = true;
}

ui.editAll.addEventListener('click', () => {
  const text = state.large;
  if (text === null) return;
  releaseLarge();
  ui.input.value = text;
  ui.input.focus();
});

// A large paste is held by the page instead of the textarea (see LARGE).
ui.input.addEventListener('paste', (e) => {
  mark('chaff:paste');
  const pasted = e.clipboardData?.getData('text/plain') ?? '';
  const el = ui.input;
  let next;
  if (state.large !== null) next = pasted; // the preview is read-only: a paste replaces the whole text
  else next = el.value.slice(0, el.selectionStart) + pasted + el.value.slice(el.selectionEnd);
  if (next.length > LARGE || state.large !== null) {
    e.preventDefault();
    setInput(next.replace(/\r\n?/g, '\n'));
  }
});

ui.input.addEventListener('input', () => {
  ui.clear.disabled = ui.input.value.length === 0;
  mark('chaff:input');
  requestClean();
});

for (const radio of document.querySelectorAll('input[name="mode"]')) {
  radio.addEventListener('change', () => {
    if (state.result || currentText()) requestClean();
  });
}

ui.explain.addEventListener('click', () => {
  const on = ui.explain.getAttribute('aria-checked') !== 'true';
  ui.explain.setAttribute('aria-checked', String(on));
  ui.cleaned.hidden = on;
  ui.explained.hidden = !on;
  ui.heading.textContent = on ? 'Pasted text, explained' : 'Cleaned text';
  if (on && state.result && state.explainDirty) {
    ui.explained.setAttribute('aria-busy', 'true');
    renderExplained(() => ui.explained.setAttribute('aria-busy', String(state.dirty || state.inFlight !== 0)));
  }
});

ui.sample.addEventListener('click', () => {
  if (!state.samples.length) return;
  const s = state.samples[state.nextSample % state.samples.length];
  state.nextSample++;
  setInput(s.text);
  showStatus(`Loaded sample ${((state.nextSample - 1) % state.samples.length) + 1} of ${state.samples.length}`);
});

ui.clear.addEventListener('click', () => {
  setInput('');
  ui.input.focus();
});

async function loadFile(file) {
  if (!file) return;
  const textual = file.type === '' || file.type.startsWith('text/') || /\.(txt|text|md)$/i.test(file.name);
  if (!textual) {
    showStatus(`${file.name} is not a text file: drop or open a .txt file.`);
    return;
  }
  setInput(await fileText(file));
  showStatus(`Opened ${file.name}`);
}

/**
 * The text of a file as the CLI reads one: UTF-16 when it opens with its
 * byte order mark (as Windows writes text), else UTF-8; the byte order mark
 * dropped, invalid sequences replaced with U+FFFD.
 */
async function fileText(file) {
  const b = new Uint8Array(await file.arrayBuffer());
  const encoding =
    b[0] === 0xff && b[1] === 0xfe && !(b[2] === 0 && b[3] === 0) ? 'utf-16le' : b[0] === 0xfe && b[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(b);
}

ui.open.addEventListener('click', () => ui.file.click());
ui.file.addEventListener('change', () => {
  loadFile(ui.file.files[0]);
  ui.file.value = '';
});

const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files');
ui.input.addEventListener('dragenter', (e) => {
  if (hasFiles(e)) ui.dropWrap.classList.add('dragging');
});
ui.input.addEventListener('dragover', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
  ui.dropWrap.classList.add('dragging');
});
ui.input.addEventListener('dragleave', () => ui.dropWrap.classList.remove('dragging'));
ui.input.addEventListener('drop', (e) => {
  ui.dropWrap.classList.remove('dragging');
  const file = e.dataTransfer?.files?.[0];
  if (!file) return; // dropped text: the textarea inserts it itself
  e.preventDefault();
  loadFile(file);
});

async function writeClipboard(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // no clipboard API or no permission: fall back to a selection copy
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.className = 'offscreen';
    document.body.append(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    return ok;
  }
}

ui.copy.addEventListener('click', async () => {
  if (!state.result?.text) return;
  const ok = await writeClipboard(state.result.text);
  showStatus(ok ? `Copied ${state.result.text.length.toLocaleString('en')} characters` : 'Could not copy: the browser refused.');
});

/** A file name from the title: no characters that file systems refuse. */
function fileName(title) {
  const base = (title ?? '')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[ .]+|[ .]+$/g, '')
    .slice(0, 120)
    .trim();
  return `${base || 'article'}.txt`;
}

ui.download.addEventListener('click', () => {
  if (!state.result?.text) return;
  const blob = new Blob([state.result.text + '\n'], { type: 'text/plain;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName(state.result.title);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  showStatus(`Saved ${a.download}`);
});

ui.sample.disabled = true;
