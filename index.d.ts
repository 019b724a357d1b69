// Types for chaff, the WebAssembly build of the chaff Rust crate.
// The defaults below mirror `Options::default()` in src/options.rs;
// tests/js/types.test.js checks them against `defaultOptions()`.

/** How much to drop when in doubt. */
export type Mode =
  /** Drop whatever is doubtful: less boilerplate, some article text lost. */
  | 'precision'
  /** The best trade-off measured on the corpora. */
  | 'balanced'
  /** Keep whatever is doubtful: all of the article, some boilerplate kept. */
  | 'recall';

/** Settings for {@link clean} and {@link Cleaner}. Every key is optional; a key set to `undefined` counts as absent. Unknown keys throw. */
export interface Options {
  /**
   * How much to drop when in doubt: `"precision"`, `"balanced"` or `"recall"`.
   * @default "balanced"
   */
  mode?: Mode;
  /**
   * Put the title, when one is found, as the first paragraph of `text`.
   * @default false
   */
  includeTitle?: boolean;
  /**
   * Keep picture captions and photo credits in `text`.
   * @default false
   */
  keepCaptions?: boolean;
  /**
   * The language of the text as an ISO 639-1 or 639-3 code (`"de"`, `"deu"`),
   * one of the 58 languages chaff has a stoplist for, when it is known;
   * `null` detects it.
   * @default null
   */
  language?: string | null;
  /**
   * Regular expressions (Rust `regex` syntax, not JavaScript's): a line that
   * matches one is dropped. Lines are matched as they show: without
   * invisible chars, markdown link targets, text browsers' link numbers,
   * HTML tags and web addresses in angle brackets (a line that shows nothing
   * is matched as it is written).
   * @default []
   */
  dropPatterns?: string[];
  /**
   * Regular expressions (Rust `regex` syntax, not JavaScript's): a line that
   * matches one is kept (matched as it shows). Keep wins over drop.
   * @default []
   */
  keepPatterns?: string[];
}

/** Every option with its value, as {@link defaultOptions} and {@link Cleaner.options} give them. */
export type ResolvedOptions = { [K in keyof Options]-?: Exclude<Options[K], undefined> };

/** What a block is. */
export type Label =
  | 'content'
  | 'heading'
  | 'title'
  | 'standfirst'
  | 'byline'
  | 'date'
  | 'caption'
  | 'short'
  | 'navigation'
  | 'share'
  | 'related'
  | 'comments'
  | 'author-bio'
  | 'newsletter'
  | 'legal'
  | 'advertising'
  | 'duplicate'
  | 'boilerplate';

/** One block of the input: a non-blank line (or the lines of a hard-wrapped
 *  paragraph) with the blank lines after it. */
export interface Block {
  /**
   * Where the block starts in the input, in UTF-16 code units (JavaScript
   * string indices): `input.slice(block.start, block.end)` is the block.
   */
  start: number;
  /** Where the block ends (the next one starts), in UTF-16 code units. */
  end: number;
  /** The final label, after the block's neighbours and place were weighed. */
  label: Label;
  /** The context-free label: what the block's own text said. `"short"` only appears here. */
  cfLabel: Label;
  /** Whether the block's line is in `text`. */
  kept: boolean;
  /** How much like prose the block is, from 0 to 1. */
  score: number;
  /** Why the block got its final label, in words (e.g. `"comment phrase: leave a reply"`). */
  reason: string;
}

/** The result of cleaning one text. */
export interface Cleaned {
  /** The article body: the kept lines, trimmed, one blank line between paragraphs. Empty when nothing was kept. */
  text: string;
  /** The title as it shows (without markdown marks, trailing separators,
   *  invisible chars, link targets, link numbers, HTML tags or web addresses
   *  in angle brackets), or `null`. */
  title: string | null;
  /** The byline line as it shows (as the title), or `null`. */
  byline: string | null;
  /** The publication date as written on the page, or `null`. */
  date: string | null;
  /** The language as an ISO 639-3 code (`"eng"`, `"deu"`), given or detected, or `null`. */
  language: string | null;
  /** Every block of the input in order; their spans tile the input. */
  blocks: Block[];
}

/**
 * Cleans one text. Never throws for any string, including `''`.
 *
 * Without options, one default cleaner is reused; with options, they are
 * checked and compiled on every call, so build a {@link Cleaner} to clean many
 * texts with the same options.
 *
 * @throws {TypeError} if `text` is not a string, if `options` is not an object,
 *   or if an option has a value of the wrong type (the error names both).
 * @throws {Error} for an unknown option key (named), a bad option value such as
 *   an unknown mode or language (named with its value), or an invalid pattern
 *   (named). Every option error has an `option` property holding the key.
 */
export function clean(text: string, options?: Options): Cleaned;

/** Every option with its default value. */
export function defaultOptions(): ResolvedOptions;

/** A cleaner built once from options and reused for many texts. */
export class Cleaner {
  /**
   * Checks and compiles the options, and builds the tables and patterns
   * that all cleaners share (the first one built does; `clean` builds each
   * at its first use), so that no later `clean` pays for them.
   * @throws as {@link clean} does for bad options.
   */
  constructor(options?: Options);
  /** Cleans one text. Throws a `TypeError` only if `text` is not a string. */
  clean(text: string): Cleaned;
  /** The options in force, defaults filled in. */
  readonly options: ResolvedOptions;
  /** Frees the WebAssembly memory now rather than when garbage-collected. The cleaner cannot be used afterwards. */
  free(): void;
}
