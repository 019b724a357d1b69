// chaff: strips boilerplate from pasted article text (WebAssembly build).
//
// This entry initialises the WebAssembly module itself, so a plain
// `import { clean } from 'chaff'` is ready to use:
// - in Node (and Deno, Bun) the .wasm file is read from disk next to this file
//   and compiled synchronously;
// - in browsers and bundlers it is fetched with a top-level `await init()`.
import init, { initSync, clean, Cleaner, defaultOptions } from './pkg/chaff.js';

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

export { clean, Cleaner, defaultOptions };
