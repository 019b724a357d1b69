// chaff: strips boilerplate from pasted article text (WebAssembly build).
//
// This entry initialises the WebAssembly module itself, so a plain
// `import { clean } from 'chaff'` is ready to use:
// - in Node (and Deno, Bun) the .wasm file is read from disk next to this file
//   and compiled synchronously;
// - in browsers and bundlers it is fetched with a top-level `await init()`.
import init, { initSync, cleanParts, Cleaner as WasmCleaner, defaultOptions } from './pkg/chaff.js';

const wasmUrl = new URL('./pkg/chaff_bg.wasm', import.meta.url);

if (wasmUrl.protocol === 'file:' && typeof process === 'object' && process.versions && process.versions.node) {
  // The module name is not a literal so that browser bundles never try to
  // resolve a Node built-in; this branch runs only under Node.
  const fsModule = 'node:fs';
  const { readFileSync } = await import(/* @vite-ignore */ /* webpackIgnore: true */ fsModule);
  initSync({ module: readFileSync(wasmUrl) });
} else {
  await init({ module_or_path: wasmUrl });
}

/** Numbers per block in a result's parts (see `to_parts` in src/wasm.rs). */
const BLOCK_NUMBERS = 7;

/**
 * Assembles the parts of a result, `[text, title, byline, date, language,
 * numbers, strings]`, into the result object: building the block objects
 * here costs far less than building them from WebAssembly one field at a time.
 */
function assemble([text, title, byline, date, language, numbers, joined]) {
  const strings = joined.split('\0');
  const blocks = [];
  for (let k = 0; k < numbers.length; k += BLOCK_NUMBERS) {
    blocks.push({
      start: numbers[k],
      end: numbers[k + 1],
      label: strings[numbers[k + 2]],
      cfLabel: strings[numbers[k + 3]],
      kept: numbers[k + 4] === 1,
      score: numbers[k + 5] / 1000,
      reason: strings[numbers[k + 6]],
    });
  }
  return { text, title, byline, date, language, blocks };
}

/** `clean(text, options?)`: cleans one text. */
export function clean(text, options) {
  return assemble(cleanParts(text, options));
}

/** A cleaner built once from options and reused for many texts. */
export class Cleaner {
  #inner;

  constructor(options) {
    this.#inner = new WasmCleaner(options);
  }

  /** Cleans one text. */
  clean(text) {
    return assemble(this.#inner.cleanParts(text));
  }

  /** The options in force, defaults filled in. */
  get options() {
    return this.#inner.options;
  }

  /** Frees the WebAssembly memory now rather than when garbage-collected. */
  free() {
    this.#inner.free();
  }
}

if (Symbol.dispose) Cleaner.prototype[Symbol.dispose] = Cleaner.prototype.free;

export { defaultOptions };
