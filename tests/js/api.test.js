// The JavaScript API: result shape, UTF-16 offsets, options, Cleaner reuse,
// and every error the binding throws. Imports the package by its own name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean, Cleaner, defaultOptions } from 'chaff';

const page = [
  'Home | News | Sport',
  '',
  '# Café owners in Zürich 🇨🇭 say the new rules came too late',
  '',
  'By Jane Doe',
  '',
  'The council met on Tuesday and decided that the old bridge, which has been closed since the floods of last winter, will be rebuilt by the end of the year — at a cost of 12 million francs.',
  '',
  'Residents said they had waited for a decision for months, and that the detour through the old town had doubled the time it took them to get to work 😀 every morning.',
  '',
  'Share on Facebook',
  'Leave a Reply',
  '',
].join('\n');

test('result is a plain object with the documented keys', () => {
  const r = clean(page);
  assert.deepEqual(Object.keys(r).sort(), ['blocks', 'byline', 'date', 'language', 'text', 'title']);
  assert.equal(Object.getPrototypeOf(r), Object.prototype);
  assert.ok(r.text.includes('The council met on Tuesday'));
  assert.ok(!r.text.includes('Leave a Reply'));
  assert.equal(r.byline, 'By Jane Doe');
  assert.equal(r.language, 'eng');
  assert.ok(r.blocks.length >= 6);
  for (const b of r.blocks) {
    assert.deepEqual(Object.keys(b).sort(), ['cfLabel', 'end', 'kept', 'label', 'reason', 'score', 'start']);
    assert.equal(typeof b.label, 'string');
    assert.equal(typeof b.cfLabel, 'string');
    assert.equal(typeof b.kept, 'boolean');
    assert.ok(b.score >= 0 && b.score <= 1, `score ${b.score}`);
    assert.ok(b.reason.length > 0);
  }
  const dropped = r.blocks.filter((b) => !b.kept).map((b) => b.label);
  assert.ok(dropped.includes('comments'), dropped.join(','));
});

test('missing metadata is null, not undefined', () => {
  const r = clean('Just one short line\n');
  assert.equal(r.date, null);
  assert.ok('date' in r);
});

test('block offsets are UTF-16 indices that tile the input', () => {
  const r = clean(page);
  assert.equal(r.blocks[0].start, 0);
  assert.equal(r.blocks.at(-1).end, page.length);
  for (let i = 1; i < r.blocks.length; i++) assert.equal(r.blocks[i].start, r.blocks[i - 1].end);
  // every kept block's slice, trimmed, is a paragraph of the text
  const paragraphs = new Set(r.text.split('\n\n'));
  const kept = r.blocks.filter((b) => b.kept);
  assert.ok(kept.length >= 2);
  for (const b of kept) assert.ok(paragraphs.has(page.slice(b.start, b.end).trim()), page.slice(b.start, b.end));
  // the emoji after the kept paragraph shifts byte offsets, not UTF-16 ones
  const last = kept.at(-1);
  assert.ok(page.slice(last.start, last.end).includes('😀'));
  assert.notEqual(last.end, Buffer.byteLength(page.slice(0, last.end)));
});

test('lone surrogates do not throw and keep offsets aligned', () => {
  const text = 'Menu\n\nbroken \ud800 surrogate in a line of text\n';
  const r = clean(text);
  assert.equal(r.blocks.at(-1).end, text.length);
});

test('empty and whitespace-only input give an empty result', () => {
  for (const text of ['', ' ', '\n\n\n', ' \t\r\n  \u00a0\n']) {
    const r = clean(text);
    assert.equal(r.text, '', JSON.stringify(text));
    assert.equal(r.title, null);
    assert.equal(r.byline, null);
    assert.equal(r.date, null);
    assert.ok(Array.isArray(r.blocks));
    assert.equal(r.blocks.filter((b) => b.kept).length, 0);
    assert.equal(new Cleaner({ mode: 'recall' }).clean(text).text, '');
  }
});

test('options change the result', () => {
  const base = clean(page);
  assert.ok(base.title, 'a title is found');
  assert.ok(!base.text.startsWith(base.title));
  assert.ok(clean(page, { includeTitle: true }).text.startsWith(base.title));
  const dropped = clean(page, { dropPatterns: ['^The council'] });
  assert.ok(!dropped.text.includes('The council'));
  const kept = clean(page, { keepPatterns: ['^Share on'] });
  assert.ok(kept.text.includes('Share on Facebook'));
  assert.equal(clean(page, { language: 'deu' }).language, 'deu');
  assert.deepEqual(clean(page, undefined), base);
  assert.deepEqual(clean(page, null), base);
  assert.deepEqual(clean(page, {}), base);
  assert.deepEqual(clean(page, { mode: undefined }), base);
});

