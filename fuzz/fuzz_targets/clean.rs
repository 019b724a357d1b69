//! Feeds arbitrary bytes and options to the cleaner and checks, for every input:
//! no panic; cleaning takes less than `SLOW_MS`; every line of the kept text
//! is a trimmed line of the input, in order; the blocks tile the input, and
//! hold its lines, each once, in order (one line a block, or the lines of a
//! hard-wrapped paragraph); cleaning twice gives the same result.
//!
//! The first two bytes choose the options, the rest is the text (invalid
//! UTF-8 replaced with U+FFFD, as the command line does).
#![no_main]

use chaff::{Cleaner, Mode, Options};
use libfuzzer_sys::fuzz_target;
use std::sync::Once;
use std::time::{Duration, Instant};

/// An input that takes longer than this to clean, twice in a row, is a failure.
const SLOW_MS: u64 = 100;

const LANGS: &[Option<&str>] = &[None, None, None, None, Some("en"), Some("de"), Some("zh"), Some("ar")];
const PATTERNS: &[&str] = &["^Share", "(?i)reply", "\\d{4}", "."];

fn options(a: u8, b: u8) -> Options {
    let pick = |bits: u8| PATTERNS.iter().enumerate().filter(|(i, _)| bits & (1 << i) != 0).map(|(_, p)| p.to_string()).collect();
    Options {
        mode: Mode::ALL[usize::from(a % 3)],
        include_title: a & 0x04 != 0,
        keep_captions: a & 0x08 != 0,
        language: LANGS[usize::from(a >> 5)].map(str::to_string),
        // most inputs get no patterns, so that the rules, not the patterns, decide
        drop_patterns: if b & 0x80 != 0 { pick(b & 0x0f) } else { Vec::new() },
        keep_patterns: if b & 0x40 != 0 { pick(b >> 4 & 0x03) } else { Vec::new() },
    }
}

/// The input's non-blank lines, trimmed: `\n`, `\r`, VT, FF, NEL, U+2028 and
/// U+2029 end a line, and a line of invisible chars alone is blank, as is
/// one of quote marks alone (">").
fn lines(input: &str) -> Vec<&str> {
    const LINE_ENDS: [char; 7] = ['\n', '\r', '\u{0B}', '\u{0C}', '\u{85}', '\u{2028}', '\u{2029}'];
    const INVISIBLE: [char; 6] = ['\u{AD}', '\u{200B}', '\u{200E}', '\u{200F}', '\u{2060}', '\u{FEFF}'];
    let quote_marks = |l: &str| l.starts_with('>') && l.chars().all(|c| matches!(c, '>' | ' ' | '\t'));
    input.split(LINE_ENDS).map(str::trim).filter(|l| !l.chars().all(|c| INVISIBLE.contains(&c) || c.is_whitespace()) && !quote_marks(l)).collect()
}

fuzz_target!(|data: &[u8]| {
    static WARM: Once = Once::new();
    WARM.call_once(|| {
        // lazily built tables (stoplists, lexicon, date pattern) are not the input's cost
        let _ = chaff::clean("Warm up.\n\nShare\n\nBy Jane Doe, June 14, 2018\n");
    });
    let (a, b, rest) = match data {
        [a, b, rest @ ..] => (*a, *b, rest),
        _ => (0, 0, data),
    };
    let opts = options(a, b);
    let input = String::from_utf8_lossy(rest);
    let cleaner = Cleaner::new(opts.clone()).expect("the fuzzed options are valid");

    let t = Instant::now();
    let c = cleaner.clean(&input);
    if t.elapsed() > Duration::from_millis(SLOW_MS) {
        // once may be the machine; twice is the input
        let t = Instant::now();
        let _ = cleaner.clean(&input);
        let took = t.elapsed();
        assert!(took <= Duration::from_millis(SLOW_MS), "{} bytes took {took:?} to clean", input.len());
    }

    // kept text: the input's trimmed lines, in order
    let all = lines(&input);
    let mut text = c.text();
    if opts.include_title {
        if let Some(t) = c.title().filter(|t| !t.is_empty()) {
            assert!(text.starts_with(t));
            text = text[t.len()..].trim_start_matches("\n\n");
        }
    }
    let mut it = all.iter();
    for line in text.split('\n').filter(|l| !l.is_empty()) {
        assert!(it.any(|l| *l == line), "output line not an input line (or out of order): {line:?}");
    }

    // blocks tile the input and hold its lines, each once, in order
    let blocks = c.blocks();
    if let (Some(first), Some(last)) = (blocks.first(), blocks.last()) {
        assert_eq!((first.start(), last.end()), (0, input.len()));
    }
    for w in blocks.windows(2) {
        assert_eq!(w[0].end(), w[1].start());
    }
    let held: Vec<&str> = blocks.iter().flat_map(|b| lines(&input[b.start()..b.end()])).collect();
    assert_eq!(held, all, "the blocks hold every line once, in order");
    assert!(blocks.iter().all(|b| !lines(&input[b.start()..b.end()]).is_empty()), "a block without a line");

    assert_eq!(c, cleaner.clean(&input), "cleaning is deterministic");
});
