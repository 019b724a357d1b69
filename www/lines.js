// The layout of the `lines` array the worker sends the page with each result
// (see `describe` in worker.js): LINE_NUMBERS numbers per block, namely the
// start and end of the block's text with white space trimmed, its flags, and
// the indexes of its label and reason in the result's `strings`.

export const LINE_NUMBERS = 5;
/** Flag: the block is kept. */
export const KEPT = 1;
/** Flag: the block holds a blank line; the Explain view leaves a gap after it. */
export const GAP = 2;