test('a Cleaner is reusable and equals clean() with the same options', () => {
  const opts = { mode: 'precision', keepCaptions: true, dropPatterns: ['Tuesday'] };
  const c = new Cleaner(opts);
  for (let i = 0; i < 3; i++) assert.deepEqual(c.clean(page), clean(page, opts));
  assert.deepEqual(c.options, { ...defaultOptions(), ...opts });
  assert.deepEqual(new Cleaner().options, defaultOptions());
  assert.deepEqual(new Cleaner().clean(page), clean(page));
  c.free();
});

function throwsWith(fn, type, ...parts) {
  let err;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  assert.ok(err, 'expected a throw');
  assert.ok(err instanceof type, `${err?.constructor?.name}: ${err?.message}`);
  for (const p of parts) assert.ok(err.message.includes(p), `"${err.message}" should contain ${JSON.stringify(p)}`);
  return err;
}

test('a non-string text throws a TypeError that says so', () => {
  for (const [bad, what] of [[undefined, 'undefined'], [null, 'null'], [42, 'number'], [{}, 'object'], [['a'], 'array'], [Buffer.from('x'), 'object']]) {
    throwsWith(() => clean(bad), TypeError, 'text must be a string', what);
    throwsWith(() => new Cleaner().clean(bad), TypeError, 'text must be a string', what);
  }
  throwsWith(() => clean(), TypeError, 'text must be a string');
});

test('options that are not an object throw a TypeError', () => {
  for (const bad of ['recall', 5, true, ['mode']]) {
    throwsWith(() => clean('x', bad), TypeError, 'options must be an object');
    throwsWith(() => new Cleaner(bad), TypeError, 'options must be an object');
  }
});

test('an unknown option key throws, naming the key', () => {
  const e = throwsWith(() => clean('x', { mode: 'recall', dropPattern: ['a'] }), Error, 'unknown option', '"dropPattern"');
  assert.equal(e.option, 'dropPattern');
  throwsWith(() => new Cleaner({ include_title: true }), Error, 'unknown option', '"include_title"');
  throwsWith(() => new Cleaner({ toString: 'x' }), Error, 'unknown option', '"toString"');
  throwsWith(() => clean('x', { moed: undefined }), Error, 'unknown option', '"moed"');
});

test('a bad option value throws, naming the option and the value', () => {
  let e = throwsWith(() => clean('x', { mode: 'fast' }), Error, 'mode', '"fast"');
  assert.equal(e.option, 'mode');
  e = throwsWith(() => new Cleaner({ includeTitle: 'yes' }), TypeError, 'includeTitle', '"yes"');
  assert.equal(e.option, 'includeTitle');
  e = throwsWith(() => new Cleaner({ keepCaptions: 1 }), TypeError, 'keepCaptions', '1');
  e = throwsWith(() => new Cleaner({ dropPatterns: 'Advert' }), TypeError, 'dropPatterns', '"Advert"');
  e = throwsWith(() => new Cleaner({ keepPatterns: [1] }), TypeError, 'keepPatterns', '[1]');
  e = throwsWith(() => new Cleaner({ language: 'xx' }), Error, 'language', '"xx"');
  assert.equal(e.option, 'language');
  e = throwsWith(() => new Cleaner({ language: 7 }), TypeError, 'language', '7');
  e = throwsWith(() => new Cleaner({ mode: 1.5 }), TypeError, 'mode', '1.5');
  assert.equal(e.option, 'mode');
  e = throwsWith(() => new Cleaner({ dropPatterns: ['^ok$', /x/] }), TypeError, 'dropPatterns', 'an array of strings');
  assert.equal(e.option, 'dropPatterns');
  assert.deepEqual(new Cleaner({ language: null, mode: undefined }).options, defaultOptions());
});

test('every option that defaultOptions() lists is read', () => {
  const defaults = defaultOptions();
  const given = { mode: 'recall', includeTitle: true, keepCaptions: true, language: 'de', dropPatterns: ['^a$'], keepPatterns: ['^b$'] };
  assert.deepEqual(Object.keys(given).sort(), Object.keys(defaults).sort());
  for (const [key, value] of Object.entries(given)) {
    const c = new Cleaner({ [key]: value });
    assert.deepEqual(c.options, { ...defaults, [key]: value }, key);
    c.free();
  }
});

test('an invalid user pattern throws, naming the pattern', () => {
  let e = throwsWith(() => clean('x', { dropPatterns: ['^ok$', '(unclosed'] }), Error, 'drop pattern', '"(unclosed"');
  assert.equal(e.option, 'dropPatterns');
  e = throwsWith(() => new Cleaner({ keepPatterns: ['[z-a]'] }), Error, 'keep pattern', '"[z-a]"');
  assert.equal(e.option, 'keepPatterns');
});

test('after errors the module still works', () => {
  assert.throws(() => clean(1));
  assert.throws(() => new Cleaner({ nope: 1 }));
  assert.ok(clean(page).text.length > 0);
});
